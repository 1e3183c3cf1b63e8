package dev.imr.examples;

import static dev.imr.examples.ImrCommandTest.SPARSE_LETTER;
import static dev.imr.examples.LoadCommandTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-text search {@code imr load} sets up in SQLite, end to end on real SQLite files: what
 * it indexes, the searches {@code docs/search.md} shows, reloading, a database of a release
 * without search, and other databases without it.
 */
class LetterSearchTest {

  /** The page that documents the search; tests run in the module directory. */
  private static final Path DOC = Path.of("..", "docs", "search.md");

  private static final Pattern SQL_BLOCK = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);

  /** The rationale of {@code SPARSE_LETTER}. */
  private static final String RATIONALE = "An invented rationale, na\u00efve on purpose.";

  @TempDir
  Path dir;

  private Path letters;
  private Path db;

  @BeforeEach
  void copyLetters() throws Exception {
    letters = Files.createDirectories(dir.resolve("letters"));
    Cli.copyExampleLetters(letters);
    db = dir.resolve("imr.sqlite");
  }

  @Test
  void everyTextOfEveryLetterIsIndexedUnderItsLetterAndItem() throws Exception {
    load(letters);

    try (Connection connection = sqlite()) {
      // 3 case summaries, and 3 texts for each of the 7 items.
      assertThat(rows(connection, "SELECT field, COUNT(*) FROM letter_text GROUP BY field"
          + " ORDER BY field")).containsExactly("CASE_SUMMARY|3",
          "CLAIMS_ADMINISTRATOR_GUIDELINE|7", "RATIONALE|7", "REVIEWER_GUIDELINE|7");
      assertThat(rows(connection, "SELECT COUNT(*) FROM letter_search")).containsExactly("24");
      // Each text under its letter and item, as the other tables have them.
      assertThat(rows(connection, "SELECT COUNT(*) FROM letter_text t JOIN disputed_item i"
          + " ON i.letter_key = t.letter_key AND i.item_number = t.item_number"
          + " WHERE (t.field = 'RATIONALE' AND t.body = i.rationale)"
          + " OR (t.field = 'REVIEWER_GUIDELINE' AND t.body = i.reviewer_guideline)"
          + " OR (t.field = 'CLAIMS_ADMINISTRATOR_GUIDELINE'"
          + " AND t.body = i.claims_administrator_guideline)")).containsExactly("21");
      assertThat(rows(connection, "SELECT COUNT(*) FROM letter_text t JOIN determination d"
          + " ON d.letter_key = t.letter_key WHERE t.field = 'CASE_SUMMARY'"
          + " AND t.item_number IS NULL AND t.body = d.case_summary")).containsExactly("3");
      // A word of one rationale, of one case summary, of one guideline statement.
      assertThat(search(connection, "hampered")).containsExactly("CM99-0000101|2|RATIONALE");
      assertThat(search(connection, "cartons")).containsExactly("CM99-0000101|null|CASE_SUMMARY");
      assertThat(search(connection, "\"Fitness for Duty\"")).containsExactly(
          "CM99-0000101|2|CLAIMS_ADMINISTRATOR_GUIDELINE", "CM99-0000101|2|REVIEWER_GUIDELINE");
      // By stem: the letter says "impingement"; and the key columns are not searched.
      assertThat(search(connection, "impinge")).containsExactly("CM99-0000101|null|CASE_SUMMARY");
      assertThat(search(connection, "0000101")).isEmpty();
      assertIntact(connection);
    }
  }

  @Test
  void theSearchesOfTheDocsRunAndFindWhatTheyDescribe() throws Exception {
    load(letters);
    List<String> queries = new ArrayList<>();
    Matcher block = SQL_BLOCK.matcher(Files.readString(DOC));
    while (block.find()) {
      queries.add(block.group(1).strip().replaceAll(";$", ""));
    }
    assertThat(queries).hasSize(2);

    try (Connection connection = sqlite()) {
      // Rationales that weigh physical therapy: one, of an overturned item, with its match.
      assertThat(rows(connection, queries.get(0))).singleElement().satisfies(row -> {
        assertThat(row).startsWith("CM99-0000102|1|OVERTURNED|").contains("[physical therapy]");
      });
      // The one letter whose case summary mentions obesity has 2 items upheld, 1 overturned.
      assertThat(rows(connection, queries.get(1))).containsExactly("UPHELD|2", "OVERTURNED|1");
      // datasette finds the index of letter_text as it looks for one (content="table").
      assertThat(rows(connection, "SELECT name FROM sqlite_master WHERE rootpage = 0"
          + " AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"letter_text\"%'"))
          .containsExactly("letter_search");
    }
  }

  @Test
  void loadingAgainReplacesALettersTextsAndTheIndexFollows() throws Exception {
    Path changing = Cli.write(letters, "changing.txt", SPARSE_LETTER.replace(RATIONALE,
        "The kit includes a resistance band that the worker already owns."));
    load(letters);
    List<String> first;
    try (Connection connection = sqlite()) {
      first = rows(connection, counts());
      assertThat(search(connection, "resistance")).containsExactly("CM99-0000900|1|RATIONALE");
    }

    load(letters);
    try (Connection connection = sqlite()) {
      assertThat(rows(connection, counts())).isEqualTo(first).containsExactly("27|27|27");
      assertThat(search(connection, "resistance")).hasSize(1);
    }

    Files.writeString(changing, SPARSE_LETTER.replace(RATIONALE,
        "A treadmill at home is not shown to help more than walking outdoors."));
    load(changing);
    try (Connection connection = sqlite()) {
      assertThat(rows(connection, counts())).isEqualTo(first);
      assertThat(search(connection, "resistance")).isEmpty();
      assertThat(search(connection, "treadmill")).containsExactly("CM99-0000900|1|RATIONALE");
      assertIntact(connection);
    }
  }

  @Test
  void aDatabaseOfAReleaseWithoutSearchIsIndexedWhenItIsNextOpened() throws Exception {
    load(letters);
    try (Connection connection = sqlite(); Statement statement = connection.createStatement()) {
      // What a release without search leaves: the other tables only.
      for (String sql : List.of("DROP TABLE letter_search", "DROP TABLE letter_text")) {
        statement.execute(sql);
      }
    }

    Path other = Cli.write(dir, "other/CM99-0000900.txt", SPARSE_LETTER);
    load(other);

    try (Connection connection = sqlite()) {
      // The letters loaded before (24 texts) and the new one (3).
      assertThat(rows(connection, "SELECT COUNT(DISTINCT letter_key), COUNT(*)"
          + " FROM letter_text")).containsExactly("4|27");
      assertThat(search(connection, "hampered")).containsExactly("CM99-0000101|2|RATIONALE");
      assertThat(search(connection, "invented")).contains("CM99-0000900|1|RATIONALE");
      assertIntact(connection);
    }
  }

  @Test
  void otherDatabasesGetTheTablesWithoutSearch() throws Exception {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
    try (Connection keepAlive = DriverManager.getConnection(url)) {
      Cli.Run run = Cli.run("load", letters.toString(), "--jdbc", url);

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(rows(keepAlive, "SELECT COUNT(*) FROM determination")).containsExactly("3");
      assertThat(rows(keepAlive, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
          + " WHERE LOWER(TABLE_NAME) LIKE 'letter_%'")).containsExactly("0");
    }
  }

  private void load(Path path) {
    Cli.Run run = Cli.run("load", path.toString(), "--db", db.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private Connection sqlite() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + db);
  }

  /** Texts, indexed texts, and texts of items and summaries that exist in the other tables. */
  private static String counts() {
    return "SELECT (SELECT COUNT(*) FROM letter_text), (SELECT COUNT(*) FROM letter_search),"
        + " (SELECT COUNT(*) FROM letter_text t WHERE EXISTS (SELECT 1 FROM determination d"
        + " WHERE d.letter_key = t.letter_key))";
  }

  /** The letter, item and field of each match of {@code query}, best first. */
  private static List<String> search(Connection connection, String query) throws SQLException {
    return rows(connection, "SELECT letter_key, item_number, field FROM letter_search"
        + " WHERE letter_search MATCH '" + query.replace("'", "''") + "'"
        + " ORDER BY bm25(letter_search), letter_key, item_number, field");
  }

  /** FTS5's own check that the index matches the content of letter_text. */
  private static void assertIntact(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO letter_search (letter_search, rank)"
          + " VALUES ('integrity-check', 1)");
    }
  }
}
