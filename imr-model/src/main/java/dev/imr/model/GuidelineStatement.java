package dev.imr.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one side said it based its decision on: the text after {@code Claims Administrator
 * guideline:} (the utilization reviewer) or {@code MAXIMUS guideline:} (the expert reviewer).
 */
@Value.Immutable
public interface GuidelineStatement {

  /** The statement with whitespace folded, label excluded. */
  String text();

  /**
   * The guidelines and documents the statement cites, in its order: one per guideline named.
   * Empty when the statement says nothing was cited or only states its basis.
   */
  List<GuidelineCitation> citations();

  /** Where the statement stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A statement with only its text. */
  static GuidelineStatement of(String text) {
    return builder().text(text).build();
  }

  /** Builds a {@link GuidelineStatement}. */
  final class Builder extends ImmutableGuidelineStatement.Builder {}
}
