package dev.imr.parser.internal.grammar;

import dev.imr.parser.internal.text.Region;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Decides where each disputed item starts, between lexing and parsing. An item's heading is
 * free text like the rationale before it, and the letter marks the boundary only by lines
 * ({@link ItemHeadings}); this pass finds it once and makes the heading one {@code TITLE} token
 * (the text tokens it covers move to the hidden channel), so the grammar's items are whole:
 * {@code title? DECISION itemBody}.
 *
 * <p>A heading ends at a decision, or at {@code Claims Administrator guideline:} where the
 * decision is missing. It is the whole run of text before that when the run follows the items'
 * heading or introduction (the first item), and the run's last lines that {@link ItemHeadings}
 * picks when the run follows {@code Decision rationale:} (the previous item's rationale) or,
 * where a damaged extraction lost labels, another part of the previous item. Any other run is
 * left as text, and the item has no title.
 */
public final class ItemBoundaries {

  private ItemBoundaries() {}

  /** Retypes the heading tokens among {@code tokens} (all channels, as lexed) of {@code clean}. */
  public static void mark(List<Token> tokens, String clean) {
    int previousDefault = -1; // index of the last default-channel token before i
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      boolean endsHeading = token.getType() == LetterLexer.DECISION
          || token.getType() == LetterLexer.CLAIMS_GUIDELINE
              && (previousDefault < 0
                  || tokens.get(previousDefault).getType() != LetterLexer.DECISION);
      if (endsHeading) {
        markHeadingBefore(tokens, i, clean);
      }
      previousDefault = i;
    }
  }

  private static void markHeadingBefore(List<Token> tokens, int end, String clean) {
    int first = -1; // the run of text tokens right before tokens[end]
    int last = -1;
    int owner = -1; // the token before the run
    for (int j = end - 1; j >= 0; j--) {
      Token token = tokens.get(j);
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (token.getType() == LetterLexer.TEXT || token.getType() == LetterLexer.COLON) {
        first = j;
        if (last < 0) {
          last = j;
        }
        continue;
      }
      owner = token.getType();
      break;
    }
    if (first < 0) {
      return;
    }
    int headingStart;
    if (owner == LetterLexer.ISSUES || owner == LetterLexer.ISSUES_INTRO) {
      headingStart = tokens.get(first).getStartIndex();
    } else if (owner == LetterLexer.RATIONALE || owner == LetterLexer.REVIEWER_GUIDELINE
        || owner == LetterLexer.CLAIMS_GUIDELINE || owner == LetterLexer.DECISION) {
      // After a rationale, as letters have it; after another part when a damaged extraction lost
      // the labels that follow it.
      Region run = new Region(tokens.get(first).getStartIndex(), tokens.get(last).getStopIndex() + 1);
      headingStart = ItemHeadings.headingStart(clean, run, true,
          decisionInABlockOfItsOwn(tokens.get(end), clean));
    } else {
      return;
    }
    // One TITLE token over the heading; the text tokens it covers leave the parser's channel.
    CommonToken title = null;
    for (int j = first; j <= last; j++) {
      Token token = tokens.get(j);
      if (token.getChannel() != Token.DEFAULT_CHANNEL || token.getStartIndex() < headingStart) {
        continue;
      }
      if (title == null) {
        title = (CommonToken) token;
        title.setType(LetterLexer.TITLE);
      } else {
        ((CommonToken) token).setChannel(Token.HIDDEN_CHANNEL);
      }
    }
    if (title != null) {
      title.setStopIndex(tokens.get(last).getStopIndex());
    }
  }

  /** True when a blank line stands between the heading's colon and the decision word. */
  private static boolean decisionInABlockOfItsOwn(Token decision, String clean) {
    if (decision.getType() != LetterLexer.DECISION) {
      return false;
    }
    // Read where the token stands rather than copied out as its text.
    int end = Math.min(decision.getStopIndex() + 1, clean.length());
    int firstBreak = clean.indexOf('\n', Math.max(0, decision.getStartIndex()));
    if (firstBreak < 0 || firstBreak >= end) {
      return false;
    }
    int secondBreak = clean.indexOf('\n', firstBreak + 1);
    return secondBreak >= 0 && secondBreak < end;
  }
}
