package dev.imr.examples.cli;

import dev.imr.examples.output.ReplacedFile;
import dev.imr.examples.output.StandardOutput;
import dev.imr.examples.report.HtmlReport;
import dev.imr.examples.report.LetterStatistics;
import dev.imr.examples.run.LetterPipeline;
import dev.imr.examples.run.LetterRun;
import dev.imr.examples.run.StopSignal;
import dev.imr.examples.run.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code imr report PATH... --out report.html}: reads letters as {@code imr parse} does and writes
 * one self-contained HTML page of what they say in aggregate: letters and items over time,
 * outcomes, overturn rates by request category, drug class, reviewer specialty and guideline
 * cited, the citations each side uses most, and the files with errors. The letters are counted
 * as they come ({@link LetterStatistics}), never held, and the page is written at the end
 * ({@link HtmlReport}).
 */
@Command(
    name = "report",
    description = {
        "Reads IMR determination letters and writes one HTML page of what they say in aggregate:"
            + " letters and items over time, outcomes, overturn rates by request category, drug"
            + " class, reviewer specialty and guideline cited, the citations each side uses most,"
            + " and the files with errors.",
        "The page is self-contained: charts and styles are inline, nothing is fetched, no script"
            + " runs. Its numbers are those SQL gives over the database imr load makes of the"
            + " same files; each table shows its query.",
        "Errors are reported on standard error as FILE:LINE:COLUMN, with a summary at the end."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every letter was read without an ERROR diagnostic",
        "1:a letter had an ERROR diagnostic (with --warnings-as-errors, also a WARNING) or could"
            + " not be read; it is in the report's table of errors. Also when the page could not be"
            + " written.",
        "2:invalid usage: no PATH or --out, an unknown option or a PATH that does not exist",
        "130:stopped by Ctrl-C, after the summary of what was read"})
public final class ReportCommand implements Callable<Integer> {

  /** Below this many decided items a group's rate is marked as resting on few items. */
  public static final int DEFAULT_MIN_ITEMS = 20;

  @Spec
  @Nullable CommandSpec spec;

  @ParentCommand
  @Nullable ImrCommand parent;

  @Mixin
  public InputOptions inputs = new InputOptions();

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      required = true,
      description = "The HTML file to write (UTF-8), replaced when it exists; - writes the page"
          + " to standard output.")
  @Nullable Path out;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      defaultValue = "IMR determination letters",
      description = "The page's title (default: ${DEFAULT-VALUE}).")
  public String title = "IMR determination letters";

  @Option(
      names = "--min-items",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_MIN_ITEMS,
      description = "Groups with fewer decided items than N are marked as small and drawn"
          + " apart in grey (default: ${DEFAULT-VALUE}): with fewer than 20, a rate can be"
          + " off by 20 points by chance.")
  public int minItems = DEFAULT_MIN_ITEMS;

  /** A command; picocli fills it in from the arguments. */
  public ReportCommand() {}

  /** Reads every PATH, writes the page and returns the exit code. */
  @Override
  public Integer call() {
    CommandSpec spec = this.spec;
    Path file = out;
    if (spec == null || file == null) {
      throw new IllegalStateException("run through picocli's CommandLine");
    }
    if (minItems < 1) {
      throw new ParameterException(spec.commandLine(),
          "--min-items must be at least 1, not " + minItems);
    }
    LetterRun run = new LetterRun(spec, inputs);
    boolean toStandardOutput = file.toString().equals(ParseCommand.STANDARD_OUTPUT_NAME);
    if (!toStandardOutput) {
      LetterRun.creatable(spec, "--out", file);
      run.refuseInput("--out", file);
    }
    // Charts are drawn off screen: no display is needed, nor opened where there is one.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    LetterStatistics statistics = new LetterStatistics(inputs.warningsAsErrors);
    boolean standalone = parent != null && parent.standalone();
    String name = TerminalText.escaped(file.toString());
    try (StopSignal signal = standalone ? StopSignal.onShutdown() : StopSignal.never()) {
      LetterRun.Outcome outcome =
          run.run(statistics, parent != null && parent.progressBars(), signal);
      if (!outcome.complete()) {
        return outcome.exitCode(); // no page of part of the letters
      }
      String page = HtmlReport.render(statistics, new HtmlReport.Settings(title, minItems,
          inputs.paths, version(), LocalDate.now()));
      if (toStandardOutput) {
        return writeToStandardOutput(spec, page, standalone) ? outcome.exitCode()
            : ExitCode.SOFTWARE;
      }
      // Written beside the target and renamed over it: a page is whole or not there.
      try (ReplacedFile replaced = ReplacedFile.create(file)) {
        replaced.writer().write(page);
        replaced.commit();
      } catch (IOException e) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": cannot write " + name
            + ": " + LetterPipeline.reason(e));
        return ExitCode.SOFTWARE;
      }
      spec.commandLine().getErr().println(spec.qualifiedName() + ": wrote " + name);
      return outcome.exitCode();
    }
  }

  /** Writes the page to standard output; false, with a message, when that fails. */
  private static boolean writeToStandardOutput(CommandSpec spec, String page,
      boolean standalone) {
    try {
      Writer out = standalone ? StandardOutput.open() : spec.commandLine().getOut();
      out.write(page);
      out.flush();
      if (out instanceof PrintWriter writer && writer.checkError()) {
        throw new IOException("the writer reported an error");
      }
      return true;
    } catch (IOException e) {
      if (!StandardOutput.closedPipe(e)) {
        spec.commandLine().getErr().println(spec.qualifiedName()
            + ": cannot write to standard output: " + LetterPipeline.reason(e));
      }
      return false;
    }
  }

  private static String version() {
    try {
      return new ImrCommand.Version().getVersion()[0];
    } catch (IOException e) {
      return "imr";
    }
  }
}
