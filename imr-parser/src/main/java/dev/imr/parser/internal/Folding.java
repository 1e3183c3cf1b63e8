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
    // The text between folded runs is copied in bulk: most runs are single line breaks, so these
    // pieces are whole lines.
    char[] folded = null;
    int length = 0;
    int copiedTo = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c > ' ' || !isSpace(c)) {
        continue;
      }
      int runEnd = i + 1;
      while (runEnd < end && isSpace(text.charAt(runEnd))) {
        runEnd++;
      }
      if (c == ' ' && runEnd == i + 1) {
        continue; // a single space is already folded
      }
      if (folded == null) {
        folded = new char[end - start];
      }
      text.getChars(copiedTo, i, folded, length);
      length += i - copiedTo;
      if (!joinsHyphenatedWord(text, start, i)) {
        folded[length++] = ' ';
      }
      copiedTo = runEnd;
      i = runEnd - 1;
    }
    if (folded == null) {
      return text.substring(start, end);
    }
    text.getChars(copiedTo, end, folded, length);
    length += end - copiedTo;
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
