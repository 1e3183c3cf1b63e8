package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.Determination;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged letters the damage benchmark once lost items of, kept as cases of their own, and the
 * input damage that is not about lines: encodings, format characters, hostile sizes.
 */
class DamageRegressionTest {

  private static final ImrParser PARSER = ImrParser.create();
  private static final String FIXTURE = "2017-five-items-knee";

  private static String letter() {
    return ExpectedLetters.text(FIXTURE);
  }

  private static Determination clean() {
    return PARSER.parse(letter()).determination().orElseThrow();
  }

  private static String insertAfter(String text, String line, String inserted) {
    int at = text.indexOf(line);
    int end = text.indexOf('\n', at) + 1;
    return text.substring(0, end) + inserted + "\n" + text.substring(end);
  }

  @Test
  void aRepeatedSectionHeadingLosesNothingAndNamesBothPlaces() {
    String text = letter();
    int summary = text.indexOf("The expert reviewer developed");
    int later = text.indexOf('\n', text.indexOf('\n', summary) + 1) + 1;
    String damaged = text.substring(0, later) + "CLINICAL CASE SUMMARY\n" + text.substring(later);
    ParseResult result = PARSER.parse(damaged);
    assertThat(result.determination().orElseThrow().items()).isEqualTo(clean().items());
    assertThat(result.determination().orElseThrow().caseSummary().orElseThrow().text())
        .isEqualTo(clean().caseSummary().orElseThrow().text());
    assertThat(result.diagnostics()).anySatisfy(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.message()).startsWith("'CLINICAL CASE SUMMARY' again (first at ")
          .contains("left out of the text");
    });
    assertThat(result.diagnostics()).noneMatch(d -> d.message().startsWith("no '"));
  }

  @Test
  void aStrayLabelInsideARationaleIsReadAsItsTextAndTheItemsGoOn() {
    String text = letter();
    String rationale = text.substring(text.indexOf("Decision rationale:"));
    String firstLine = rationale.substring(0, rationale.indexOf('\n'));
    String damaged = insertAfter(text, firstLine, "MAXIMUS guideline:");
    ParseResult result = PARSER.parse(damaged);
    assertThat(titlesAndDecisions(result)).isEqualTo(titlesAndDecisions(PARSER.parse(text)));
    assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.message())
        .startsWith("'MAXIMUS guideline:' after 'Decision rationale:'"));
  }

  @Test
  void anItemHeadingGivenTwiceIsReadOnce() {
    String text = letter();
    Determination clean = clean();
    String title = clean.items().get(1).title();
    int at = text.indexOf(title.substring(0, 20));
    int lineEnd = text.indexOf('\n', at);
    String line = text.substring(text.lastIndexOf('\n', at) + 1, lineEnd);
    String damaged = text.substring(0, lineEnd + 1) + line + "\n" + text.substring(lineEnd + 1);
    ParseResult result = PARSER.parse(damaged);
    assertThat(titlesAndDecisions(result)).isEqualTo(titlesAndDecisions(PARSER.parse(text)));
  }

  @Test
  void aHeaderBlockAfterTheSectionsIsReadWhereItStands() {
    String text = letter();
    int body = text.indexOf("HOW THE IMR FINAL DETERMINATION WAS MADE");
    String damaged = text.substring(body) + "\n" + text.substring(0, body);
    ParseResult result = PARSER.parse(damaged);
    assertThat(result.determination().orElseThrow().header()).isEqualTo(clean().header());
    assertThat(result.diagnostics()).anySatisfy(d -> {
      assertThat(d.severity()).isEqualTo(Severity.INFO);
      assertThat(d.message()).startsWith("the header block stands after the letter's sections");
    });
  }

  @Test
  void aLostItemsHeadingIsReadFromItsIntroductionWithoutAFalseMissingSection() {
    String damaged = letter().replace("IMR ISSUES, DECISIONS AND RATIONALES", "");
    ParseResult result = PARSER.parse(damaged);
    assertThat(titlesAndDecisions(result)).isEqualTo(titlesAndDecisions(PARSER.parse(letter())));
    assertThat(result.diagnostics()).noneMatch(d -> d.message().startsWith("no '"));
    assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.message())
        .startsWith("expected the heading 'IMR ISSUES, DECISIONS AND RATIONALES' before"));
  }

  @Test
  void bidirectionalMarksCountAsNothing() {
    String marked = letter().replace("Upheld", "\u200EUp\u2066held\u2069").replace(": ", ":\u200F ");
    assertThat(PARSER.parse(marked).determination()).isEqualTo(PARSER.parse(letter()).determination());
  }

  @Test
  void utf16IsDecodedWithOrWithoutAByteOrderMark(@TempDir Path dir) throws IOException {
    Path le = dir.resolve("le.txt");
    Path be = dir.resolve("be.txt");
    byte[] body = letter().getBytes(StandardCharsets.UTF_16LE);
    byte[] withMark = new byte[body.length + 2];
    withMark[0] = (byte) 0xFF;
    withMark[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withMark, 2, body.length);
    Files.write(le, withMark);
    Files.write(be, letter().getBytes(StandardCharsets.UTF_16BE));
    for (Path file : List.of(le, be)) {
      ParseResult result = PARSER.parse(file);
      assertThat(result.determination()).as(file.toString()).isEqualTo(PARSER.parse(letter()).determination());
      assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.message()).startsWith("the file is UTF-16"));
    }
  }

  @Test
  void bytesThatAreNotUtf8AreAWarningAtTheirPlace(@TempDir Path dir) throws IOException {
    byte[] text = letter().getBytes(StandardCharsets.UTF_8);
    int at = letter().indexOf("CLINICAL CASE SUMMARY") + 9; // inside the heading's line
    byte[] damaged = text.clone();
    damaged[at] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
    Path file = dir.resolve("bad.txt");
    Files.write(file, damaged);
    ParseResult result = PARSER.parse(file);
    assertThat(result.diagnostics()).anySatisfy(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.message()).isEqualTo("the bytes at byte offset " + at + " are not valid UTF-8: read as U+FFFD");
      assertThat(result.text().charAt(d.span().start())).isEqualTo('\uFFFD');
    });
  }

  @Test
  void aMessageQuotesAtMostEightyCharactersOfTheLetter() {
    String stray = "word ".repeat(200_000);
    ParseResult result = PARSER.parse("Case Number: CM16-0000001 " + stray + "\n" + letter().substring(
        letter().indexOf("HOW THE IMR FINAL DETERMINATION WAS MADE")));
    assertThat(result.diagnostics()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.message().length()).isLessThanOrEqualTo(400));
    assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("word word").contains("...'"));
  }

  @Test
  void aLetterListsAtMostTwoHundredDiagnosticsAndCountsTheRest() {
    StringBuilder text = new StringBuilder(letter());
    for (int i = 0; i < 400; i++) {
      text.append("\nUnknown heading number ").append(i).append(": Upheld\n");
    }
    ParseResult result = PARSER.parse(text.toString());
    assertThat(result.diagnostics()).hasSize(200);
    Diagnostic last = result.diagnostics().get(199);
    assertThat(last.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
    assertThat(last.message()).matches("\\d+ more diagnostics, the first here, are not listed \\(at most 200 a letter\\)");
  }

  private static List<String> titlesAndDecisions(ParseResult result) {
    return result.determination().orElseThrow().items().stream()
        .map(i -> i.title().replaceAll("\\s+", " ") + " -> " + i.decision()).toList();
  }
}
