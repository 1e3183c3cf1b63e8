package dev.imr.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The two-column block at the top of a letter ({@code Case Number:}, {@code Date Assigned:} …).
 * Letters before 2015 have none. Each field is empty when the letter does not give it.
 */
@Value.Immutable
public interface LetterHeader {

  /** The IMR case number, {@code CM16-0213037}. */
  Optional<String> caseNumber();

  /** When the case was assigned to a reviewer. */
  Optional<LocalDate> dateAssigned();

  /** The date of the industrial injury as the header states it. */
  Optional<LocalDate> dateOfInjury();

  /** When the IMR decision was made. */
  Optional<LocalDate> decisionDate();

  /** When utilization review denied the request. */
  Optional<LocalDate> urDenialDate();

  /** Review priority as written, {@code Standard} or {@code Expedited}. */
  Optional<String> priority();

  /** When the IMR application was received. */
  Optional<LocalDate> applicationReceived();

  /** Where the header block stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LetterHeader}. */
  final class Builder extends ImmutableLetterHeader.Builder {}
}
