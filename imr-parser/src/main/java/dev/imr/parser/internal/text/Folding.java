package dev.imr.parser.internal.text;

/**
 * Folds a range of cleaned text to the form the model holds: runs of white space become one
 * space, the ends are trimmed, and a line break directly after a hyphen that follows a letter or
 * digit folds to nothing ({@code 7-} / {@code 8/10} gives {@code 7-8/10}), as extraction broke the
 * word there, not the writer.
 */
public final class Folding {

  private Folding() {}

  /** The folded form of {@code [start, end)} of {@code text}, any text. */
  public static String fold(String text, int start, int end) {
    return FoldedText.of(text, start, end).text();
  }

  /** The folded form of {@code [start, end)} of the cleaned text of {@code source}. */
  public static String fold(SourceText source, int start, int end) {
    return FoldedText.of(source, start, end).text();
  }

  /**
   * True when the white space run starting at {@code i} is a line break right after a hyphen that
   * follows a letter or digit, inside the range starting at {@code start}.
   */
  static boolean joinsHyphenatedWord(String text, int start, int i) {
    return text.charAt(i) == '\n' && i >= start + 2 && text.charAt(i - 1) == '-'
        && Character.isLetterOrDigit(text.charAt(i - 2));
  }
}
