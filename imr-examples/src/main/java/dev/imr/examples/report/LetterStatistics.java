package dev.imr.examples.report;

import dev.imr.examples.output.LetterCsv;
import dev.imr.examples.output.LetterDatabase;
import dev.imr.examples.run.LetterRun;
import dev.imr.examples.run.ParsedLetter;
import dev.imr.model.Decision;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.GuidelineStatement;
import dev.imr.model.LetterHeader;
import dev.imr.model.Outcome;
import dev.imr.model.RequestCategory;
import dev.imr.parser.Diagnostic;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Counts what a run of letters says in aggregate, for {@code imr report}: letters and items by
 * decision month, outcomes, overturn rates by request category, drug class, reviewer specialty
 * and guideline cited, the main reasons of upheld items by request category, the citations each
 * side uses, and the files with errors.
 *
 * <p>Only counts are kept, and a short row per letter for the table of letters ({@link
 * LetterList}, the first {@value LetterList#LISTED}), so a corpus of millions is counted in
 * little memory; the requests and drugs are counted by their text ({@link RequestCounts}). The counts are those of SQL over the database {@code imr load} makes of the same files
 * ({@code report.sql} holds the queries): a letter counts once, as it is one row there, so a
 * file whose case number was already counted (the PDF and the text of one letter) is skipped;
 * an overturn rate's denominator is the items with a decision; a group key is the value stored
 * in the database (an enumeration's name, a specialty's canonical name), null where the database has
 * NULL.
 *
 * <p>Not thread-safe: {@link LetterRun} hands results over one by one, in order.
 */
public final class LetterStatistics implements LetterRun.Output {

  /** Error lines kept for the report's table; the rest are counted. */
  public static final int ERRORS_LISTED = 1_000;

  /** The two sides whose guideline statements cite guidelines, as {@code schema.sql} names them. */
  public enum Side {
    CLAIMS_ADMINISTRATOR,
    REVIEWER
  }

  /**
   * Items with a decision in one group and how many of them were overturned.
   *
   * @param key the group's value in the database; null for the group of items without one
   */
  public record Rate(@Nullable String key, long items, long overturned) {}

  /**
   * Letters and their items in one month of decision dates; a null month for none stated.
   *
   * @param decided the items with a decision
   * @param overturned those of them overturned
   */
  public record Volume(@Nullable YearMonth month, long letters, long items, long decided,
      long overturned) {

    /** The month's overturn rate, keyed by the month as {@code report.sql} writes it. */
    public Rate rate() {
      return new Rate(month == null ? null : month.toString(), decided, overturned);
    }
  }

  /** A count under a key; a null key for the database's NULL. */
  public record Count(@Nullable String key, long count) {}

  /**
   * How often one guideline is cited, by each side.
   *
   * @param basis {@code MTUS} or {@code NON_MTUS}
   * @param guideline a {@link dev.imr.model.Guideline} name
   */
  public record GuidelineUse(String basis, String guideline, long claimsAdministrator, long reviewer) {
    long total() {
      return claimsAdministrator + reviewer;
    }
  }

  /**
   * Upheld items of one request category with one main reason.
   *
   * @param category a {@link RequestCategory} name
   * @param kind the main reason's {@link dev.imr.model.DecisionReason.Kind} name; null for items
   *     whose rationale states no ground the parser recognises
   */
  public record ReasonCount(String category, @Nullable String kind, long items) {}

  /**
   * One guideline, chapter and topic as one side cites it, and how often.
   *
   * @param chapterTitle the chapter's canonical name, or its title where the vocabulary lacks it
   */
  public record CitationUse(Side side, String basis, String guideline, @Nullable String chapterTitle,
      @Nullable String topic, long count) {}

  /**
   * One error of a file, where it is.
   *
   * @param code a {@link dev.imr.parser.DiagnosticCode}, {@code UNREADABLE_FILE} or {@code
   *     PARSER_FAILURE}
   */
  public record ErrorLine(String source, int line, int column, String severity, String code,
      String message) {}

  private static final Pattern CASE_NUMBER = Pattern.compile("CM(\\d{2})-(\\d{7})");
  /** Null keys sort last, as {@code NULLS LAST} does in SQL. */
  private static final Comparator<@Nullable String> NULLS_LAST =
      Comparator.nullsLast(Comparator.naturalOrder());

  private final boolean strict;

  // Which letters were counted: case numbers as bits by year, to stay small for millions.
  private final Map<String, BitSet> caseNumbersByYear = new HashMap<>();
  private final Set<String> otherKeys = new HashSet<>();

  private long files;
  private long repeated;
  private long letters;
  private long upheld;
  private long overturned;
  private long undecided;
  private final Map<@Nullable String, Long> outcomes = new HashMap<>();
  private final Map<@Nullable YearMonth, long[]> byMonth = new HashMap<>();
  private final Map<@Nullable String, long[]> byCategory = new HashMap<>();
  private final Map<@Nullable String, long[]> byDrugClass = new HashMap<>();
  private final Map<@Nullable String, long[]> bySpecialty = new HashMap<>();
  private final long[] withoutSpecialty = new long[2];
  private final Map<@Nullable String, long[]> byGuideline = new HashMap<>();
  private final Map<List<String>, long[]> guidelineUses = new HashMap<>();
  private final Map<List<@Nullable String>, long[]> upheldReasons = new HashMap<>();
  private final Map<List<@Nullable String>, long[]> citationUses = new HashMap<>();
  private final List<ErrorLine> errors = new ArrayList<>();
  private final LetterList letterList = new LetterList();
  private final RequestCounts requests = new RequestCounts();
  private long errorCount;
  private long filesWithErrors;
  private final Map<String, Long> errorCodes = new TreeMap<>();

  /**
   * @param strict whether WARNING diagnostics count as errors, as {@code --warnings-as-errors} makes them
   */
  public LetterStatistics(boolean strict) {
    this.strict = strict;
  }

  @Override
  public void accept(ParsedLetter letter) {
    String key = LetterDatabase.letterKey(letter);
    if (!firstTime(key)) {
      repeated++;
      letterList.repeat(key, letter.source());
      return;
    }
    files++;
    letter.determination().ifPresent(determination -> {
      letterList.add(key, letter.source(), determination);
      addLetter(determination);
    });
    addErrors(letter);
  }

  @Override
  public void finish() {}

  private void addLetter(Determination letter) {
    letters++;
    outcomes.merge(letter.outcome().map(Outcome::name).orElse(null), 1L, Long::sum);
    YearMonth month = letter.header().flatMap(LetterHeader::decisionDate).map(YearMonth::from)
        .orElse(null);
    long[] volume = byMonth.computeIfAbsent(month, m -> new long[4]);
    volume[0]++;
    volume[1] += letter.items().size();
    // By canonical name, so that one specialty is not split by its spellings.
    List<String> specialties =
        letter.reviewer().map(LetterCsv::canonicalSpecialties).orElse(List.of());
    for (DisputedItem item : letter.items()) {
      Optional<Decision> decision = item.decision();
      if (decision.isEmpty()) {
        undecided++;
      } else if (decision.get() == Decision.UPHELD) {
        upheld++;
      } else {
        overturned++;
      }
      addCitations(Side.CLAIMS_ADMINISTRATOR, item.claimsAdministratorGuideline());
      addCitations(Side.REVIEWER, item.reviewerGuideline());
      if (decision.isEmpty()) {
        continue; // a rate is of decided items
      }
      boolean wasOverturned = decision.get() == Decision.OVERTURNED;
      volume[2]++;
      volume[3] += wasOverturned ? 1 : 0;
      requests.add(item, wasOverturned);
      if (!wasOverturned) {
        List<@Nullable String> key = new ArrayList<>(2);
        key.add(item.category().name());
        key.add(item.reasons().isEmpty() ? null : item.reasons().get(0).kind().name());
        upheldReasons.computeIfAbsent(key, k -> new long[1])[0]++;
      }
      tally(byCategory, item.category().name(), wasOverturned);
      if (item.category() == RequestCategory.PHARMACEUTICALS) {
        tally(byDrugClass, item.drugClass().map(Enum::name).orElse(null), wasOverturned);
      }
      // A reviewer with two specialties counts under both, as the join in SQL does.
      for (String specialty : specialties) {
        tally(bySpecialty, specialty, wasOverturned);
      }
      if (specialties.isEmpty()) {
        withoutSpecialty[0]++;
        withoutSpecialty[1] += wasOverturned ? 1 : 0;
      }
      // An item counts once under each guideline its reviewer cites, however often cited.
      Set<String> guidelines = new LinkedHashSet<>();
      item.reviewerGuideline().map(GuidelineStatement::citations).orElse(List.of())
          .forEach(citation -> guidelines.add(citation.guideline().name()));
      if (guidelines.isEmpty()) {
        tally(byGuideline, null, wasOverturned);
      }
      for (String guideline : guidelines) {
        tally(byGuideline, guideline, wasOverturned);
      }
    }
  }

  private void addCitations(Side side, Optional<GuidelineStatement> statement) {
    for (GuidelineCitation citation :
        statement.map(GuidelineStatement::citations).orElse(List.of())) {
      String basis = citation.basis().name();
      String guideline = citation.guideline().name();
      guidelineUses.computeIfAbsent(List.of(basis, guideline), k -> new long[2])[side.ordinal()]++;
      List<@Nullable String> key = new ArrayList<>(5);
      key.add(side.name());
      key.add(basis);
      key.add(guideline);
      key.add(LetterCsv.canonicalChapter(citation).orElse(null));
      key.add(citation.topic().orElse(null));
      citationUses.computeIfAbsent(key, k -> new long[1])[0]++;
    }
  }

  private void addErrors(ParsedLetter letter) {
    if (!letter.failed(strict)) {
      return;
    }
    filesWithErrors++;
    ParsedLetter.Failure failure = letter.failure();
    if (failure != null) {
      addError(new ErrorLine(letter.source(), 1, 1, "ERROR", failure.code(), failure.message()));
      return;
    }
    for (Diagnostic diagnostic : letter.diagnostics()) {
      if (ParsedLetter.counts(diagnostic, strict)) {
        addError(new ErrorLine(letter.source(), diagnostic.line(), diagnostic.column(),
            diagnostic.severity().name(), diagnostic.code().name(), diagnostic.message()));
      }
    }
  }

  private void addError(ErrorLine error) {
    errorCount++;
    errorCodes.merge(error.code(), 1L, Long::sum);
    if (errors.size() < ERRORS_LISTED) {
      errors.add(error);
    }
  }

  /** True the first time a letter key is seen; the database keeps one row per key. */
  private boolean firstTime(String key) {
    Matcher caseNumber = CASE_NUMBER.matcher(key);
    if (caseNumber.matches()) {
      BitSet seen = caseNumbersByYear.computeIfAbsent(caseNumber.group(1), year -> new BitSet());
      int number = Integer.parseInt(caseNumber.group(2));
      if (seen.get(number)) {
        return false;
      }
      seen.set(number);
      return true;
    }
    return otherKeys.add(key);
  }

  private static void tally(Map<@Nullable String, long[]> rates, @Nullable String key,
      boolean wasOverturned) {
    long[] rate = rates.computeIfAbsent(key, k -> new long[2]);
    rate[0]++;
    if (wasOverturned) {
      rate[1]++;
    }
  }

  /**
   * Files counted: each letter key once, as the database has one row for each ({@code
   * determination}); the letters and the files that are not letters.
   */
  public long files() {
    return files;
  }

  /** Every file read: those counted and those that repeated a letter already counted. */
  public long filesRead() {
    return files + repeated;
  }

  /** Files counted that are not IMR letters. */
  public long notLetters() {
    return files - letters;
  }

  /**
   * Files skipped because a file with the same case number (the PDF and the text of one letter)
   * or the same file was counted: duplicates.
   */
  public long repeated() {
    return repeated;
  }

  /** The rows of the table of letters: every letter, up to {@value LetterList#LISTED}. */
  public LetterList letterList() {
    return letterList;
  }

  /** Decided items and overturns by request and by drug. */
  public RequestCounts requests() {
    return requests;
  }

  /** Files that held an IMR letter. */
  public long letters() {
    return letters;
  }

  /** Items of all letters: upheld, overturned and without a decision. */
  public long items() {
    return upheld + overturned + undecided;
  }

  public long upheld() {
    return upheld;
  }

  public long overturned() {
    return overturned;
  }

  public long undecided() {
    return undecided;
  }

  /** Whether WARNING diagnostics were counted as errors. */
  public boolean strict() {
    return strict;
  }

  /** Letters by outcome ({@link Outcome} names; null for letters without one), most first. */
  public List<Count> outcomes() {
    return outcomes.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(Count::count).reversed()
            .thenComparing(Count::key, NULLS_LAST))
        .toList();
  }

  /**
   * Letters and items by month of decision, every month from the first to the last (months
   * without a letter as zero), then letters without a decision date, if any.
   */
  public List<Volume> byMonth() {
    List<Volume> volumes = new ArrayList<>();
    TreeMap<YearMonth, long[]> dated = new TreeMap<>();
    byMonth.forEach((month, counts) -> {
      if (month != null) {
        dated.put(month, counts);
      }
    });
    if (!dated.isEmpty()) {
      for (YearMonth month = dated.firstKey(); !month.isAfter(dated.lastKey());
          month = month.plusMonths(1)) {
        long[] counts = dated.getOrDefault(month, new long[4]);
        volumes.add(new Volume(month, counts[0], counts[1], counts[2], counts[3]));
      }
    }
    long[] undated = byMonth.get(null);
    if (undated != null) {
      volumes.add(new Volume(null, undated[0], undated[1], undated[2], undated[3]));
    }
    return volumes;
  }

  /** Overturn rates by {@link RequestCategory}, largest group first. */
  public List<Rate> byCategory() {
    return rates(byCategory);
  }

  /**
   * Overturn rates of pharmaceutical requests by {@link dev.imr.model.DrugClass}; a null key for
   * drugs whose class was not recognised.
   */
  public List<Rate> byDrugClass() {
    return rates(byDrugClass);
  }

  /**
   * Overturn rates by reviewer specialty, by canonical name ({@code
   * reviewer_specialty.canonical_specialty}); an item counts under each specialty.
   */
  public List<Rate> bySpecialty() {
    return rates(bySpecialty);
  }

  /** Decided items of letters that name no reviewer specialty, and how many were overturned. */
  public Rate withoutSpecialty() {
    return new Rate(null, withoutSpecialty[0], withoutSpecialty[1]);
  }

  /**
   * Overturn rates by the {@link dev.imr.model.Guideline} the reviewer cites; an item counts
   * once under each guideline cited, and under a null key when the reviewer cites none.
   */
  public List<Rate> byGuideline() {
    return rates(byGuideline);
  }

  /**
   * Upheld items by request category and main reason (the first of {@link
   * DisputedItem#reasons()}): by category name, then most items first, then by reason name, the
   * items without a reason last among equals.
   */
  public List<ReasonCount> upheldReasons() {
    return upheldReasons.entrySet().stream()
        .map(e -> new ReasonCount(key(e.getKey(), 0), e.getKey().get(1), e.getValue()[0]))
        .sorted(Comparator.comparing(ReasonCount::category)
            .thenComparing(Comparator.comparingLong(ReasonCount::items).reversed())
            .thenComparing(ReasonCount::kind, NULLS_LAST))
        .toList();
  }

  /** Citations by basis and guideline, by side, most cited first. */
  public List<GuidelineUse> guidelineUses() {
    return guidelineUses.entrySet().stream()
        .map(e -> new GuidelineUse(e.getKey().get(0), e.getKey().get(1), e.getValue()[0],
            e.getValue()[1]))
        .sorted(Comparator.comparingLong(GuidelineUse::total).reversed()
            .thenComparing(GuidelineUse::basis).thenComparing(GuidelineUse::guideline))
        .toList();
  }

  /** The {@code limit} citations one side uses most, by guideline, chapter and topic. */
  public List<CitationUse> topCitations(Side side, int limit) {
    return citationUses.entrySet().stream()
        .filter(e -> side.name().equals(e.getKey().get(0)))
        .map(e -> new CitationUse(side, key(e.getKey(), 1), key(e.getKey(), 2),
            e.getKey().get(3), e.getKey().get(4), e.getValue()[0]))
        .sorted(Comparator.comparingLong(CitationUse::count).reversed()
            .thenComparing(CitationUse::basis).thenComparing(CitationUse::guideline)
            .thenComparing(CitationUse::chapterTitle, NULLS_LAST)
            .thenComparing(CitationUse::topic, NULLS_LAST))
        .limit(limit)
        .toList();
  }

  /** How many different guideline, chapter and topic combinations one side cites. */
  public long distinctCitations(Side side) {
    return citationUses.keySet().stream().filter(key -> side.name().equals(key.get(0))).count();
  }

  /** The first {@value #ERRORS_LISTED} errors, in the order of the files. */
  public List<ErrorLine> errors() {
    return List.copyOf(errors);
  }

  /** All errors, listed or not. */
  public long errorCount() {
    return errorCount;
  }

  /** Files with an error (with {@code --strict}, also a warning). */
  public long filesWithErrors() {
    return filesWithErrors;
  }

  /** Errors by code, in code order. */
  public Map<String, Long> errorCodes() {
    return Collections.unmodifiableMap(new TreeMap<>(errorCodes));
  }

  private static String key(List<@Nullable String> key, int index) {
    String value = key.get(index);
    if (value == null) {
      throw new IllegalStateException("no value at " + index + " of " + key);
    }
    return value;
  }

  /** Groups, largest first, then by key, the group without a key last among equals. */
  private static List<Rate> rates(Map<@Nullable String, long[]> rates) {
    return rates.entrySet().stream()
        .map(e -> new Rate(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparingLong(Rate::items).reversed()
            .thenComparing(Rate::key, NULLS_LAST))
        .toList();
  }
}
