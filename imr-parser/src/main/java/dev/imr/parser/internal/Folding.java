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
    StringBuilder folded = null;
    int copiedTo = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        continue;
      }
      int runEnd = i + 1;
      while (runEnd < end && isSpace(text.charAt(runEnd))) {
        runEnd++;
      }
      boolean joinsHyphenatedWord = c == '\n' && i >= start + 2 && text.charAt(i - 1) == '-'
          && Character.isLetterOrDigit(text.charAt(i - 2));
      boolean alreadyFolded = c == ' ' && runEnd == i + 1;
      if (!alreadyFolded) {
        if (folded == null) {
          folded = new StringBuilder(end - start);
        }
        folded.append(text, copiedTo, i);
        if (!joinsHyphenatedWord) {
          folded.append(' ');
        }
        copiedTo = runEnd;
      }
      i = runEnd - 1;
    }
    if (folded == null) {
      return text.substring(start, end);
    }
    return folded.append(text, copiedTo, end).toString();
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t';
  }
}
