package dev.imr.parser.internal.citations;

import dev.imr.model.CitationBasis;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.PageRange;
import dev.imr.model.SourceSpan;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.FoldedText;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import dev.imr.parser.internal.vocabulary.CitationVocabulary;
import dev.imr.parser.internal.vocabulary.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the citations out of one guideline statement (the text after {@code Claims Administrator
 * guideline:} or {@code MAXIMUS guideline:}), in every era's form:
 *
 * <ul>
 *   <li>2014: {@code Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s):
 *       303-304.}, {@code … MTUS Chronic Pain Treatment Guidelines Muscle Relaxants (for pain)
 *       Page(s): 63-66.}, {@code … Non-MTUS Citation MTUS: ACOEM, CHAPTER 8 NECK AND UPPER BACK
 *       COMPLAINTS, PAGES 177-178}, {@code … Non-MTUS Citation <document>, http://…/.};
 *   <li>2015: {@code Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): …};
 *   <li>2016–17: chains ({@code MTUS Shoulder Complaints 2004, Section(s): Initial Care, and
 *       Elbow Complaints 2007, and …}) and ODG ({@code Non-MTUS Citation Official Disability
 *       Guidelines (ODG), Low Back (updated 11/16/16), MRI}).
 * </ul>
 *
 * <p>The reading is a pipeline of named steps: {@code fold} the statement, split it into its
 * {@code sentences} at each {@code Decision based on …} lead, read the {@code remarks} that cite
 * nothing, then split an {@code mtus} chain or a {@code nonMtus} sentence into parts and type each
 * part ({@code mtusPart}, {@code mtus2014}, {@code odg}, {@code acoem}, {@code document}).
 * The names it knows (guidelines, ACOEM chapters, ODG chapters) are data in {@code citations.tsv}
 * ({@link CitationVocabulary}), not code.
 *
 * <p>Text it cannot read becomes an {@link Guideline#OTHER} citation holding that text, with a
 * warning; it never throws for any text. A reader is immutable and thread-safe; each call works on
 * its own state. Time is linear in the statement's length: every pattern is applied at bounded
 * positions or to bounded windows.
 */
public final class CitationReader {

  /**
   * What a statement cites.
   *
   * @param citations the citations in statement order; empty when nothing is cited
   * @param citesNothing true when the statement says the side cited no evidence at all ({@code
   *     … did not cite any medical evidence for its decision.})
   */
  public record Result(List<GuidelineCitation> citations, boolean citesNothing) {
    public Result {
      citations = List.copyOf(citations);
    }
  }

  /** At most this many warnings per statement; a pathological statement gets one more saying so. */
  static final int MAX_WARNINGS = 10;

  private static final String DIGITS = "0123456789";
  private static final String WHITE_SPACE = " \t\n\u000B\f\r"; // what \s matches

  /**
   * Structure that is not vocabulary: years, page lists, section labels, dates, addresses. Each
   * shape is tried at many positions where it does not start, so it carries the characters its
   * match can start with, and a position starting with another is ruled out without running the
   * pattern. (Case-insensitive patterns ignore case in ASCII only, so listing both cases of a
   * letter is complete.)
   */
  private enum Shape {
    CHAPTER_NUMBER("chapter\\s*(\\d{1,2})(?!\\d)", Pattern.CASE_INSENSITIVE, "cC"),
    SECTIONS_LABEL("sections?(?:\\s*\\(s\\))?\\s*:\\s*", Pattern.CASE_INSENSITIVE, "sS"),
    PAGES_LABEL("(?:page\\s*\\(s\\)|pages?|pgs?\\.?|pp?\\.)\\s*:?\\s*(?=\\d)", Pattern.CASE_INSENSITIVE,
        "pP"),
    PAGE_RANGE("(\\d{1,4})(?:\\s*[-\u2013]\\s*(\\d{1,4}))?", 0, DIGITS),
    PAGE_LIST_SEPARATOR("\\s*(?:,|;|&|and)\\s*", Pattern.CASE_INSENSITIVE,
        WHITE_SPACE + ",;&aA"),
    ORDINAL_EDITION("\\d{1,2}(?:st|nd|rd|th)\\s+ed(?:ition|\\.)?", Pattern.CASE_INSENSITIVE,
        DIGITS),
    UPDATED("\\(\\s*(?:updated|last\\s+updated)?\\s*[0-9/-]{6,10}\\s*\\)",
        Pattern.CASE_INSENSITIVE, "("),
    BARE_DATE("\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})(?!\\d)", 0, DIGITS),
    URL("(?:https?://|www\\.)[^\\s]+", Pattern.CASE_INSENSITIVE, "hHwW"),
    MTUS_COLON("MTUS\\s*:\\s*", Pattern.CASE_INSENSITIVE, "mM"),
    ODG_PREFIX("ODG\\s+", Pattern.CASE_INSENSITIVE, "oO"),
    CHAPTER_LABEL("chapter\\s*:", Pattern.CASE_INSENSITIVE, "cC"),
    CHAPTER_WORD("\\s*chapter\\b", Pattern.CASE_INSENSITIVE, WHITE_SPACE + "cC");

    final Pattern pattern;
    private final boolean[] firstCharacters = new boolean[128]; // all ASCII

    Shape(String regex, int flags, String firstCharacters) {
      this.pattern = Pattern.compile(regex, flags);
      firstCharacters.chars().forEach(c -> this.firstCharacters[c] = true);
    }

    boolean mayStartWith(char c) {
      return c < 128 && firstCharacters[c];
    }
  }

  // A year: the years at a position are read by yearAt(), which spells this pattern out.
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d(?![\\d/-])");
  private static final Pattern MTUS_WORD = Pattern.compile("\\bMTUS\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NON_MTUS_WORD =
      Pattern.compile("\\bnon[- ]?MTUS\\b", Pattern.CASE_INSENSITIVE);
  // A guideline this vocabulary does not know, in the chain's shape "<Name> <year>": bounded.
  private static final Pattern UNKNOWN_CHAINED_NAME =
      Pattern.compile("[A-Z][A-Za-z&'/ -]{0,60}?\\s(?:19|20)\\d\\d(?!\\d)");
  private static final int UNKNOWN_NAME_WINDOW = 80;

  private static final Set<String> SMALL_WORDS =
      Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with");

  private static final CitationReader STANDARD = new CitationReader(CitationVocabulary.standard());

  private final CitationVocabulary vocabulary;

  CitationReader(CitationVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** A reader with the vocabulary shipped in {@code citations.tsv}. */
  public static CitationReader standard() {
    return STANDARD;
  }

  /**
   * Reads the statement at {@code statement} of the cleaned text; spans point into {@code
   * source}'s input and warnings go to {@code diagnostics}.
   */
  public Result read(SourceText source, Region statement, Diagnostics diagnostics) {
    return read(source, fold(source, statement), diagnostics);
  }

  /** Reads a statement already folded (the folding the model's text is taken from). */
  public Result read(SourceText source, FoldedText statement, Diagnostics diagnostics) {
    return new Run(source, statement, diagnostics).read();
  }

  /**
   * One sentence of a statement, {@code [start, end)} of the folded text: a citation sentence
   * whose lead gives the basis and whose body starts at {@code bodyStart}, or remarks (basis null).
   */
  private record Sentence(int start, int end, int bodyStart, @Nullable CitationBasis basis) {}

  /** The state of reading one statement. */
  private final class Run {
    private final SourceText source;
    private final Diagnostics diagnostics;
    private final FoldedText folded;
    private final String text;
    private final List<GuidelineCitation> citations = new ArrayList<>();
    // One matcher a shape for this statement, made when first needed.
    private final Matcher[] matchers = new Matcher[Shape.values().length];
    private boolean citesNothing;
    private int warnings;

    Run(SourceText source, FoldedText statement, Diagnostics diagnostics) {
      this.source = source;
      this.diagnostics = diagnostics;
      this.folded = statement;
      this.text = folded.text();
    }

    public Result read() {
      if (text.isEmpty()) {
        return new Result(List.of(), false);
      }
      for (Sentence sentence : sentences()) {
        CitationBasis basis = sentence.basis();
        if (basis == null) {
          remarks(sentence.start(), sentence.end());
          continue;
        }
        int start = skipSpaces(sentence.bodyStart(), sentence.end());
        int end = trimEnd(start, sentence.end());
        if (start >= end) {
          other(basis, sentence.start(), trimEnd(sentence.start(), sentence.end()),
              "a 'Decision based on' sentence that names no guideline");
        } else if (basis == CitationBasis.MTUS) {
          mtus(start, end);
        } else {
          nonMtus(start, end);
        }
      }
      if (!citations.isEmpty()) {
        citesNothing = false;
      }
      return new Result(vocabulary.withCanonicalChapters(citations), citesNothing);
    }

    /**
     * Step 2: the sentences. Each {@code Decision based on …} lead opens a citation sentence that
     * runs to the next lead; text before the first lead is remarks.
     */
    List<Sentence> sentences() {
      List<Sentence> sentences = new ArrayList<>();
      int length = text.length();
      Phrases.Match<CitationBasis> lead = vocabulary.leads.find(text, 0, length);
      int remarksEnd = lead == null ? length : lead.start();
      if (remarksEnd > 0) {
        sentences.add(new Sentence(0, remarksEnd, 0, null));
      }
      while (lead != null) {
        Phrases.Match<CitationBasis> next = vocabulary.leads.find(text, lead.end(), length);
        int end = next == null ? length : next.start();
        sentences.add(new Sentence(lead.start(), end, lead.end(), lead.value()));
        lead = next;
      }
      return sentences;
    }

    /**
     * Step 3: sentences that cite nothing themselves. Each must say that nothing was cited or
     * what kind of basis was used; any other sentence is unreadable and kept as OTHER.
     */
    void remarks(int start, int end) {
      int sentenceStart = skipSpaces(start, end);
      while (sentenceStart < end) {
        int sentenceEnd = sentenceEnd(sentenceStart, end);
        Phrases.Match<CitationVocabulary.Remark> remark =
            vocabulary.remarks.find(text, sentenceStart, sentenceEnd);
        if (remark == null) {
          int trimmed = trimEnd(sentenceStart, sentenceEnd);
          if (trimmed > sentenceStart) {
            other(basisNamedIn(sentenceStart, trimmed), sentenceStart, trimmed,
                "a guideline statement sentence that is neither a citation ('Decision based on …')"
                    + " nor a known remark");
          }
        } else if (remark.value() == CitationVocabulary.Remark.NONE) {
          citesNothing = true;
        }
        sentenceStart = skipSpaces(sentenceEnd, end);
      }
    }

    /** Step 4a: an MTUS sentence, split into one part per guideline of its chain. */
    void mtus(int start, int end) {
      int partStart = start;
      int i = knownNameEnd(start, end); // the first name's own commas separate nothing
      while (i < end) {
        char c = text.charAt(i);
        int next = -1;
        boolean strongSeparator = false;
        if (c == ',' || c == ';') {
          next = skipSpaces(i + 1, end);
          int andEnd = andEnd(next, end);
          if (andEnd >= 0) {
            next = andEnd;
            strongSeparator = true;
          }
        } else if (c == ' ' && i > partStart && text.charAt(i - 1) != ','
            && text.regionMatches(true, i + 1, "and ", 0, 4)) {
          next = skipSpaces(i + 5, end);
        }
        int nameEnd = next > 0 && next < end ? chainedGuidelineEnd(next, end, strongSeparator) : -1;
        if (nameEnd > 0) {
          mtusPart(CitationBasis.MTUS, partStart, trimEnd(partStart, i));
          partStart = next;
          i = nameEnd; // the name's own commas and "and"s separate nothing
          continue;
        }
        i++;
      }
      mtusPart(CitationBasis.MTUS, partStart, trimEnd(partStart, end));
    }

    /** The end of the MTUS or ACOEM name at {@code at}, or {@code at}. */
    private int knownNameEnd(int at, int end) {
      Phrases.Match<CitationVocabulary.MtusName> name = vocabulary.mtusNames.longestAt(text, at, end);
      Phrases.Match<Boolean> acoem = vocabulary.acoemNames.longestAt(text, at, end);
      int nameEnd = name == null ? at : name.end();
      return acoem == null ? nameEnd : Math.max(nameEnd, acoem.end());
    }

    /**
     * Where the name of a chained guideline starting at {@code at} ends (a known name followed by
     * its year or pages, or after ", and" an unknown name with its year), or -1.
     */
    private int chainedGuidelineEnd(int at, int end, boolean strongSeparator) {
      int p = at;
      if (text.regionMatches(true, p, "MTUS ", 0, 5)) {
        p = skipSpaces(p + 5, end);
      }
      Phrases.Match<CitationVocabulary.MtusName> name = vocabulary.mtusNames.longestAt(text, p, end);
      if (name != null) {
        int after = skipSpaces(name.end(), end);
        if (yearAt(after, end) || lookingAt(Shape.PAGES_LABEL, after, end)) {
          return name.end();
        }
      }
      Phrases.Match<Boolean> acoem = vocabulary.acoemNames.longestAt(text, p, end);
      if (acoem != null && lookingAt(Shape.CHAPTER_NUMBER, skipSpaces(acoem.end(), end), end)) {
        return acoem.end();
      }
      if (strongSeparator) {
        // "…, and <Name> <year>" with a name the vocabulary lacks: a part of its own, read as OTHER.
        int windowEnd = Math.min(end, p + UNKNOWN_NAME_WINDOW);
        Matcher unknown = UNKNOWN_CHAINED_NAME.matcher(text).region(p, windowEnd);
        if (unknown.lookingAt()) {
          int after = skipSpaces(unknown.end(), end);
          if (after >= end || ",.;".indexOf(text.charAt(after)) >= 0) {
            return unknown.end();
          }
        }
      }
      return -1;
    }

    /**
     * Step 5a: one guideline of an MTUS chain (or a non-MTUS citation of an MTUS guideline):
     * {@code <name> [<year>][, Section(s): <topic>]}, or 2014's {@code <name> [<topic>]
     * Page(s): <pages>} and {@code ACOEM Chapter <n> <title> Page(s): <pages>}.
     */
    void mtusPart(CitationBasis basis, int start, int end) {
      if (start >= end) {
        return;
      }
      GuidelineCitation.Builder citation = citation(basis, start, end);
      int p = start;
      Phrases.Match<Boolean> acoem = vocabulary.acoemNames.longestAt(text, p, end);
      Phrases.Match<CitationVocabulary.MtusName> name = vocabulary.mtusNames.longestAt(text, p, end);
      CitationVocabulary.MtusName part = null;
      if (acoem != null && (name == null || acoem.end() >= name.end())) {
        citation.guideline(Guideline.ACOEM);
        int chapterAt = skipSpaces(acoem.end(), end);
        p = acoemChapter(citation, chapterAt, end, end);
      } else if (name != null) {
        CitationVocabulary.MtusName value = name.value();
        citation.guideline(value.guideline());
        if (value.chapter() != null) {
          citation.chapter(value.chapter());
        }
        if (value.title() != null) {
          citation.chapterTitle(value.title());
        }
        if (value.chapter() == null && value.firstChapter() > 0) {
          part = value;
        }
        p = name.end();
      } else {
        // A guideline the vocabulary does not know: keep its shape, type it OTHER, say so.
        Matcher year = YEAR.matcher(text).region(start, end);
        int nameEnd = end;
        while (year.find()) {
          if (year.start() > start && text.charAt(year.start() - 1) == ' ') {
            nameEnd = year.start();
            break;
          }
        }
        citation.guideline(Guideline.OTHER);
        citation.title(text.substring(start, trimEnd(start, nameEnd)));
        p = nameEnd;
        warn(start, end, "an MTUS guideline this parser does not know: '"
            + abbreviate(text.substring(start, end)) + "'; kept as an OTHER citation");
      }
      Tail tail = tail(skipSpaces(p, end), end);
      tail.applyTo(citation);
      if (part != null && tail.topicStart >= 0) {
        // "General Approaches 2004, Section(s): Initial Approaches to Treatment" names chapter 3.
        Phrases.Match<CitationVocabulary.AcoemChapter> chapter =
            vocabulary.acoemChapters.longestAt(text, tail.topicStart, tail.topicEnd);
        if (chapter != null && chapter.end() == tail.topicEnd
            && chapter.value().number() >= part.firstChapter()
            && chapter.value().number() <= part.lastChapter()) {
          citation.chapter(chapter.value().number()).chapterTitle(chapter.value().title());
        }
      }
      citations.add(citation.build());
    }

    /** After {@code ACOEM}: {@code Chapter <n>} and the chapter's title, either or both. */
    private int acoemChapter(GuidelineCitation.Builder citation, int p, int end, int titleLimit) {
      Integer number = null;
      Matcher chapterNumber = match(Shape.CHAPTER_NUMBER, p, end);
      if (chapterNumber != null) {
        number = Integer.parseInt(text, chapterNumber.start(1), chapterNumber.end(1), 10);
        p = skipSpaces(chapterNumber.end(), end);
      }
      Phrases.Match<CitationVocabulary.AcoemChapter> title = vocabulary.acoemChapters.longestAt(text, p, end);
      if (title != null) {
        if (number != null && number != title.value().number()) {
          warn(p, title.end(), "ACOEM chapter " + number + " is cited with the title of chapter "
              + title.value().number() + " ('" + title.value().title() + "'); the number is kept");
        }
        citation.chapterTitle(title.value().title());
        p = title.end();
        if (number == null) {
          number = title.value().number();
        }
      } else if (number != null && vocabulary.acoemTitles.containsKey(number)) {
        int titleEnd = pagesLabelOrEnd(p, Math.min(end, titleLimit));
        if (titleEnd > p) {
          citation.chapterTitle(titleCase(text.substring(p, trimEnd(p, titleEnd))));
          p = titleEnd;
        } else {
          citation.chapterTitle(vocabulary.acoemTitles.get(number));
        }
      }
      if (number != null && number > 0) {
        citation.chapter(number);
      }
      return p;
    }

    /** Step 4b: a non-MTUS sentence, split into documents at the vocabulary's separators. */
    void nonMtus(int start, int end) {
      int partStart = start;
      while (partStart < end) {
        Phrases.Match<Boolean> separator = vocabulary.separators.find(text, partStart, end);
        int partEnd = separator == null ? end : separator.start();
        nonMtusPart(partStart, trimEnd(partStart, partEnd));
        partStart = separator == null ? end : skipSpaces(separator.end(), end);
      }
    }

    private void nonMtusPart(int start, int end) {
      if (start >= end) {
        return;
      }
      int mtusColonEnd = matchEnd(Shape.MTUS_COLON, start, end);
      if (mtusColonEnd >= 0) {
        mtus2014(start, mtusColonEnd, end);
        return;
      }
      Phrases.Match<Boolean> odg = vocabulary.odgNames.longestAt(text, start, end);
      if (odg != null) {
        odg(start, odg.end(), end);
        return;
      }
      Phrases.Match<Boolean> acoem = vocabulary.acoemNames.longestAt(text, start, end);
      if (acoem != null) {
        acoem(start, acoem.end(), end);
        return;
      }
      if (vocabulary.mtusNames.longestAt(text, start, end) != null) {
        mtusPart(CitationBasis.NON_MTUS, start, end);
        return;
      }
      document(start, end);
    }

    /**
     * Step 5b (2014): {@code MTUS: ACOEM, CHAPTER 8 NECK AND UPPER BACK COMPLAINTS, PAGES 177-178}
     * or {@code MTUS: EPIDURAL STEROID INJECTIONS (ESIs), CHRONIC PAIN MEDICAL TREATMENT
     * GUIDELINES, 46}: comma-separated fields in any order.
     */
    void mtus2014(int start, int fieldsStart, int end) {
      GuidelineCitation.Builder citation = citation(CitationBasis.NON_MTUS, start, end);
      Guideline guideline = null;
      int topicStart = -1;
      int topicEnd = -1;
      int p = skipSpaces(fieldsStart, end);
      while (p < end) {
        int fieldEnd = nextComma(p, end);
        Phrases.Match<Boolean> acoem = vocabulary.acoemNames.longestAt(text, p, end);
        Phrases.Match<CitationVocabulary.MtusName> name = vocabulary.mtusNames.longestAt(text, p, end);
        int chapterNumberEnd = matchEnd(Shape.CHAPTER_NUMBER, p, end);
        if (acoem != null) {
          guideline = Guideline.ACOEM;
          int chapterAt = skipSpaces(acoem.end(), end);
          fieldEnd = endsField(acoem.end(), end) ? nextComma(acoem.end(), end)
              : nextComma(acoemChapter(citation, chapterAt, end, nextComma(chapterAt, end)), end);
        } else if (chapterNumberEnd >= 0) {
          guideline = Guideline.ACOEM;
          int titleLimit = nextComma(chapterNumberEnd, end);
          fieldEnd = nextComma(acoemChapter(citation, p, end, titleLimit), end);
        } else if (name != null && endsField(name.end(), end)) {
          guideline = name.value().guideline();
          if (name.value().chapter() != null) {
            citation.chapter(name.value().chapter());
          }
          if (name.value().title() != null) {
            citation.chapterTitle(name.value().title());
          }
          fieldEnd = nextComma(name.end(), end);
        } else if (pagesField(p, fieldEnd)) {
          List<PageRange> pages = pages(pagesStart(p, fieldEnd), trimEnd(p, fieldEnd));
          if (pages != null) {
            citation.addAllPages(pages);
          }
        } else if (yearAt(p, fieldEnd) && trimEnd(p, fieldEnd) - p == 4) {
          citation.edition(year(p));
        } else {
          if (topicStart < 0) {
            topicStart = p;
          }
          topicEnd = trimEnd(p, fieldEnd);
        }
        p = fieldEnd < end ? skipSpaces(fieldEnd + 1, end) : end;
      }
      if (topicStart >= 0) {
        citation.topic(topic(topicStart, topicEnd));
      }
      if (guideline == null) {
        citation.guideline(Guideline.OTHER);
        warn(start, end, "a 2014 'MTUS:' citation that names no known guideline: '"
            + abbreviate(text.substring(start, end)) + "'; kept as an OTHER citation");
      } else {
        citation.guideline(guideline);
      }
      citations.add(citation.build());
    }

    /**
     * Step 5c: the Official Disability Guidelines. After the name come optional edition words,
     * then groups of chapters (each possibly {@code (Acute & Chronic)}, {@code Chapter}, {@code
     * (updated MM/DD/YY)}) followed by a topic; every chapter gives a citation with its group's
     * topic. A new group starts where a chapter's name follows a comma or semicolon and stands
     * alone ({@code …, Physical therapy; ODG Forearm, Wrist and Hand (updated 12/20/16), …}).
     */
    void odg(int start, int afterName, int end) {
      Integer edition = null;
      int p = afterName;
      while (true) {
        p = skipPunctuation(p, end);
        int ordinalEnd = matchEnd(Shape.ORDINAL_EDITION, p, end);
        int chapterLabelEnd = matchEnd(Shape.CHAPTER_LABEL, p, end);
        Phrases.Match<Boolean> decoration = vocabulary.odgDecorations.longestAt(text, p, end);
        if (ordinalEnd >= 0) {
          p = ordinalEnd;
        } else if (yearAt(p, end)) {
          edition = year(p);
          p += 4;
        } else if (chapterLabelEnd >= 0) {
          p = chapterLabelEnd;
        } else if (decoration != null) {
          p = decoration.end();
        } else {
          break;
        }
      }
      int groupStart = start;
      int before = citations.size();
      while (p < end) {
        List<@Nullable String> chapters = new ArrayList<>();
        Phrases.Match<String> chapter = odgChapterAt(p, end);
        while (chapter != null) {
          chapters.add(chapter.value());
          p = skipOdgDecorations(chapter.end(), end);
          int next = afterListSeparator(p, end);
          chapter = next < 0 ? null : odgChapterAt(next, end);
          if (chapter != null && !standsAlone(chapter.end(), end, true)) {
            chapter = null; // "Low Back, Pain management": a topic, not a second chapter
          }
          if (chapter != null) {
            p = next;
          }
        }
        int topicStart = skipPunctuation(p, end);
        int[] boundary = odgGroupBoundary(topicStart, end); // {topic end, next group start}
        int topicEnd = trimEnd(topicStart, boundary[0]);
        String topic = topicEnd > topicStart ? topic(topicStart, topicEnd) : null;
        int citationEnd = trimEnd(groupStart, boundary[0]);
        if (chapters.isEmpty()) {
          chapters.add(null);
        }
        // The chapters of one group share its text: one copy, however many chapters.
        String groupText = text.substring(groupStart, citationEnd);
        SourceSpan groupSpan = folded.span(source, groupStart, citationEnd);
        for (String title : chapters) {
          GuidelineCitation.Builder citation = GuidelineCitation.builder().basis(CitationBasis.NON_MTUS)
              .text(groupText).span(groupSpan).guideline(Guideline.ODG);
          if (edition != null) {
            citation.edition(edition);
          }
          if (title != null) {
            citation.chapterTitle(title);
          }
          if (topic != null) {
            citation.topic(topic);
          }
          citations.add(citation.build());
        }
        groupStart = boundary[1];
        p = boundary[1];
      }
      if (citations.size() == before) {
        // the name alone, or with its edition only
        GuidelineCitation.Builder citation = citation(CitationBasis.NON_MTUS, start, end)
            .guideline(Guideline.ODG);
        if (edition != null) {
          citation.edition(edition);
        }
        citations.add(citation.build());
      }
    }

    private Phrases.@Nullable Match<String> odgChapterAt(int p, int end) {
      int prefixEnd = matchEnd(Shape.ODG_PREFIX, p, end);
      int at = prefixEnd >= 0 ? prefixEnd : p;
      Phrases.Match<String> chapter = vocabulary.odgChapters.longestAt(text, at, end);
      return chapter == null ? null : new Phrases.Match<>(chapter.value(), p, chapter.end());
    }

    private int skipOdgDecorations(int p, int end) {
      while (true) {
        int q = skipSpaces(p, end);
        Phrases.Match<Boolean> decoration = vocabulary.odgDecorations.longestAt(text, q, end);
        int updatedEnd = matchEnd(Shape.UPDATED, q, end);
        int dateEnd = matchEnd(Shape.BARE_DATE, q, end);
        if (decoration != null) {
          p = decoration.end();
        } else if (updatedEnd >= 0) {
          p = updatedEnd;
        } else if (dateEnd >= 0) {
          p = dateEnd;
        } else {
          return p;
        }
      }
    }

    /** After a chapter: where the next chapter of the same list starts, or -1. */
    private int afterListSeparator(int p, int end) {
      int q = p;
      boolean separated = false;
      if (q < end && (text.charAt(q) == ',' || text.charAt(q) == ';')) {
        q++;
        separated = true;
      }
      q = skipSpaces(q, end);
      int andEnd = andEnd(q, end);
      if (andEnd >= 0) {
        q = andEnd;
        separated = true;
      } else if (q < end && text.charAt(q) == '&') {
        q = skipSpaces(q + 1, end);
        separated = true;
      }
      return separated && q < end ? q : -1;
    }

    /**
     * True when a chapter name ending at {@code nameEnd} is not the start of a longer phrase: the
     * part ends, punctuation or a decoration follows, or (in a list) {@code and} and another name.
     */
    private boolean standsAlone(int nameEnd, int end, boolean inList) {
      int after = skipSpaces(nameEnd, end);
      if (after >= end || ",;:.()-/".indexOf(text.charAt(after)) >= 0
          || vocabulary.odgDecorations.longestAt(text, after, end) != null) {
        return true;
      }
      return inList && (text.charAt(after) == '&' || andEnd(after, end) >= 0);
    }

    /**
     * Where the topic starting at {@code from} ends: at a comma or semicolon followed by a chapter
     * name that stands alone (followed by punctuation, a decoration or the end), else at {@code
     * end}. Returns {topic end, next group start}.
     */
    private int[] odgGroupBoundary(int from, int end) {
      for (int i = from; i < end; i++) {
        char c = text.charAt(i);
        if (c != ',' && c != ';') {
          continue;
        }
        int q = skipSpaces(i + 1, end);
        int andEnd = andEnd(q, end);
        if (andEnd >= 0) {
          q = andEnd;
        }
        Phrases.Match<String> chapter = odgChapterAt(q, end);
        if (chapter == null) {
          continue;
        }
        if (standsAlone(chapter.end(), end, false)) {
          return new int[] {i, q};
        }
      }
      return new int[] {end, end};
    }

    /**
     * Step 5d: a non-MTUS ACOEM citation ({@code ACOEM Occupational Medicine Practice Guidelines,
     * 3rd ed., Shoulder Disorders, pg. 64}; {@code American College of Occupational and
     * Environmental Medicine (ACOEM) Pain, Suffering, and the Restoration of Function Chapter}).
     */
    void acoem(int start, int afterName, int end) {
      GuidelineCitation.Builder citation = citation(CitationBasis.NON_MTUS, start, end)
          .guideline(Guideline.ACOEM);
      boolean hasChapter = false;
      boolean ordinalEdition = false;
      int topicStart = -1;
      int topicEnd = -1;
      int p = skipPunctuation(afterName, end);
      while (p < end) {
        Phrases.Match<Boolean> skip = vocabulary.acoemSkips.longestAt(text, p, end);
        int ordinalEnd = matchEnd(Shape.ORDINAL_EDITION, p, end);
        int pagesLabelEnd = matchEnd(Shape.PAGES_LABEL, p, end);
        boolean chapterNumber = lookingAt(Shape.CHAPTER_NUMBER, p, end);
        Phrases.Match<CitationVocabulary.AcoemChapter> chapter =
            ordinalEdition ? null : vocabulary.acoemChapters.longestAt(text, p, end);
        int next;
        if (skip != null) {
          next = skip.end();
        } else if (ordinalEnd >= 0) {
          ordinalEdition = true; // a later edition than the one MTUS adopted: its chapters differ
          next = ordinalEnd;
        } else if (yearAt(p, end)) {
          citation.edition(year(p));
          next = p + 4;
        } else if (pagesLabelEnd >= 0) {
          int fieldEnd = nextComma(pagesLabelEnd, end);
          List<PageRange> pages = pages(pagesLabelEnd, trimEnd(p, fieldEnd));
          if (pages != null) {
            citation.addAllPages(pages);
          }
          next = fieldEnd;
        } else if (chapterNumber || chapter != null) {
          next = acoemChapter(citation, p, end, nextComma(p, end));
          hasChapter = true;
          int wordEnd = matchEnd(Shape.CHAPTER_WORD, next, end);
          if (wordEnd >= 0) {
            next = wordEnd;
          }
        } else {
          int fieldEnd = nextComma(p, end);
          String field = text.substring(p, trimEnd(p, fieldEnd));
          if (!hasChapter) {
            citation.chapterTitle(titleCase(stripWord(field, "chapter")));
            hasChapter = true;
          } else {
            if (topicStart < 0) {
              topicStart = p;
            }
            topicEnd = trimEnd(p, fieldEnd);
          }
          next = fieldEnd;
        }
        p = skipPunctuation(Math.max(next, p + 1), end);
      }
      if (topicStart >= 0) {
        citation.topic(topic(topicStart, topicEnd));
      }
      citations.add(citation.build());
    }

    /** Step 5e: any other document: its title and web address. */
    void document(int start, int end) {
      GuidelineCitation.Builder citation = citation(CitationBasis.NON_MTUS, start, end)
          .guideline(Guideline.OTHER);
      Matcher url = find(Shape.URL, start, end);
      int titleEnd = end;
      if (url != null) {
        String address = text.substring(url.start(), url.end());
        citation.url(trimUrl(address));
        titleEnd = url.start();
      }
      int trimmedTitleEnd = trimEnd(start, titleEnd);
      while (trimmedTitleEnd > start && ",;:(".indexOf(text.charAt(trimmedTitleEnd - 1)) >= 0) {
        trimmedTitleEnd = trimEnd(start, trimmedTitleEnd - 1);
      }
      if (trimmedTitleEnd > start) {
        citation.title(text.substring(start, trimmedTitleEnd));
      }
      citations.add(citation.build());
    }

    /**
     * The basis of a sentence without a lead: MTUS only where it says {@code MTUS} and not {@code
     * Non-MTUS}; whatever the letter does not claim as MTUS is not.
     */
    private CitationBasis basisNamedIn(int start, int end) {
      boolean mtus = MTUS_WORD.matcher(text).region(start, end).find();
      boolean nonMtus = NON_MTUS_WORD.matcher(text).region(start, end).find();
      return mtus && !nonMtus ? CitationBasis.MTUS : CitationBasis.NON_MTUS;
    }

    /** Unreadable text: an OTHER citation with its text, and a warning. */
    private void other(CitationBasis basis, int start, int end, String why) {
      citations.add(citation(basis, start, end).guideline(Guideline.OTHER).build());
      warn(start, end, why + ": '" + abbreviate(text.substring(start, end)) + "'; kept as an OTHER citation");
    }

    private void warn(int start, int end, String message) {
      warnings++;
      Region region = folded.cleanRegion(start, end);
      if (warnings <= MAX_WARNINGS) {
        diagnostics.warning(DiagnosticCode.UNRECOGNISED_CITATION, message, region.start(), region.end());
      } else if (warnings == MAX_WARNINGS + 1) {
        diagnostics.warning(DiagnosticCode.UNEXPECTED_CONTENT,
            "more unreadable citations in this guideline statement; only the first " + MAX_WARNINGS
                + " are reported", region.start(), region.end());
      }
    }

    private GuidelineCitation.Builder citation(CitationBasis basis, int start, int end) {
      int trimmed = trimEnd(start, end);
      return GuidelineCitation.builder()
          .basis(basis)
          .text(text.substring(start, trimmed))
          .span(folded.span(source, start, trimmed));
    }

    /** The edition, topic and pages after a guideline's name. */
    private Tail tail(int p, int end) {
      Tail tail = new Tail();
      if (yearAt(p, end)) {
        tail.edition = year(p);
        p = skipPunctuation(p + 4, end);
      } else {
        p = skipPunctuation(p, end);
      }
      int sectionsEnd = matchEnd(Shape.SECTIONS_LABEL, p, end);
      if (sectionsEnd >= 0) {
        p = sectionsEnd;
      }
      int pagesAt = pagesLabelOrEnd(p, end);
      if (pagesAt < end) {
        int labelEnd = matchEnd(Shape.PAGES_LABEL, pagesAt, end);
        if (labelEnd >= 0) {
          tail.pages = pages(labelEnd, end);
        }
      }
      int topicEnd = trimEnd(p, pagesAt);
      while (topicEnd > p && ",;:".indexOf(text.charAt(topicEnd - 1)) >= 0) {
        topicEnd = trimEnd(p, topicEnd - 1);
      }
      if (topicEnd > p) {
        tail.topicStart = p;
        tail.topicEnd = topicEnd;
        tail.topic = topic(p, topicEnd);
      }
      return tail;
    }

    /** Where a {@code Page(s):} label starts in {@code [p, end)}, or {@code end}. */
    private int pagesLabelOrEnd(int p, int end) {
      // The first label at a word start: no label holds a letter 'p' that starts a word, so no
      // label is skipped inside one that does not start a word, as a search for labels would.
      for (int i = p; i < end; i++) {
        if (Shape.PAGES_LABEL.mayStartWith(text.charAt(i))
            && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
            && lookingAt(Shape.PAGES_LABEL, i, end)) {
          return i;
        }
      }
      return end;
    }

    /** A page list {@code 303-304, 308}; null (and a warning) when it is not one. */
    private @Nullable List<PageRange> pages(int start, int end) {
      List<PageRange> pages = new ArrayList<>();
      int p = start;
      while (p < end) {
        Matcher range = match(Shape.PAGE_RANGE, p, end);
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
          warn(range.start(), range.end(), "'" + range.group() + "' is not a page range");
          return null;
        }
        pages.add(PageRange.of(first, last));
        p = range.end();
        int separatorEnd = matchEnd(Shape.PAGE_LIST_SEPARATOR, p, end);
        if (separatorEnd < 0) {
          break;
        }
        p = separatorEnd;
      }
      int rest = trimEnd(p, end);
      if (pages.isEmpty() || rest > p) {
        warn(start, end, "unreadable page numbers '" + abbreviate(text.substring(start, end)) + "'");
        return pages.isEmpty() ? null : pages;
      }
      return pages;
    }

    private boolean pagesField(int p, int fieldEnd) {
      if (lookingAt(Shape.PAGES_LABEL, p, fieldEnd)) {
        return true;
      }
      int rangeEnd = matchEnd(Shape.PAGE_RANGE, p, fieldEnd);
      return rangeEnd >= 0 && trimEnd(p, fieldEnd) == rangeEnd;
    }

    private int pagesStart(int p, int fieldEnd) {
      int labelEnd = matchEnd(Shape.PAGES_LABEL, p, fieldEnd);
      return labelEnd >= 0 ? labelEnd : p;
    }

    /** A topic as written, without a trailing period and without parentheses around all of it. */
    private String topic(int start, int end) {
      int e = trimEnd(start, end);
      int s = start;
      if (e - s >= 2 && text.charAt(s) == '(' && text.charAt(e - 1) == ')' && enclosesAll(s, e)) {
        s++;
        e--;
      }
      return text.substring(s, e).strip();
    }

    private boolean enclosesAll(int s, int e) {
      int depth = 0;
      for (int i = s; i < e; i++) {
        char c = text.charAt(i);
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
          if (depth == 0 && i < e - 1) {
            return false;
          }
        }
      }
      return depth == 0;
    }

    private boolean endsField(int p, int end) {
      int q = skipSpaces(p, end);
      return q >= end || text.charAt(q) == ',' || text.charAt(q) == '.';
    }

    private int nextComma(int p, int end) {
      int comma = text.indexOf(',', p);
      return comma < 0 || comma > end ? end : comma;
    }

    /** The end of the sentence starting at {@code start}: after its period, or {@code end}. */
    private int sentenceEnd(int start, int end) {
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if ((c == '.' || c == '?' || c == '!') && (i + 1 >= end || text.charAt(i + 1) == ' ')) {
          return i + 1;
        }
      }
      return end;
    }

    /**
     * True when a year ({@code 19xx} or {@code 20xx}) starts at {@code p} and ends by {@code end}
     * not followed by a digit, '/' or '-': {@link #YEAR} at {@code p}, written out because a year
     * is looked for after every name.
     */
    private boolean yearAt(int p, int end) {
      if (p + 4 > end) {
        return false;
      }
      char century = text.charAt(p);
      char decade = text.charAt(p + 1);
      if (!(century == '1' && decade == '9' || century == '2' && decade == '0')
          || !isDigit(text.charAt(p + 2)) || !isDigit(text.charAt(p + 3))) {
        return false;
      }
      return p + 4 == end || !(isDigit(text.charAt(p + 4)) || text.charAt(p + 4) == '/'
          || text.charAt(p + 4) == '-');
    }

    /** The year {@link #yearAt} found at {@code p}. */
    private int year(int p) {
      return Integer.parseInt(text, p, p + 4, 10);
    }

    /**
     * The end of {@code and} (in any case) and the white space after it at {@code p}, or -1 when
     * there is none: the pattern {@code and\s+} written out, as it is tried at every separator.
     */
    private int andEnd(int p, int end) {
      if (p + 4 > end || asciiLower(text.charAt(p)) != 'a' || asciiLower(text.charAt(p + 1)) != 'n'
          || asciiLower(text.charAt(p + 2)) != 'd' || !isWhiteSpace(text.charAt(p + 3))) {
        return -1;
      }
      int q = p + 4;
      while (q < end && isWhiteSpace(text.charAt(q))) {
        q++;
      }
      return q;
    }

    private boolean lookingAt(Shape shape, int p, int end) {
      return match(shape, p, end) != null;
    }

    /** The end of the shape's match starting at {@code p} and ending by {@code end}, or -1. */
    private int matchEnd(Shape shape, int p, int end) {
      Matcher matcher = match(shape, p, end);
      return matcher == null ? -1 : matcher.end();
    }

    /**
     * The shape's match starting at {@code p} and ending by {@code end}, or null. The matcher is
     * this statement's one for the shape: read it before matching the shape again.
     */
    private @Nullable Matcher match(Shape shape, int p, int end) {
      if (p >= end || !shape.mayStartWith(text.charAt(p))) {
        return null;
      }
      Matcher matcher = matchers[shape.ordinal()];
      if (matcher == null) {
        matcher = shape.pattern.matcher(text);
        matchers[shape.ordinal()] = matcher;
      }
      return matcher.region(p, end).lookingAt() ? matcher : null;
    }

    /**
     * The shape's first match in {@code [from, end)}, or null, for a shape that does not look
     * behind its start (so a match at a position is the match from there on).
     */
    private @Nullable Matcher find(Shape shape, int from, int end) {
      for (int i = from; i < end; i++) {
        Matcher matcher = match(shape, i, end);
        if (matcher != null) {
          return matcher;
        }
      }
      return null;
    }

    private int skipSpaces(int p, int end) {
      while (p < end && text.charAt(p) == ' ') {
        p++;
      }
      return p;
    }

    private int skipPunctuation(int p, int end) {
      while (p < end && " ,:;-/\u2013".indexOf(text.charAt(p)) >= 0) {
        p++;
      }
      return p;
    }

    /** {@code end} moved back over spaces and one closing period. */
    private int trimEnd(int start, int end) {
      while (end > start && text.charAt(end - 1) == ' ') {
        end--;
      }
      if (end > start && text.charAt(end - 1) == '.' && !endsWithAbbreviation(start, end - 1)) {
        end--;
        while (end > start && text.charAt(end - 1) == ' ') {
          end--;
        }
      }
      return end;
    }

    /** True for "ed." and "pg." whose period is not the sentence's. */
    private boolean endsWithAbbreviation(int start, int periodAt) {
      int wordStart = periodAt;
      while (wordStart > start && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      String word = text.substring(wordStart, periodAt).toLowerCase(Locale.ROOT);
      return word.equals("ed") || word.equals("pg") || word.equals("pp") || word.equals("vol");
    }
  }

  /** Step 1: the statement folded the way the model holds it, keeping offsets. */
  private static FoldedText fold(SourceText source, Region statement) {
    return FoldedText.of(source, statement);
  }

  /** What follows a guideline's name. */
  private static final class Tail {
    @Nullable Integer edition;
    @Nullable String topic;
    int topicStart = -1;
    int topicEnd = -1;
    @Nullable List<PageRange> pages;

    void applyTo(GuidelineCitation.Builder citation) {
      if (edition != null) {
        citation.edition(edition);
      }
      if (topic != null) {
        citation.topic(topic);
      }
      if (pages != null) {
        citation.addAllPages(pages);
      }
    }
  }

  /** A URL without the sentence's closing punctuation or an unbalanced closing parenthesis. */
  static String trimUrl(String url) {
    int end = url.length();
    while (end > 0) {
      char c = url.charAt(end - 1);
      if (c == '.' || c == ',' || c == ';' || c == ':') {
        end--;
      } else if (c == ')' && url.lastIndexOf('(', end - 1) < 0) {
        end--;
      } else {
        break;
      }
    }
    return url.substring(0, end);
  }

  /**
   * Title case for a title written in capitals ({@code NECK AND UPPER BACK COMPLAINTS} gives
   * {@code Neck and Upper Back Complaints}); a title in mixed case is kept as written.
   */
  static String titleCase(String title) {
    String stripped = title.strip();
    if (!stripped.equals(stripped.toUpperCase(Locale.ROOT))) {
      return stripped;
    }
    StringBuilder out = new StringBuilder(stripped.length());
    int i = 0;
    boolean first = true;
    while (i < stripped.length()) {
      char c = stripped.charAt(i);
      if (!Character.isLetter(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < stripped.length() && Character.isLetter(stripped.charAt(end))) {
        end++;
      }
      String word = stripped.substring(i, end).toLowerCase(Locale.ROOT);
      boolean afterOpening = i > 0 && "(-/".indexOf(stripped.charAt(i - 1)) >= 0;
      if (!first && !afterOpening && SMALL_WORDS.contains(word)) {
        out.append(word);
      } else {
        out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
      first = false;
      i = end;
    }
    return out.toString();
  }

  private static String stripWord(String field, String word) {
    String stripped = field.strip();
    if (stripped.length() > word.length()
        && stripped.regionMatches(true, stripped.length() - word.length(), word, 0, word.length())
        && stripped.charAt(stripped.length() - word.length() - 1) == ' ') {
      return stripped.substring(0, stripped.length() - word.length()).strip();
    }
    return stripped;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** What {@code \s} matches. */
  private static boolean isWhiteSpace(char c) {
    return WHITE_SPACE.indexOf(c) >= 0;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
