package dev.imr.examples.cli;

import dev.imr.examples.output.DeterminationJson;
import dev.imr.examples.output.LetterCsv;
import dev.imr.examples.output.OutputFormat;
import dev.imr.examples.output.ReplacedFile;
import dev.imr.examples.output.StandardOutput;
import dev.imr.examples.run.LetterPipeline;
import dev.imr.examples.run.LetterRun;
import dev.imr.examples.run.ParsedLetter;
import dev.imr.examples.run.StopSignal;
import dev.imr.examples.run.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
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
 * <p>Each PATH is a letter's file, a directory searched recursively for files matching
 * {@code --glob} ({@code *.pdf} and {@code *.txt}), taken in path order, or {@code -}, one letter
 * on standard input. {@code --output -} is standard output. Files are parsed on
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
        "1:a letter had an ERROR diagnostic (with --warnings-as-errors, also a WARNING) or could"
            + " not be read; its record is still written. Also when the output could not be"
            + " written.",
        "2:invalid usage: no PATH, an unknown option, a PATH that does not exist, an --output"
            + " that is one of the inputs, --jobs outside 1 to 256",
        "130:stopped by Ctrl-C, after the summary of what was read"})
public final class ParseCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  @ParentCommand
  @Nullable ImrCommand parent;

  @Mixin
  public InputOptions inputs = new InputOptions();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "jsonl (default: a JSON object per line), json (one array) or csv (a row per"
          + " disputed item).")
  public OutputFormat format = OutputFormat.jsonl;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (UTF-8) instead of standard output (- is standard output)."
          + " FILE is replaced only when the run ends: until then the text goes to a hidden file"
          + " beside it, so Ctrl-C or a crash leaves the old FILE (or none), never a cut-off one.")
  @Nullable Path output;

  @Option(
      names = "--raw-cells",
      description = "CSV: write every cell as it is. By default a cell that begins with =, +, -,"
          + " @, a tab or a carriage return gets a ' before it, so that a spreadsheet shows it"
          + " as text instead of running it as a formula; data tools that read the CSV"
          + " themselves may want it raw.")
  public boolean rawCells;

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
    boolean standalone = parent != null && parent.standalone();
    DeterminationJson json = new DeterminationJson();
    Path file = output;
    if (file == null || file.toString().equals(STANDARD_OUTPUT_NAME)) {
      try (StopSignal signal = standalone ? StopSignal.onShutdown() : StopSignal.never()) {
        if (standalone) {
          Writer out = StandardOutput.open();
          return run.run(guarded(format.open(out, json, rawCells), out, STANDARD_OUTPUT, true),
              progress, signal).exitCode();
        }
        PrintWriter out = spec.commandLine().getOut();
        return run.run(guarded(format.open(out, json, rawCells), out, STANDARD_OUTPUT, true),
            progress, signal).exitCode();
      } catch (IOException e) {
        throw new IllegalStateException(e); // opening a format writes to a buffer at most
      }
    }
    LetterRun.creatable(spec, "--output", file);
    run.refuseInput("--output", file);
    try (StopSignal signal = standalone ? StopSignal.onShutdown() : StopSignal.never();
        ReplacedFile replaced = ReplacedFile.create(file)) {
      LetterRun.Outcome outcome =
          run.run(guarded(format.open(replaced.writer(), json, rawCells), replaced.writer(),
              TerminalText.escaped(file.toString()), false), progress, signal);
      if (outcome.complete()) {
        replaced.commit();
      }
      return outcome.exitCode();
    } catch (IOException e) {
      spec.commandLine().getErr().println(spec.qualifiedName() + ": cannot write "
          + TerminalText.escaped(file.toString()) + ": " + LetterPipeline.reason(e));
      return ExitCode.SOFTWARE;
    }
  }

  private static final String STANDARD_OUTPUT = "standard output";

  /** The FILE that stands for standard output, as Unix tools take it. */
  static final String STANDARD_OUTPUT_NAME = "-";

  /**
   * Names the output in its failures and, with {@code flush}, flushes every record as soon as it
   * is written and turns a {@link PrintWriter}'s silent failure into an exception: without it a
   * closed pipe would have us parse the rest of the corpus for nobody.
   */
  private static LetterRun.Output guarded(LetterRun.Output output, Writer out, String name,
      boolean flush) {
    return new LetterRun.Output() {
      @Override
      public void accept(ParsedLetter letter) throws IOException {
        try {
          output.accept(letter);
          check();
        } catch (IOException e) {
          throw failed(e);
        }
      }

      @Override
      public void finish() throws IOException {
        try {
          output.finish();
          check();
        } catch (IOException e) {
          throw failed(e);
        }
      }

      private void check() throws IOException {
        if (!flush) {
          return;
        }
        out.flush();
        // A PrintWriter (an embedder's, a test's) reports failures only through checkError.
        if (out instanceof PrintWriter writer && writer.checkError()) {
          throw new IOException("the writer reported an error");
        }
      }

      private IOException failed(IOException e) {
        return new IOException("cannot write to " + name + ": " + LetterPipeline.reason(e), e);
      }
    };
  }
}
