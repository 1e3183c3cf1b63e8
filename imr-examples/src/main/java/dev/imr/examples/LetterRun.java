package dev.imr.examples;

import dev.imr.parser.Diagnostic;
import dev.imr.parser.ImrParser;
import java.io.IOException;
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
final class LetterRun {

  /** Takes the results of a run in order. */
  interface Output extends LetterPipeline.Sink {
    /** Called once after the last result, when the run was not stopped. */
    void finish() throws IOException;
  }

  private final CommandSpec spec;
  private final InputOptions inputs;
  private final String command;
  private final List<LetterFiles.Root> roots;

  /**
   * Checks the inputs before anything is read or written, so that a typo leaves no half output.
   *
   * @throws ParameterException for a PATH that does not exist, a bad glob or job count
   */
  LetterRun(CommandSpec spec, InputOptions inputs) {
    this.spec = spec;
    this.inputs = inputs;
    this.command = spec.qualifiedName();
    if (inputs.jobs < 1) {
      throw new ParameterException(spec.commandLine(),
          "--jobs must be at least 1, not " + inputs.jobs);
    }
    try {
      LetterFiles.checkGlob(inputs.glob);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "not a valid --glob: " + inputs.glob + " (" + e.getMessage() + ")");
    }
    List<LetterFiles.Root> roots = new ArrayList<>();
    for (String path : inputs.paths) {
      roots.add(new LetterFiles.Root(existing(spec, path), path));
    }
    this.roots = List.copyOf(roots);
  }

  /** The file named by an option, whose directory must exist; a usage error otherwise. */
  static Path creatable(CommandSpec spec, String option, Path path) {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new ParameterException(spec.commandLine(),
          option + ": the directory of " + path + " does not exist");
    }
    if (Files.isDirectory(path)) {
      throw new ParameterException(spec.commandLine(), option + ": is a directory: " + path);
    }
    return path;
  }

  /**
   * Runs and returns the exit code: 0 when every file was read without error, 1 when a file had
   * errors (or the output failed, which stops the run).
   */
  int run(Output output, boolean progressBar) {
    PrintWriter err = spec.commandLine().getErr();
    RunSummary summary = new RunSummary(inputs.strict);
    Progress progress = progressBar
        ? Progress.bar(command, LetterFiles.count(roots, inputs.glob), System.err)
        : Progress.none();
    LetterFiles files = new LetterFiles(roots, inputs.glob, root -> message(err, progress,
        command + ": no file matching " + inputs.glob + " under " + root.source()));
    try (progress) {
      new LetterPipeline(ImrParser.create(), inputs.jobs).run(files, letter -> {
        output.accept(letter);
        summary.add(letter);
        report(err, progress, letter);
        progress.step();
      });
      output.finish();
    } catch (IOException e) {
      message(err, Progress.none(), command + ": " + e.getMessage() + "; stopped");
      summary.print(err, command);
      return 1;
    }
    summary.print(err, command);
    return summary.anyFailed() ? 1 : 0;
  }

  /** Prints each error (or, when strict, warning) of a file the way compilers do. */
  private void report(PrintWriter err, Progress progress, ParsedLetter letter) {
    ParsedLetter.Failure failure = letter.failure();
    if (failure != null) {
      message(err, progress,
          letter.source() + ":1:1: error " + failure.code() + ": " + failure.message());
      return;
    }
    for (Diagnostic diagnostic : letter.diagnostics()) {
      if (ParsedLetter.counts(diagnostic, inputs.strict)) {
        message(err, progress, letter.source() + ":" + diagnostic);
      }
    }
  }

  private static void message(PrintWriter err, Progress progress, String message) {
    if (progress.drawn()) {
      err.print("\r\033[K"); // back to the line's start and clear the bar, which redraws below
    }
    err.println(message);
    err.flush();
  }

  private static Path existing(CommandSpec spec, String path) {
    Path resolved;
    try {
      resolved = Path.of(path);
    } catch (InvalidPathException e) {
      throw new ParameterException(spec.commandLine(), "not a valid path: '" + path + "'");
    }
    if (!Files.exists(resolved)) {
      throw new ParameterException(spec.commandLine(), "no such file or directory: " + path);
    }
    return resolved;
  }
}
