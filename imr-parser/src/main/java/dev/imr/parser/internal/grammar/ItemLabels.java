package dev.imr.parser.internal.grammar;

import static dev.imr.parser.internal.grammar.LandmarkFault.standsAlone;
import static dev.imr.parser.internal.grammar.LandmarkFault.startIfBlankBefore;

import dev.imr.model.SourceSpan;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * Puts each item's three labels back in step before item boundaries are decided. An item reads
 * {@code Claims Administrator guideline:}, {@code MAXIMUS guideline:}, {@code Decision
 * rationale:} once each, in that order; a label out of that order or given again inside an item
 * (a stray line, a doubled one) is the text of the label before it, and an item heading given
 * twice in a row is read once. Each change is a warning at the place, so nothing is lost
 * silently, and what follows is read as if the fault were not there.
 */
public final class ItemLabels {

  private ItemLabels() {}

  // A heading line compared with the one before it is at most this long.
  private static final int HEADING_LIMIT = 400;

  /** The stray labels and doubled headings among {@code tokens} (all channels, as lexed). */
  public static List<LandmarkFault> faults(List<Token> tokens, SourceText source) {
    String clean = source.clean();
    List<LandmarkFault> faults = new ArrayList<>();
    int issues = -1;
    for (int i = 0; i < tokens.size() && issues < 0; i++) {
      if (tokens.get(i).getType() == LetterLexer.ISSUES) {
        issues = i;
      }
    }
    if (issues < 0) {
      return faults;
    }
    List<Token> labels = new ArrayList<>();
    Token previousDecision = null;
    List<Token> run = new ArrayList<>(); // text since the last decision, when it is only text
    for (int i = issues + 1; i <= tokens.size(); i++) {
      Token token = i < tokens.size() ? tokens.get(i) : null;
      if (token != null && token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      int type = token == null ? Token.EOF : token.getType();
      if (rank(type) >= 0) {
        labels.add(token);
        run = null;
      } else if (type == LetterLexer.DECISION || type == Token.EOF) {
        settle(labels, previousDecision == null, source, faults);
        labels.clear();
        if (type == LetterLexer.DECISION && previousDecision != null && run != null && !run.isEmpty()
            && isDoubledHeading(run, previousDecision, token, clean)) {
          faults.add(doubledHeading(run, previousDecision, token, source));
        } else if (type == LetterLexer.DECISION) {
          previousDecision = token;
        }
        run = new ArrayList<>();
      } else if (run != null && (type == LetterLexer.TEXT || type == LetterLexer.COLON)) {
        run.add(token);
      } else {
        run = null;
      }
    }
    return faults;
  }

  private static int rank(int type) {
    return switch (type) {
      case LetterLexer.CLAIMS_GUIDELINE -> 0;
      case LetterLexer.REVIEWER_GUIDELINE -> 1;
      case LetterLexer.RATIONALE -> 2;
      default -> -1;
    };
  }

  /**
   * Keeps, of the labels between two decisions, those that read as items in order and retypes
   * the others as text. A {@code Claims Administrator guideline:} followed by a {@code MAXIMUS
   * guideline:} after a whole item starts an item whose decision is missing, not a stray label.
   */
  private static void settle(List<Token> labels, boolean beforeFirstDecision, SourceText source,
      List<LandmarkFault> faults) {
    int groupStart = 0;
    for (int i = 1; i <= labels.size(); i++) {
      boolean newItem = i < labels.size() && rank(labels.get(i).getType()) == 0 && i - groupStart >= 2
          && i + 1 < labels.size() && rank(labels.get(i + 1).getType()) == 1;
      if (i == labels.size() || newItem) {
        settleItem(labels.subList(groupStart, i), beforeFirstDecision, source, faults);
        groupStart = i;
      }
    }
  }

  /** The longest run of labels in order, the earliest on ties; the rest become text. */
  private static void settleItem(List<Token> labels, boolean beforeFirstDecision,
      SourceText source, List<LandmarkFault> faults) {
    int n = labels.size();
    int[] length = new int[n];
    int[] before = new int[n];
    int best = -1;
    for (int i = 0; i < n; i++) {
      length[i] = 1;
      before[i] = -1;
      for (int j = 0; j < i; j++) {
        if (rank(labels.get(j).getType()) < rank(labels.get(i).getType()) && length[j] + 1 > length[i]) {
          length[i] = length[j] + 1;
          before[i] = j;
        }
      }
      if (best < 0 || length[i] > length[best]) {
        best = i;
      }
    }
    boolean[] kept = new boolean[n];
    // Before the first decision only an item without one has labels, and it has two at least.
    if (!(beforeFirstDecision && best >= 0 && length[best] < 2)) {
      for (int i = best; i >= 0; i = before[i]) {
        kept[i] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      if (kept[i]) {
        continue;
      }
      Token stray = labels.get(i);
      Token owner = null;
      for (int j = i - 1; j >= 0 && owner == null; j--) {
        owner = kept[j] ? labels.get(j) : null;
      }
      String label = SyntaxErrors.describe(stray);
      String description = beforeFirstDecision && owner == null
          ? label + " before the first item's decision"
          : owner == null ? label + " between the decision and the item's first label"
          : owner.getType() == stray.getType()
              ? label + " again in one item (first at " + place(owner, source) + ")"
              : label + " after " + SyntaxErrors.describe(owner) + " of the same item";
      String clean = source.clean();
      int start = stray.getStartIndex();
      int end = stray.getStopIndex() + 1;
      boolean alone = standsAlone(clean, start, end);
      faults.add(new LandmarkFault(List.of(stray), alone ? startIfBlankBefore(clean, start) : start, end,
          description, alone, true, owner == null && !beforeFirstDecision));
    }
  }

  /**
   * True when the text since the last decision, followed by the same decision, repeats the line
   * that decision ended: an item's heading given twice.
   */
  private static boolean isDoubledHeading(List<Token> run, Token first, Token second, String clean) {
    if (!decisionWord(first).equals(decisionWord(second))) {
      return false;
    }
    int length = second.getStartIndex() - run.get(0).getStartIndex();
    if (length > HEADING_LIMIT) {
      return false; // longer than any heading line: a huge input's text, not compared
    }
    int lineStart = first.getStartIndex();
    while (lineStart > 0 && clean.charAt(lineStart - 1) != '\n'
        && first.getStartIndex() - lineStart <= HEADING_LIMIT) {
      lineStart--;
    }
    String before = clean.substring(lineStart, first.getStartIndex());
    String again = clean.substring(run.get(0).getStartIndex(), second.getStartIndex());
    return !before.isBlank() && normalised(before).equals(normalised(again));
  }

  private static LandmarkFault doubledHeading(List<Token> run, Token first, Token second,
      SourceText source) {
    String clean = source.clean();
    int start = run.get(0).getStartIndex();
    int end = second.getStopIndex() + 1;
    String heading = normalised(clean.substring(start, end));
    List<Token> tokens = new ArrayList<>(run);
    tokens.add(second);
    boolean alone = standsAlone(clean, start, end);
    return new LandmarkFault(tokens, alone ? startIfBlankBefore(clean, start) : start, end,
        "the item heading " + Diagnostics.quote(heading) + " again right after itself (first at " + place(first, source) + ")",
        alone, false, false);
  }

  private static String decisionWord(Token decision) {
    return decision.getText().toLowerCase(Locale.ROOT).contains("overturned") ? "o" : "u";
  }

  private static String normalised(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The line and column of {@code token} in the input, as messages name a place. */
  static String place(Token token, SourceText source) {
    SourceSpan span = source.span(token.getStartIndex(), token.getStopIndex() + 1);
    return source.line(span.start()) + ":" + source.column(span.start());
  }
}
