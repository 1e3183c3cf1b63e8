package dev.imr.parser;

import static dev.imr.parser.DiagnosticCode.EMPTY_INPUT;
import static dev.imr.parser.DiagnosticCode.INVALID_HEADER_VALUE;
import static dev.imr.parser.DiagnosticCode.MISSING_DECISION;
import static dev.imr.parser.DiagnosticCode.MISSING_HEADER_VALUE;
import static dev.imr.parser.DiagnosticCode.MISSING_PART;
import static dev.imr.parser.DiagnosticCode.MISSING_TITLE;
import static dev.imr.parser.DiagnosticCode.NOT_AN_IMR_LETTER;
import static dev.imr.parser.DiagnosticCode.NO_DECISION_REASON;
import static dev.imr.parser.Severity.ERROR;
import static dev.imr.parser.Severity.INFO;
import static dev.imr.parser.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.imr.model.Decision;
import dev.imr.model.DecisionReason;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.GuidelineStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the parser reports for broken input, as a table: input, then the diagnostic's code,
 * severity, 1-based line and column, and a fragment of its message. Nothing is ever thrown by a
 * lenient parser; a strict one throws the first error with the same position.
 */
class DiagnosticsTableTest {

  private static final ImrParser LENIENT = ImrParser.create();
  private static final ImrParser STRICT = ImrParser.builder().strict(true).build();

  /**
   * A short well-formed letter in the PDFBox layout, one line an element (line 1 is element 0).
   * The rows below change single lines of it; the line numbers in the table count from here.
   */
  private static final List<String> LETTER = List.of(
      "Case Number: CM16-0000001  ",                                                    // 1
      "Date Assigned: 01/04/2016 Date of Injury:  03/15/2014 ",                         // 2
      "Decision Date: 02/01/2016 UR Denial Date:  12/20/2015 ",                         // 3
      "Priority:  Standard Application ",                                               // 4
      "Received:  ",                                                                    // 5
      "12/28/2015 ",                                                                    // 6
      " ",                                                                              // 7
      "HOW THE IMR FINAL DETERMINATION WAS MADE ",                                      // 8
      "MAXIMUS Federal Services sent the complete case file to an expert reviewer. ",   // 9
      " ",                                                                              // 10
      "The Expert Reviewer has the following credentials: ",                            // 11
      "State(s) of Licensure: California ",                                             // 12
      "Certification(s)/Specialty: Family Practice ",                                   // 13
      " ",                                                                              // 14
      "CLINICAL CASE SUMMARY ",                                                         // 15
      "The expert reviewer developed the following clinical case summary based on a review of the ",
      "case file, including all medical records: ",                                     // 17
      " ",                                                                              // 18
      "The injured worker is a 50 year old man with knee pain. ",                       // 19
      " ",                                                                              // 20
      "IMR ISSUES, DECISIONS AND RATIONALES ",                                          // 21
      "The Final Determination was based on decisions for the disputed items/services set forth below: ",
      " ",                                                                              // 23
      "Knee brace: Upheld ",                                                            // 24
      " ",                                                                              // 25
      "Claims Administrator guideline: The Claims Administrator did not cite any medical evidence ",
      "for its decision. ",                                                             // 27
      " ",                                                                              // 28
      "MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004. ",               // 29
      " ",                                                                              // 30
      "Decision rationale: A brace is not recommended. The request is not medically necessary. ",
      " ",                                                                              // 32
      "Cane: Overturned ",                                                              // 33
      " ",                                                                              // 34
      "Claims Administrator guideline: The Claims Administrator did not cite any medical evidence ",
      "for its decision. ",                                                             // 36
      " ",                                                                              // 37
      "MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004. ",               // 38
      " ",                                                                              // 39
      "Decision rationale: The worker qualifies for a cane. The request is medically necessary. "); // 40

  /** The letter with line {@code number} (1-based) replaced by {@code replacement}. */
  private static String letterWithLine(int number, String replacement) {
    List<String> lines = new ArrayList<>(LETTER);
    lines.set(number - 1, replacement);
    return String.join("\n", lines) + "\n";
  }

  /** The letter's first {@code count} lines, the last one without its line break. */
  private static String letterCutAfterLine(int count) {
    return String.join("\n", LETTER.subList(0, count)).stripTrailing();
  }

  private static String letter() {
    return String.join("\n", LETTER) + "\n";
  }

  private static final String PRIORITY_MEMO = "MEMORANDUM \nTo: All staff \nFrom: Facilities \n"
      + "Priority: High \n \nThe north lot will be closed on Friday. \n";

  record Row(String input, DiagnosticCode code, Severity severity, int line, int column,
      String fragment) {}

  static Stream<Arguments> table() {
    return Stream.of(
        row("empty input",
            new Row("", EMPTY_INPUT, ERROR, 1, 1, "no text")),
        row("white space only: spaces, tabs, CRLF, form feed, NBSP",
            new Row(" \n\t \r\n\f\u00A0  \n", EMPTY_INPUT, ERROR, 1, 1, "no text")),
        row("a byte-order mark alone",
            new Row("\uFEFF", EMPTY_INPUT, ERROR, 1, 1, "no text")),
        row("a short memo",
            new Row("MEMORANDUM \nTo: All staff \nFrom: Facilities \n \n"
                + "The north lot will be closed on Friday for resurfacing. \n",
                NOT_AN_IMR_LETTER, ERROR, 1, 1, "not an IMR determination letter")),
        row("a memo with a 'Priority:' line",
            new Row(PRIORITY_MEMO, NOT_AN_IMR_LETTER, ERROR, 1, 1, "not an IMR determination letter")),
        row("an accident report with a 'Date of Injury:' line",
            new Row("EMPLOYEE ACCIDENT REPORT \nEmployee: J. Doe \nDate of Injury: 03/02/2016 \n"
                + "Description: slipped on a wet floor near the loading dock. \n",
                NOT_AN_IMR_LETTER, ERROR, 1, 1, "not an IMR determination letter")),
        row("a lone colon",
            new Row(":", NOT_AN_IMR_LETTER, ERROR, 1, 1, "not an IMR determination letter")),
        row("cut off after the second item's 'Claims Administrator guideline:' text",
            new Row(letterCutAfterLine(36), MISSING_PART, ERROR, 36, 18, "'MAXIMUS guideline:'")),
        row("cut off right after the second item's decision",
            new Row(letterCutAfterLine(33), MISSING_PART, ERROR, 33, 17,
                "'Claims Administrator guideline:'")),
        row("cut off after the case summary: no items section",
            new Row(letterCutAfterLine(19), MISSING_PART, ERROR, 19, 56,
                "'IMR ISSUES, DECISIONS AND RATIONALES'")),
        row("the second item's heading has no decision",
            new Row(letterWithLine(33, "Cane "), MISSING_DECISION, ERROR, 33, 5, "'Cane'")),
        row("the first item's heading has no decision",
            new Row(letterWithLine(24, "Knee brace "), MISSING_DECISION, ERROR, 24, 11,
                "'Knee brace'")),
        row("the first item's 'MAXIMUS guideline:' label is missing",
            new Row(letterWithLine(29, "Decision based on MTUS Knee Complaints 2004. "),
                MISSING_PART, ERROR, 31, 1, "'MAXIMUS guideline:'")),
        row("a rationale that states no ground the parser recognises",
            new Row(letterWithLine(31,
                "Decision rationale: A brace is not needed. The request is not medically necessary. "),
                NO_DECISION_REASON, INFO, 31, 21, "no ground")),
        row("a decision with no heading before it",
            new Row(letterWithLine(24, ": Upheld "), MISSING_TITLE, ERROR, 24, 1, "heading")),
        row("an impossible header date",
            new Row(letterWithLine(3, "Decision Date: 13/45/2016 UR Denial Date:  12/20/2015 "),
                INVALID_HEADER_VALUE, ERROR, 3, 16, "13/45/2016")),
        row("a header label without its value",
            new Row(letterWithLine(1, "Case Number:  "), MISSING_HEADER_VALUE, WARNING, 1, 1,
                "'Case Number:'")));
  }

  private static Arguments row(String name, Row row) {
    return Arguments.of(name, row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void reportsTheDiagnosticAtItsPosition(String name, Row row) {
    ParseResult result = assertDoesNotThrow(() -> LENIENT.parse(row.input()));

    assertThat(result.diagnostics())
        .as("diagnostics of: %s", name)
        .anySatisfy(d -> {
          assertThat(d.code()).isEqualTo(row.code());
          assertThat(d.severity()).isEqualTo(row.severity());
          assertThat(d.line()).as("line").isEqualTo(row.line());
          assertThat(d.column()).as("column").isEqualTo(row.column());
          assertThat(d.message()).contains(row.fragment());
          assertThat(d.span().end()).isLessThanOrEqualTo(row.input().length());
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void aStrictParserThrowsTheFirstErrorWithItsPosition(String name, Row row) {
    if (row.severity() != ERROR) {
      assertThatCode(() -> STRICT.parse(row.input())).doesNotThrowAnyException();
      return;
    }
    ImrParseException thrown = catchThrowableOfType(ImrParseException.class,
        () -> STRICT.parse(row.input()));

    assertThat(thrown).as("thrown").isNotNull();
    assertThat(thrown.diagnostic().code()).isEqualTo(row.code());
    assertThat(thrown.line()).as("line").isEqualTo(row.line());
    assertThat(thrown.column()).as("column").isEqualTo(row.column());
    assertThat(thrown.getMessage()).startsWith(row.line() + ":" + row.column() + ": error ");
  }

  @Test
  void theWellFormedLetterOfTheTableHasNoDiagnostic() {
    ParseResult result = LENIENT.parse(letter());

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.determination().orElseThrow().items()).extracting(DisputedItem::title)
        .containsExactly("Knee brace", "Cane");
    assertThat(result.determination().orElseThrow().items())
        .flatExtracting(DisputedItem::reasons)
        .extracting(DecisionReason::kind)
        .containsExactly(DecisionReason.Kind.NOT_RECOMMENDED, DecisionReason.Kind.CRITERIA_MET);
  }

  @Test
  void emptyInputGivesNoDetermination() {
    ParseResult result = LENIENT.parse("");

    assertThat(result.determination()).isEmpty();
    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(EMPTY_INPUT));
  }

  @Test
  void aMemoGivesNoDeterminationAndOneError() {
    ParseResult result = LENIENT.parse(
        "MEMORANDUM \nTo: All staff \nFrom: Facilities \n \nThe north lot will be closed on Friday. \n");

    assertThat(result.determination()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(NOT_AN_IMR_LETTER);
      assertThat(d.severity()).isEqualTo(ERROR);
    });
  }

  @Test
  void aMemoWithAHeaderLabelIsStillNotALetter() {
    ParseResult result = LENIENT.parse(PRIORITY_MEMO);

    assertThat(result.determination()).isEmpty();
    assertThat(result.errors()).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(NOT_AN_IMR_LETTER));
  }

  @Test
  void aCutOffLetterKeepsTheItemsReadSoFar() {
    String input = letterCutAfterLine(36);

    ParseResult result = LENIENT.parse(input);

    Determination letter = result.determination().orElseThrow();
    assertThat(letter.items()).hasSize(2);
    DisputedItem first = letter.items().get(0);
    assertThat(first.title()).isEqualTo("Knee brace");
    assertThat(first.decision()).contains(Decision.UPHELD);
    assertThat(first.rationale())
        .contains("A brace is not recommended. The request is not medically necessary.");
    DisputedItem second = letter.items().get(1);
    assertThat(second.title()).isEqualTo("Cane");
    assertThat(second.decision()).contains(Decision.OVERTURNED);
    assertThat(second.claimsAdministratorGuideline().map(GuidelineStatement::text))
        .contains("The Claims Administrator did not cite any medical evidence for its decision.");
    assertThat(second.reviewerGuideline()).isEmpty();
    assertThat(second.rationale()).isEmpty();
    // The error stands at the end of the input.
    assertThat(result.errors()).singleElement()
        .satisfies(d -> assertThat(d.span().start()).isEqualTo(input.length()));
    assertThat(letter.outcome()).contains(dev.imr.model.Outcome.PARTIALLY_OVERTURNED);
  }

  @Test
  void aHeadingWithoutDecisionKeepsTheItemWithNoDecision() {
    ParseResult result = LENIENT.parse(letterWithLine(33, "Cane "));

    Determination letter = result.determination().orElseThrow();
    assertThat(letter.items()).hasSize(2);
    DisputedItem cane = letter.items().get(1);
    assertThat(cane.title()).isEqualTo("Cane");
    assertThat(cane.decision()).isEmpty();
    assertThat(cane.rationale()).contains("The worker qualifies for a cane. The request is medically necessary.");
    assertThat(letter.items().get(0).rationale())
        .contains("A brace is not recommended. The request is not medically necessary.");
    assertThat(letter.outcome()).as("no outcome while an item has no decision").isEmpty();
    assertThat(result.errors()).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(MISSING_DECISION));
  }

  @Test
  void aMissingMaximusLabelKeepsBothItems() {
    ParseResult result =
        LENIENT.parse(letterWithLine(29, "Decision based on MTUS Knee Complaints 2004. "));

    Determination letter = result.determination().orElseThrow();
    assertThat(letter.items()).extracting(DisputedItem::title).containsExactly("Knee brace", "Cane");
    assertThat(letter.items().get(0).rationale())
        .contains("A brace is not recommended. The request is not medically necessary.");
    assertThat(letter.items().get(1).decision()).contains(Decision.OVERTURNED);
    assertThat(result.errors()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("'MAXIMUS guideline:'", "'Decision rationale:'"));
  }

  @Test
  void anImpossibleHeaderDateLeavesThatFieldEmpty() {
    ParseResult result =
        LENIENT.parse(letterWithLine(3, "Decision Date: 13/45/2016 UR Denial Date:  12/20/2015 "));

    var header = result.determination().orElseThrow().header().orElseThrow();
    assertThat(header.decisionDate()).isEmpty();
    assertThat(header.urDenialDate()).contains(LocalDate.of(2015, 12, 20));
    assertThat(header.caseNumber()).contains("CM16-0000001");
    assertThat(result.errors()).singleElement()
        .satisfies(d -> assertThat(d.span().textOf(letterWithLine(3,
            "Decision Date: 13/45/2016 UR Denial Date:  12/20/2015 "))).isEqualTo("13/45/2016"));
  }

  @Test
  void positionsCountLinesInTheCallersInputWhateverItsLineEnds() {
    // Same broken letter, CRLF and double-spaced: the line and column are those of the input.
    String lf = letterWithLine(33, "Cane");
    Diagnostic inCrlf = LENIENT.parse(lf.replace("\n", "\r\n")).errors().get(0);
    assertThat(inCrlf.line()).isEqualTo(33);
    assertThat(inCrlf.column()).isEqualTo(5);

    Diagnostic inSeedLayout = LENIENT.parse(Layouts.doubleSpaced(lf, 1000)).errors().get(0);
    assertThat(inSeedLayout.line()).as("every line doubled").isEqualTo(65);
    assertThat(inSeedLayout.column()).isEqualTo(5);
  }
}
