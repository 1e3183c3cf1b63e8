package dev.imr.examples;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code imr parse} and {@code imr load} share: which files, how many threads, how strict. */
final class InputOptions {

  /** Letters as published or as text; other files in a directory are left alone. */
  static final String DEFAULT_GLOB = "*.{pdf,txt}";

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "A letter's file (read whatever its name), or a directory searched"
          + " recursively for files matching --glob.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--glob",
      paramLabel = "GLOB",
      defaultValue = DEFAULT_GLOB,
      description = "Which files of a directory to read: matched against the file's name, or"
          + " against its path below the directory when GLOB holds a '/'"
          + " (default: ${DEFAULT-VALUE}).")
  String glob = DEFAULT_GLOB;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Letters parsed at once (default: ${DEFAULT-VALUE}, the number of cores)."
          + " The output order is the input order whatever N is.")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--strict",
      description = "Count WARNING diagnostics as errors: they are reported on standard error"
          + " and make the exit code 1.")
  boolean strict;
}
