package dev.imr.examples.run;

/**
 * Text for standard error that cannot forge a line: a file name or a letter's words with a line
 * break in them would otherwise print a {@code FILE:LINE:COLUMN: error …} line of their own, or
 * move the cursor with an escape sequence.
 */
public final class TerminalText {

  private TerminalText() {}

  /**
   * {@code text} with every control character written as an escape: {@code \n}, {@code \r},
   * {@code \t}, and {@code \}{@code u001b} and the like for the others, the line and paragraph
   * separators and the characters that reverse the direction of the text around them.
   */
  public static String escaped(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c);
      if (escape != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    boolean bidi = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || bidi) {
      return String.format("\\u%04x", (int) c);
    }
    return null;
  }
}
