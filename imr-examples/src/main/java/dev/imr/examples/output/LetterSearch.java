package dev.imr.examples.output;

import dev.imr.model.CaseSummary;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.GuidelineStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The full-text search of a SQLite database ({@code search.sql}): the prose of each letter (its
 * case summary, and each item's two guideline statements and rationale) in {@code letter_text},
 * indexed by the FTS5 table {@code letter_search}. {@link LetterDatabase} replaces a letter's
 * rows here in the transaction that replaces its other rows, so the index never lags behind the
 * tables nor holds a letter twice.
 *
 * <p>Other databases have no such table: their full-text search is each one's own.
 */
final class LetterSearch {

  /** The statements, beside this class. */
  static final String FILE = "search.sql";

  /** What a row of {@code letter_text} holds, as its {@code field} column names it. */
  enum Field {
    CASE_SUMMARY,
    CLAIMS_ADMINISTRATOR_GUIDELINE,
    REVIEWER_GUIDELINE,
    RATIONALE
  }

  /**
   * Fills {@code letter_text} from the tables of a database that letters were loaded into before
   * it had search, so that they can be found before they are loaded again.
   */
  private static final List<String> FILL = List.of(
      "INSERT INTO letter_text (letter_key, item_number, field, body)"
          + " SELECT letter_key, NULL, 'CASE_SUMMARY', case_summary FROM determination"
          + " WHERE case_summary IS NOT NULL ORDER BY letter_key",
      fillFromItems(Field.CLAIMS_ADMINISTRATOR_GUIDELINE, "claims_administrator_guideline"),
      fillFromItems(Field.REVIEWER_GUIDELINE, "reviewer_guideline"),
      fillFromItems(Field.RATIONALE, "rationale"));

  private final PreparedStatement delete;
  private final PreparedStatement insert;

  private LetterSearch(Connection connection) throws SQLException {
    delete = connection.prepareStatement("DELETE FROM letter_text WHERE letter_key IN"
        + " (SELECT letter_key FROM determination WHERE letter_key = ? OR source_file = ?)");
    insert = connection.prepareStatement(
        "INSERT INTO letter_text (letter_key, item_number, field, body) VALUES (?, ?, ?, ?)");
  }

  /** Whether the database is SQLite, the one whose search this is. */
  static boolean supported(Connection connection) throws SQLException {
    return "SQLite".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
  }

  /**
   * Creates the tables, index and triggers that are absent, in the caller's transaction, and
   * fills a new {@code letter_text} from the letters already loaded.
   */
  static void create(Statement statement) throws SQLException {
    boolean existed = tableExists(statement, "letter_text");
    for (String sql : statements()) {
      statement.execute(sql);
    }
    if (!existed) {
      for (String sql : FILL) {
        statement.execute(sql);
      }
    }
  }

  /** Readies the statements that replace a letter's rows; {@link #create} comes first. */
  static LetterSearch prepare(Connection connection) throws SQLException {
    return new LetterSearch(connection);
  }

  /** Deletes the rows of the letter with {@code key}, or of the file, from an earlier load. */
  void delete(String key, String file) throws SQLException {
    delete.setString(1, key);
    delete.setString(2, file);
    delete.executeUpdate();
  }

  /** Inserts the prose of {@code determination} under {@code key}. */
  void insert(String key, @Nullable Determination determination) throws SQLException {
    if (determination == null) {
      return;
    }
    Optional<String> summary = determination.caseSummary().map(CaseSummary::text);
    if (summary.isPresent()) {
      insert(key, null, Field.CASE_SUMMARY, summary.get());
    }
    List<DisputedItem> items = determination.items();
    for (int i = 0; i < items.size(); i++) {
      DisputedItem item = items.get(i);
      insert(key, i + 1, Field.CLAIMS_ADMINISTRATOR_GUIDELINE,
          item.claimsAdministratorGuideline().map(GuidelineStatement::text).orElse(null));
      insert(key, i + 1, Field.REVIEWER_GUIDELINE,
          item.reviewerGuideline().map(GuidelineStatement::text).orElse(null));
      insert(key, i + 1, Field.RATIONALE, item.rationale().orElse(null));
    }
  }

  private void insert(String key, @Nullable Integer item, Field field, @Nullable String body)
      throws SQLException {
    if (body == null || body.isBlank()) {
      return;
    }
    insert.setString(1, key);
    if (item == null) {
      insert.setNull(2, Types.INTEGER);
    } else {
      insert.setInt(2, item);
    }
    insert.setString(3, field.name());
    insert.setString(4, body);
    insert.executeUpdate();
  }

  private static String fillFromItems(Field field, String column) {
    return "INSERT INTO letter_text (letter_key, item_number, field, body)"
        + " SELECT letter_key, item_number, '" + field.name() + "', " + column
        + " FROM disputed_item WHERE " + column + " IS NOT NULL AND TRIM(" + column + ") <> ''"
        + " ORDER BY letter_key, item_number";
  }

  private static boolean tableExists(Statement statement, String table) throws SQLException {
    try (var result = statement.executeQuery(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
      return result.next();
    }
  }

  /**
   * The statements of {@code search.sql}, without comments: split at each semicolon but those
   * inside a trigger's {@code BEGIN … END}.
   */
  static List<String> statements() {
    String text;
    try (InputStream in = LetterSearch.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String withoutComments = text.lines()
        .map(line -> line.contains("--") ? line.substring(0, line.indexOf("--")) : line)
        .collect(Collectors.joining("\n"));
    List<String> statements = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String part : withoutComments.split(";")) {
      pending.append(part);
      String statement = pending.toString().strip();
      String upper = statement.toUpperCase(Locale.ROOT);
      if (upper.startsWith("CREATE TRIGGER") && !upper.endsWith("END")) {
        pending.append(';');
        continue;
      }
      if (!statement.isEmpty()) {
        statements.add(statement);
      }
      pending.setLength(0);
    }
    return statements;
  }
}
