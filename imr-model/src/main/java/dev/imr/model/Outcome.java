package dev.imr.model;

import java.util.Collection;
import java.util.Optional;

/**
 * How the Division of Workers' Compensation classifies a whole case. Letters do not state it; it
 * is derived from the decisions on their items.
 */
public enum Outcome {
  /** Every item was upheld. */
  UPHELD,
  /** Every item was overturned. */
  OVERTURNED,
  /** Some items were upheld and some overturned. */
  PARTIALLY_OVERTURNED;

  /**
   * The outcome of a case with these item decisions; empty when there are none, since a case
   * with no decided item has no outcome.
   */
  public static Optional<Outcome> of(Collection<Decision> decisions) {
    if (decisions.isEmpty()) {
      return Optional.empty();
    }
    boolean upheld = decisions.contains(Decision.UPHELD);
    boolean overturned = decisions.contains(Decision.OVERTURNED);
    if (upheld && overturned) {
      return Optional.of(PARTIALLY_OVERTURNED);
    }
    return Optional.of(upheld ? UPHELD : OVERTURNED);
  }
}
