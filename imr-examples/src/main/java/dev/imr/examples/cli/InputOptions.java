package dev.imr.examples.cli;

import dev.imr.parser.ImrParser;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code imr parse}, {@code imr load} and {@code imr report} share: which files (a PATH of
 * {@code -} is one letter on standard input), how many threads, how large a file may be, and
 * whether warnings count as errors.
 */
public final class InputOptions {

  /** Letters as published or as text; other files in a directory are left alone. */
  public static final String DEFAULT_GLOB = "*.{pdf,txt}";

  /** The most {@code --jobs}: far more threads than cores only costs memory. */
  public static final int MAX_JOBS = 256;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "A letter's file (read whatever its name), a directory searched"
          + " recursively for files matching --glob, or - for one letter (text or PDF) on"
          + " standard input.")
  public List<String> paths = new ArrayList<>();

  @Option(
      names = "--glob",
      paramLabel = "GLOB",
      defaultValue = DEFAULT_GLOB,
      description = "Which files of a directory to read: matched against the file's name, or"
          + " against its path below the directory when GLOB holds a '/'"
          + " (default: ${DEFAULT-VALUE}).")
  public String glob = DEFAULT_GLOB;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Letters parsed at once, 1 to " + MAX_JOBS + " (default: ${DEFAULT-VALUE},"
          + " the number of cores). The output order is the input order whatever N is.")
  public int jobs = Math.min(Runtime.getRuntime().availableProcessors(), MAX_JOBS);

  @Option(
      names = "--warnings-as-errors",
      description = "Count WARNING diagnostics as errors: they are reported on standard error"
          + " and make the exit code 1. Every letter is still read and written.")
  public boolean warningsAsErrors;

  /**
   * The old name of {@code --warnings-as-errors}, hidden from the help and deprecated: "strict" in
   * the library means stopping at the first error ({@code ImrParser.Builder.strict}), which the
   * command line never does. Still accepted, with a warning on standard error.
   */
  @Option(names = "--strict", hidden = true)
  public void deprecatedStrict(boolean value) {
    warningsAsErrors = value;
    deprecatedStrictUsed = true;
  }

  /** True when the command line used {@code --strict}; the run warns that it is deprecated. */
  public boolean deprecatedStrictUsed;

  @Option(
      names = "--max-text-size",
      paramLabel = "SIZE",
      converter = ByteSize.class,
      defaultValue = "4M",
      description = "The largest text file read, in bytes or with K, M or G (default:"
          + " ${DEFAULT-VALUE}); a larger one is a LIMIT_EXCEEDED error.")
  public long maxTextSize = ImrParser.DEFAULT_MAX_TEXT_BYTES;

  @Option(
      names = "--max-pdf-size",
      paramLabel = "SIZE",
      converter = ByteSize.class,
      defaultValue = "16M",
      description = "The largest PDF file read (default: ${DEFAULT-VALUE}); a larger one is a"
          + " LIMIT_EXCEEDED error.")
  public long maxPdfSize = ImrParser.DEFAULT_MAX_PDF_BYTES;

  /** The parser these options ask for; the sizes must have been checked. */
  public ImrParser parser() {
    return ImrParser.builder().maxTextBytes(maxTextSize).maxPdfBytes(maxPdfSize).build();
  }
}
