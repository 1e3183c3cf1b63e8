package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage as a Unix user expects it, through the real {@code imr} process: enum values in any case,
 * and a usage error in one line naming the command, with where the help is, and exit code 2.
 */
class UsageErrorsCommandTest {

  @TempDir Path dir;

  @Test
  void enumValuesAreReadInAnyCase() throws IOException, InterruptedException {
    Path letters = dir.resolve("letters");
    java.nio.file.Files.createDirectories(letters);
    Cli.copyExampleLetters(letters);
    Path work = java.nio.file.Files.createDirectories(dir.resolve("work"));

    ImrProcess.Result upper = ImrProcess.run(work, List.of(), "parse", "--format", "CSV",
        letters.toString());
    ImrProcess.Result lower = ImrProcess.run(work, List.of(), "parse", "--format", "csv",
        letters.toString());

    assertThat(upper.exitCode()).as(upper.err()).isZero();
    assertThat(lower.exitCode()).as(lower.err()).isZero();
    assertThat(upper.out()).isEqualTo(lower.out()).doesNotStartWith("{");
    // A header and at least a row for each of the three letters.
    assertThat(CSVFormat.DEFAULT.parse(new java.io.StringReader(upper.out())).getRecords())
        .hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void aMissingPathIsOneLineNamingTheCommand() throws IOException, InterruptedException {
    ImrProcess.Result run = ImrProcess.run(dir, List.of(), "parse",
        dir.resolve("no-such-letter.txt").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(
        "imr parse: no such file or directory: " + dir.resolve("no-such-letter.txt"),
        "Try 'imr parse --help' for more information.");
  }

  @Test
  void aBadOptionValueIsOneLineNamingTheCommand() throws IOException, InterruptedException {
    ImrProcess.Result run = ImrProcess.run(dir, List.of(), "load", "--jobs", "0", "--db",
        dir.resolve("a.sqlite").toString(), dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err()).startsWith("imr load: --jobs must be between 1 and ")
        .endsWith("Try 'imr load --help' for more information." + System.lineSeparator())
        .doesNotContain("Usage:");
    assertThat(dir.resolve("a.sqlite")).doesNotExist();
  }

  @Test
  void anUnknownOptionIsNamedWithoutTheHelp() throws IOException, InterruptedException {
    ImrProcess.Result run = ImrProcess.run(dir, List.of(), "report", "--bogus",
        "--out", dir.resolve("r.html").toString(), dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("imr report: Unknown option: '--bogus'")
        .contains("Try 'imr report --help' for more information.")
        .doesNotContain("Usage:");
  }

  @Test
  void anInvalidEnumValueIsOneLineListingTheValues() throws IOException, InterruptedException {
    ImrProcess.Result run = ImrProcess.run(dir, List.of(), "parse", "--format", "xml",
        dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err()).startsWith("imr parse: Invalid value for option '--format'")
        .contains("jsonl");
  }
}
