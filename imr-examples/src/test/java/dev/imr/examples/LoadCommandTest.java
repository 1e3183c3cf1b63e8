package dev.imr.examples;

import static dev.imr.examples.ImrCommandTest.SPARSE_LETTER;
import static dev.imr.examples.ImrCommandTest.UNDECIDED_LETTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.examples.output.LetterDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imr load} end to end into real SQLite files, and into H2 in PostgreSQL mode. */
class LoadCommandTest {

  @TempDir
  Path dir;

  @Test
  void lettersAndABrokenFileAreLoadedIntoSqlite() throws Exception {
    Path letters = Files.createDirectories(dir.resolve("letters"));
    Cli.copyExampleLetters(letters);
    Cli.write(letters, "broken.txt", "A shopping list, not a letter.\n");
    Cli.write(letters, "undecided.txt", UNDECIDED_LETTER);
    Path db = dir.resolve("imr.sqlite");

    Cli.Run run = Cli.run("load", letters.toString(), "--db", db.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(letters.resolve("broken.txt") + ":")
        .contains("error NOT_AN_IMR_LETTER")
        .contains("imr load: 5 files, 4 letters, 8 items: 4 upheld, 3 overturned,"
            + " 1 without a decision");
    try (Connection connection = sqlite(db)) {
      assertThat(rows(connection, "SELECT letter_key, is_letter, outcome, item_count, error_count"
          + " FROM determination ORDER BY source")).containsExactly(
          absolute(letters.resolve("2014-inline-credentials.txt")) + "|1|UPHELD|2|0",
          "CM99-0000101|1|PARTIALLY_OVERTURNED|3|0",
          "CM99-0000102|1|OVERTURNED|2|0",
          absolute(letters.resolve("broken.txt")) + "|0|null|0|1",
          "CM99-0000900|1|null|1|1");
      assertThat(rows(connection, "SELECT item_number, decision, title FROM disputed_item"
          + " WHERE letter_key = 'CM99-0000101' ORDER BY item_number")).containsExactly(
          "1|UPHELD|Aquatic therapy 12 sessions for the lumbar spine was the original request."
              + " Aquatic therapy 6 sessions was authorized by the Claims Administrator. The"
              + " remaining IMR eligible portion of the original request, Aquatic therapy 6"
              + " sessions is",
          "2|OVERTURNED|Functional capacity evaluation for the lumbar spine and right shoulder"
              + " prior to return to full duty",
          "3|UPHELD|Reusable thermal wrap for the low back, purchase");
      assertThat(rows(connection, "SELECT specialty, canonical_specialty FROM reviewer_specialty"
          + " WHERE letter_key = 'CM99-0000101' ORDER BY specialty_number")).containsExactly(
          "Physical Medicine & Rehabilitation|Physical Medicine and Rehabilitation",
          "Pain Management|Pain Management", "Sports Medicine|Sports Medicine");
      // One specialty under two spellings is one group by its canonical name.
      assertThat(rows(connection, "SELECT canonical_specialty, COUNT(*) FROM reviewer_specialty"
          + " WHERE canonical_specialty LIKE 'Physical%' GROUP BY canonical_specialty"))
          .containsExactly("Physical Medicine and Rehabilitation|2");
      assertThat(rows(connection, "SELECT state FROM reviewer_licensure"
          + " WHERE letter_key = 'CM99-0000101' ORDER BY state_number"))
          .containsExactly("California", "Oregon");
      assertThat(rows(connection, "SELECT d.source, g.severity, g.code, g.line_number > 0"
          + " FROM diagnostic g JOIN determination d ON d.letter_key = g.letter_key"
          + " WHERE g.severity = 'ERROR' ORDER BY d.source")).containsExactly(
          letters.resolve("broken.txt") + "|ERROR|NOT_AN_IMR_LETTER|1",
          letters.resolve("undecided.txt") + "|ERROR|MISSING_DECISION|1");
      // The reasons of an item, main reason first, with the clause that states each.
      assertThat(rows(connection, "SELECT r.item_number, r.reason_number, r.kind,"
          + " LENGTH(r.reason_text) > 0 FROM decision_reason r JOIN determination d"
          + " ON d.letter_key = r.letter_key ORDER BY d.source, r.item_number, r.reason_number"))
          .containsExactly("1|1|CRITERIA_NOT_DOCUMENTED|1", "2|1|NOT_RECOMMENDED|1",
              "2|2|CRITERIA_NOT_DOCUMENTED|1", "1|1|NO_FUNCTIONAL_IMPROVEMENT|1",
              "3|1|NO_CLINICAL_RATIONALE|1", "1|1|CRITERIA_MET|1",
              "2|1|DEPENDENT_REQUEST_APPROVED|1");
      // Dates are ISO-8601 text in SQLite, so its date functions work on them.
      assertThat(rows(connection, "SELECT strftime('%Y', decision_date) FROM determination"
          + " WHERE letter_key = 'CM99-0000102'")).containsExactly("2017");
    }
  }

  @Test
  void schemaHasItsTablesAndIndexes() throws Exception {
    Path db = dir.resolve("imr.sqlite");

    assertThat(Cli.run("load", "letters", "--db", db.toString()).exitCode()).isZero();

    try (Connection connection = sqlite(db)) {
      assertThat(rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"
          + " ORDER BY name")).containsExactly("decision_reason", "determination", "diagnostic",
          "disputed_item", "guideline_citation", "letter_search", "letter_search_config",
          "letter_search_data", "letter_search_docsize", "letter_search_idx", "letter_text",
          "reviewer_licensure", "reviewer_specialty");
      assertThat(rows(connection, "SELECT name FROM sqlite_master WHERE type = 'index'"
          + " AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name")).containsExactly(
          "decision_reason_kind", "determination_case_number", "determination_decision_date",
          "determination_source_file", "diagnostic_code", "disputed_item_category",
          "disputed_item_decision", "guideline_citation_guideline", "letter_text_letter_key",
          "reviewer_specialty_specialty");
      assertThat(rows(connection, "SELECT name FROM sqlite_master WHERE type = 'trigger'"
          + " ORDER BY name")).containsExactly("letter_text_indexed", "letter_text_reindexed",
          "letter_text_unindexed");
    }
  }

  @Test
  void loadingAgainUpdatesRatherThanDuplicates() throws Exception {
    Path letters = Files.createDirectories(dir.resolve("letters"));
    Cli.copyExampleLetters(letters);
    Path changing = Cli.write(letters, "changing.txt", SPARSE_LETTER.replace(RATIONALE,
        FIRST_GROUNDS));
    Path db = dir.resolve("imr.sqlite");
    String counts = "SELECT (SELECT COUNT(*) FROM determination), (SELECT COUNT(*) FROM"
        + " disputed_item), (SELECT COUNT(*) FROM reviewer_specialty), (SELECT COUNT(*) FROM"
        + " diagnostic), (SELECT COUNT(*) FROM decision_reason)";
    String reasons = "SELECT reason_number, kind FROM decision_reason"
        + " WHERE letter_key = 'CM99-0000900' ORDER BY reason_number";

    assertThat(Cli.run("load", letters.toString(), "--db", db.toString()).exitCode()).isZero();
    List<String> first;
    try (Connection connection = sqlite(db)) {
      first = rows(connection, counts);
      assertThat(rows(connection, reasons)).containsExactly("1|CRITERIA_MET");
    }
    assertThat(Cli.run("load", letters.toString(), "--db", db.toString()).exitCode()).isZero();
    // The letter changes between loads (a corrected letter, a better parser): its rows follow.
    Files.writeString(changing, SPARSE_LETTER.replace(": Overturned", ": Upheld")
        .replace(RATIONALE, SECOND_GROUNDS));
    assertThat(Cli.run("load", changing.toString(), "--db", db.toString()).exitCode()).isZero();

    try (Connection connection = sqlite(db)) {
      // 4 letters, 8 items, 6 specialties, 3 diagnostics (the 2 warnings of the letter that
      // changes and 1 info of a rationale that states no ground the parser recognises) and 8
      // reasons: the example letters' 7 and the changing letter's, replaced.
      assertThat(rows(connection, counts)).isEqualTo(first).containsExactly("4|8|6|3|8");
      assertThat(rows(connection, reasons)).containsExactly("1|NOT_RECOMMENDED");
      assertThat(rows(connection, "SELECT d.outcome, i.decision FROM determination d"
          + " JOIN disputed_item i ON i.letter_key = d.letter_key"
          + " WHERE d.letter_key = 'CM99-0000900'")).containsExactly("UPHELD|UPHELD");
    }
  }

  /** The rationale of {@code SPARSE_LETTER}. */
  private static final String RATIONALE = "An invented rationale, na\u00efve on purpose.";
  /** A rationale in the words the form's rationales use for an overturned denial. */
  private static final String FIRST_GROUNDS = "Physical therapy is a reasonable option for this"
      + " injured worker. Therefore, the request is medically necessary.";
  /** A rationale in the words the form's rationales use for an upheld denial. */
  private static final String SECOND_GROUNDS = "The guidelines do not recommend this treatment"
      + " for chronic pain. Therefore, the request is not medically necessary.";

  @Test
  void citationsKeepTheirChapterQualifierAndCanonicalChapter() throws Exception {
    Cli.write(dir, "odg.txt", ParseFormatsTest.ODG_LETTER);
    Path db = dir.resolve("imr.sqlite");

    assertThat(Cli.run("load", dir.resolve("odg.txt").toString(), "--db", db.toString())
        .exitCode()).isZero();

    try (Connection connection = sqlite(db)) {
      assertThat(rows(connection, "SELECT side, guideline, chapter_title, chapter_qualifier,"
          + " canonical_chapter, topic FROM guideline_citation ORDER BY side")).containsExactly(
          "CLAIMS_ADMINISTRATOR|ODG|Neck and Upper Back|Acute & Chronic|Neck and Upper Back"
              + "|Invented topic",
          "REVIEWER|ODG|Neck and Upper Back|null|Neck and Upper Back|Invented topic");
    }
  }

  @Test
  void databaseOfAnEarlierReleaseGetsTheNewColumns() throws Exception {
    Path db = dir.resolve("old.sqlite");
    try (Connection connection = sqlite(db); Statement statement = connection.createStatement()) {
      // The schema as the first release made it, without the columns added since.
      for (String sql : LetterDatabase.schemaStatements()) {
        statement.execute(sql.replaceAll("(?m)^\\s*(canonical_specialty|chapter_qualifier"
            + "|canonical_chapter) TEXT,\\s*$", ""));
      }
      assertThat(rows(connection, "SELECT COUNT(*) FROM pragma_table_info('guideline_citation')"
          + " WHERE name IN ('chapter_qualifier', 'canonical_chapter')")).containsExactly("0");
    }

    Cli.Run run = Cli.run("load", "letters", "--db", db.toString());
    Cli.Run again = Cli.run("load", "letters", "--db", db.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(again.exitCode()).as(again.err()).isZero();
    try (Connection connection = sqlite(db)) {
      assertThat(rows(connection, "SELECT canonical_specialty FROM reviewer_specialty"
          + " WHERE letter_key = 'CM99-0000101' ORDER BY specialty_number")).containsExactly(
          "Physical Medicine and Rehabilitation", "Pain Management", "Sports Medicine");
      assertThat(rows(connection, "SELECT COUNT(*) FROM guideline_citation"
          + " WHERE chapter_qualifier = 'Acute & Chronic'")).containsExactly("1");
    }
  }

  @Test
  void oneLetterUnderTwoNamesIsOneRow() throws Exception {
    Cli.write(dir, "a/CM99-0000900.txt", SPARSE_LETTER);
    Cli.write(dir, "b/copy.txt", SPARSE_LETTER);
    Path db = dir.resolve("imr.sqlite");

    assertThat(Cli.run("load", dir.resolve("a").toString(), dir.resolve("b").toString(),
        "--db", db.toString()).exitCode()).isZero();

    try (Connection connection = sqlite(db)) {
      // Keyed by case number: the later file replaces the earlier one.
      assertThat(rows(connection, "SELECT letter_key, source FROM determination"))
          .containsExactly("CM99-0000900|" + dir.resolve("b/copy.txt"));
    }
  }

  @Test
  void h2InPostgreSqlModeTakesTheSameSchemaAndReloads() throws Exception {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
    try (Connection keepAlive = DriverManager.getConnection(url)) {
      Cli.Run first = Cli.run("load", "letters", "--jdbc", url);
      Cli.Run second = Cli.run("load", "letters", "--jdbc", url);

      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(rows(keepAlive, "SELECT letter_key, outcome, decision_date FROM determination"
          + " WHERE case_number IS NOT NULL ORDER BY letter_key")).containsExactly(
          "CM99-0000101|PARTIALLY_OVERTURNED|2016-12-19", "CM99-0000102|OVERTURNED|2017-02-06");
      assertThat(rows(keepAlive, "SELECT COUNT(*) FROM disputed_item")).containsExactly("7");
      assertThat(rows(keepAlive, "SELECT item_number, reason_number, kind FROM decision_reason"
          + " ORDER BY letter_key, item_number, reason_number")).containsExactly(
          "1|1|CRITERIA_NOT_DOCUMENTED", "2|1|NOT_RECOMMENDED", "2|2|CRITERIA_NOT_DOCUMENTED",
          "1|1|NO_FUNCTIONAL_IMPROVEMENT", "3|1|NO_CLINICAL_RATIONALE", "1|1|CRITERIA_MET",
          "2|1|DEPENDENT_REQUEST_APPROVED");
      assertThat(rows(keepAlive, "SELECT COUNT(*) FROM reviewer_specialty"
          + " WHERE canonical_specialty = 'Physical Medicine and Rehabilitation'"))
          .containsExactly("2");
    }
  }

  @Test
  void postgreSqlDriverIsBuiltIn() {
    // Nothing listens on port 1: the driver is found and reports that it cannot connect.
    Cli.Run run = Cli.run("load", "letters", "--jdbc", "jdbc:postgresql://127.0.0.1:1/imr");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("imr load: database jdbc:postgresql://127.0.0.1:1/imr: ")
        .doesNotContain("No suitable driver");
  }

  @Test
  void databaseIsRequiredOnceAndItsDirectoryMustExist() {
    for (List<String> args : List.of(
        List.of("load", "letters"),
        List.of("load", "letters", "--db", dir.resolve("a.sqlite").toString(), "--jdbc",
            "jdbc:sqlite:x"),
        List.of("load", "letters", "--db", dir.resolve("missing/a.sqlite").toString()),
        List.of("load", "--db", dir.resolve("a.sqlite").toString()))) {
      Cli.Run run = Cli.run(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(args.toString()).isEqualTo(2);
      assertThat(run.err()).as(args.toString()).startsWith("imr load: ")
          .contains("Try 'imr load --help' for more information.").doesNotContain("Usage:");
    }
    assertThat(dir.resolve("a.sqlite")).doesNotExist();
  }

  private static Connection sqlite(Path db) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + db);
  }

  private static String absolute(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }

  /** Each row as its values joined with {@code |}. */
  static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(result.getString(i)));
        }
        rows.add(String.join("|", values));
      }
    }
    return rows;
  }
}
