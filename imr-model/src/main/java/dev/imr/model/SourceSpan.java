package dev.imr.model;

/**
 * Where a value came from: a range {@code [start, end)} of 0-based UTF-16 offsets into the text
 * the caller passed to the parser (not into any cleaned copy), so that {@code
 * input.substring(span.start(), span.end())} is exactly the text the value was read from.
 *
 * <p>Spans are carried beside model values but never take part in their equality.
 *
 * @param start offset of the first character, inclusive
 * @param end offset after the last character, exclusive
 */
public record SourceSpan(int start, int end) {

  /** Checks that the range is well formed. */
  public SourceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** Builds a span from its bounds. */
  public static SourceSpan of(int start, int end) {
    return new SourceSpan(start, end);
  }

  /** The number of UTF-16 code units covered. */
  public int length() {
    return end - start;
  }

  /** The covered text of {@code input}, which must be the text this span was made for. */
  public String textOf(CharSequence input) {
    return input.subSequence(start, end).toString();
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
