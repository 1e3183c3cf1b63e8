package dev.imr.examples;

import static dev.imr.examples.ImrCommandTest.SPARSE_LETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code imr load} processes at once into one database, as two people (or two cron jobs)
 * start them: both finish with exit 0 and the rows are those of one load.
 */
class ConcurrentLoadTest {

  private static final int LETTERS = 60;

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void twoLoadsIntoOneSqliteFileBothFinishWithTheRightRows() throws Exception {
    Path letters = letters();
    Path db = dir.resolve("imr.sqlite");

    List<ImrProcess.Result> runs = together("--db", db.toString(), letters);

    assertThat(runs).allSatisfy(run -> {
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).isEqualTo("imr load: " + LETTERS + " files, " + LETTERS
          + " letters, " + LETTERS + " items: 0 upheld, " + LETTERS + " overturned\n");
    });
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      checkRows(connection);
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void twoLoadsIntoOnePostgreSqlDatabaseBothFinishWithTheRightRows() throws Exception {
    PostgresServer server;
    try {
      server = PostgresServer.start(Files.createDirectories(dir.resolve("postgres")));
    } catch (PostgresServer.Unavailable e) {
      assumeTrue(false, "no PostgreSQL server can be started here (" + e.getMessage()
          + "): concurrent PostgreSQL load skipped");
      return;
    }
    try (server) {
      Path letters = letters();

      List<ImrProcess.Result> runs =
          together("--jdbc", server.url(), "--user", "postgres", letters);

      assertThat(runs).allSatisfy(run -> assertThat(run.exitCode()).as(run.err()).isZero());
      Properties user = new Properties();
      user.setProperty("user", "postgres");
      try (Connection connection = DriverManager.getConnection(server.url(), user)) {
        checkRows(connection);
      }
    }
  }

  /** Letters with case numbers of their own, each with one overturned item. */
  private Path letters() throws Exception {
    Path letters = Files.createDirectories(dir.resolve("letters"));
    for (int i = 0; i < LETTERS; i++) {
      String caseNumber = String.format("CM99-%07d", 1000 + i);
      Cli.write(letters, caseNumber + ".txt", SPARSE_LETTER.replace("CM99-0000900", caseNumber));
    }
    return letters;
  }

  /** Starts two loads at once and waits for both. */
  private List<ImrProcess.Result> together(String option, String target, Object... rest)
      throws Exception {
    List<Process> processes = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path out = Files.createDirectories(dir.resolve("run" + i));
      folders.add(out);
      List<String> args = new ArrayList<>(List.of("load", "--jobs", "1", option, target));
      for (Object arg : rest) {
        args.add(arg.toString());
      }
      processes.add(ImrProcess.start(out, List.of(), args.toArray(String[]::new)));
    }
    List<ImrProcess.Result> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Process process = processes.get(i);
      assertThat(process.waitFor(150, TimeUnit.SECONDS)).isTrue();
      results.add(new ImrProcess.Result(process.exitValue(),
          Files.readString(folders.get(i).resolve("stdout.txt")),
          Files.readString(folders.get(i).resolve("stderr.txt"))));
    }
    return results;
  }

  private static void checkRows(Connection connection) throws Exception {
    assertThat(LoadCommandTest.rows(connection, "SELECT COUNT(*), COUNT(DISTINCT case_number),"
        + " SUM(item_count), SUM(error_count) FROM determination"))
        .containsExactly(LETTERS + "|" + LETTERS + "|" + LETTERS + "|0");
    assertThat(LoadCommandTest.rows(connection, "SELECT COUNT(*), COUNT(DISTINCT letter_key)"
        + " FROM disputed_item WHERE decision = 'OVERTURNED'"))
        .containsExactly(LETTERS + "|" + LETTERS);
    assertThat(LoadCommandTest.rows(connection, "SELECT COUNT(*) FROM disputed_item i"
        + " LEFT JOIN determination d ON d.letter_key = i.letter_key"
        + " WHERE d.letter_key IS NULL")).containsExactly("0");
  }
}
