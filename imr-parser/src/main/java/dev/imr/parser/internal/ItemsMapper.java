package dev.imr.parser.internal;

import dev.imr.model.Decision;
import dev.imr.model.DecisionReason;
import dev.imr.model.DisputedItem;
import dev.imr.model.GuidelineStatement;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.LetterParser.DecidedItemContext;
import dev.imr.parser.internal.LetterParser.IssuesContext;
import dev.imr.parser.internal.LetterParser.ItemBodyContext;
import dev.imr.parser.internal.LetterParser.ItemContext;
import dev.imr.parser.internal.reasons.ReasonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@code IMR ISSUES, DECISIONS AND RATIONALES} to disputed items. The grammar gives each
 * item's rationale the text up to the next decision, which ends with the next item's heading;
 * {@link ItemHeadings} says where that heading starts.
 */
final class ItemsMapper {

  private final SourceText source;
  private final String clean;
  private final Diagnostics diagnostics;
  private final DateReader dates;
  private final CitationReader citations = CitationReader.standard();
  private final RequestClassifier classifier = RequestClassifier.standard();

  ItemsMapper(SourceText source, Diagnostics diagnostics, DateReader dates) {
    this.source = source;
    this.clean = source.clean();
    this.diagnostics = diagnostics;
    this.dates = dates;
  }

  List<DisputedItem> map(IssuesContext issues) {
    List<DisputedItem> items = new ArrayList<>();
    Region heading = Region.of(issues.text()); // the first item's heading
    if (issues.ISSUES_INTRO() == null && heading != null) {
      diagnostics.warning(DiagnosticCode.MISSING_PART,
          "expected the introduction 'The Final Determination was based on decisions for the disputed"
              + " items/services set forth below:'; the text before the first decision is taken as"
              + " the first item's heading", heading.start(), heading.start());
    }
    PendingItem previous = null;
    for (ItemContext item : issues.item()) {
      Region titleRegion;
      if (previous == null) {
        titleRegion = heading;
      } else {
        titleRegion = previous.takeHeadingOfNext(decisionInABlockOfItsOwn(item));
        items.add(previous.build());
      }
      previous = new PendingItem(item, titleRegion);
    }
    if (previous != null) {
      items.add(previous.build());
    }
    if (items.isEmpty()) {
      int at = heading != null ? heading.start() : Region.of(issues.ISSUES()).end();
      int end = heading != null ? heading.end() : at;
      diagnostics.error(DiagnosticCode.MISSING_PART,
          "no disputed item: expected a heading ending in ': Upheld' or ': Overturned' followed by"
              + " 'Claims Administrator guideline:'", at, end);
    }
    return items;
  }

  /** One item, built once the next item has taken its heading off the end of the rationale. */
  private final class PendingItem {
    private final DisputedItem.Builder builder = DisputedItem.builder();
    private final int itemStart;
    private @Nullable Region rationale;
    private Optional<Decision> decision = Optional.empty();
    private int itemEnd;

    PendingItem(ItemContext item, @Nullable Region titleRegion) {
      ItemBodyContext body;
      int decisionStart;
      if (item instanceof DecidedItemContext decided) {
        body = decided.itemBody();
        Region decisionToken = Region.of(decided.DECISION());
        decisionStart = decisionToken == null ? item.getStart().getStartIndex() : decisionToken.start();
        decision = decision(decided.DECISION());
        builder.decision(decision);
      } else {
        body = ((LetterParser.UndecidedItemContext) item).itemBody();
        decisionStart = Math.max(0, item.getStart().getStartIndex());
      }
      Region title = titleRegion == null ? null : titleRegion.trim(clean);
      if (title == null || title.isEmpty()) {
        diagnostics.error(DiagnosticCode.MISSING_TITLE,
            "a decision without an item heading before it", decisionStart, decisionStart);
        builder.title("");
        itemStart = decisionStart;
      } else {
        // Folded once: the title and the reader of its details share it.
        FoldedText foldedTitle = FoldedText.of(source, title);
        builder.title(foldedTitle.text()).titleSpan(title.span(source));
        details(foldedTitle);
        itemStart = title.start();
        if (!(item instanceof DecidedItemContext)) {
          diagnostics.error(DiagnosticCode.MISSING_DECISION,
              "the heading '" + abbreviate(foldedTitle.text())
                  + "' ends without ': Upheld' or ': Overturned'", title.end(), title.end());
        }
      }
      itemEnd = Math.max(itemStart, decisionStart);
      if (body == null) {
        return;
      }
      statement(body.claimsGuideline() == null ? null : body.claimsGuideline().CLAIMS_GUIDELINE(),
          body.claimsGuideline() == null ? null : body.claimsGuideline().text())
          .ifPresent(builder::claimsAdministratorGuideline);
      statement(body.reviewerGuideline() == null ? null : body.reviewerGuideline().REVIEWER_GUIDELINE(),
          body.reviewerGuideline() == null ? null : body.reviewerGuideline().text())
          .ifPresent(builder::reviewerGuideline);
      if (body.rationale() != null && Region.of(body.rationale().RATIONALE()) != null) {
        Region label = Region.of(body.rationale().RATIONALE());
        itemEnd = Math.max(itemEnd, label.end());
        rationale = Region.of(body.rationale().text());
        if (rationale == null) {
          rationale = new Region(label.end(), label.end());
        }
      }
    }

    private Optional<GuidelineStatement> statement(@Nullable TerminalNode label,
        @Nullable ParserRuleContext text) {
      Region labelRegion = Region.of(label);
      if (labelRegion == null) {
        return Optional.empty(); // absent: the grammar reported it
      }
      itemEnd = Math.max(itemEnd, labelRegion.end());
      Region region = Region.of(text);
      if (region == null) {
        diagnostics.warning(DiagnosticCode.MISSING_PART,
            SyntaxErrors.describe(label.getSymbol()) + " is followed by no text",
            labelRegion.start(), labelRegion.end());
        return Optional.of(GuidelineStatement.builder().text("").span(source.span(labelRegion.end(), labelRegion.end())).build());
      }
      region = region.trim(clean);
      itemEnd = Math.max(itemEnd, region.end());
      FoldedText folded = FoldedText.of(source, region); // the text and its citations share it
      return Optional.of(GuidelineStatement.builder()
          .text(folded.text())
          .span(region.span(source))
          .addAllCitations(citations.read(source, folded, diagnostics).citations())
          .build());
    }

    /** The request, quantity, date of service and partial-approval parts the title states. */
    private void details(FoldedText title) {
      applyDetails(builder, ItemDetailsReader.read(title, dates), classifier, source);
    }

    /** Cuts the next item's heading off the end of this item's rationale and returns it. */
    @Nullable Region takeHeadingOfNext(boolean splitIntoBlocks) {
      if (rationale == null || rationale.isEmpty()) {
        return null;
      }
      int headingStart = ItemHeadings.headingStart(clean, rationale, true, splitIntoBlocks);
      Region heading = new Region(headingStart, rationale.end());
      rationale = new Region(rationale.start(), headingStart);
      return heading;
    }

    DisputedItem build() {
      if (rationale != null) {
        Region text = rationale.trim(clean);
        if (text.isEmpty()) {
          diagnostics.warning(DiagnosticCode.MISSING_PART,
              "'Decision rationale:' is followed by no text", rationale.start(), rationale.start());
        } else {
          // Folded once: the rationale and the reader of its reasons share it.
          FoldedText folded = FoldedText.of(source, text);
          builder.rationale(folded.text()).rationaleSpan(text.span(source));
          List<DecisionReason> reasons = ReasonReader.standard()
              .read(folded.text(), decision, (start, end) -> folded.span(source, start, end));
          builder.reasons(reasons);
          if (reasons.isEmpty()) {
            diagnostics.info(DiagnosticCode.NO_DECISION_REASON,
                "the rationale states no ground for the decision that could be recognised",
                text.start(), text.end());
          }
          itemEnd = Math.max(itemEnd, text.end());
        }
      }
      return builder.span(source.span(itemStart, itemEnd)).build();
    }
  }

  /**
   * Sets what a title states beyond its words — request, quantity, date of service, the parts of
   * a partial approval, each with its span — and the request's category, on {@code item}. The
   * older layouts' mapper reads its titles the same way.
   */
  static void applyDetails(DisputedItem.Builder item, ItemDetailsReader.ItemDetails details,
      RequestClassifier classifier, SourceText source) {
    item.request(details.request()).requestSpan(details.requestRegion().span(source));
    RequestClassifier.Classification classification = classifier.classify(details.request());
    item.category(classification.category())
        .drugClass(classification.drugClass())
        .drug(classification.drug());
    if (details.quantity() != null) {
      item.quantity(details.quantity());
      if (details.quantityRegion() != null) {
        item.quantitySpan(details.quantityRegion().span(source));
      }
    }
    if (details.originalRequest() != null) {
      item.originalRequest(details.originalRequest());
      if (details.originalRequestRegion() != null) {
        item.originalRequestSpan(details.originalRequestRegion().span(source));
      }
    }
    if (details.authorizedPortion() != null) {
      item.authorizedPortion(details.authorizedPortion());
      if (details.authorizedPortionRegion() != null) {
        item.authorizedPortionSpan(details.authorizedPortionRegion().span(source));
      }
    }
    if (details.dateOfService() != null) {
      item.dateOfService(details.dateOfService());
      if (details.dateOfServiceRegion() != null) {
        item.dateOfServiceSpan(details.dateOfServiceRegion().span(source));
      }
    }
  }

  /** True when a blank line stands between the heading's colon and the decision word. */
  private static boolean decisionInABlockOfItsOwn(ItemContext item) {
    if (!(item instanceof DecidedItemContext decided) || decided.DECISION() == null) {
      return false;
    }
    String token = decided.DECISION().getText();
    int firstBreak = token.indexOf('\n');
    return firstBreak >= 0 && token.indexOf('\n', firstBreak + 1) >= 0;
  }

  private static Optional<Decision> decision(@Nullable TerminalNode token) {
    if (token == null || token.getSymbol().getStartIndex() < 0) {
      return Optional.empty();
    }
    String word = token.getText().toLowerCase(Locale.ROOT);
    return Optional.of(word.contains("overturned") ? Decision.OVERTURNED : Decision.UPHELD);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
