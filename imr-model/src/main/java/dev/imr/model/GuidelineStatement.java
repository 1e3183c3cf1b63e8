package dev.imr.model;

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
