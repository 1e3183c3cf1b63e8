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

  /**
   * The canonical name of each of the {@link #specialties()}, in the same order: the name the
   * parser's vocabulary gives the specialty however the letter spells it ({@code Physical
   * Medicine and Rehabilitation} for {@code Physical Medicine & Rehabilitation}, {@code Orthopedic
   * Surgery} for {@code Orthopaedic Surgery}), or the name as written where the vocabulary does
   * not know it (a typo such as {@code Sports Medicinea}, which a diagnostic reports). Count and
   * group by these, so that one specialty is not split by its spellings. Empty only when {@link
   * #specialties()} is, or when the reviewer was built without them. Not part of {@code equals}:
   * it follows from the names as written (and the vocabulary's version).
   */
  @Value.Auxiliary
  List<String> canonicalSpecialties();

  /** Where the credentials stand in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** Checks that the canonical names, when given, match the names as written one for one. */
  @Value.Check
  default void check() {
    if (!canonicalSpecialties().isEmpty() && canonicalSpecialties().size() != specialties().size()) {
      throw new IllegalStateException("canonicalSpecialties has " + canonicalSpecialties().size()
          + " names for " + specialties().size() + " specialties");
    }
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExpertReviewer}. */
  final class Builder extends ImmutableExpertReviewer.Builder {}
}
