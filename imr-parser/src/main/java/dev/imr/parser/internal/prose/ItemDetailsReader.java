package dev.imr.parser.internal.prose;

import dev.imr.parser.internal.text.FoldedText;
import dev.imr.parser.internal.text.Region;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a disputed item's title states beyond its name: what IMR decided on, the parts of a
 * partial approval, the quantity and the date of service.
 *
 * <ul>
 *   <li>Partial approval: {@code <X> was the original request. <Y> was authorized by the Claims
 *       Administrator. The remaining IMR eligible portion of the original request, <Z> is}, or
 *       {@code <X> was the original request. The Claims Administrator authorized <Y>, leaving the
 *       original request IMR eligible. The original request, <Z> is}: the request is Z, the
 *       original request X, the authorized portion Y. Otherwise the request is the title.
 *   <li>Quantity, read in the request: {@code QTY: 3}, {@code #60}, a count of sessions or visits
 *       ({@code 6 sessions}, {@code Six sessions of …}), or a count that opens it ({@code 1 MRI
 *       …}, {@code 3 epidural blocks …}, after a label: {@code Associated surgical service: 2 leg
 *       wraps}), or the count a frequency gives when stated in brackets ({@code 2 times a week
 *       for 2 weeks (4)}). A count of time ({@code Three months …}), a frequency ({@code 2 times a week})
 *       or a range ({@code 12-18 sessions}) is no quantity.
 *   <li>Date of service: {@code DOS 12/17/14}, {@code (DOS 12/29/16)}, {@code DOS: 11/11/2016},
 *       {@code date of service …}.
 * </ul>
 *
 * <p>Stateless and thread-safe; patterns are simple and anchored, so time is linear.
 */
public final class ItemDetailsReader {

  /**
   * What a title states. Regions are ranges of the cleaned text (of the title string when read
   * alone); a part the title does not state is null.
   *
   * @param request what IMR decided on: the remaining IMR-eligible portion of a partial approval,
   *     otherwise the whole title
   * @param quantity the count the request states
   * @param originalRequest a partial approval's original request
   * @param authorizedPortion what utilization review authorized of a partial approval
   * @param dateOfService the date of service the title states
   */
  public record ItemDetails(Fact<String> request, @Nullable Fact<Integer> quantity,
      @Nullable Fact<String> originalRequest, @Nullable Fact<String> authorizedPortion,
      @Nullable Fact<LocalDate> dateOfService) {

    public boolean isPartialApproval() {
      return originalRequest != null;
    }
  }

  private static final Pattern ORIGINAL = Pattern.compile(
      "\\s(?:was|were|is)\\s(?:the\\s)?original\\srequests?\\s?[.:]\\s?", Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTHORIZED_PASSIVE = Pattern.compile(
      "\\s(?:was|were)\\s(?:authori[sz]ed|certified|approved|modified)\\sby\\sthe\\sclaims\\sadministrator"
          + "\\s?[.:]\\s?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTHORIZED_ACTIVE = Pattern.compile(
      "the\\sclaims\\sadministrator\\s(?:authori[sz]ed|certified|approved|modified\\sthe\\srequest\\sto)\\s",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LEAVING = Pattern.compile(
      ",?\\sleaving\\sthe\\soriginal\\srequest\\sIMR\\seligible\\s?[.:]\\s?|\\.\\s", Pattern.CASE_INSENSITIVE);
  private static final Pattern REMAINING = Pattern.compile(
      "(?:the\\sremaining\\s(?:IMR\\seligible\\s)?portion\\sof\\sthe\\soriginal\\srequest|the\\soriginal\\srequest)"
          + "\\s?,?\\s?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_IS = Pattern.compile("(?:\\s(?:is|are))?\\s?:?\\s?$", Pattern.CASE_INSENSITIVE);
  /** The most {@link #TRAILING_IS} can take: {@code " are : "}, then a line end before the end. */
  private static final int MAX_TRAILING_IS = 9;

  private static final Pattern QTY = Pattern.compile(
      "\\b(?:qty|quantity)\\s?[:#.]?\\s?(\\d{1,4})(?![\\d/.,]\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER_SIGN = Pattern.compile("#\\s?(\\d{1,5})(?![\\d/.,]\\d)");
  private static final String COUNT = "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
      + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty";
  private static final Pattern SESSIONS = Pattern.compile(
      "(?<![\\p{L}\\d.,/-])(" + COUNT + ")(?:\\s[\\p{L}/-]{1,20}){0,2}?\\s(?:sessions?|visits?)\\b",
      Pattern.CASE_INSENSITIVE);
  // "2 times a week for 2 weeks (4)": the count of sessions the frequency gives, stated in brackets
  private static final Pattern COUNT_AFTER_DURATION = Pattern.compile(
      "\\b(?:weeks?|wks?|months?)\\s?\\((\\d{1,3})(?:\\s(?:sessions?|visits?|treatments?))?\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_COUNT = Pattern.compile(
      "(" + COUNT + ")\\s(?!(?:times?|x(?!-)|per|a|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?"
          + "|mg|mcg|ml|cc|g|gm|units?|percent|to|or|and|-)\\b)(?=[\\p{L}])",
      Pattern.CASE_INSENSITIVE);
  // "NCV of the lower extremities, 2": a bare count closing the request
  private static final Pattern TRAILING_COUNT = Pattern.compile(",\\s?(\\d{1,3})$");
  private static final Pattern LABEL = Pattern.compile("[\\p{L} ]{2,60}:\\s");
  private static final Pattern DOS = Pattern.compile(
      "\\b(?:DOS|date\\sof\\sservice)\\s?(?::|of|on)?\\s?", Pattern.CASE_INSENSITIVE);

  // What a title holds, told by one pass over it (see cues): each pattern needs one of these.
  private static final int ORIGINAL_WORD = 1; // every partial-approval marker
  private static final int SERVICE_WORD = 1 << 1; // "dos" or "date"
  private static final int LETTER_Q = 1 << 2;
  private static final int NUMBER_SIGN_MARK = 1 << 3;
  private static final int SESSION_WORD = 1 << 4; // "session" or "visit"
  private static final int BRACKET = 1 << 5;
  private static final int COMMA = 1 << 6;

  /** The first characters of a count, in lower case. */
  private static final String COUNT_OPENERS = "0123456789otfsen";

  /**
   * A pattern of a quantity, the cue a title needs for it to match, the characters (in lower
   * case) its match can start with, and whether it opens a word (a word boundary or lookbehind
   * wants no ASCII letter or digit before it).
   */
  private record QuantityPattern(Pattern pattern, int cue, String openers, boolean opensWord) {}

  /** The patterns of a quantity, in the order they are tried. */
  private static final List<QuantityPattern> QUANTITY_PATTERNS = List.of(
      new QuantityPattern(QTY, LETTER_Q, "q", true),
      new QuantityPattern(NUMBER_SIGN, NUMBER_SIGN_MARK, "#", false),
      new QuantityPattern(SESSIONS, SESSION_WORD, COUNT_OPENERS, true),
      new QuantityPattern(COUNT_AFTER_DURATION, BRACKET, "wm", true),
      new QuantityPattern(TRAILING_COUNT, COMMA, ",", false));

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30));

  private ItemDetailsReader() {}

  /** Reads the title at {@code title} of the cleaned text. */
  public static ItemDetails read(String clean, Region title, DateReader dates) {
    return read(FoldedText.of(clean, title), dates);
  }

  /** Reads a title given alone (as the model holds it); regions are offsets into {@code title}. */
  public static ItemDetails read(String title, DateReader dates) {
    return read(FoldedText.of(title), dates);
  }

  /** Reads a title already folded (the folding the model's title is taken from). */
  public static ItemDetails read(FoldedText folded, DateReader dates) {
    String text = folded.text();
    int length = text.length();
    int cues = cues(text, 0, length);
    // Step 1: a partial approval's parts. Most titles are no partial approval: every marker of one
    // (and of a heading cut short) holds the word "original", so its absence rules them out.
    int requestStart = 0;
    int requestEnd = length;
    Fact<String> original = null;
    Fact<String> authorized = null;
    Matcher originalMarker = (cues & ORIGINAL_WORD) != 0 ? ORIGINAL.matcher(text) : null;
    if (originalMarker != null && originalMarker.find()) {
      original = new Fact<>(text.substring(0, originalMarker.start()),
          folded.cleanRegion(0, originalMarker.start()));
      int p = originalMarker.end();
      Matcher passive = AUTHORIZED_PASSIVE.matcher(text).region(p, length);
      Matcher active = AUTHORIZED_ACTIVE.matcher(text).region(p, length);
      if (active.lookingAt()) {
        Matcher leaving = LEAVING.matcher(text).region(active.end(), length);
        int authorizedEnd = leaving.find() ? leaving.start() : length;
        authorized = new Fact<>(text.substring(active.end(), authorizedEnd).strip(),
            folded.cleanRegion(active.end(), authorizedEnd));
        p = authorizedEnd < length ? leaving.end() : length;
      } else if (passive.find()) {
        authorized = new Fact<>(text.substring(p, passive.start()).strip(),
            folded.cleanRegion(p, passive.start()));
        p = passive.end();
      }
      Matcher remaining = REMAINING.matcher(text).region(p, length);
      if (remaining.find()) {
        requestStart = remaining.end();
        requestEnd = trailingIsStart(text, requestStart, length);
      }
    } else if (originalMarker != null) {
      Matcher remaining = REMAINING.matcher(text);
      if (remaining.lookingAt()) { // a heading whose first sentences were cut off
        requestStart = remaining.end();
        requestEnd = trailingIsStart(text, requestStart, length);
      }
    }
    if (requestEnd <= requestStart) {
      requestStart = 0;
      requestEnd = length;
    }
    String request = text.substring(requestStart, requestEnd);
    // Step 2: the quantity the request states.
    int requestCues =
        requestStart == 0 && requestEnd == length ? cues : cues(text, requestStart, requestEnd);
    // {value, start, end} or null
    int[] quantity = quantity(text, requestStart, requestEnd, requestCues);
    // Step 3: the date of service anywhere in the title.
    Fact<LocalDate> dateOfService = null;
    if ((cues & SERVICE_WORD) != 0) {
      Matcher dos = DOS.matcher(text).useTransparentBounds(true);
      int from = 0;
      while (find(dos, text, from, length, "d", true)) {
        DateReader.Found date = dates.at(text, dos.end(), length);
        if (date != null) {
          dateOfService = new Fact<>(date.date(), folded.cleanRegion(date.start(), date.end()));
          break;
        }
        from = dos.end();
      }
    }
    return new ItemDetails(new Fact<>(request, folded.cleanRegion(requestStart, requestEnd)),
        quantity == null ? null
            : new Fact<>(quantity[0], folded.cleanRegion(quantity[1], quantity[2])),
        original, authorized, dateOfService);
  }

  /**
   * Where {@link #TRAILING_IS} starts in {@code [start, end)}, or {@code end}. It takes at most
   * {@link #MAX_TRAILING_IS} characters before the end, so only those are searched.
   */
  private static int trailingIsStart(String text, int start, int end) {
    Matcher trailing =
        TRAILING_IS.matcher(text).region(Math.max(start, end - MAX_TRAILING_IS), end);
    return trailing.find() ? trailing.start() : end;
  }

  /** The quantity in {@code [start, end)}: {value, start, end} of its number, or null. */
  private static int @Nullable [] quantity(String text, int start, int end, int cues) {
    for (QuantityPattern quantity : QUANTITY_PATTERNS) {
      if ((cues & quantity.cue()) == 0) {
        continue;
      }
      Matcher matcher = quantity.pattern().matcher(text).useTransparentBounds(true);
      if (find(matcher, text, start, end, quantity.openers(), quantity.opensWord())) {
        Integer value = count(matcher.group(1));
        if (value != null && value > 0) {
          return new int[] {value, matcher.start(1), matcher.end(1)};
        }
      }
    }
    int countAt = start;
    int colon = text.indexOf(':', start);
    if (colon >= 0 && colon < end) { // a label ends with one
      Matcher label = LABEL.matcher(text).region(start, end);
      if (label.lookingAt()) {
        countAt = label.end(); // "Associated surgical service: 2 leg wraps"
      }
    }
    if (countAt < end && COUNT_OPENERS.indexOf(lower(text.charAt(countAt))) >= 0) {
      Matcher leading = LEADING_COUNT.matcher(text).region(countAt, end);
      leading.useTransparentBounds(true);
      if (leading.lookingAt()) {
        Integer value = count(leading.group(1));
        if (value != null && value > 0) {
          return new int[] {value, leading.start(1), leading.end(1)};
        }
      }
    }
    return null;
  }

  /**
   * As {@code find()} on {@code [start, end)} with transparent bounds, but the pattern is tried
   * only where a match can start: at one of {@code openers} (in any ASCII case, as the patterns
   * fold case) and, for a pattern that {@code opensWord}, after no ASCII letter or digit. Trying
   * it at every position costs far more. With transparent bounds a region from there sees what
   * the search from {@code start} would see.
   */
  private static boolean find(Matcher matcher, String text, int start, int end, String openers,
      boolean opensWord) {
    for (int i = start; i < end; i++) {
      if (opensWord && i > 0 && isAsciiLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      if (openers.indexOf(lower(text.charAt(i))) >= 0 && matcher.region(i, end).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * The cues {@code [start, end)} holds, found in one pass: which of the words and marks the
   * patterns need are there, so that a pattern is searched for only where it can match.
   */
  private static int cues(String text, int start, int end) {
    int cues = 0;
    for (int i = start; i < end; i++) {
      switch (lower(text.charAt(i))) {
        case 'o' -> cues |= startsWithIgnoringCase(text, i, end, "original") ? ORIGINAL_WORD : 0;
        case 'd' -> cues |= startsWithIgnoringCase(text, i, end, "dos")
            || startsWithIgnoringCase(text, i, end, "date") ? SERVICE_WORD : 0;
        case 'q' -> cues |= LETTER_Q;
        case 's' -> cues |= startsWithIgnoringCase(text, i, end, "session") ? SESSION_WORD : 0;
        case 'v' -> cues |= startsWithIgnoringCase(text, i, end, "visit") ? SESSION_WORD : 0;
        case '#' -> cues |= NUMBER_SIGN_MARK;
        case '(' -> cues |= BRACKET;
        case ',' -> cues |= COMMA;
        default -> {
          // no cue starts here
        }
      }
    }
    return cues;
  }

  /** ASCII case folding only, as the patterns fold case; {@code word} is in lower case. */
  private static boolean startsWithIgnoringCase(String text, int at, int end, String word) {
    if (at + word.length() > end) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (lower(text.charAt(at + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** An ASCII capital in lower case; any other character as it is. */
  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static @Nullable Integer count(String word) {
    if (Character.isDigit(word.charAt(0))) {
      return Integer.valueOf(word);
    }
    return NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
  }
}
