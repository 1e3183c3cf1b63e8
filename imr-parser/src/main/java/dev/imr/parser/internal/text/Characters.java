package dev.imr.parser.internal.text;

/**
 * The character classes every stage asks about, in one place: white space before and after
 * cleaning, digits, ASCII case. Written out rather than {@link Character}'s Unicode-wide tests
 * because the readers call them on every character and the letters' text is cleaned to a few
 * known space characters.
 */
public final class Characters {

  private Characters() {}

  /** White space of the cleaned text: what cleaning leaves of every kind of space. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t';
  }

  /**
   * A character of the caller's input that cleaning turns into a plain space: Unicode spaces
   * (no-break and the typographic ones), zero-width spaces, a byte-order mark inside the text,
   * vertical tab and the ASCII separators some extractors leave.
   */
  public static boolean isInputSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u000B' || Character.isSpaceChar(c)
        || c == '\u200B' || c == '\uFEFF' || (c >= '\u001C' && c <= '\u001F');
  }

  /** An ASCII digit: the letters write numbers in ASCII only. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code c} in lower case when it is an ASCII capital, else itself. */
  public static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * True when {@code word}, in lower case, stands at {@code at} of {@code text} before {@code
   * end}, comparing with ASCII case folding only, as the readers' patterns fold case.
   */
  public static boolean startsWithIgnoringCase(String text, int at, int end, String word) {
    if (at + word.length() > end) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(at + k);
      if (c != word.charAt(k) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == word.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
