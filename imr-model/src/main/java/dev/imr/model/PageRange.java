package dev.imr.model;

/**
 * An inclusive range of pages a {@link GuidelineCitation} points to: {@code 46} is 46–46, {@code
 * 303-304} is 303–304.
 *
 * @param first the first page, at least 1
 * @param last the last page, not before {@code first}
 */
public record PageRange(int first, int last) {

  /** Checks that the range is well formed. */
  public PageRange {
    if (first < 1 || last < first) {
      throw new IllegalArgumentException("invalid page range " + first + "-" + last);
    }
  }

  /** The range {@code first}–{@code last}. */
  public static PageRange of(int first, int last) {
    return new PageRange(first, last);
  }

  /** The single page {@code page}. */
  public static PageRange of(int page) {
    return new PageRange(page, page);
  }

  /** True when the range is one page. */
  public boolean isSinglePage() {
    return first == last;
  }

  /** {@code 46} or {@code 303-304}. */
  @Override
  public String toString() {
    return isSinglePage() ? Integer.toString(first) : first + "-" + last;
  }
}
