package dev.imr.parser;

/**
 * The tests' own statement of how a letter's text folds to a model value, written from the
 * format's rules rather than from the parser: glyphs extractors vary are normalised (ligatures,
 * curly quotes, byte-order marks, zero-width characters, Unicode spaces), runs of white space
 * become one space, the ends are trimmed, and a run holding a line break directly after a hyphen
 * that follows a letter or digit folds to nothing ({@code 7-} / {@code 8/10} gives {@code
 * 7-8/10}).
 */
final class TextFold {

  private TextFold() {}

  /** Folds {@code text} as the model holds it. */
  static String fold(CharSequence text) {
    String n = normalise(text);
    StringBuilder out = new StringBuilder(n.length());
    int i = 0;
    int length = n.length();
    while (i < length && isSpace(n.charAt(i))) {
      i++;
    }
    while (i < length) {
      char c = n.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int runEnd = i;
      boolean lineBreak = false;
      while (runEnd < length && isSpace(n.charAt(runEnd))) {
        lineBreak |= isLineBreak(n.charAt(runEnd));
        runEnd++;
      }
      if (runEnd == length) {
        break; // trailing white space
      }
      boolean hyphenatedWord = lineBreak && i >= 2 && n.charAt(i - 1) == '-'
          && Character.isLetterOrDigit(n.charAt(i - 2));
      if (!hyphenatedWord) {
        out.append(' ');
      }
      i = runEnd;
    }
    return out.toString();
  }

  /** Collapses white space only: for writing expected values as wrapped text blocks. */
  static String ws(String text) {
    return String.join(" ", text.strip().split("\\s+"));
  }

  /** The glyph normalisation every extraction layout must agree on. */
  static String normalise(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\u200E', '\u200F',
            '\u061C', '\u180E', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066',
            '\u2067', '\u2068', '\u2069' -> { }
        case '\u2018', '\u2019' -> out.append('\'');
        case '\u201C', '\u201D' -> out.append('"');
        case '\uFB00' -> out.append("ff");
        case '\uFB01' -> out.append("fi");
        case '\uFB02' -> out.append("fl");
        case '\uFB03' -> out.append("ffi");
        case '\uFB04' -> out.append("ffl");
        default -> out.append(isSpace(c) && !isLineBreak(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029';
  }
}
