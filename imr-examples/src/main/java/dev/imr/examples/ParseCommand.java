package dev.imr.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code imr parse PATH...}: parses letters and writes them as JSON Lines (the default, one
 * record per file in the form {@link DeterminationJson} documents), one JSON array, or CSV with
 * a row per disputed item ({@link LetterCsv}), to standard output or a file.
 *
 * <p>Each PATH is a letter's file, or a directory searched recursively for files matching
 * {@code --glob} ({@code *.pdf} and {@code *.txt}), taken in path order. Files are parsed on
 * {@code --jobs} threads, but records come out in the order of the PATHs, and on standard output
 * each is flushed as soon as it is written, so a long run can be piped into another tool. A file
 * that cannot be read, or is no letter, gets its record and an error line on standard error, and
 * does not stop the others.
 */
@Command(
    name = "parse",
    description = {
        "Parses IMR determination letters and writes one record per file, in the order the"
            + " paths are given: JSON Lines (default), one JSON array, or CSV with a row per"
            + " disputed item.",
        "Errors are reported on standard error as FILE:LINE:COLUMN, with a summary at the end.",
        "Spans are 0-based UTF-16 offsets into the file's text (a text file is read as UTF-8)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every letter parsed without an ERROR diagnostic",
        "1:a letter had an ERROR diagnostic (with --strict, also a WARNING) or could not be"
            + " read; its record is still written. Also when the output could not be written.",
        "2:invalid usage: no PATH, an unknown option or a PATH that does not exist"})
public final class ParseCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  @ParentCommand
  @Nullable ImrCommand parent;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "jsonl (default: a JSON object per line), json (one array) or csv (a row per"
          + " disputed item).")
  OutputFormat format = OutputFormat.jsonl;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (UTF-8) instead of standard output.")
  @Nullable Path output;

  /** A command; picocli fills it in from the arguments. */
  public ParseCommand() {}

  /** Parses every PATH and returns the exit code. */
  @Override
  public Integer call() {
    CommandSpec spec = this.spec;
    if (spec == null) {
      throw new IllegalStateException("run through picocli's CommandLine");
    }
    LetterRun run = new LetterRun(spec, inputs);
    boolean progress = parent != null && parent.progressBars();
    DeterminationJson json = new DeterminationJson();
    Path file = output;
    if (file == null) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        return run.run(flushing(format.open(out, json), out), progress);
      } catch (IOException e) {
        throw new IllegalStateException(e); // PrintWriter reports failures through checkError
      }
    }
    LetterRun.creatable(spec, "--output", file);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return run.run(format.open(out, json), progress);
    } catch (IOException e) {
      spec.commandLine().getErr().println(spec.qualifiedName() + ": cannot write " + file + ": "
          + LetterPipeline.reason(e));
      return ExitCode.SOFTWARE;
    }
  }

  /**
   * Flushes every record as soon as it is written, and turns the silent failure of a {@link
   * PrintWriter} into an exception: without it a closed pipe would have us parse the rest of the
   * corpus for nobody.
   */
  private static LetterRun.Output flushing(LetterRun.Output output, PrintWriter out) {
    return new LetterRun.Output() {
      @Override
      public void accept(ParsedLetter letter) throws IOException {
        output.accept(letter);
        check();
      }

      @Override
      public void finish() throws IOException {
        output.finish();
        check();
      }

      private void check() throws IOException {
        out.flush();
        if (out.checkError()) {
          throw new IOException("cannot write to standard output");
        }
      }
    };
  }
}
