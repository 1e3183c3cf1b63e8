package dev.imr.examples.run;

import dev.imr.examples.cli.ImrCommand;
import dev.imr.examples.cli.InputOptions;
import dev.imr.examples.output.StandardOutput;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.ImrParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * One run of {@code imr parse} or {@code imr load}: finds the files, parses them in parallel,
 * hands each result to the output in input order, reports every file with errors on standard
 * error as it comes, and closes with a summary there.
 */
public final class LetterRun {

  /** Takes the results of a run in order. */
  public interface Output extends LetterPipeline.Sink {
    /** Called once after the last result, when the run was not stopped. */
    void finish() throws IOException;
  }

  /** The exit code of a run stopped by Ctrl-C: 128 and the signal's number, as shells give. */
  public static final int STOPPED = 130;

  /**
   * How a run ended.
   *
   * @param exitCode the command's exit code
   * @param complete true when every file was handed to the output and it finished: false when
   *     Ctrl-C or a failure of the output stopped the run
   */
  public record Outcome(int exitCode, boolean complete) {}

  /** Thrown through the pipeline when the process was asked to stop. */
  private static final class Stop extends IOException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super("stopped by a signal (Ctrl-C)");
    }
  }

  private final CommandSpec spec;
  private final InputOptions inputs;
  private final String command;
  private final List<LetterFiles.Root> roots;
  private final InputStream standardInput;

  /**
   * Checks the inputs before anything is read or written, so that a typo leaves no half output.
   *
   * @throws ParameterException for a PATH that does not exist, {@code -} given twice, a bad glob
   *     or job count
   */
  public LetterRun(CommandSpec spec, InputOptions inputs) {
    this.spec = spec;
    this.inputs = inputs;
    this.command = spec.qualifiedName();
    if (inputs.jobs < 1 || inputs.jobs > InputOptions.MAX_JOBS) {
      throw new ParameterException(spec.commandLine(), "--jobs must be between 1 and "
          + InputOptions.MAX_JOBS + ", not " + inputs.jobs);
    }
    checkSize(spec, "--max-text-size", inputs.maxTextSize);
    checkSize(spec, "--max-pdf-size", inputs.maxPdfSize);
    try {
      LetterFiles.checkGlob(inputs.glob);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "not a valid --glob: " + inputs.glob + " (" + e.getMessage() + ")");
    }
    List<LetterFiles.Root> roots = new ArrayList<>();
    for (String path : inputs.paths) {
      if (path.equals(LetterFile.STANDARD_INPUT)) {
        if (roots.stream().anyMatch(LetterFiles.Root::standardInput)) {
          throw new ParameterException(spec.commandLine(),
              "- (standard input) can be a PATH only once: it holds one letter");
        }
        roots.add(LetterFiles.Root.ofStandardInput());
      } else {
        roots.add(new LetterFiles.Root(existing(spec, path), path));
      }
    }
    this.roots = List.copyOf(roots);
    Object root = spec.root().userObject();
    this.standardInput = root instanceof ImrCommand imr ? imr.standardInput() : System.in;
  }

  private static void checkSize(CommandSpec spec, String option, long size) {
    if (size < 1 || size > ImrParser.MAX_LIMIT_BYTES) {
      throw new ParameterException(spec.commandLine(), option + " must be between 1 byte and "
          + ImrParser.MAX_LIMIT_BYTES + " bytes, not " + size);
    }
  }

  /** The file named by an option, whose directory must exist; a usage error otherwise. */
  public static Path creatable(CommandSpec spec, String option, Path path) {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new ParameterException(spec.commandLine(),
          option + ": the directory of " + escaped(path) + " does not exist");
    }
    if (Files.isDirectory(path)) {
      throw new ParameterException(spec.commandLine(),
          option + ": is a directory: " + escaped(path));
    }
    return path;
  }

  /**
   * Refuses an output file that the run would read: a file PATH, or a file under a directory
   * PATH that the glob takes. Writing it would destroy a letter before it is read.
   */
  public void refuseInput(String option, Path output) {
    for (LetterFiles.Root root : roots) {
      if (LetterFiles.wouldRead(root, inputs.glob, output)) {
        throw new ParameterException(spec.commandLine(), option + " " + escaped(output)
            + " is one of the inputs (" + escaped(root.source()) + "): writing it would"
            + " destroy it");
      }
    }
  }

  /**
   * Runs and says how it ended. The exit code is 0 when every file was read without error, 1
   * when a file had errors (or the output failed, which stops the run), {@link #STOPPED} when
   * Ctrl-C stopped it. The output is finished in every case but a failure of its own, so what was
   * written is whole. The caller closes {@code signal} once it has put its output in order.
   */
  public Outcome run(Output output, boolean progressBar, StopSignal signal) {
    PrintWriter err = spec.commandLine().getErr();
    if (inputs.deprecatedStrictUsed) {
      message(err, Progress.none(), command + ": --strict is deprecated: it is now called"
          + " --warnings-as-errors (strict, in the library, means stopping at the first error)");
    }
    RunSummary summary = new RunSummary(inputs.warningsAsErrors);
    Progress progress = progressBar
        ? Progress.bar(command, LetterFiles.count(roots, inputs.glob), System.err)
        : Progress.none();
    LetterFiles files = new LetterFiles(roots, inputs.glob, root -> message(err, progress,
        command + ": no file matching " + inputs.glob + " under " + root.source()));
    try (progress) {
      try {
        new LetterPipeline(inputs.parser(), inputs.jobs, standardInput).run(files, letter -> {
          if (signal.requested()) {
            throw new Stop();
          }
          output.accept(letter);
          summary.add(letter);
          report(err, progress, letter);
          progress.step();
        });
        output.finish();
      } catch (Stop stop) {
        progress.close();
        message(err, Progress.none(), command + ": stopped by Ctrl-C; what was read so far:");
        finishStopped(err, output);
        summary.print(err, command);
        return new Outcome(STOPPED, false);
      } catch (IOException e) {
        progress.close();
        if (!StandardOutput.closedPipe(e)) { // a reader that has had enough is no error to report
          message(err, Progress.none(), command + ": " + e.getMessage() + "; stopped");
        }
        summary.print(err, command);
        return new Outcome(1, false);
      }
      progress.close();
      summary.print(err, command);
      return new Outcome(summary.anyFailed() ? 1 : 0, true);
    }
  }

  private void finishStopped(PrintWriter err, Output output) {
    try {
      output.finish();
    } catch (IOException e) {
      if (!StandardOutput.closedPipe(e)) {
        message(err, Progress.none(), command + ": " + e.getMessage());
      }
    }
  }

  /** Prints each error (and with --warnings-as-errors, warning) of a file as compilers do. */
  private void report(PrintWriter err, Progress progress, ParsedLetter letter) {
    ParsedLetter.Failure failure = letter.failure();
    if (failure != null) {
      message(err, progress,
          letter.source() + ":1:1: error " + failure.code() + ": " + failure.message());
      return;
    }
    for (Diagnostic diagnostic : letter.diagnostics()) {
      if (ParsedLetter.counts(diagnostic, inputs.warningsAsErrors)) {
        message(err, progress, letter.source() + ":" + diagnostic);
      }
    }
  }

  /** Prints one line on standard error, its control characters escaped so it stays one line. */
  private static void message(PrintWriter err, Progress progress, String message) {
    if (progress.drawn()) {
      err.print("\r\033[K"); // back to the line's start and clear the bar, which redraws below
    }
    err.println(TerminalText.escaped(message));
    err.flush();
  }

  private static String escaped(Object name) {
    return TerminalText.escaped(name.toString());
  }

  private static Path existing(CommandSpec spec, String path) {
    Path resolved;
    try {
      resolved = Path.of(path);
    } catch (InvalidPathException e) {
      throw new ParameterException(spec.commandLine(), "not a valid path: '" + escaped(path) + "'");
    }
    if (!Files.exists(resolved)) {
      throw new ParameterException(spec.commandLine(), "no such file or directory: " + escaped(path));
    }
    return resolved;
  }
}
