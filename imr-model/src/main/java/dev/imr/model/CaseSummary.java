package dev.imr.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The reviewer's narrative under {@code CLINICAL CASE SUMMARY}. */
@Value.Immutable
public interface CaseSummary {

  /** The narrative with whitespace folded; the fixed sentence that introduces it is left out. */
  String text();

  /** The injured worker's age as the narrative states it ({@code a 48 year old male}). */
  Optional<Integer> patientAge();

  /** The injured worker's sex as the narrative states it. */
  Optional<Sex> patientSex();

  /** The date of the industrial injury as the narrative states it. */
  Optional<LocalDate> dateOfInjury();

  /** The date of the utilization review decision the narrative names, when it names one. */
  Optional<LocalDate> utilizationReviewDate();

  /** Where the narrative stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** Where the narrative states the age. */
  @Value.Auxiliary
  Optional<SourceSpan> patientAgeSpan();

  /** Where the narrative states the sex. */
  @Value.Auxiliary
  Optional<SourceSpan> patientSexSpan();

  /** Where the narrative states the date of injury. */
  @Value.Auxiliary
  Optional<SourceSpan> dateOfInjurySpan();

  /** Where the narrative states the utilization review date. */
  @Value.Auxiliary
  Optional<SourceSpan> utilizationReviewDateSpan();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseSummary}. */
  final class Builder extends ImmutableCaseSummary.Builder {}
}
