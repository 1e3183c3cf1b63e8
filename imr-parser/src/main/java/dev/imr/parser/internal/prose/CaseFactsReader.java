package dev.imr.parser.internal.prose;

import dev.imr.model.Sex;
import dev.imr.parser.internal.text.Characters;
import dev.imr.parser.internal.text.FoldedText;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.Sentences;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the facts a clinical case summary states in its own words: the patient's age and sex,
 * the date of injury and the date of utilization review. Nothing is guessed: a fact the narrative
 * does not state is absent.
 *
 * <p>The openings seen in letters all put age and sex in one phrase ({@code The injured worker is
 * a 48 year old male}, {@code This case involves a now 52-year-old female}, {@code This 32
 * year-old female}, {@code This is a 62-year-old male patient}, {@code The 35 year old male
 * injured worker}, {@code … is a(n) 46 year old female}); the date of injury follows an injury or
 * claim ({@code sustained an industrial injury on 10-13-16}, {@code … injury dated 08-05-1994},
 * {@code … industrial injury of November 16, 2006}, {@code … occupational claim from
 * 10/23/2016}, {@code … date of injury on 11-09-2016}); the utilization review date follows the
 * review or its verdict ({@code Utilization Review determination on 07-29-2015}, {@code
 * non-certified on 1/30/14}, {@code The original utilization review (12-7-16)}, {@code The UR
 * dated 11-14-16}, {@code The prior determination on 12/09/2016}, {@code … was previously denied
 * on 01/09/2017}) or opens the sentence that names it ({@code On 11-3-16, utilization review
 * determined …}).
 *
 * <p>Steps: fold the narrative, take its opening sentences for age and sex, find every date, and
 * keep the first whose words before (or, for {@code On <date>,}, after) it name an injury or a
 * review. Patterns are applied to bounded windows, so time is linear in the narrative's length.
 * Stateless and thread-safe.
 */
public final class CaseFactsReader {


  /**
   * The facts of one case summary, each with where it was read; each is null when the narrative
   * does not state it. The {@code Optional} accessors are named as {@code CaseSummary}'s
   * attributes.
   *
   * @param age the patient's age in years
   * @param sex the patient's sex
   * @param injury the date of the industrial injury
   * @param review the date of the utilization review decision the narrative names first
   */
  public record CaseFacts(@Nullable Fact<Integer> age, @Nullable Fact<Sex> sex,
      @Nullable Fact<LocalDate> injury, @Nullable Fact<LocalDate> review) {

    public Optional<Integer> patientAge() {
      return Optional.ofNullable(age).map(Fact::value);
    }

    public Optional<Sex> patientSex() {
      return Optional.ofNullable(sex).map(Fact::value);
    }

    public Optional<LocalDate> dateOfInjury() {
      return Optional.ofNullable(injury).map(Fact::value);
    }

    public Optional<LocalDate> utilizationReviewDate() {
      return Optional.ofNullable(review).map(Fact::value);
    }
  }

  /** Age and sex are read in this many opening sentences only: later ages are other people's. */
  static final int OPENING_SENTENCES = 3;
  /** How far before a date its anchor may stand. */
  private static final int ANCHOR_WINDOW = 100;
  /** How far after an opening {@code On <date>,} the review may be named. */
  private static final int SENTENCE_WINDOW = 400;

  private static final Pattern AGE = Pattern.compile(
      "(?<![\\d.])(\\d{1,3})(?:\\s{0,2}-\\s{0,2}|\\s{1,2})(?:years?|yrs?)(?:\\s{0,2}-\\s{0,2}|\\s{1,2})old\\b"
          + "|(?<![\\d.])(\\d{1,3})\\s{0,2}(?:y/o|y\\.o\\.|yo)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);
  /** The words that name the sex after an age, in lower case. */
  private static final String[] MALE_WORDS = {"male", "man", "gentleman"};
  private static final String[] FEMALE_WORDS = {"female", "woman", "lady"};
  private static final Pattern WORD = Pattern.compile("\\s{1,2}([\\p{L}'()-]{1,20})");
  private static final Pattern SEX_PHRASE = Pattern.compile(
      "\\ban?\\s(?:now\\s)?(male|female)\\b"
          + "|\\b(male|female)\\s(?:patient|injured|worker|employee|claimant|applicant|individual)\\b",
      Pattern.CASE_INSENSITIVE);

  // The words just before a date of injury, up to the date: bounded, anchored at the date.
  private static final Pattern INJURY_BEFORE = Pattern.compile(
      "(?:\\binjur(?:y|ies|ed)|\\bclaim|\\bDOI|\\baccident)"
          + "(?:\\s{0,2}\\(DOI\\))?"
          // "injury to the left knee on …", "injured his lower back on …": the body part between
          + "(?:\\s{1,2}(?:to|his|her|their)(?:\\s{1,2}[\\p{L}'/-]{1,20}){1,5}?)?"
          + "(?:\\s{0,2}[,:]?\\s{0,2}\\b(?:on|of|dated|date|from|at|work|that|which|occurred|occurring"
          + "|reportedly|sustained|in|was|is)\\b){0,5}"
          + "\\s{0,2}[,:(]?\\s{0,2}$",
      Pattern.CASE_INSENSITIVE);
  // The words just before a review date: the review or its verdict, then only filler words.
  private static final Pattern REVIEW_BEFORE = Pattern.compile(
      "(?:\\butilization\\s{1,2}review|\\bUR\\b|\\bnon-?\\s{0,2}certif\\w{0,8}|\\bnoncertif\\w{0,8}"
          + "|\\b(?:prior|previous|peer)\\s{1,2}(?:review|determination|denial)"
          + "|\\bdeemed\\s{1,2}not\\s{1,2}medically\\s{1,2}necessary"
          + "|\\b(?:was|were|been)\\s{1,2}(?:previously\\s{1,2})?(?:reviewed\\s{1,2}and\\s{1,2})?"
          + "(?:denied|modified|non-?\\s{0,2}certified|noncertified))"
          + "(?:\\s{0,2}[(),:]?\\s{0,2}(?:\\(UR\\)|\\bUR\\b|\\b(?:report|reports|determination|decision"
          + "|letter|dated|on|of|at|with|a|an|the|date|was|were|by|in|and|made|issued)\\b)){0,8}"
          + "\\s{0,2}[(:,]?\\s{0,2}$",
      Pattern.CASE_INSENSITIVE);
  /** The longest text {@link #SENTENCE_OPENING_ON} can match, with room for a final line end. */
  private static final int MAX_OPENING_ON = 10;
  private static final Pattern SENTENCE_OPENING_ON =
      Pattern.compile("^\\s{0,2}On\\s{1,3}$", Pattern.CASE_INSENSITIVE);
  /** The words {@link #INJURY_BEFORE} may start with, in lower case. */
  private static final String[] INJURY_OPENINGS = {"injur", "claim", "doi", "accident"};
  /** The words {@link #REVIEW_BEFORE} may start with, in lower case. */
  private static final String[] REVIEW_OPENINGS = {
      "utilization", "ur", "non", "prior", "previous", "peer", "deemed", "was", "were", "been"};
  /** What a match of {@link #INJURY_BEFORE} may hold besides letters and blanks. */
  private static final String INJURY_MARKS = "'/-,:()";
  /** What a match of {@link #REVIEW_BEFORE} may hold besides letters and blanks. */
  private static final String REVIEW_MARKS = "0123456789_-,:()";
  private static final Pattern REVIEW_NAMED = Pattern.compile(
      "\\butilization\\s{1,2}review|\\bUR\\b|\\bnon-?\\s{0,2}certif|\\bnoncertif"
          + "|\\bclaims\\s{1,2}administrator\\b",
      Pattern.CASE_INSENSITIVE);
  /** The words {@link #REVIEW_NAMED} may start with, in lower case. */
  private static final String[] REVIEW_NAMED_OPENINGS = {"utilization", "ur", "non", "claims"};

  private CaseFactsReader() {}

  /** Reads the narrative at {@code narrative} of the cleaned text. */
  public static CaseFacts read(String clean, Region narrative, DateReader dates) {
    return read(FoldedText.of(clean, narrative), dates);
  }

  /** Reads a narrative given alone; regions are offsets into {@code narrative}. */
  public static CaseFacts read(String narrative, DateReader dates) {
    return read(FoldedText.of(narrative), dates);
  }

  /** Reads a narrative already folded (the folding the model's text is taken from). */
  public static CaseFacts read(FoldedText folded, DateReader dates) {
    String text = folded.text();
    int openingEnd = openingEnd(text, OPENING_SENTENCES);
    Fact<Integer> age = null;
    Fact<Sex> sex = null;
    Matcher ageMatcher = AGE.matcher(text);
    int from = 0;
    while (findAge(ageMatcher, text, from, openingEnd)) {
      from = ageMatcher.end();
      int group = ageMatcher.group(1) != null ? 1 : 2;
      int years = Integer.parseInt(ageMatcher.group(group));
      if (years >= 10 && years <= 110) {
        age = new Fact<>(years, folded.cleanRegion(ageMatcher.start(), ageMatcher.end()));
        sex = sexAfterAge(folded, ageMatcher.end(), openingEnd);
        break;
      }
    }
    if (sex == null) {
      Matcher phrase = SEX_PHRASE.matcher(text).region(0, openingEnd);
      if (phrase.find()) {
        int group = phrase.group(1) != null ? 1 : 2;
        sex = new Fact<>(sex(phrase.group(group)), folded.cleanRegion(phrase.start(group), phrase.end(group)));
      }
    }
    Fact<LocalDate> injury = null;
    Fact<LocalDate> review = null;
    DateReader.Scan found = dates.scan(text, 0, text.length());
    Matcher injuryBefore = INJURY_BEFORE.matcher(text);
    Matcher reviewBefore = REVIEW_BEFORE.matcher(text);
    for (DateReader.Found date = found.next(); date != null; date = found.next()) {
      int sentenceStart = Sentences.start(text, date.start(),
          Math.max(0, date.start() - ANCHOR_WINDOW - SENTENCE_WINDOW));
      int windowStart = Math.max(sentenceStart, date.start() - ANCHOR_WINDOW);
      int windowEnd = date.start();
      if (injury == null && findBefore(injuryBefore, INJURY_OPENINGS, INJURY_MARKS, text,
          windowStart, windowEnd)) {
        injury = new Fact<>(date.date(), folded.cleanRegion(date.start(), date.end()));
        continue;
      }
      if (review == null
          && (findBefore(reviewBefore, REVIEW_OPENINGS, REVIEW_MARKS, text, windowStart, windowEnd)
              || opensReviewSentence(text, sentenceStart, date))) {
        review = new Fact<>(date.date(), folded.cleanRegion(date.start(), date.end()));
      }
      if (injury != null && review != null) {
        break;
      }
    }
    return new CaseFacts(age, sex, injury, review);
  }

  /**
   * Whether {@code matcher}'s pattern, whose match runs to the window's end, is found in {@code
   * [start, end)}. The match holds nothing but ASCII letters, blanks, {@code marks} and characters
   * beyond ASCII, so it starts after the last other character: only the rest is searched.
   */
  private static boolean findBefore(Matcher matcher, String[] openings, String marks, String text,
      int start, int end) {
    int from = end;
    while (from > start && mayHold(text.charAt(from - 1), marks)) {
      from--;
    }
    return find(matcher, openings, text, start, from, end);
  }

  private static boolean mayHold(char c, String marks) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80
        || c == ' ' || (c >= '\t' && c <= '\r') || marks.indexOf(c) >= 0;
  }

  /**
   * Whether {@code matcher}'s pattern is found in {@code [start, end)}, read as that window's own
   * string, starting at {@code from} or later. The patterns searched so open with a word boundary
   * and one of their {@code openings}: instead of trying the pattern at every position, it is
   * tried only where an opening word starts after no ASCII word character, on a region from there
   * (whose edge the boundary accepts, as it accepts the character before). Where that character
   * is not ASCII the whole window is searched, so that the regex decides.
   */
  private static boolean find(Matcher matcher, String[] openings, String text, int start, int from,
      int end) {
    for (int i = from; i < end; i++) {
      char before = i > start ? text.charAt(i - 1) : ' ';
      if (asciiWordChar(before) || !opensWith(text, i, end, openings)) {
        continue; // no word boundary before, or no opening word
      }
      if (before >= 0x80) {
        return findInWindow(matcher, text, start, end);
      }
      if (matcher.region(i, end).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code matcher}'s pattern is found in {@code [start, end)}: a region with opaque
   * bounds, or the string itself where the window starts inside a surrogate pair (a region would
   * see the pair whole at its edge).
   */
  private static boolean findInWindow(Matcher matcher, String text, int start, int end) {
    if (start > 0 && Character.isLowSurrogate(text.charAt(start))
        && Character.isHighSurrogate(text.charAt(start - 1))) {
      return matcher.pattern().matcher(text.substring(start, end)).find();
    }
    return matcher.region(start, end).find();
  }

  private static boolean opensWith(String text, int at, int end, String[] openings) {
    char first = (char) (text.charAt(at) | 0x20); // lower case, if an ASCII letter
    for (String opening : openings) {
      if (opening.charAt(0) == first && Characters.startsWithIgnoringCase(text, at, end, opening)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where an age can start in {@code [from, limit)} (a digit after no digit or period, as the
   * pattern's lookbehind wants), its pattern is tried; true with {@code matcher} on the first
   * match, as {@code find()} on the region would give it.
   */
  private static boolean findAge(Matcher matcher, String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      boolean afterNumber = i > 0 && (Characters.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.');
      if (Characters.isDigit(text.charAt(i)) && !afterNumber && matcher.region(i, limit).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** True for an ASCII letter, digit or underscore: the ASCII a word boundary counts as word. */
  private static boolean asciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** The sex word among the three words after the age ("48 year old male", "… old right-handed female"). */
  private static @Nullable Fact<Sex> sexAfterAge(FoldedText folded, int from, int limit) {
    String text = folded.text();
    Matcher word = WORD.matcher(text);
    int p = from;
    for (int k = 0; k < 3 && p < limit; k++) {
      word.region(p, limit);
      if (!word.lookingAt()) {
        return null; // punctuation ends the phrase
      }
      Sex sex = sexWord(text, word.start(1), word.end(1));
      if (sex != null) {
        return new Fact<>(sex, folded.cleanRegion(word.start(1), word.end(1)));
      }
      p = word.end();
    }
    return null;
  }

  /** The sex {@code [start, end)} names when it is a whole sex word, in any ASCII case; or null. */
  private static @Nullable Sex sexWord(String text, int start, int end) {
    for (String word : MALE_WORDS) {
      if (isWordIgnoringCase(text, start, end, word)) {
        return Sex.MALE;
      }
    }
    for (String word : FEMALE_WORDS) {
      if (isWordIgnoringCase(text, start, end, word)) {
        return Sex.FEMALE;
      }
    }
    return null;
  }

  private static boolean isWordIgnoringCase(String text, int start, int end, String word) {
    return end - start == word.length() && Characters.startsWithIgnoringCase(text, start, end, word);
  }

  /** "On 11-3-16, utilization review determined …": the date opens a sentence naming a review. */
  private static boolean opensReviewSentence(String text, int sentenceStart, DateReader.Found date) {
    // "On" and at most five blanks (and a line end before the date): longer text cannot match.
    if (date.start() - sentenceStart > MAX_OPENING_ON
        || !SENTENCE_OPENING_ON.matcher(text.substring(sentenceStart, date.start())).find()) {
      return false;
    }
    int end = Math.min(text.length(), date.end() + SENTENCE_WINDOW);
    int sentenceEnd = Sentences.end(text, date.end(), end);
    return find(REVIEW_NAMED.matcher(text), REVIEW_NAMED_OPENINGS, text, date.end(), date.end(),
        sentenceEnd);
  }

  private static Sex sex(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.equals("male") || lower.equals("man") || lower.equals("gentleman") ? Sex.MALE : Sex.FEMALE;
  }

  /** The end of the first {@code sentences} sentences. */
  private static int openingEnd(String text, int sentences) {
    int p = 0;
    for (int k = 0; k < sentences && p < text.length(); k++) {
      p = Sentences.end(text, p, text.length());
    }
    return p;
  }

}
