package dev.imr.parser.internal.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.imr.model.GuidelineCitation;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cited chapter's canonical name from the vocabulary, beside its title: one name however the
 * letter spells the chapter, none for a chapter the vocabulary does not know.
 */
class CanonicalChapterTest {

  private static final String ODG = "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), ";

  static Stream<Arguments> statements() {
    return Stream.of(
        // ODG: "&" or "and", "Hip" or "Hips", the chapter's qualifier and word left out
        arguments(ODG + "Hip & Pelvis, Invented topic.", List.of("Hip and Pelvis")),
        arguments(ODG + "Hips and Pelvis (Acute and Chronic), Invented topic.", List.of("Hip and Pelvis")),
        arguments(ODG + "Neck & Upper Back (Acute & Chronic) Chapter, Invented topic.",
            List.of("Neck and Upper Back")),
        arguments(ODG + "Neck and Upper Back Chapter.", List.of("Neck and Upper Back")),
        arguments(ODG + "Low Back - Lumbar & Thoracic (Acute & Chronic), Invented topic.",
            List.of("Low Back")),
        // ACOEM chapters of MTUS, however written
        arguments("Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177.",
            List.of("Neck and Upper Back Complaints")),
        arguments("Decision based on Non-MTUS Citation MTUS: ACOEM, CHAPTER 8 NECK AND UPPER BACK"
            + " COMPLAINTS, PAGES 177-178", List.of("Neck and Upper Back Complaints")),
        arguments("Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Invented.",
            List.of("Forearm, Wrist, and Hand Complaints")),
        // a guideline without chapters, and a chapter the vocabulary does not know
        arguments("Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Invented.",
            List.of("")),
        arguments("Decision based on Non-MTUS Citation ACOEM Occupational Medicine Practice Guidelines,"
            + " 3rd ed., Invented Disorders, pg. 64.", List.of("")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("statements")
  void aChapterHasOneCanonicalName(String statement, List<String> canonical) {
    SourceText source = SourceText.of(statement);
    List<GuidelineCitation> citations = CitationReader.standard()
        .read(source, new Region(0, source.clean().length()), new Diagnostics(source)).citations();

    assertThat(citations).extracting(c -> c.canonicalChapter().orElse(""))
        .containsExactlyElementsOf(canonical);
    // the title as the reader gives it is kept beside the canonical name
    for (GuidelineCitation citation : citations) {
      if (citation.canonicalChapter().isPresent()) {
        assertThat(citation.chapterTitle()).isPresent();
      }
    }
  }
}
