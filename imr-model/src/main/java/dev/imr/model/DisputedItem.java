package dev.imr.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One treatment request the letter decides: its heading, the decision, each side's guideline
 * statement and the reviewer's rationale.
 *
 * <p>A part the letter lacks (a cut-off letter, a heading without a decision) is empty here and
 * explained by a diagnostic of the parser.
 */
@Value.Immutable
public interface DisputedItem {

  /**
   * The heading text before the decision, verbatim but with whitespace folded: typos, inner
   * colons ({@code QTY: 3}) and partial-approval prose ({@code … was the original request. …})
   * included.
   */
  String title();

  /** {@code Upheld} or {@code Overturned}; empty when the heading states neither. */
  Optional<Decision> decision();

  /** The text after {@code Claims Administrator guideline:}. */
  Optional<GuidelineStatement> claimsAdministratorGuideline();

  /** The text after {@code MAXIMUS guideline:}, the expert reviewer's basis. */
  Optional<GuidelineStatement> reviewerGuideline();

  /** The text after {@code Decision rationale:}, all paragraphs, whitespace folded. */
  Optional<String> rationale();

  /** Where the whole item, heading to rationale, stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** Where the title stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> titleSpan();

  /** Where the rationale text stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> rationaleSpan();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisputedItem}. */
  final class Builder extends ImmutableDisputedItem.Builder {}
}
