package dev.imr.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One ground the reviewer's rationale gives for the decision on a {@link DisputedItem}: its kind
 * and the sentence or clause that states it ({@code There is no documentation of objective
 * functional improvement with prior physical therapy} is a {@link
 * Kind#NO_FUNCTIONAL_IMPROVEMENT}).
 *
 * <p>The parser gives no reason it cannot tie to a sentence of the rationale: a rationale whose
 * ground it does not recognise gives no reasons and a diagnostic says so.
 */
@Value.Immutable
public interface DecisionReason {

  /** The kind of ground; the first group is given for upheld denials, the last four for overturned. */
  enum Kind {
    /** The guideline does not recommend the treatment at all, or not for this situation. */
    NOT_RECOMMENDED,
    /**
     * The guideline supports the treatment only under conditions the records do not show: red
     * flags, neurological deficits, failed conservative care, risk factors, a diagnosis.
     */
    CRITERIA_NOT_DOCUMENTED,
    /**
     * The request continues a treatment whose earlier use showed no objective functional
     * improvement, pain relief or reduced medication.
     */
    NO_FUNCTIONAL_IMPROVEMENT,
    /** Part of a trial is already approved and its results are not yet known. */
    AWAITING_TRIAL_RESULTS,
    /** The quantity, frequency or duration goes beyond the guideline's limits. */
    EXCEEDS_GUIDELINE_LIMITS,
    /** The request duplicates a treatment already given, approved or ongoing. */
    DUPLICATE_TREATMENT,
    /** The request follows from another that was denied (tests for a denied surgery). */
    DEPENDENT_ON_DENIED_REQUEST,
    /** The requesting provider gave no reason for the request. */
    NO_CLINICAL_RATIONALE,
    /**
     * Required monitoring (urine drug screens, the CURES check) is not documented, or the
     * treatment raises a safety concern.
     */
    MONITORING_OR_SAFETY,
    /** The request states no quantity, duration, dose, body part or frequency. */
    REQUEST_UNSPECIFIED,
    /** For an overturned denial: the records show the guideline's conditions. */
    CRITERIA_MET,
    /** For an overturned denial: earlier use of the treatment brought documented benefit. */
    TREATMENT_EFFECTIVE,
    /** For an overturned denial: the request stays within the guideline's limits. */
    WITHIN_GUIDELINE_LIMITS,
    /** For an overturned denial: the request follows from another that is approved. */
    DEPENDENT_REQUEST_APPROVED;

    /** Whether this kind is a ground for overturning a denial rather than for upholding it. */
    public boolean overturns() {
      return this == CRITERIA_MET || this == TREATMENT_EFFECTIVE
          || this == WITHIN_GUIDELINE_LIMITS || this == DEPENDENT_REQUEST_APPROVED;
    }
  }

  /** The kind of ground. */
  Kind kind();

  /** The sentence or clause of the rationale that states the ground, whitespace folded. */
  String text();

  /** Where {@link #text()} stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** Checks that the text is not blank. */
  @Value.Check
  default void check() {
    if (text().isBlank()) {
      throw new IllegalStateException("a reason's text must not be blank");
    }
  }

  /** A reason of {@code kind} stated by {@code text}, without a span. */
  static DecisionReason of(Kind kind, String text) {
    return builder().kind(kind).text(text).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionReason}. */
  final class Builder extends ImmutableDecisionReason.Builder {}
}
