package dev.imr.parser.internal.sections;

import dev.imr.model.Decision;
import dev.imr.model.DecisionReason;
import dev.imr.model.DisputedItem;
import dev.imr.model.GuidelineStatement;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.citations.CitationReader;
import dev.imr.parser.internal.grammar.LetterParser.DecidedItemContext;
import dev.imr.parser.internal.grammar.LetterParser.IssuesContext;
import dev.imr.parser.internal.grammar.LetterParser.ItemBodyContext;
import dev.imr.parser.internal.grammar.LetterParser.ItemContext;
import dev.imr.parser.internal.grammar.LetterParser.TitleContext;
import dev.imr.parser.internal.grammar.LetterParser.UndecidedItemContext;
import dev.imr.parser.internal.grammar.SyntaxErrors;
import dev.imr.parser.internal.prose.DateReader;
import dev.imr.parser.internal.prose.Fact;
import dev.imr.parser.internal.prose.ItemDetailsReader;
import dev.imr.parser.internal.reasons.ReasonReader;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.FixedWording;
import dev.imr.parser.internal.text.FoldedText;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import dev.imr.parser.internal.vocabulary.RequestClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@code IMR ISSUES, DECISIONS AND RATIONALES} to disputed items, one per {@code item} of
 * the grammar: its title (marked before parsing by {@code ItemBoundaries}), decision, the two
 * guideline statements and the rationale.
 */
public final class ItemsMapper {

  private final SourceText source;
  private final String clean;
  private final Diagnostics diagnostics;
  private final DateReader dates;
  private final CitationReader citations = CitationReader.standard();
  private final RequestClassifier classifier = RequestClassifier.standard();

  public ItemsMapper(SourceText source, Diagnostics diagnostics, DateReader dates) {
    this.source = source;
    this.clean = source.clean();
    this.diagnostics = diagnostics;
    this.dates = dates;
  }

  public List<DisputedItem> map(IssuesContext issues) {
    List<DisputedItem> items = new ArrayList<>();
    // The text before the first decision: the first item's title, or text that heads no item.
    Region heading = Region.of(issues.text());
    if (heading == null && !issues.item().isEmpty()) {
      heading = Region.of(title(issues.item(0)));
    }
    if (issues.ISSUES_INTRO() == null && heading != null) {
      diagnostics.warning(DiagnosticCode.MISSING_PART,
          "expected the introduction " + FixedWording.ISSUES_INTRO.quoted()
              + "; the text before the first decision is taken as"
              + " the first item's heading", heading.start(), heading.start());
    }
    List<ItemContext> parsed = issues.item();
    for (int i = 0; i < parsed.size(); i++) {
      Region nextTitle = i + 1 < parsed.size() ? Region.of(title(parsed.get(i + 1))) : null;
      ItemContext next = i + 1 < parsed.size() ? parsed.get(i + 1) : null;
      items.add(new ItemBuilder(parsed.get(i), nextTitle, next).build());
    }
    if (items.isEmpty()) {
      Region opening = Region.of(issues.ISSUES() != null ? issues.ISSUES() : issues.ISSUES_INTRO());
      int at = heading != null ? heading.start() : opening.end();
      int end = heading != null ? heading.end() : at;
      diagnostics.error(DiagnosticCode.MISSING_PART,
          "no disputed item: expected a heading ending in ': Upheld' or ': Overturned' followed by"
              + " " + FixedWording.CLAIMS_GUIDELINE.quoted(), at, end);
    }
    return items;
  }

  private static @Nullable TitleContext title(ItemContext item) {
    return item instanceof DecidedItemContext decided ? decided.title()
        : ((UndecidedItemContext) item).title();
  }

  /** One item, from its subtree. */
  private final class ItemBuilder {
    private final DisputedItem.Builder builder = DisputedItem.builder();
    private final int itemStart;
    private @Nullable Region rationale;
    private Optional<Decision> decision = Optional.empty();
    private int itemEnd;

    ItemBuilder(ItemContext item, @Nullable Region nextTitle, @Nullable ItemContext next) {
      ItemBodyContext body;
      int decisionStart;
      if (item instanceof DecidedItemContext decided) {
        body = decided.itemBody();
        Region decisionToken = Region.of(decided.DECISION());
        decisionStart = decisionToken == null ? item.getStart().getStartIndex() : decisionToken.start();
        decision = decision(decided.DECISION());
        builder.decision(decision);
        Region stray = Region.of(decided.text());
        if (stray != null) {
          stray = stray.trim(clean);
          diagnostics.warning(DiagnosticCode.UNRECOGNISED_TEXT, Diagnostics.quote(stray.folded(source))
              + " stands between the decision and " + FixedWording.CLAIMS_GUIDELINE.quoted()
              + ", where the item has no field: not read", stray.start(), stray.end());
        }
      } else {
        body = ((UndecidedItemContext) item).itemBody();
        decisionStart = Math.max(0, bodyStart(item));
      }
      Region titleRegion = Region.of(title(item));
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
        applyDetails(builder, ItemDetailsReader.read(foldedTitle, dates), classifier, source);
        itemStart = title.start();
        if (!(item instanceof DecidedItemContext)) {
          diagnostics.error(DiagnosticCode.MISSING_DECISION,
              "the heading '" + abbreviate(foldedTitle.text())
                  + "' ends without ': Upheld' or ': Overturned'", title.end(), title.end());
        }
      }
      itemEnd = Math.max(itemStart, decisionStart);
      reportMissingLabels(item, body, next);
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
          rationale = new Region(label.end(), emptyRationaleAt(label, nextTitle));
        }
      }
    }

    /**
     * Says which of the item's three labels are missing, in one diagnostic at what stands where
     * they were due: a later label, the next item, or the end of the letter.
     */
    private void reportMissingLabels(ItemContext item, @Nullable ItemBodyContext body,
        @Nullable ItemContext next) {
      TerminalNode[] labels = body == null ? new TerminalNode[3] : new TerminalNode[] {
          body.claimsGuideline() == null ? null : body.claimsGuideline().CLAIMS_GUIDELINE(),
          body.reviewerGuideline() == null ? null : body.reviewerGuideline().REVIEWER_GUIDELINE(),
          body.rationale() == null ? null : body.rationale().RATIONALE()};
      FixedWording[] wording = {FixedWording.CLAIMS_GUIDELINE, FixedWording.REVIEWER_GUIDELINE,
          FixedWording.RATIONALE};
      List<String> missing = new ArrayList<>();
      for (int k = 0; k < labels.length; k++) {
        if (labels[k] != null) {
          if (!missing.isEmpty()) {
            Region found = Region.of(labels[k]);
            diagnostics.error(DiagnosticCode.MISSING_PART, "expected " + list(missing) + " before "
                + wording[k].quoted(), found.start(), found.end());
            missing.clear();
          }
        } else {
          missing.add(wording[k].quoted());
        }
      }
      if (missing.isEmpty()) {
        return;
      }
      int end = item.getStop() == null ? 0 : Math.max(0, item.getStop().getStopIndex() + 1);
      if (next != null) {
        Region heading = Region.of(title(next));
        int at = heading != null ? heading.start() : next.getStart().getStartIndex();
        diagnostics.error(DiagnosticCode.MISSING_PART, "expected " + list(missing)
            + " before the next item's heading", at, at);
      } else if (clean.substring(Math.min(end, clean.length())).isBlank()) {
        diagnostics.error(DiagnosticCode.MISSING_PART, "the letter ends where " + list(missing)
            + (missing.size() == 1 ? " was" : " were") + " expected", clean.length(), clean.length());
      } else {
        diagnostics.error(DiagnosticCode.MISSING_PART, "expected " + list(missing)
            + " where the item ends", end, end);
      }
    }

    /**
     * Where an empty rationale is reported: at the next item's title when the rationale's text
     * was all heading, else right after the label.
     */
    private int emptyRationaleAt(Region label, @Nullable Region nextTitle) {
      return nextTitle != null && clean.substring(label.end(), nextTitle.start()).isBlank()
          ? nextTitle.start() : label.end();
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

    DisputedItem build() {
      if (rationale != null) {
        Region text = rationale.trim(clean);
        if (text.isEmpty()) {
          diagnostics.warning(DiagnosticCode.MISSING_PART,
              FixedWording.RATIONALE.quoted() + " is followed by no text", rationale.end(), rationale.end());
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

  /** Where an item without a decision starts: its body's first token (after its title). */
  private static int bodyStart(ItemContext item) {
    ItemBodyContext body = ((UndecidedItemContext) item).itemBody();
    return body != null && body.getStart() != null ? body.getStart().getStartIndex()
        : item.getStart().getStartIndex();
  }

  /**
   * Sets what a title states beyond its words — request, quantity, date of service, the parts of
   * a partial approval, each with its span — and the request's category, on {@code item}. The
   * older layouts' mapper reads its titles the same way.
   */
  public static void applyDetails(DisputedItem.Builder item, ItemDetailsReader.ItemDetails details,
      RequestClassifier classifier, SourceText source) {
    Fact.copy(details.request(), source, item::request, item::requestSpan);
    RequestClassifier.Classification classification = classifier.classify(details.request().value());
    item.category(classification.category())
        .drugClass(classification.drugClass())
        .drug(classification.drug());
    Fact.copy(details.quantity(), source, item::quantity, item::quantitySpan);
    Fact.copy(details.originalRequest(), source, item::originalRequest, item::originalRequestSpan);
    Fact.copy(details.authorizedPortion(), source, item::authorizedPortion,
        item::authorizedPortionSpan);
    Fact.copy(details.dateOfService(), source, item::dateOfService, item::dateOfServiceSpan);
  }


  private static Optional<Decision> decision(@Nullable TerminalNode token) {
    if (token == null || token.getSymbol().getStartIndex() < 0) {
      return Optional.empty();
    }
    // The token is a colon, white space and the decision word in any case.
    String text = token.getText();
    boolean overturned = false;
    for (int i = 0; i < text.length() && !overturned; i++) {
      overturned = text.regionMatches(true, i, "overturned", 0, "overturned".length());
    }
    return Optional.of(overturned ? Decision.OVERTURNED : Decision.UPHELD);
  }

  private static String list(List<String> parts) {
    return parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
