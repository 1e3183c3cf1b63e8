package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imr.model.Decision;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.parser.internal.pdf.PdfText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The real 2013 decision notices among the letters of {@code ../shared}: each is read as the 2013
 * notice and gives its items, every one with a decision, and its decision date. A notice is told
 * by its own words, not by the parser ({@code … has determined the request for …}, or the title
 * {@code Notice of Independent Medical Review Determination}), so that one the parser fails to
 * recognise fails here. Letters are the {@code .txt} files and the PDFs without a {@code .txt}
 * beside them. Skipped, saying why, when {@code ../shared} is absent or holds no 2013 notice.
 * Prints counts only, never a letter's content.
 */
class DecisionNoticeCorpusTest {

  private static final ImrParser PARSER = ImrParser.create();
  private static final Pattern NOTICE = Pattern.compile(
      "has\\s*determined\\s*the\\s*request\\s*for|Notice\\s*of\\s*Independent\\s*Medical\\s*Review"
          + "\\s*Determination", Pattern.CASE_INSENSITIVE);

  @Test
  void everyReal2013NoticeGivesItsItemsWithDecisions() throws IOException {
    Path shared = SharedLetters.require();
    List<Path> letters = new ArrayList<>();
    int looked = 0;
    List<String> notices = new ArrayList<>();
    List<ParseResult> results = new ArrayList<>();
    for (Path file : letters(shared)) {
      looked++;
      String text = text(file);
      if (text != null && NOTICE.matcher(text).find()) {
        letters.add(file);
        notices.add(shared.relativize(file).toString());
        results.add(PARSER.parse(text));
      }
    }
    assumeTrue(!letters.isEmpty(), "no 2013 decision notice among the " + looked
        + " real letters in ../shared: nothing to check");

    SoftAssertions soft = new SoftAssertions();
    int items = 0;
    int upheld = 0;
    int overturned = 0;
    int dated = 0;
    for (int i = 0; i < results.size(); i++) {
      ParseResult result = results.get(i);
      String name = notices.get(i);
      soft.assertThat(result.diagnostics()).as("%s is read as the 2013 notice", name)
          .anySatisfy(d -> assertThat(d.message()).contains("'2013 decision notice'"));
      Determination determination = result.determination().orElse(null);
      soft.assertThat(determination).as("%s gives a determination", name).isNotNull();
      if (determination == null) {
        continue;
      }
      soft.assertThat(determination.items()).as("%s gives items", name).isNotEmpty();
      for (DisputedItem item : determination.items()) {
        soft.assertThat(item.decision()).as("%s: an item's decision", name).isPresent();
        items++;
        upheld += item.decision().filter(Decision.UPHELD::equals).isPresent() ? 1 : 0;
        overturned += item.decision().filter(Decision.OVERTURNED::equals).isPresent() ? 1 : 0;
      }
      boolean hasDate = determination.header().flatMap(h -> h.decisionDate()).isPresent();
      soft.assertThat(hasDate).as("%s gives its decision date", name).isTrue();
      dated += hasDate ? 1 : 0;
    }
    System.out.printf("2013 decision notices in ../shared: %d of %d letters; items %d (upheld %d,"
        + " overturned %d); decision date read in %d%n", letters.size(), looked, items, upheld,
        overturned, dated);
    soft.assertAll();
  }

  /** The {@code .txt} files, and the PDFs with no {@code .txt} of the same name beside them. */
  private static List<Path> letters(Path shared) throws IOException {
    List<Path> letters = new ArrayList<>(SharedLetters.files(shared, ".txt"));
    for (Path pdf : SharedLetters.files(shared, ".pdf")) {
      String name = pdf.getFileName().toString();
      if (!Files.exists(pdf.resolveSibling(name.substring(0, name.length() - 4) + ".txt"))) {
        letters.add(pdf);
      }
    }
    return letters;
  }

  /** The letter's text: the file's, or what PDFBox extracts; null when a PDF gives none. */
  private static String text(Path file) throws IOException {
    if (!file.toString().endsWith(".pdf")) {
      return Files.readString(file, StandardCharsets.UTF_8);
    }
    return PdfText.extract(Files.readAllBytes(file)) instanceof PdfText.Text text ? text.text() : null;
  }
}
