package dev.imr.parser.internal.citations;

import java.util.regex.Pattern;

/**
 * Structure in citations that is not vocabulary: years, page lists, section labels, dates,
 * addresses. Each shape is tried at many positions where it does not start, so it carries the
 * characters its match can start with, and a position starting with another is ruled out without
 * running the pattern. (Case-insensitive patterns ignore case in ASCII only, so listing both cases
 * of a letter is complete.)
 */
enum Shape {
  CHAPTER_NUMBER("chapter\\s*(\\d{1,2})(?!\\d)", Pattern.CASE_INSENSITIVE, "cC"),
  SECTIONS_LABEL("sections?(?:\\s*\\(s\\))?\\s*:\\s*", Pattern.CASE_INSENSITIVE, "sS"),
  PAGES_LABEL("(?:page\\s*\\(s\\)|pages?|pgs?\\.?|pp?\\.)\\s*:?\\s*(?=\\d)", Pattern.CASE_INSENSITIVE,
      "pP"),
  // "303-304"; more than four digits ("303304", a range poppler joined) is no page range
  PAGE_RANGE("(\\d{1,4})(?!\\d)(?:\\s*[-\u2013]\\s*(\\d{1,4})(?!\\d))?", 0, Shape.DIGITS),
  PAGE_LIST_SEPARATOR("\\s*(?:,|;|&|and)\\s*", Pattern.CASE_INSENSITIVE,
      Shape.WHITE_SPACE + ",;&aA"),
  // "3rd ed.", "14th Edition", ODG's "(21th Annual Edition)"
  ORDINAL_EDITION("\\(?\\s*\\d{1,2}(?:st|nd|rd|th)\\s+(?:annual\\s+)?ed(?:ition|\\.)?(?:\\s*\\))?",
      Pattern.CASE_INSENSITIVE, Shape.DIGITS + "("),
  // ODG's qualifier of a chapter: "(Acute & Chronic)", "(Thoracic and Lumbar, Acute and Chronic)"
  ODG_QUALIFIER("\\(\\s*((?:acute|chronic|lumbar|thoracic|cervical)(?:\\s*(?:,|&|and)\\s*"
      + "(?:acute|chronic|lumbar|thoracic|cervical))*)\\s*\\)", Pattern.CASE_INSENSITIVE, "("),
  // "Guidelines" between a guideline's year and its sections: "2016 Guidelines, Section(s):"
  GUIDELINES_WORD("guidelines?\\b", Pattern.CASE_INSENSITIVE, "gG"),
  UPDATED("\\(\\s*(?:updated|last\\s+updated)?\\s*[0-9/-]{6,10}\\s*\\)",
      Pattern.CASE_INSENSITIVE, "("),
  BARE_DATE("\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})(?!\\d)", 0, Shape.DIGITS),
  URL("(?:https?://|www\\.)[^\\s]+", Pattern.CASE_INSENSITIVE, "hHwW"),
  MTUS_COLON("MTUS\\s*:\\s*", Pattern.CASE_INSENSITIVE, "mM"),
  ODG_PREFIX("ODG(?:\\s*[,:]\\s*|\\s+)", Pattern.CASE_INSENSITIVE, "oO"),
  CHAPTER_LABEL("chapter\\s*:", Pattern.CASE_INSENSITIVE, "cC"),
  CHAPTER_WORD("\\s*chapter\\b", Pattern.CASE_INSENSITIVE, Shape.WHITE_SPACE + "cC");

  /** The number of shapes. */
  static final int COUNT = values().length;

  private static final String DIGITS = "0123456789";
  private static final String WHITE_SPACE = " \t\n\u000B\f\r"; // what \s matches

  final Pattern pattern;
  private final boolean[] firstCharacters = new boolean[128]; // all ASCII

  Shape(String regex, int flags, String firstCharacters) {
    this.pattern = Pattern.compile(regex, flags);
    firstCharacters.chars().forEach(c -> this.firstCharacters[c] = true);
  }

  /** False when no match of this shape can start with {@code c}. */
  boolean mayStartWith(char c) {
    return c < 128 && firstCharacters[c];
  }
}
