package dev.imr.parser.internal.reasons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imr.model.Decision;
import dev.imr.model.DecisionReason.Kind;
import dev.imr.model.DecisionReason;
import dev.imr.model.SourceSpan;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reason reader on rationales made up in the form's style, as a table: rationale, decision,
 * the kinds expected in order. None of the sentences comes from a real letter.
 */
class ReasonReaderTest {

  private static final ReasonReader READER = ReasonReader.standard();
  private static final String GUIDE =
      "The invented guidelines recommend the treatment for up to 6 weeks. ";
  private static final String END = " Therefore, the request is not medically necessary.";

  static Stream<Arguments> upheld() {
    return Stream.of(
        // The guideline does not recommend it at all.
        row("The invented guidelines do not recommend gadget therapy for chronic back pain.",
            Kind.NOT_RECOMMENDED),
        row("Use of the invented cream is not supported by the guidelines.", Kind.NOT_RECOMMENDED),
        // Conditions the records do not show.
        row("There is no documentation of a neurological deficit on examination.",
            Kind.CRITERIA_NOT_DOCUMENTED),
        row("There was a lack of documentation of failed conservative care for the knee.",
            Kind.CRITERIA_NOT_DOCUMENTED),
        row("The patient does not meet any of these criteria.", Kind.CRITERIA_NOT_DOCUMENTED),
        row("There are no red flag conditions noted.", Kind.CRITERIA_NOT_DOCUMENTED),
        // Earlier use showed no benefit; not also read as criteria.
        row("There is no documentation of objective functional improvement with prior therapy.",
            Kind.NO_FUNCTIONAL_IMPROVEMENT),
        row("There was no evidence of at least 30% pain relief with the medication.",
            Kind.NO_FUNCTIONAL_IMPROVEMENT),
        // A trial already approved.
        row("There is no clear rationale for more sessions prior to the completion of the"
            + " authorized sessions.", Kind.NO_CLINICAL_RATIONALE, Kind.AWAITING_TRIAL_RESULTS),
        row("Further treatment is contingent upon the response to the first sessions.",
            Kind.AWAITING_TRIAL_RESULTS),
        // Beyond the limits; a quoted side effect is not an excess.
        row("The request for 12 visits exceeds the recommended 10 visits.",
            Kind.EXCEEDS_GUIDELINE_LIMITS),
        row("The requested amount of therapy is in excess of the guidelines.",
            Kind.EXCEEDS_GUIDELINE_LIMITS),
        row("Side effects such as excessive sedation should be assessed."),
        // Duplicate, dependent, no rationale, monitoring, unspecified.
        // "Unclear why" is also the provider's missing rationale.
        row("It is unclear why the patient would require an additional imaging study.",
            Kind.NO_CLINICAL_RATIONALE, Kind.DUPLICATE_TREATMENT),
        row("As the requested surgical intervention is not medically necessary, the requested"
            + " ancillary service is not medically necessary.", Kind.DEPENDENT_ON_DENIED_REQUEST),
        row("The provider gave no clear rationale for the request.", Kind.NO_CLINICAL_RATIONALE),
        row("There is no documentation of a recent urine drug screen or a CURES report.",
            Kind.MONITORING_OR_SAFETY),
        row("The requested dose and quantity is not specified.", Kind.REQUEST_UNSPECIFIED),
        row("The request did not specify the number of items.", Kind.REQUEST_UNSPECIFIED),
        // Several grounds, in the order stated.
        row("The invented drug is not recommended for long-term use. There is no documentation"
            + " of a failed first-line drug. Additionally, the frequency is not specified.",
            Kind.NOT_RECOMMENDED, Kind.CRITERIA_NOT_DOCUMENTED, Kind.REQUEST_UNSPECIFIED),
        // A kind is given once, from its first sentence.
        row("There is no evidence of radiculopathy. There is no documentation of a failed trial"
            + " of physical therapy.", Kind.CRITERIA_NOT_DOCUMENTED),
        // Guideline text that states no finding, and the conclusion alone, give nothing.
        row("Imaging is recommended when red flags are present."),
        row("Medical necessity has not been established."),
        // A compounded-product sentence of the guideline is not a finding.
        row("Any compounded product that contains at least one drug that is not recommended is"
            + " not recommended."));
  }

  static Stream<Arguments> overturned() {
    return Stream.of(
        row("In this case there is evidence of radiculopathy on examination.", Kind.CRITERIA_MET),
        row("The invented worker qualifies for the imaging study.", Kind.CRITERIA_MET),
        row("The requested six visits are within the guidelines.", Kind.WITHIN_GUIDELINE_LIMITS),
        row("Objective functional improvement has been documented with the earlier visits.",
            Kind.TREATMENT_EFFECTIVE),
        // Upheld wording does not make an overturned item's reason.
        row("There is no documentation of a neurological deficit."));
  }

  @ParameterizedTest
  @MethodSource("upheld")
  void readsTheGroundsOfUpheldItems(Row row) {
    assertThat(kinds(GUIDE + row.rationale() + END, Decision.UPHELD)).containsExactlyElementsOf(
        row.kinds());
  }

  @ParameterizedTest
  @MethodSource("overturned")
  void readsTheGroundsOfOverturnedItems(Row row) {
    assertThat(kinds(row.rationale() + " The request is medically necessary.", Decision.OVERTURNED))
        .containsExactlyElementsOf(row.kinds());
  }

  @Test
  void anItemWithoutADecisionIsReadWithBothSetsOfRules() {
    List<DecisionReason> reasons = READER.read("The request exceeds the guideline. The requested"
        + " visits are within the guidelines.", Optional.empty(), SourceSpan::of);
    assertThat(reasons).extracting(DecisionReason::kind)
        .containsExactly(Kind.EXCEEDS_GUIDELINE_LIMITS, Kind.WITHIN_GUIDELINE_LIMITS);
  }

  @Test
  void eachReasonCarriesItsSentenceAndTheSpanTheCallerMapsItTo() {
    String rationale = "Guidelines support it with red flags. There are no red flag conditions"
        + " noted. As such, the request is not medically necessary.";
    int offset = 1000;

    List<DecisionReason> reasons = READER.read(rationale, Optional.of(Decision.UPHELD),
        (start, end) -> SourceSpan.of(offset + start, offset + end));

    assertThat(reasons).hasSize(1);
    DecisionReason reason = reasons.get(0);
    assertThat(reason.text()).isEqualTo("There are no red flag conditions noted.");
    int start = rationale.indexOf("There are");
    assertThat(reason.span()).contains(SourceSpan.of(offset + start,
        offset + start + reason.text().length()));
  }

  @Test
  void blankAndOddTextGivesNoReasonsAndDoesNotThrow() {
    for (String text : List.of("", " ", ".", "...", "!?", "No. ", "e.g. A", "\u201c\u201d.",
        "a".repeat(5000) + ". B")) {
      assertThat(READER.read(text, Optional.of(Decision.UPHELD), SourceSpan::of)).as(text)
          .isEmpty();
    }
  }

  @Test
  void aVeryLongSentenceIsTakenForAQuotedGuidelinePassage() {
    String quoted = "The invented preface states \"" + "one two three four five ".repeat(25)
        + "and more visits exceed the guideline.\"";
    assertThat(kinds(quoted, Decision.UPHELD)).isEmpty();
  }

  @Test
  void malformedVocabularyLinesAreRejected() {
    assertThatThrownBy(() -> ReasonVocabulary.parse(List.of("NOT_RECOMMENDED = not recommended")))
        .hasMessageContaining("before a section");
    assertThatThrownBy(() -> ReasonVocabulary.parse(List.of("[upheld]", "no equals sign")))
        .hasMessageContaining("expected");
    assertThatThrownBy(() -> ReasonVocabulary.parse(List.of("[upheld]", "MAYBE = perhaps")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReasonVocabulary.parse(List.of("[sideways]")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStandardVocabularyGivesOnlyKindsOfItsSection() {
    for (ReasonVocabulary.Rule rule : ReasonVocabulary.standard().rules()) {
      assertThat(rule.kind().overturns()).as(rule.kind().name())
          .isEqualTo(rule.section() == ReasonVocabulary.Section.OVERTURNED);
    }
  }

  private static List<Kind> kinds(String rationale, Decision decision) {
    return READER.read(rationale, Optional.of(decision), SourceSpan::of).stream()
        .map(DecisionReason::kind).toList();
  }

  /** One row: a rationale and the kinds expected, in order (none when no kind is given). */
  record Row(String rationale, List<Kind> kinds) {

    @Override
    public String toString() {
      return rationale;
    }
  }

  private static Arguments row(String rationale, Kind... kinds) {
    return Arguments.of(new Row(rationale, List.of(kinds)));
  }
}
