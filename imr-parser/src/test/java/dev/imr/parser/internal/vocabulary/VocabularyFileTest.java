package dev.imr.parser.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imr.model.RequestCategory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one format of the vocabulary files, as {@link VocabularyFile} reads it. */
class VocabularyFileTest {

  @Test
  void readsKindsFieldsAndListsSkippingCommentsAndBlankLines() {
    List<VocabularyFile.Entry> entries = VocabularyFile.parse("test.tsv", """
        # a comment
           # an indented comment

        service\tSURGERY\t  cut , stitch,, cut \r
        odg\tForearm, Wrist, and Hand\t-
        """);

    assertThat(entries).hasSize(2);
    VocabularyFile.Entry service = entries.get(0);
    assertThat(service.kind()).isEqualTo("service");
    assertThat(service.size()).isEqualTo(3);
    assertThat(service.constant(1, RequestCategory.class, "category")).isEqualTo(RequestCategory.SURGERY);
    // a list: items stripped, empty items dropped, each once
    assertThat(service.list(2)).containsExactly("cut", "stitch");
    assertThat(service.where()).isEqualTo("test.tsv line 4");
    VocabularyFile.Entry odg = entries.get(1);
    // a single value keeps its commas; '-' is an empty list
    assertThat(odg.field(1)).isEqualTo("Forearm, Wrist, and Hand");
    assertThat(odg.isEmpty(2)).isTrue();
    assertThat(odg.list(2)).isEmpty();
    // a field the line does not have reads as empty
    assertThat(odg.isEmpty(7)).isTrue();
  }

  @Test
  void problemsNameTheFileAndLine() {
    VocabularyFile.Entry entry = VocabularyFile.parse("x.tsv", "\nacoem\ttwelve\tLow Back").get(0);

    assertThatThrownBy(() -> entry.number(1)).hasMessage("x.tsv line 2: 'twelve' is not a number");
    assertThatThrownBy(() -> entry.constant(2, RequestCategory.class, "request category"))
        .hasMessage("x.tsv line 2: unknown request category 'Low Back'");
    assertThatThrownBy(() -> entry.expectFields(4, 4, "acoem, number, title and names"))
        .hasMessage("x.tsv line 2: expected acoem, number, title and names");
    assertThat(entry.located(new IllegalArgumentException("a name without words")))
        .hasMessage("x.tsv line 2: a name without words");
    assertThat(entry.located(entry.error("twice"))).hasMessage("x.tsv line 2: twice");
  }

  @ParameterizedTest
  @ValueSource(strings = {"citations.tsv", "specialties.tsv", "request-vocabulary.tsv", "drugs.tsv"})
  void everyShippedFileIsInTheFormat(String resource) {
    List<VocabularyFile.Entry> entries = VocabularyFile.read(resource);

    assertThat(entries).isNotEmpty();
    // A list item holds no comma and no field is blank: a stray space for a tab would show here.
    for (VocabularyFile.Entry entry : entries) {
      for (int i = 0; i < entry.size(); i++) {
        assertThat(entry.field(i)).as(entry.toString()).isNotBlank();
      }
    }
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(() -> VocabularyFile.read("nothing.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing.tsv");
  }
}
