package dev.imr.examples.report;

import dev.imr.examples.output.LetterCsv;
import dev.imr.model.Determination;
import dev.imr.model.LetterHeader;
import dev.imr.model.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the report's table of letters, one per letter counted, as the {@code letters}
 * query of {@code report.sql} gives them over the database. Only the first {@value #LISTED} are
 * kept, so that a run over millions of letters stays small; the database lists them all.
 */
public final class LetterList {

  /** Letters listed in the table; more are counted but left out. */
  public static final int LISTED = 10_000;

  /**
   * One letter.
   *
   * @param key its key in the database: the case number, or the file's path
   * @param outcome an {@link Outcome} name; null when an item states no decision
   * @param specialties the reviewer's specialties by their canonical names, in letter order
   * @param source the file, as given to the command or found under it
   */
  public record Row(String key, @Nullable String caseNumber, @Nullable LocalDate decisionDate,
      @Nullable String outcome, int items, List<String> specialties, String source) {}

  /** By decision date, undated last, then by case number and file, as the SQL orders them. */
  private static final Comparator<Row> ORDER = Comparator
      .comparing(Row::decisionDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
      .thenComparing(Row::caseNumber, Comparator.nullsLast(Comparator.<String>naturalOrder()))
      .thenComparing(Row::source);

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Integer> listed = new HashMap<>();
  private long letters;

  LetterList() {}

  void add(String key, String source, Determination letter) {
    letters++;
    if (rows.size() >= LISTED) {
      return;
    }
    listed.put(key, rows.size());
    rows.add(new Row(key, letter.header().flatMap(LetterHeader::caseNumber).orElse(null),
        letter.header().flatMap(LetterHeader::decisionDate).orElse(null),
        letter.outcome().map(Outcome::name).orElse(null), letter.items().size(),
        letter.reviewer().map(LetterCsv::canonicalSpecialties).orElse(List.of()), source));
  }

  /**
   * Another file of a letter already counted: the row names it from now on, as the database
   * keeps the last file loaded of a letter.
   */
  void repeat(String key, String source) {
    Integer index = listed.get(key);
    if (index != null) {
      Row row = rows.get(index);
      rows.set(index, new Row(row.key(), row.caseNumber(), row.decisionDate(), row.outcome(),
          row.items(), row.specialties(), source));
    }
  }

  /** The letters kept, in the table's order. */
  public List<Row> rows() {
    return rows.stream().sorted(ORDER).toList();
  }

  /** Every letter counted, listed or not. */
  public long letters() {
    return letters;
  }
}
