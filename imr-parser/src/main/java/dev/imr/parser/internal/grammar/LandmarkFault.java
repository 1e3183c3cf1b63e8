package dev.imr.parser.internal.grammar;

import dev.imr.parser.internal.text.Characters;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * A landmark out of step — given twice, stray, or out of order — with what reading on needs: the
 * reader leaves its lines out of the text when it stands on lines of its own, and otherwise
 * reads its tokens as text or not at all. The description says what was found and, for a
 * repeat, where the first one stands.
 *
 * @param tokens the landmark's tokens
 * @param start where its lines start in the cleaned text
 * @param end where its lines end (or the landmark, when it shares its line)
 * @param description what was found, as a diagnostic's message starts
 * @param wholeLines true when nothing else stands on its lines
 * @param asText true to read it as text where it stands; false to read it not at all
 * @param reportedLater true when a later stage reports the text it becomes
 */
public record LandmarkFault(List<Token> tokens, int start, int end, String description,
    boolean wholeLines, boolean asText, boolean reportedLater) {

  /** Reads the tokens as text, or hides them from the parser. */
  public void applyInPlace() {
    for (Token token : tokens) {
      if (asText) {
        ((CommonToken) token).setType(LetterLexer.TEXT);
      } else {
        ((CommonToken) token).setChannel(Token.HIDDEN_CHANNEL);
      }
    }
  }

  /**
   * Where the line holding {@code at} starts when only white space stands before {@code at} on
   * it; -1 otherwise. Looks back only over white space, so a long line costs nothing.
   */
  static int startIfBlankBefore(String clean, int at) {
    int i = at;
    while (i > 0 && clean.charAt(i - 1) != '\n') {
      if (!Characters.isSpace(clean.charAt(i - 1))) {
        return -1;
      }
      i--;
    }
    return i;
  }

  /** Where the line holding {@code at} ends when only white space follows {@code at}; else -1. */
  static int endIfBlankAfter(String clean, int at) {
    int i = at;
    while (i < clean.length() && clean.charAt(i) != '\n') {
      if (!Characters.isSpace(clean.charAt(i))) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /** Where the line holding {@code at} ends, if within {@code limit} characters; else -1. */
  static int lineEndWithin(String clean, int at, int limit) {
    int stop = Math.min(clean.length(), at + limit);
    for (int i = at; i < stop; i++) {
      if (clean.charAt(i) == '\n') {
        return i;
      }
    }
    return stop == clean.length() ? stop : -1;
  }

  /** True when only white space shares the lines of {@code [start, end)} in {@code clean}. */
  static boolean standsAlone(String clean, int start, int end) {
    return startIfBlankBefore(clean, start) >= 0 && endIfBlankAfter(clean, end) >= 0;
  }
}
