package dev.imr.parser.internal.prose;

import dev.imr.model.Decision;
import dev.imr.parser.internal.text.Characters;
import dev.imr.parser.internal.text.FixedWording;
import dev.imr.parser.internal.text.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the 2013 decision notice states in its fixed sentences (FORMAT.md, "Older layouts"):
 * the notice's date ({@code Dated: 9/16/2013}), its numbered determinations ({@code 1) MAXIMUS
 * Federal Services, Inc. has determined the request for … is not medically necessary and
 * appropriate.}), the paragraph of the case's dates ({@code An application for Independent Medical
 * Review was filed on … disputing the Utilization Review Denial dated … A Notice of Assignment and
 * Request for Information was provided to the above parties on …}) and the case summary's
 * disclaimer, dated by the utilization review it was taken from.
 *
 * <p>The sentences are {@link FixedWording}'s. Between any two of their words the space may be
 * missing, as text extracted from these letters loses it at a line break ({@code is notmedically
 * necessary}), and any white space, line breaks included, may stand for one. Nothing is guessed:
 * a sentence that is not there, or a date after it that does not read as one, gives nothing.
 * Every pattern is anchored at fixed words and bounded by the region searched: time is linear in
 * its length. Stateless and thread-safe.
 */
public final class NoticeReader {

  /**
   * One numbered determination.
   *
   * @param number its number, {@code 1} in {@code 1)}
   * @param request the request, from after {@code the request for} to the verdict (or, when
   *     there is none, to the next determination or the end of the paragraph)
   * @param decision what the verdict means: {@code not medically necessary} keeps the denial
   *     (upheld), {@code medically necessary} overturns it; null when the sentence has neither
   * @param sentence the whole sentence, from its number to its verdict
   */
  public record Determination(int number, Region request, @Nullable Fact<Decision> decision,
      Region sentence) {}

  /**
   * Fixed words that a date follows, and the date.
   *
   * @param words where the fixed words stand
   * @param date the date right after them; null when none reads there
   * @param end where the sentence ends: after the date's period, if one follows; else after the
   *     date, or the words
   */
  public record DatedWords(Region words, @Nullable Fact<LocalDate> date, int end) {}

  /**
   * The sentences of the paragraph under {@code INDEPENDENT MEDICAL REVIEW DECISION AND
   * RATIONALE} that date the case, each null when it is not there.
   *
   * @param application {@code An application for Independent Medical Review was filed on}
   * @param urDenial {@code disputing the Utilization Review Denial dated}
   * @param assignment {@code A Notice of Assignment and Request for Information was provided to
   *     the above parties on}
   */
  public record CaseDates(@Nullable DatedWords application, @Nullable DatedWords urDenial,
      @Nullable DatedWords assignment) {}

  private static final Pattern DATED = phrase(FixedWording.NOTICE_DATED);
  private static final Pattern DETERMINATION = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d{1,2})\\)\\s*" + words(FixedWording.NOTICE_DETERMINATION) + "\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern VERDICT = Pattern.compile(
      "(" + words(FixedWording.NOTICE_NOT_NECESSARY) + ")|" + words(FixedWording.NOTICE_NECESSARY),
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("\\s*\\.");
  private static final Pattern APPLICATION_FILED = phrase(FixedWording.NOTICE_APPLICATION_FILED);
  private static final Pattern UR_DENIAL = phrase(FixedWording.NOTICE_UR_DENIAL);
  private static final Pattern ASSIGNMENT = phrase(FixedWording.NOTICE_ASSIGNMENT);
  private static final Pattern DISCLAIMER = phrase(FixedWording.NOTICE_DISCLAIMER);
  /** How far after its fixed words a date may end: a month's name, day and year, with room. */
  private static final int DATE_WINDOW = 40;

  private NoticeReader() {}

  /** {@code Dated:} and its date, the first in {@code region}; null when it is not there. */
  public static @Nullable DatedWords dated(String clean, Region region, DateReader dates) {
    Matcher matcher = DATED.matcher(clean).region(region.start(), region.end());
    return matcher.find() ? datedWords(matcher, clean, region.end(), dates) : null;
  }

  /**
   * Every numbered determination in {@code region}, in the order they stand, both lists of the
   * notice included: which of them repeat one another is for the caller to say.
   */
  public static List<Determination> determinations(String clean, Region region) {
    List<Determination> found = new ArrayList<>();
    Matcher start = DETERMINATION.matcher(clean).region(region.start(), region.end());
    List<int[]> starts = new ArrayList<>();
    while (start.find()) {
      starts.add(new int[] {start.start(), start.end(), Integer.parseInt(start.group(1))});
    }
    Matcher verdict = VERDICT.matcher(clean);
    Matcher end = SENTENCE_END.matcher(clean);
    for (int i = 0; i < starts.size(); i++) {
      int[] at = starts.get(i);
      int limit = i + 1 < starts.size() ? starts.get(i + 1)[0] : region.end();
      verdict.region(at[1], limit);
      if (verdict.find()) {
        Region request = new Region(at[1], verdict.start()).trim(clean);
        Decision decision = verdict.group(1) != null ? Decision.UPHELD : Decision.OVERTURNED;
        int sentenceEnd = end.region(verdict.end(), limit).lookingAt() ? end.end() : verdict.end();
        found.add(new Determination(at[2], request,
            new Fact<>(decision, new Region(verdict.start(), verdict.end())),
            new Region(at[0], sentenceEnd)));
      } else {
        // no verdict: the request is taken to its paragraph's end, not into the next paragraph
        int blankLine = clean.indexOf("\n\n", at[1]);
        Region rest = new Region(at[1], blankLine < 0 ? limit : Math.min(limit, blankLine)).trim(clean);
        found.add(new Determination(at[2], rest, null, new Region(at[0], rest.end())));
      }
    }
    return found;
  }

  /** The sentences that date the case, each the first in {@code region}. */
  public static CaseDates caseDates(String clean, Region region, DateReader dates) {
    Matcher application = APPLICATION_FILED.matcher(clean).region(region.start(), region.end());
    DatedWords filed = application.find() ? datedWords(application, clean, region.end(), dates) : null;
    // The denial is named in the application's sentence: looked for after it, when it is there.
    Matcher denial = UR_DENIAL.matcher(clean)
        .region(filed == null ? region.start() : filed.end(), region.end());
    DatedWords disputed = denial.find() ? datedWords(denial, clean, region.end(), dates) : null;
    Matcher assignment = ASSIGNMENT.matcher(clean).region(region.start(), region.end());
    DatedWords assigned = assignment.find()
        ? datedWords(assignment, clean, region.end(), dates) : null;
    return new CaseDates(filed, disputed, assigned);
  }

  /**
   * The disclaimer and its date, when it opens {@code region} (after blanks); null when it does
   * not.
   */
  public static @Nullable DatedWords disclaimer(String clean, Region region, DateReader dates) {
    Region text = region.trim(clean);
    Matcher disclaimer = DISCLAIMER.matcher(clean).region(text.start(), text.end());
    return disclaimer.lookingAt() ? datedWords(disclaimer, clean, text.end(), dates) : null;
  }

  /** The words {@code matcher} just found, the date after them and the sentence's end. */
  private static DatedWords datedWords(Matcher matcher, String clean, int to, DateReader dates) {
    Region words = new Region(matcher.start(), matcher.end());
    int at = matcher.end();
    while (at < to && Characters.isSpace(clean.charAt(at))) {
      at++;
    }
    DateReader.Found found = dates.afterWords(clean, at, Math.min(to, at + DATE_WINDOW));
    Fact<LocalDate> date = found == null ? null
        : new Fact<>(found.date(), new Region(found.start(), found.end()));
    int after = date == null ? words.end() : date.region().end();
    Matcher period = SENTENCE_END.matcher(clean).region(after, to);
    return new DatedWords(words, date, period.lookingAt() ? period.end() : after);
  }

  /** {@code wording}'s words, found wherever they stand. */
  private static Pattern phrase(FixedWording wording) {
    return Pattern.compile(words(wording), Pattern.CASE_INSENSITIVE);
  }

  /**
   * A pattern of {@code wording}'s words as written, any white space or none between them (a
   * colon may have blanks before it).
   */
  static String words(FixedWording wording) {
    StringBuilder pattern = new StringBuilder();
    for (String word : wording.words().split(" ")) {
      if (!pattern.isEmpty()) {
        pattern.append("\\s*");
      }
      if (word.endsWith(":")) {
        pattern.append(Pattern.quote(word.substring(0, word.length() - 1))).append("[ \\t]*:");
      } else {
        pattern.append(Pattern.quote(word));
      }
    }
    return pattern.toString();
  }
}
