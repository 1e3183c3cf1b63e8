package dev.imr.examples.cli;

import dev.imr.examples.output.LetterDatabase;
import dev.imr.examples.run.LetterRun;
import dev.imr.examples.run.StopSignal;
import dev.imr.examples.run.TerminalText;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code imr load PATH... --db FILE.sqlite}: parses letters and loads them into a SQLite file, or
 * with {@code --jdbc URL} into any JDBC database, in the tables of {@code schema.sql} (created
 * when absent). Loading the same letters again updates their rows rather than adding more; see
 * {@link LetterDatabase}.
 */
@Command(
    name = "load",
    description = {
        "Parses IMR determination letters and loads them into a SQLite file (--db) or a JDBC"
            + " database (--jdbc): tables determination, disputed_item, guideline_citation,"
            + " diagnostic, reviewer_specialty and reviewer_licensure, created when absent.",
        "A letter loaded again replaces its rows: letters are keyed by case number, or by file"
            + " when they have none.",
        "Errors are reported on standard error as FILE:LINE:COLUMN, with a summary at the end."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every letter was loaded without an ERROR diagnostic",
        "1:a letter had an ERROR diagnostic (with --warnings-as-errors, also a WARNING) or could"
            + " not be read; it is still loaded, with its diagnostics. Also when the database"
            + " failed.",
        "2:invalid usage: no PATH or database, an unknown option or a PATH that does not exist",
        "130:stopped by Ctrl-C, after the summary of what was read"})
public final class LoadCommand implements Callable<Integer> {

  /** Where to load: exactly one of the two. */
  public static final class Target {
    @Option(
        names = "--db",
        paramLabel = "FILE",
        required = true,
        description = "A SQLite database file, created when absent.")
    @Nullable Path sqlite;

    @Option(
        names = "--jdbc",
        paramLabel = "URL",
        required = true,
        description = "A JDBC URL, such as jdbc:postgresql://host/imr. The PostgreSQL and SQLite"
            + " drivers are built in; put another driver's jar on the class path.")
    @Nullable String url;
  }

  @Spec
  @Nullable CommandSpec spec;

  @ParentCommand
  @Nullable ImrCommand parent;

  @Mixin
  public InputOptions inputs = new InputOptions();

  @ArgGroup(exclusive = true, multiplicity = "1")
  @Nullable Target target;

  @Option(names = "--user", paramLabel = "NAME", description = "The database user, for --jdbc.")
  @Nullable String user;

  @Option(
      names = "--password",
      arity = "0..1",
      interactive = true,
      paramLabel = "PASSWORD",
      description = "The database password, for --jdbc; asked for when given without a value.")
  char @Nullable [] password;

  /** A command; picocli fills it in from the arguments. */
  public LoadCommand() {}

  /** Loads every PATH and returns the exit code. */
  @Override
  public Integer call() {
    CommandSpec spec = this.spec;
    Target target = this.target;
    if (spec == null || target == null) {
      throw new IllegalStateException("run through picocli's CommandLine");
    }
    LetterRun run = new LetterRun(spec, inputs);
    String url = target.sqlite != null
        ? "jdbc:sqlite:" + LetterRun.creatable(spec, "--db", target.sqlite)
        : Objects.requireNonNull(target.url);
    boolean standalone = parent != null && parent.standalone();
    try (StopSignal signal = standalone ? StopSignal.onShutdown() : StopSignal.never();
        LetterDatabase database = LetterDatabase.open(connect(url))) {
      return run.run(database, parent != null && parent.progressBars(), signal).exitCode();
    } catch (SQLException e) {
      spec.commandLine().getErr().println(TerminalText.escaped(spec.qualifiedName()
          + ": database " + redacted(url) + ": " + e.getMessage()));
      return ExitCode.SOFTWARE;
    }
  }

  private Connection connect(String url) throws SQLException {
    Properties properties = new Properties();
    if (url.startsWith("jdbc:sqlite:")) {
      // Another imr load on the same file: wait for its letter's transaction rather than fail,
      // and take the write lock when a transaction begins, so that two never wait on each other.
      properties.setProperty("busy_timeout", Long.toString(LetterDatabase.BUSY_TIMEOUT_MILLIS));
      properties.setProperty("transaction_mode", "IMMEDIATE");
      // A commit for each letter: with a write-ahead log, a commit appends to the log instead of
      // syncing the database file several times, and readers do not block the loading run.
      properties.setProperty("journal_mode", "WAL");
      properties.setProperty("synchronous", "NORMAL");
    }
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", new String(password));
    }
    return DriverManager.getConnection(url, properties);
  }

  /** The URL without its query, where drivers take passwords, for messages. */
  private static String redacted(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query) + "?…";
  }
}
