package dev.imr.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The credentials of the anonymous physician who decided the case, as the letter states them
 * either inline ({@code The expert reviewer is Board Certified in … and is licensed to practice in
 * …}) or as a list ({@code State(s) of Licensure:} / {@code Certification(s)/Specialty:}).
 */
@Value.Immutable
public interface ExpertReviewer {

  /**
   * Board certifications and specialties, in the letter's order and spelling (typos kept).
   * Names containing "and" or "&amp;", such as {@code Physical Medicine and Rehabilitation}, stay
   * whole.
   */
  List<String> specialties();

  /** States in which the reviewer is licensed, in the letter's order. */
  List<String> licensureStates();

  /**
   * True where the letter says the reviewer is {@code Board Certified}; empty where it does not
   * say (the listed form names certifications and specialties together).
   */
  Optional<Boolean> boardCertified();

  /** Where the credentials stand in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExpertReviewer}. */
  final class Builder extends ImmutableExpertReviewer.Builder {}
}
