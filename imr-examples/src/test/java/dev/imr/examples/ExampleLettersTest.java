package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.imr.model.Decision;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.LetterHeader;
import dev.imr.model.Outcome;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.ImrParser;
import dev.imr.parser.ParseResult;
import dev.imr.parser.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The letters in {@code imr-examples/letters} are in the layouts they claim and parse to exactly
 * the items they were written to hold.
 */
class ExampleLettersTest {

  static final Path LETTERS = Path.of("letters"); // tests run in the module directory

  private final ImrParser parser = ImrParser.create();

  @Test
  void pdfBoxLetterWithPartialApprovalWrappedHeadingAndOverturnedItem() throws IOException {
    Determination letter = parseCleanly("CM99-0000101.txt");

    LetterHeader header = letter.header().orElseThrow();
    assertThat(header.caseNumber()).contains("CM99-0000101");
    assertThat(header.dateAssigned()).contains(LocalDate.of(2016, 11, 14));
    assertThat(header.dateOfInjury()).contains(LocalDate.of(2015, 3, 22));
    assertThat(header.decisionDate()).contains(LocalDate.of(2016, 12, 19));
    assertThat(header.urDenialDate()).contains(LocalDate.of(2016, 11, 2));
    assertThat(header.priority()).contains("Standard");
    assertThat(header.applicationReceived()).contains(LocalDate.of(2016, 11, 7));
    assertThat(letter.reviewer().orElseThrow().licensureStates()).containsExactly("California", "Oregon");
    assertThat(letter.reviewer().orElseThrow().specialties())
        .containsExactly("Physical Medicine & Rehabilitation", "Pain Management", "Sports Medicine");
    assertThat(letter.caseSummary()).isPresent();
    assertThat(letter.items())
        .extracting(DisputedItem::title, item -> item.decision().orElseThrow())
        .containsExactly(
            tuple("Aquatic therapy 12 sessions for the lumbar spine was the original request."
                + " Aquatic therapy 6 sessions was authorized by the Claims Administrator. The"
                + " remaining IMR eligible portion of the original request, Aquatic therapy 6"
                + " sessions is", Decision.UPHELD),
            tuple("Functional capacity evaluation for the lumbar spine and right shoulder prior to"
                + " return to full duty", Decision.OVERTURNED),
            tuple("Reusable thermal wrap for the low back, purchase", Decision.UPHELD));
    assertEveryItemComplete(letter);
    assertThat(letter.outcome()).contains(Outcome.PARTIALLY_OVERTURNED);
  }

  @Test
  void letterOf2014WithInlineCredentialsAndAColonInATitle() throws IOException {
    Determination letter = parseCleanly("2014-inline-credentials.txt");

    assertThat(letter.header()).isEmpty();
    assertThat(letter.reviewer().orElseThrow().specialties())
        .containsExactly("Physical Medicine and Rehabilitation", "Pain Medicine");
    assertThat(letter.reviewer().orElseThrow().licensureStates()).containsExactly("California");
    assertThat(letter.items())
        .extracting(DisputedItem::title, item -> item.decision().orElseThrow())
        .containsExactly(
            tuple("TRIGGER POINT INJECTIONS TO THE UPPER TRAPEZIUS UNDER ULTRASOUND GUIDANCE QTY: 3",
                Decision.UPHELD),
            tuple("Cervical traction unit for home use", Decision.UPHELD));
    assertEveryItemComplete(letter);
    assertThat(letter.outcome()).contains(Outcome.UPHELD);
  }

  @Test
  void decisionAloneOnTheNextLineAndARationaleInParagraphs() throws IOException {
    Determination letter = parseCleanly("CM99-0000102.txt");

    assertThat(letter.header().flatMap(LetterHeader::caseNumber)).contains("CM99-0000102");
    assertThat(letter.reviewer().orElseThrow().specialties()).containsExactly("Orthopedic Surgery");
    assertThat(letter.items())
        .extracting(DisputedItem::title, item -> item.decision().orElseThrow())
        .containsExactly(
            tuple("Left knee arthroscopy with partial medial meniscectomy", Decision.OVERTURNED),
            tuple("Associated surgical service: Post-operative physical therapy 6 sessions for the"
                + " left knee", Decision.OVERTURNED));
    assertEveryItemComplete(letter);
    // All three paragraphs belong to the first rationale, none to the next item's heading.
    assertThat(letter.items().get(0).rationale().orElseThrow())
        .startsWith("ACOEM recommends")
        .contains("ODG adds that")
        .endsWith("partial medial meniscectomy is medically necessary.");
    assertThat(letter.outcome()).contains(Outcome.OVERTURNED);
  }

  @Test
  void pdfBoxLettersEndEveryLineWithASpace() throws IOException {
    for (String name : List.of("CM99-0000101.txt", "CM99-0000102.txt")) {
      List<String> lines = Files.readAllLines(LETTERS.resolve(name), StandardCharsets.UTF_8);
      assertThat(lines).as(name).allSatisfy(line -> assertThat(line).endsWith(" "));
      assertThat(lines).as(name).filteredOn(String::isBlank).allSatisfy(
          line -> assertThat(line).isEqualTo(" "));
      assertThat(lines.subList(0, 7)).as(name).extracting(line -> line.replaceAll("[0-9]", "9"))
          .containsExactly(" ", "Case Number: CM99-9999999  ",
              "Date Assigned: 99/99/9999 Date of Injury:  99/99/9999 ",
              "Decision Date: 99/99/9999 UR Denial Date:  99/99/9999 ",
              "Priority:  Standard Application ", "Received:  ", "99/99/9999 ");
    }
  }

  @Test
  void letterOf2014IsDoubleSpacedLikeTheSeeds() throws IOException {
    String text = Files.readString(LETTERS.resolve("2014-inline-credentials.txt"));
    assertThat(text).startsWith(" HOW THE IMR FINAL DETERMINATION WAS MADE \n\n")
        .doesNotContain("Case Number:")
        .contains(" \n\n\n\n"); // a page break
    assertThat(text.split("\n\n+")).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
  }

  private Determination parseCleanly(String name) throws IOException {
    ParseResult result = parser.parse(LETTERS.resolve(name));
    assertThat(result.diagnostics()).as(name)
        .extracting(Diagnostic::severity)
        .doesNotContain(Severity.ERROR, Severity.WARNING);
    return result.determination().orElseThrow();
  }

  private static void assertEveryItemComplete(Determination letter) {
    assertThat(letter.items()).allSatisfy(item -> {
      assertThat(item.claimsAdministratorGuideline()).isPresent();
      assertThat(item.reviewerGuideline()).isPresent();
      assertThat(item.rationale()).isPresent();
    });
  }
}
