package dev.imr.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The reviewer's narrative under {@code CLINICAL CASE SUMMARY}. */
@Value.Immutable
public interface CaseSummary {

  /** The narrative with whitespace folded; the fixed sentence that introduces it is left out. */
  String text();

  /** Where the narrative stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseSummary}. */
  final class Builder extends ImmutableCaseSummary.Builder {}
}
