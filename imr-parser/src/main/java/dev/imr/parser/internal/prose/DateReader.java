package dev.imr.parser.internal.prose;

import dev.imr.parser.internal.text.Characters;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates letters write in prose: {@code 10/4/09}, {@code 5/01/2012}, {@code
 * 08-05-1994}, {@code 10-13-16}, {@code November 16, 2006}, {@code Nov. 16, 2006}, {@code
 * 2016-11-16}. Month before day, as in all US letters.
 *
 * <p>A two-digit year is the latest year ending in those digits that is not more than a year
 * after the reference year: with the letter's decision year 2017, {@code 17} is 2017 and {@code
 * 94} is 1994. Without a reference the pivot is fixed: {@code 00}–{@code 30} are 2000–2030, the
 * rest 1931–1999. Immutable and thread-safe.
 */
public final class DateReader {

  /** With this reference, two-digit years 00–30 are 2000–2030 and 31–99 are 1931–1999. */
  static final int PIVOT_REFERENCE_YEAR = 2029;

  /** A date found in text: {@code [start, end)} of the text searched. */
  record Found(LocalDate date, int start, int end) {}

  private static final String MONTHS = "January|February|March|April|May|June|July|August|September"
      + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
  // Numeric dates use one separator throughout; letters and digits around them are no date
  // ("L4-5-6", "3.3.9"). Every alternative is bounded: matching is linear in the text.
  private static final Pattern DATE = Pattern.compile(
      "(?<![\\p{L}\\d/.-])(?:"
          + "(?<m>\\d{1,2})(?<sep>[/-])(?<d>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})"
          + "|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})"
          + "|(?<month>" + MONTHS + ")\\.?\\s{0,3}(?<md>\\d{1,2})(?:st|nd|rd|th)?\\s{0,3},?\\s{0,3}(?<my>\\d{4})"
          + ")(?![\\d/]|-\\d|\\.\\d)",
      Pattern.CASE_INSENSITIVE);
  // DATE's groups by number, in the order they open: looking a group up by its name costs two
  // map look-ups, and a date is read from six groups.
  private static final int M = 1;
  private static final int D = 3;
  private static final int Y = 4;
  private static final int IY = 5;
  private static final int IM = 6;
  private static final int ID = 7;
  private static final int MONTH = 8;
  private static final int MD = 9;
  private static final int MY = 10;

  /**
   * The furthest a date's first digit stands from its start: a month's name of nine letters, a
   * period and three blanks ({@code September.   5, 2016}).
   */
  private static final int FIRST_DIGIT = 13;

  private final int referenceYear;

  private DateReader(int referenceYear) {
    this.referenceYear = referenceYear;
  }

  /** Two-digit years resolved relative to {@code year}, such as the letter's decision year. */
  public static DateReader withReferenceYear(int year) {
    return new DateReader(year);
  }

  /** Two-digit years resolved by the fixed pivot ({@link #PIVOT_REFERENCE_YEAR}). */
  public static DateReader withPivot() {
    return new DateReader(PIVOT_REFERENCE_YEAR);
  }

  int referenceYear() {
    return referenceYear;
  }

  /** The date that is all of {@code text} (blanks around it allowed), or null. */
  @Nullable LocalDate parse(String text) {
    String stripped = text.strip();
    Found found = at(stripped, 0, stripped.length());
    return found != null && found.end() == stripped.length() ? found.date() : null;
  }

  /** The valid date starting exactly at {@code position}, ending by {@code limit}, or null. */
  @Nullable Found at(String text, int position, int limit) {
    if (position >= limit) {
      return null;
    }
    Matcher matcher = DATE.matcher(text).region(position, limit);
    matcher.useTransparentBounds(true);
    if (!matcher.lookingAt()) {
      return null;
    }
    LocalDate date = date(text, matcher);
    return date == null ? null : new Found(date, matcher.start(), matcher.end());
  }

  /**
   * The valid date starting exactly at {@code position}, ending by {@code limit}, whatever stands
   * before it: after fixed words that end just before it, where extraction lost the space at a
   * line break ({@code filed on9/3/2013}). Null for none.
   */
  @Nullable Found afterWords(String text, int position, int limit) {
    if (position >= limit) {
      return null;
    }
    Matcher matcher = DATE.matcher(text).region(position, limit);
    matcher.useTransparentBounds(false);
    if (!matcher.lookingAt() || followedByDateCharacters(text, matcher.end())) {
      return null;
    }
    LocalDate date = date(text, matcher);
    return date == null ? null : new Found(date, matcher.start(), matcher.end());
  }

  /** The opaque bounds hide what follows the region: the pattern's lookahead, checked here. */
  private static boolean followedByDateCharacters(String text, int end) {
    if (end >= text.length()) {
      return false;
    }
    char next = text.charAt(end);
    boolean digitAfter = end + 1 < text.length() && Characters.isDigit(text.charAt(end + 1));
    return Characters.isDigit(next) || next == '/' || ((next == '-' || next == '.') && digitAfter);
  }

  /** Every valid date in {@code [from, to)} of {@code text}, in order. */
  List<Found> findAll(String text, int from, int to) {
    List<Found> found = new ArrayList<>();
    Scan scan = scan(text, from, to);
    for (Found date = scan.next(); date != null; date = scan.next()) {
      found.add(date);
    }
    return found;
  }

  /** The valid dates of {@code [from, to)} one at a time, as {@link #findAll} lists them. */
  Scan scan(String text, int from, int to) {
    return new Scan(text, from, to);
  }

  /** Finds dates one at a time, so that a reader that needs the first few stops early. */
  final class Scan {
    private final String text;
    private final int to;
    private final Matcher matcher;
    private int position;

    private Scan(String text, int from, int to) {
      this.text = text;
      this.to = to;
      this.matcher = DATE.matcher(text);
      this.matcher.useTransparentBounds(true);
      this.position = from;
    }

    /** The next valid date, or null when there is none. */
    @Nullable Found next() {
      // As Matcher.find() would, but the pattern is tried only where a date can start: trying it
      // at every position costs a lookbehind and two dozen month names each time. Every date
      // holds a digit at most FIRST_DIGIT characters after its start, so only the positions just
      // before a digit are looked at, and the text between digits is passed over in one loop.
      while (position < to) {
        int digit = position;
        while (digit < to && !Characters.isDigit(text.charAt(digit))) {
          digit++;
        }
        if (digit == to) {
          position = to;
          return null;
        }
        int i = Math.max(position, digit - FIRST_DIGIT);
        while (i <= digit && !(mayStartDate(text, i, to) && matcher.region(i, to).lookingAt())) {
          i++;
        }
        if (i > digit) {
          position = digit + 1;
          continue;
        }
        position = matcher.end();
        LocalDate date = date(text, matcher);
        if (date != null) {
          return new Found(date, matcher.start(), matcher.end());
        }
      }
      return null;
    }
  }

  /**
   * True unless no date can start at {@code i}. Every date opens with a digit followed by its
   * separator within three characters, or with the first three letters of a month's name (the
   * pattern folds ASCII case only); and no date follows a letter, digit, slash, period or hyphen.
   * Only ASCII is ruled out here, which the pattern reads alike whatever surrounds it.
   */
  private static boolean mayStartDate(String text, int i, int to) {
    if (i > 0) {
      char before = text.charAt(i - 1);
      if (lower(before) != 0 || Characters.isDigit(before) || before == '/' || before == '.' || before == '-') {
        return false;
      }
    }
    char c = text.charAt(i);
    if (Characters.isDigit(c)) {
      // "10/4/09", "5-01-2012" or "2016-11-16": a separator after one, two or four digits
      return isSeparatorAt(text, i + 1, to)
          || (isDigitAt(text, i + 1, to) && (isSeparatorAt(text, i + 2, to)
              || (isDigitAt(text, i + 2, to) && isDigitAt(text, i + 3, to)
                  && i + 4 < to && text.charAt(i + 4) == '-')));
    }
    if (i + 3 > to) {
      return false;
    }
    int prefix = (lower(c) << 16) | (lower(text.charAt(i + 1)) << 8) | lower(text.charAt(i + 2));
    return switch (prefix) {
      case ('j' << 16) | ('a' << 8) | 'n', ('f' << 16) | ('e' << 8) | 'b',
          ('m' << 16) | ('a' << 8) | 'r', ('a' << 16) | ('p' << 8) | 'r',
          ('m' << 16) | ('a' << 8) | 'y', ('j' << 16) | ('u' << 8) | 'n',
          ('j' << 16) | ('u' << 8) | 'l', ('a' << 16) | ('u' << 8) | 'g',
          ('s' << 16) | ('e' << 8) | 'p', ('o' << 16) | ('c' << 8) | 't',
          ('n' << 16) | ('o' << 8) | 'v', ('d' << 16) | ('e' << 8) | 'c' -> true;
      default -> false;
    };
  }

  private static boolean isDigitAt(String text, int i, int to) {
    return i < to && Characters.isDigit(text.charAt(i));
  }

  private static boolean isSeparatorAt(String text, int i, int to) {
    return i < to && (text.charAt(i) == '/' || text.charAt(i) == '-');
  }

  /** An ASCII letter in lower case; any other character as an impossible letter. */
  private static int lower(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c + ('a' - 'A');
    }
    return c >= 'a' && c <= 'z' ? c : 0;
  }

  private @Nullable LocalDate date(String text, Matcher matcher) {
    try {
      if (matcher.start(M) >= 0) {
        return LocalDate.of(year(text, matcher.start(Y), matcher.end(Y)), number(text, matcher, M),
            number(text, matcher, D));
      }
      if (matcher.start(IY) >= 0) {
        return LocalDate.of(number(text, matcher, IY), number(text, matcher, IM),
            number(text, matcher, ID));
      }
      return LocalDate.of(number(text, matcher, MY), month(matcher.group(MONTH)),
          number(text, matcher, MD));
    } catch (DateTimeException e) {
      return null; // 2/30/16 is no date
    }
  }

  /** The digits of a group, read in place rather than copied out. */
  private static int number(String text, Matcher matcher, int group) {
    return number(text, matcher.start(group), matcher.end(group));
  }

  private static int number(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /** A year as written in {@code [start, end)}; two digits resolved against the reference year. */
  private int year(String text, int start, int end) {
    int value = number(text, start, end);
    if (end - start != 2) {
      return value;
    }
    int year = referenceYear / 100 * 100 + value;
    while (year > referenceYear + 1) {
      year -= 100;
    }
    return year;
  }

  private static int month(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return switch (prefix) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException("not a month: " + name);
    };
  }
}
