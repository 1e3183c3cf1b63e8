package dev.imr.examples.cli;

import dev.imr.examples.run.TerminalCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The {@code imr} command line: {@code imr parse PATH...} writes letters as JSON Lines, JSON or
 * CSV ({@link ParseCommand}); {@code imr load PATH... --db FILE} loads them into SQLite or any
 * JDBC database ({@link LoadCommand}); {@code imr report PATH... --out FILE} writes an HTML page
 * of what they say in aggregate ({@link ReportCommand}); {@code imr schema} prints the JSON
 * Schema of the records of {@code imr parse} ({@link SchemaCommand}); {@code imr
 * generate-completion} prints a bash and zsh completion script (picocli's {@link AutoComplete}).
 * A PATH of {@code -} is one letter read from standard input.
 *
 * <p>Run it with the launcher the build writes beside the shaded jar, {@code
 * imr-examples/target/imr parse letters/}, or with {@code java -jar imr-examples/target/imr.jar}.
 * Embedders and tests call {@code ImrCommand.commandLine(new ImrCommand()).execute(args)}, which
 * returns the exit code instead of exiting and never draws a progress bar.
 *
 * <p>Enum values ({@code --format CSV}) are read whatever their case. A usage error prints one line,
 * {@code imr parse: MESSAGE}, then {@code Try 'imr parse --help' for more information.}, and
 * exits 2.
 */
@Command(
    name = "imr",
    mixinStandardHelpOptions = true,
    versionProvider = ImrCommand.Version.class,
    // Subcommands inherit --help and --version.
    scope = ScopeType.INHERIT,
    description = "Reads California workers' compensation Independent Medical Review (IMR)"
        + " determination letters.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every letter was read without error",
        "1:some letters had errors (each is reported on standard error), or the output failed",
        "2:invalid usage (an output that is an input, --jobs outside 1 to 256 too)",
        "130:stopped by Ctrl-C, after the summary of what was read"},
    subcommands = {ParseCommand.class, LoadCommand.class, ReportCommand.class,
        SchemaCommand.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class})
public final class ImrCommand {

  private boolean standalone;
  private boolean progressBars;
  private InputStream standardInput = System.in;

  /** A command; picocli fills it in from the arguments. */
  public ImrCommand() {}

  /**
   * Runs the command line and exits with its exit code. Standard output is UTF-8 whatever the
   * platform's encoding, so CSV keeps its accents, and a failure to write it stops the run; a
   * progress bar is drawn on standard error when it is a terminal; Ctrl-C stops a run at the next
   * file, with its summary.
   */
  public static void main(String... args) {
    ImrCommand command = new ImrCommand();
    command.standalone = true;
    command.progressBars = TerminalCheck.standardErrorIsTerminal();
    CommandLine commandLine = commandLine(command);
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    System.exit(commandLine.execute(args));
  }

  /**
   * The command line of {@code command}, set up as {@link #main} runs it: enum values in any case,
   * and usage errors in one line that names the command.
   */
  public static CommandLine commandLine(ImrCommand command) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(ImrCommand::usageError);
    return commandLine;
  }

  /** Prints a usage error the way Unix commands do, with where to find the help, not the help. */
  private static int usageError(ParameterException error, String[] args) {
    CommandLine failed = error.getCommandLine();
    String name = failed.getCommandSpec().qualifiedName();
    PrintWriter err = failed.getErr();
    err.println(name + ": " + error.getMessage());
    UnmatchedArgumentException.printSuggestions(error, err);
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return failed.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Where a PATH of {@code -} is read from: the process's standard input unless set. */
  public InputStream standardInput() {
    return standardInput;
  }

  /** Reads a PATH of {@code -} from {@code in} instead of the process's standard input. */
  public ImrCommand standardInput(InputStream in) {
    this.standardInput = Objects.requireNonNull(in, "in");
    return this;
  }

  /** True when subcommands draw a progress bar on standard error. */
  public boolean progressBars() {
    return progressBars;
  }

  /**
   * True when run by {@link #main}: records go to the process's standard output itself, and
   * Ctrl-C is caught. Embedders and tests get neither.
   */
  public boolean standalone() {
    return standalone;
  }

  /** The project version, which the build writes into {@code version.txt}. */
  public static final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
      String version = "(unknown version)";
      try (InputStream in = ImrCommand.class.getResourceAsStream("version.txt")) {
        if (in != null) {
          version = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
      }
      return new String[] {"imr " + version};
    }
  }
}
