package dev.imr.parser.internal;

/**
 * Folds a range of cleaned text to the form the model holds: runs of white space become one
 * space, the ends are trimmed, and a line break directly after a hyphen that follows a letter or
 * digit folds to nothing ({@code 7-} / {@code 8/10} gives {@code 7-8/10}), as extraction broke the
 * word there, not the writer.
 */
final class Folding {

  private Folding() {}

  static String fold(String text, int start, int end) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    // The range is copied out in bulk and folded in place: reading an array is faster than
    // reading the string a character at a time, and folding only ever shortens the text.
    char[] folded = new char[end - start];
    text.getChars(start, end, folded, 0);
    int length = 0;
    for (int r = 0; r < folded.length; r++) {
      char c = folded[r];
      if (c > ' ' || !isSpace(c)) {
        folded[length++] = c;
        continue;
      }
      int runEnd = r + 1;
      while (runEnd < folded.length && isSpace(folded[runEnd])) {
        runEnd++;
      }
      // The characters before the run are read from the text: the array's may be overwritten.
      if (!joinsHyphenatedWord(text, start, start + r)) {
        folded[length++] = ' ';
      }
      r = runEnd - 1;
    }
    return new String(folded, 0, length);
  }

  /**
   * True when the white space run starting at {@code i} is a line break right after a hyphen that
   * follows a letter or digit, inside the range starting at {@code start}.
   */
  static boolean joinsHyphenatedWord(String text, int start, int i) {
    return text.charAt(i) == '\n' && i >= start + 2 && text.charAt(i - 1) == '-'
        && Character.isLetterOrDigit(text.charAt(i - 2));
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t';
  }
}
