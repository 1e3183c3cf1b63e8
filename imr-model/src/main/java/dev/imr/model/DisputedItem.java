package dev.imr.model;

import java.time.LocalDate;
import java.util.List;
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

  /**
   * What IMR decided on: for a partial approval the remaining IMR-eligible portion ({@code
   * Baclofen 100mg #3}), otherwise the title.
   */
  @Value.Default
  default String request() {
    return title();
  }

  /** For a partial approval, the request as originally made. */
  Optional<String> originalRequest();

  /** For a partial approval, the part the claims administrator authorized. */
  Optional<String> authorizedPortion();

  /** The quantity the request states ({@code 1 MRI …}, {@code QTY: 3}, {@code #60}). */
  Optional<Integer> quantity();

  /** The date of service the title gives ({@code DOS 12/17/14}). */
  Optional<LocalDate> dateOfService();

  /**
   * The DWC request category of {@link #request()}; {@link RequestCategory#OTHER} when the
   * request could not be placed with confidence.
   */
  @Value.Default
  default RequestCategory category() {
    return RequestCategory.OTHER;
  }

  /**
   * For a {@link RequestCategory#PHARMACEUTICALS} request, the class of the drug requested; empty
   * for other requests and when the class could not be recognised.
   */
  Optional<DrugClass> drugClass();

  /**
   * For a pharmaceutical request, the one drug or compounded preparation recognised in it; empty
   * when none was recognised or the request names several drugs.
   */
  Optional<Drug> drug();

  /** The text after {@code Claims Administrator guideline:}. */
  Optional<GuidelineStatement> claimsAdministratorGuideline();

  /** The text after {@code MAXIMUS guideline:}, the expert reviewer's basis. */
  Optional<GuidelineStatement> reviewerGuideline();

  /** The text after {@code Decision rationale:}, all paragraphs, whitespace folded. */
  Optional<String> rationale();

  /**
   * Why the item was decided: the grounds the rationale states, main reason first, each with the
   * sentence or clause that states it. Empty when the rationale is absent or states no ground the
   * parser recognises (a diagnostic says so); never guessed.
   */
  List<DecisionReason> reasons();

  /** Where the whole item, heading to rationale, stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> span();

  /** Where the title stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> titleSpan();

  /** Where the rationale text stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> rationaleSpan();

  /** Where the request stands in the input (within the title). */
  @Value.Auxiliary
  Optional<SourceSpan> requestSpan();

  /** Where the original request stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> originalRequestSpan();

  /** Where the authorized portion stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> authorizedPortionSpan();

  /** Where the quantity stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> quantitySpan();

  /** Where the date of service stands in the input. */
  @Value.Auxiliary
  Optional<SourceSpan> dateOfServiceSpan();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisputedItem}. */
  final class Builder extends ImmutableDisputedItem.Builder {}
}
