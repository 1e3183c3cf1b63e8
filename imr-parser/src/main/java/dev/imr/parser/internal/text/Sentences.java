package dev.imr.parser.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where sentences end in the letters' prose, with one list of the abbreviations whose period
 * ends none. Two questions are asked of it: whether a mark inside running text ends a sentence
 * ({@link #endsAt}), which can look at what follows, and whether a line ends one ({@link
 * #lineEndsSentence}), which cannot.
 */
public final class Sentences {

  private Sentences() {}

  /**
   * Words whose period is not a sentence's end, compared in lower case with the period: titles
   * and company forms in names, units and dose forms in requests, and the edition and page
   * abbreviations of citations.
   */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "inc.", "co.", "corp.", "ltd.", "llc.", "no.", "nos.", "dr.", "mr.", "mrs.", "ms.", "st.",
      "vs.", "approx.", "dept.", "univ.", "assoc.", "ave.", "jr.", "sr.", "qty.", "wk.",
      "wks.", "hr.", "hrs.", "mo.", "mos.", "min.", "max.", "tab.", "tabs.", "cap.", "caps.",
      "ed.", "pg.", "pp.", "vol.");

  /** {@code p.o.}, {@code b.i.d.}: periods inside the word make it an abbreviation. */
  private static final int LONGEST_ABBREVIATION =
      ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  private static final Pattern INNER_PERIODS = Pattern.compile("(?:\\p{L}{1,3}\\.){2,}");

  /** A period, question or exclamation mark: tested first, as most characters are none. */
  public static boolean isMark(char c) {
    return c == '.' || c == '?' || c == '!';
  }

  /**
   * True when the mark at {@code i} ends a sentence of running text: it is followed by the text's
   * end, or by a space and a capital, digit, quote or parenthesis, and it does not close an
   * abbreviation or an initial ({@code J. Smith}).
   */
  public static boolean endsAt(String text, int i) {
    if (!isMark(text.charAt(i))) {
      return false;
    }
    if (i + 2 >= text.length() || text.charAt(i + 1) != ' ') {
      return i + 1 >= text.length();
    }
    if (!opensSentence(text.charAt(i + 2))) {
      return false;
    }
    return text.charAt(i) != '.' || !closesAbbreviationOrInitial(text, i);
  }

  /** A sentence of a text: {@code [start, end)}, without white space at either end. */
  public record Sentence(int start, int end) {}

  /**
   * The sentences of {@code text} in order, split where {@link #endsAt} says a sentence ends; a
   * closing quote or parenthesis right after the mark stays with its sentence ({@code "… 2." In
   * this case}). None for blank text.
   */
  public static List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int length = text.length();
    // The marks are found with String.indexOf, many times faster than testing every character.
    int period = text.indexOf('.');
    int question = text.indexOf('?');
    int exclamation = text.indexOf('!');
    int i = earliest(earliest(period, question), exclamation);
    while (i >= 0) {
      int end = i + 1;
      while (end < length && isCloser(text.charAt(end))) {
        end++;
      }
      int read = i; // the text up to here is split
      if (end + 1 < length && text.charAt(end) == ' ' && opensSentence(text.charAt(end + 1))
          && !(text.charAt(i) == '.' && closesAbbreviationOrInitial(text, i))) {
        add(sentences, text, start, end);
        start = end + 1;
        read = end;
      }
      period = nextAfter(text, '.', period, read);
      question = nextAfter(text, '?', question, read);
      exclamation = nextAfter(text, '!', exclamation, read);
      i = earliest(earliest(period, question), exclamation);
    }
    add(sentences, text, start, length);
    return sentences;
  }

  /** The first {@code mark} after {@code read}, given {@code found}, the first found before. */
  private static int nextAfter(String text, char mark, int found, int read) {
    return found < 0 || found > read ? found : text.indexOf(mark, read + 1);
  }

  private static int earliest(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private static void add(List<Sentence> sentences, String text, int start, int end) {
    while (start < end && Characters.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Characters.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new Sentence(start, end));
    }
  }

  private static boolean isCloser(char c) {
    return c == ')' || c == '"' || c == '\'' || c == '\u201d' || c == '\u2019';
  }

  /** What may open a sentence: a capital, a digit, a quote or a parenthesis. */
  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '(';
  }

  /** True when the period at {@code i} closes an abbreviation or an initial ({@code J. Smith}). */
  private static boolean closesAbbreviationOrInitial(String text, int i) {
    int wordStart = wordStart(text, 0, i);
    boolean initial = i - wordStart == 1 && Character.isUpperCase(text.charAt(wordStart));
    return initial || isAbbreviation(text, wordStart, i + 1);
  }

  /** The end (after its mark) of the sentence running on from {@code from}, or {@code limit}. */
  public static int end(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (isMark(text.charAt(i)) && endsAt(text, i)) {
        return i + 1;
      }
    }
    return limit;
  }

  /**
   * The start of the sentence holding {@code at}: just after the last sentence end before it,
   * looking back no further than {@code floor}, which is returned when none is found.
   */
  public static int start(String text, int at, int floor) {
    for (int i = at - 1; i >= floor; i--) {
      if (isMark(text.charAt(i)) && endsAt(text, i)) {
        return i + 1;
      }
    }
    return floor;
  }

  /**
   * True when the line {@code [start, end)} ends a sentence: its last character before white
   * space and closing quotes or brackets is a mark, and a period there closes no abbreviation.
   * Single letters ({@code vitamin D.}) and {@code etc.} end lines of prose too often to be taken
   * for abbreviations here.
   */
  public static boolean lineEndsSentence(String text, int start, int end) {
    int i = end - 1;
    while (i >= start && Characters.isSpace(text.charAt(i))) {
      i--;
    }
    while (i >= start && "\"')]".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    if (i < start || !isMark(text.charAt(i))) {
      return false;
    }
    return text.charAt(i) != '.' || !isAbbreviation(text, wordStart(text, start, i), i + 1);
  }

  /**
   * True when the word {@code [wordStart, periodEnd)}, its period included, is an abbreviation:
   * one of the list, or a word with periods inside ({@code p.o.}).
   */
  public static boolean isAbbreviation(String text, int wordStart, int periodEnd) {
    // Most words are no abbreviation: without a period before their last character and longer
    // than any listed one, they are told so without copying them.
    boolean innerPeriod = hasPeriod(text, wordStart, periodEnd - 1);
    if (periodEnd - wordStart > LONGEST_ABBREVIATION && !innerPeriod) {
      return false;
    }
    if (!innerPeriod && isAscii(text, wordStart, periodEnd)) {
      return isListed(text, wordStart, periodEnd); // the common case, compared without a copy
    }
    String word = text.substring(wordStart, periodEnd).toLowerCase(Locale.ROOT);
    boolean innerPeriods =
        word.indexOf('.') < word.length() - 1 && INNER_PERIODS.matcher(word).matches();
    return innerPeriods || ABBREVIATIONS.contains(word);
  }

  private static final String[] LISTED = ABBREVIATIONS.toArray(String[]::new);

  /** True when the ASCII word {@code [start, end)} is listed, in any case. */
  private static boolean isListed(String text, int start, int end) {
    for (String listed : LISTED) {
      if (listed.length() == end - start
          && Characters.startsWithIgnoringCase(text, start, end, listed)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The start of the word ending at {@code end}: back to white space or an opening parenthesis. */
  private static boolean hasPeriod(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  private static int wordStart(String text, int floor, int end) {
    int wordStart = end;
    while (wordStart > floor && !Characters.isSpace(text.charAt(wordStart - 1))
        && text.charAt(wordStart - 1) != '(') {
      wordStart--;
    }
    return wordStart;
  }
}
