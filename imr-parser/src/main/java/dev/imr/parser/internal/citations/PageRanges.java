package dev.imr.parser.internal.citations;

import dev.imr.model.PageRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a citation: a {@code Page(s):} label ({@code PAGES}, {@code pg.}, {@code pp.}) and
 * a list of pages and ranges ({@code 74-96, 111-113, 22}; {@code 303-4} is 303-304).
 */
final class PageRanges {

  private final Statement s;

  PageRanges(Statement statement) {
    this.s = statement;
  }

  /** Where a {@code Page(s):} label starts in {@code [p, end)}, or {@code end}. */
  int labelOrEnd(int p, int end) {
    // The first label at a word start: no label holds a letter 'p' that starts a word, so no
    // label is skipped inside one that does not start a word, as a search for labels would.
    for (int i = p; i < end; i++) {
      if (Shape.PAGES_LABEL.mayStartWith(s.text.charAt(i))
          && (i == 0 || !Character.isLetter(s.text.charAt(i - 1)))
          && s.lookingAt(Shape.PAGES_LABEL, i, end)) {
        return i;
      }
    }
    return end;
  }

  /** A page list {@code 303-304, 308}; null (and a warning) when it is not one. */
  @Nullable List<PageRange> read(int start, int end) {
    List<PageRange> pages = new ArrayList<>();
    int p = start;
    while (p < end) {
      Matcher range = s.match(Shape.PAGE_RANGE, p, end);
      if (range == null) {
        break;
      }
      int first = Integer.parseInt(range.group(1));
      int last = range.group(2) == null ? first : Integer.parseInt(range.group(2));
      if (last < first && range.group(2).length() < range.group(1).length()) {
        // "303-4" abbreviates 303-304
        String digits = range.group(1);
        last = Integer.parseInt(digits.substring(0, digits.length() - range.group(2).length())
            + range.group(2));
      }
      if (first < 1 || last < first) {
        s.warn(range.start(), range.end(), "'" + range.group() + "' is not a page range");
        return null;
      }
      pages.add(PageRange.of(first, last));
      p = range.end();
      int separatorEnd = s.matchEnd(Shape.PAGE_LIST_SEPARATOR, p, end);
      if (separatorEnd < 0) {
        break;
      }
      p = separatorEnd;
    }
    int rest = s.trimEnd(p, end);
    if (pages.isEmpty() || rest > p) {
      s.warn(start, end, "unreadable page numbers '" + s.abbreviate(start, end) + "'");
      return pages.isEmpty() ? null : pages;
    }
    return pages;
  }

  /** True when the comma-separated field {@code [p, fieldEnd)} is pages: labelled, or one range. */
  boolean isField(int p, int fieldEnd) {
    if (s.lookingAt(Shape.PAGES_LABEL, p, fieldEnd)) {
      return true;
    }
    int rangeEnd = s.matchEnd(Shape.PAGE_RANGE, p, fieldEnd);
    return rangeEnd >= 0 && s.trimEnd(p, fieldEnd) == rangeEnd;
  }

  /** Where the numbers of the pages field at {@code p} start: after its label, if any. */
  int numbersStart(int p, int fieldEnd) {
    int labelEnd = s.matchEnd(Shape.PAGES_LABEL, p, fieldEnd);
    return labelEnd >= 0 ? labelEnd : p;
  }
}
