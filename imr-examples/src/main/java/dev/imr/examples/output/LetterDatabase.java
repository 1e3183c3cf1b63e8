package dev.imr.examples.output;

import dev.imr.examples.run.LetterRun;
import dev.imr.examples.run.ParsedLetter;
import dev.imr.model.CaseSummary;
import dev.imr.model.DecisionReason;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.Drug;
import dev.imr.model.ExpertReviewer;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.GuidelineStatement;
import dev.imr.model.LetterHeader;
import dev.imr.model.PageRange;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Loads parsed letters into the tables of {@code schema.sql}, creating them when absent. Loading
 * a letter again replaces its rows, so a corpus can be reloaded after a new parser release
 * without duplicates: a letter is keyed by its case number, or by its file's absolute path when
 * it has none; rows left from an earlier load of the same file under another key go too.
 *
 * <p>In SQLite the prose of each letter is also indexed for full-text search ({@link
 * LetterSearch}, {@code search.sql}), replaced with the letter's other rows.
 *
 * <p>The SQL is portable (SQLite, PostgreSQL, H2). Each letter is one transaction, serializable
 * where the database has it, so two runs loading into one database at once each see a letter's
 * rows whole: a transaction that meets the other run's (busy, a serialization failure, a
 * deadlock, a key the other run just wrote) is rolled back and tried again, up to {@value
 * #ATTEMPTS} times. Not thread-safe: one run, one connection.
 */
public final class LetterDatabase implements LetterRun.Output, AutoCloseable {

  /** The schema, beside this class. */
  public static final String SCHEMA = "schema.sql";

  /** How long SQLite waits for another connection's write lock before it reports busy. */
  public static final long BUSY_TIMEOUT_MILLIS = 30_000;

  /** The SQL states of {@link #fromAnotherTransaction}. */
  private static final Set<String> RETRIED_STATES =
      Set.of("40001", "40P01", "55P03", "HYT00", "23505", "23503", "42P07", "42701", "42S21");

  /** Tries of a letter's transaction that meets another run's before the run stops. */
  public static final int ATTEMPTS = 20;

  /**
   * Columns added to the schema since its first release, as table, column and type: {@link
   * #open} adds those a database made by an earlier release lacks.
   */
  private static final List<List<String>> ADDED_COLUMNS = List.of(
      List.of("reviewer_specialty", "canonical_specialty", "TEXT"),
      List.of("guideline_citation", "chapter_qualifier", "TEXT"),
      List.of("guideline_citation", "canonical_chapter", "TEXT"));

  /** The tables that hang off a determination, in the order their rows are deleted. */
  private static final List<String> CHILD_TABLES = List.of("guideline_citation", "decision_reason",
      "disputed_item",
      "reviewer_specialty", "reviewer_licensure", "diagnostic");

  private final Connection connection;
  private final List<PreparedStatement> deleteChildren = new ArrayList<>();
  private final PreparedStatement deleteDetermination;
  private final PreparedStatement insertDetermination;
  private final PreparedStatement insertSpecialty;
  private final PreparedStatement insertLicensure;
  private final PreparedStatement insertItem;
  private final PreparedStatement insertCitation;
  private final PreparedStatement insertReason;
  private final PreparedStatement insertDiagnostic;
  /** The full-text search, in SQLite only. */
  private final @Nullable LetterSearch search;

  private LetterDatabase(Connection connection) throws SQLException {
    this.connection = connection;
    search = LetterSearch.supported(connection) ? LetterSearch.prepare(connection) : null;
    for (String table : CHILD_TABLES) {
      deleteChildren.add(connection.prepareStatement("DELETE FROM " + table
          + " WHERE letter_key IN (SELECT letter_key FROM determination"
          + " WHERE letter_key = ? OR source_file = ?)"));
    }
    deleteDetermination = connection.prepareStatement(
        "DELETE FROM determination WHERE letter_key = ? OR source_file = ?");
    insertDetermination = insert("determination", "letter_key", "source", "source_file",
        "is_letter", "case_number", "date_assigned", "date_of_injury", "decision_date",
        "ur_denial_date", "priority", "application_received", "reviewer_board_certified",
        "patient_age", "patient_sex", "summary_date_of_injury", "utilization_review_date",
        "case_summary", "outcome", "item_count", "error_count");
    insertSpecialty = insert("reviewer_specialty", "letter_key", "specialty_number", "specialty",
        "canonical_specialty");
    insertLicensure = insert("reviewer_licensure", "letter_key", "state_number", "state");
    insertItem = insert("disputed_item", "letter_key", "item_number", "title", "request",
        "original_request", "authorized_portion", "quantity", "date_of_service", "category",
        "drug_class", "drug_generic_name", "drug_brand_name", "decision",
        "claims_administrator_guideline", "reviewer_guideline", "rationale");
    insertCitation = insert("guideline_citation", "letter_key", "item_number", "side",
        "citation_number", "basis", "guideline", "edition", "chapter", "chapter_title",
        "chapter_qualifier", "canonical_chapter", "topic", "pages", "url", "title",
        "citation_text");
    insertReason = insert("decision_reason", "letter_key", "item_number", "reason_number", "kind",
        "reason_text");
    insertDiagnostic = insert("diagnostic", "letter_key", "diagnostic_number", "severity", "code",
        "message", "line_number", "column_number");
  }

  /**
   * Creates the tables and indexes that are absent and readies the loader. The connection is the
   * loader's from now on: {@link #close()} closes it.
   *
   * @throws SQLException when the schema cannot be created
   */
  public static LetterDatabase open(Connection connection) throws SQLException {
    boolean opened = false;
    try {
      connection.setAutoCommit(false);
      try {
        connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
      } catch (SQLException e) {
        // a driver without it keeps its own level; SQLite's transactions are serializable anyway
      }
      // Two runs starting at once both create the tables: the slower may fail, then finds them.
      retrying(connection, () -> {
        try (Statement statement = connection.createStatement()) {
          for (String sql : schemaStatements()) {
            statement.execute(sql);
          }
          for (List<String> added : ADDED_COLUMNS) {
            if (!hasColumn(connection, added.get(0), added.get(1))) {
              statement.execute("ALTER TABLE " + added.get(0) + " ADD COLUMN " + added.get(1)
                  + " " + added.get(2));
            }
          }
          if (LetterSearch.supported(connection)) {
            LetterSearch.create(statement);
          }
        }
      });
      LetterDatabase database = new LetterDatabase(connection);
      opened = true;
      return database;
    } finally {
      if (!opened) {
        connection.close();
      }
    }
  }

  /** Whether {@code table} has {@code column}, however the database cases their names. */
  private static boolean hasColumn(Connection connection, String table, String column)
      throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet columns = meta.getColumns(null, null, name, null)) {
        while (columns.next()) {
          if (column.equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The statements of {@code schema.sql}, without comments. */
  public static List<String> schemaStatements() {
    String schema;
    try (InputStream in = LetterDatabase.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA + " is missing from the class path");
      }
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String withoutComments = schema.lines()
        .map(line -> line.contains("--") ? line.substring(0, line.indexOf("--")) : line)
        .collect(Collectors.joining("\n"));
    List<String> statements = new ArrayList<>();
    for (String statement : withoutComments.split(";")) {
      if (!statement.isBlank()) {
        statements.add(statement.strip());
      }
    }
    return statements;
  }

  /** Loads one letter in a transaction of its own, tried again when it meets another run's. */
  @Override
  public void accept(ParsedLetter letter) throws IOException {
    try {
      retrying(connection, () -> store(letter));
    } catch (SQLException e) {
      throw new IOException("cannot load " + letter.source() + " into the database: "
          + e.getMessage(), e);
    }
  }

  /** Nothing is left to commit: each letter was committed as it came. */
  @Override
  public void finish() {}

  /** Closes the connection; a letter's transaction cut short by a failure is rolled back. */
  @Override
  public void close() throws SQLException {
    try {
      connection.rollback();
    } finally {
      connection.close(); // closes the statements too
    }
  }

  /** Work in one transaction. */
  private interface Transaction {
    void run() throws SQLException;
  }

  /**
   * Runs {@code work} and commits; when it fails because of another connection's transaction,
   * rolls back, waits a little (longer each time, at random, so that two runs do not meet again)
   * and tries again, {@value #ATTEMPTS} times at most.
   */
  private static void retrying(Connection connection, Transaction work) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        work.run();
        connection.commit();
        return;
      } catch (SQLException e) {
        try {
          connection.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        if (attempt >= ATTEMPTS || !fromAnotherTransaction(e)) {
          throw e;
        }
        try {
          Thread.sleep(ThreadLocalRandom.current()
              .nextLong(5, 20L << Math.min(attempt, 6)));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /**
   * True when {@code e} comes from meeting another transaction, so that trying again can succeed:
   * SQLite's busy or locked, a serialization failure or deadlock (SQL states {@code 40001},
   * {@code 40P01}), a lock timeout ({@code 55P03}, H2's {@code HYT00}), or a key the other run
   * wrote or removed in the meantime ({@code 23505}, {@code 23503}; {@code 42P07} for a table,
   * {@code 42701} and H2's {@code 42S21} for a column added to a database of an earlier release).
   */
  public static boolean fromAnotherTransaction(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && RETRIED_STATES.contains(state)) {
          return true;
        }
        int code = sql.getErrorCode() & 0xff; // SQLite's primary result code
        boolean sqlite = sql.getClass().getName().startsWith("org.sqlite");
        if (sqlite && (code == 5 || code == 6)) { // SQLITE_BUSY, SQLITE_LOCKED
          return true;
        }
      }
    }
    return false;
  }

  /** The key of a letter's rows: its case number, or else its file's absolute path. */
  public static String letterKey(ParsedLetter letter) {
    return letter.determination().flatMap(Determination::header).flatMap(LetterHeader::caseNumber)
        .orElseGet(() -> sourceFile(letter));
  }

  private static String sourceFile(ParsedLetter letter) {
    return letter.file().file().toAbsolutePath().normalize().toString();
  }

  private void store(ParsedLetter letter) throws SQLException {
    String key = letterKey(letter);
    String file = sourceFile(letter);
    for (PreparedStatement delete : deleteChildren) {
      execute(delete, key, file);
    }
    if (search != null) {
      search.delete(key, file);
    }
    execute(deleteDetermination, key, file);

    Determination determination = letter.determination().orElse(null);
    Optional<LetterHeader> header =
        Optional.ofNullable(determination).flatMap(Determination::header);
    Optional<ExpertReviewer> reviewer =
        Optional.ofNullable(determination).flatMap(Determination::reviewer);
    Optional<CaseSummary> summary =
        Optional.ofNullable(determination).flatMap(Determination::caseSummary);
    List<DisputedItem> items = determination == null ? List.of() : determination.items();
    int errors = letter.failure() != null ? 1
        : (int) letter.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
    execute(insertDetermination, key, letter.source(), file, determination != null,
        header.flatMap(LetterHeader::caseNumber),
        header.flatMap(LetterHeader::dateAssigned),
        header.flatMap(LetterHeader::dateOfInjury),
        header.flatMap(LetterHeader::decisionDate),
        header.flatMap(LetterHeader::urDenialDate),
        header.flatMap(LetterHeader::priority),
        header.flatMap(LetterHeader::applicationReceived),
        reviewer.flatMap(ExpertReviewer::boardCertified),
        summary.flatMap(CaseSummary::patientAge),
        summary.flatMap(CaseSummary::patientSex),
        summary.flatMap(CaseSummary::dateOfInjury),
        summary.flatMap(CaseSummary::utilizationReviewDate),
        summary.map(CaseSummary::text),
        Optional.ofNullable(determination).flatMap(Determination::outcome),
        items.size(), errors);

    List<String> specialties = reviewer.map(ExpertReviewer::specialties).orElse(List.of());
    List<String> canonical = reviewer.map(LetterCsv::canonicalSpecialties).orElse(List.of());
    for (int i = 0; i < specialties.size(); i++) {
      execute(insertSpecialty, key, i + 1, specialties.get(i), canonical.get(i));
    }
    List<String> states = reviewer.map(ExpertReviewer::licensureStates).orElse(List.of());
    for (int i = 0; i < states.size(); i++) {
      execute(insertLicensure, key, i + 1, states.get(i));
    }
    for (int i = 0; i < items.size(); i++) {
      storeItem(key, i + 1, items.get(i));
    }
    storeDiagnostics(key, letter);
    if (search != null) {
      search.insert(key, determination);
    }
  }

  private void storeItem(String key, int number, DisputedItem item) throws SQLException {
    execute(insertItem, key, number, item.title(), item.request(), item.originalRequest(),
        item.authorizedPortion(), item.quantity(), item.dateOfService(), item.category(),
        item.drugClass(), item.drug().map(Drug::genericName),
        item.drug().flatMap(Drug::brandName), item.decision(),
        item.claimsAdministratorGuideline().map(GuidelineStatement::text),
        item.reviewerGuideline().map(GuidelineStatement::text), item.rationale());
    storeCitations(key, number, "CLAIMS_ADMINISTRATOR", item.claimsAdministratorGuideline());
    storeCitations(key, number, "REVIEWER", item.reviewerGuideline());
    List<DecisionReason> reasons = item.reasons();
    for (int i = 0; i < reasons.size(); i++) {
      execute(insertReason, key, number, i + 1, reasons.get(i).kind(), reasons.get(i).text());
    }
  }

  private void storeCitations(String key, int item, String side,
      Optional<GuidelineStatement> statement) throws SQLException {
    List<GuidelineCitation> citations =
        statement.map(GuidelineStatement::citations).orElse(List.of());
    for (int i = 0; i < citations.size(); i++) {
      GuidelineCitation citation = citations.get(i);
      String pages = citation.pages().stream().map(PageRange::toString)
          .collect(Collectors.joining(", "));
      execute(insertCitation, key, item, side, i + 1, citation.basis(), citation.guideline(),
          citation.edition(), citation.chapter(), citation.chapterTitle(),
          citation.chapterQualifier(), LetterCsv.canonicalChapter(citation), citation.topic(),
          pages.isEmpty() ? Optional.empty() : Optional.of(pages), citation.url(),
          citation.title(), citation.text());
    }
  }

  private void storeDiagnostics(String key, ParsedLetter letter) throws SQLException {
    ParsedLetter.Failure failure = letter.failure();
    if (failure != null) {
      execute(insertDiagnostic, key, 1, Severity.ERROR, failure.code(), failure.message(), 1, 1);
      return;
    }
    List<Diagnostic> diagnostics = letter.diagnostics();
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic diagnostic = diagnostics.get(i);
      execute(insertDiagnostic, key, i + 1, diagnostic.severity(), diagnostic.code(),
          diagnostic.message(), diagnostic.line(), diagnostic.column());
    }
  }

  private PreparedStatement insert(String table, String... columns) throws SQLException {
    String names = String.join(", ", columns);
    String marks = String.join(", ", Collections.nCopies(columns.length, "?"));
    return connection.prepareStatement(
        "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")");
  }

  /**
   * Binds and runs: an {@code Optional} binds its value or SQL NULL, an enumeration its name, a
   * date as a {@link LocalDate} (which SQLite's driver stores as ISO-8601 text).
   */
  private static void execute(PreparedStatement statement, @Nullable Object... values)
      throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value instanceof Optional<?> optional) {
        value = optional.orElse(null);
      }
      bind(statement, i + 1, value);
    }
    statement.executeUpdate();
  }

  private static void bind(PreparedStatement statement, int index, @Nullable Object value)
      throws SQLException {
    if (value == null) {
      // Untyped: PostgreSQL infers the column's type, as SQLite and H2 do anyway.
      statement.setNull(index, Types.NULL);
    } else if (value instanceof String text) {
      statement.setString(index, text);
    } else if (value instanceof Integer number) {
      statement.setInt(index, number);
    } else if (value instanceof Boolean flag) {
      statement.setBoolean(index, flag);
    } else if (value instanceof LocalDate date) {
      statement.setObject(index, date);
    } else if (value instanceof Enum<?> constant) {
      statement.setString(index, constant.name());
    } else {
      throw new IllegalArgumentException("no SQL form for " + value.getClass());
    }
  }
}
