package dev.imr.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One IMR final determination letter: the decisions on every disputed item and what the letter
 * says about the case and its reviewer.
 */
@Value.Immutable
public interface Determination {

  /** The header block; empty for letters that have none (before 2015). */
  Optional<LetterHeader> header();

  /** The expert reviewer's credentials. */
  Optional<ExpertReviewer> reviewer();

  /** The clinical case summary. */
  Optional<CaseSummary> caseSummary();

  /** The disputed items in letter order. */
  List<DisputedItem> items();

  /**
   * The case outcome derived from the item decisions: {@link Outcome#UPHELD} when all were
   * upheld, {@link Outcome#OVERTURNED} when all were overturned, otherwise {@link
   * Outcome#PARTIALLY_OVERTURNED}. Empty when an item has no decision or there is no item.
   */
  default Optional<Outcome> outcome() {
    List<Decision> decisions =
        items().stream().flatMap(item -> item.decision().stream()).toList();
    if (decisions.size() != items().size()) {
      return Optional.empty();
    }
    return Outcome.of(decisions);
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Determination}. */
  final class Builder extends ImmutableDetermination.Builder {}
}
