package dev.imr.examples;

import static dev.imr.examples.ImrCommandTest.SPARSE_LETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code imr parse} writes is whole or not there: a standard output that fails (a full
 * disk, a reader gone away) stops the run with exit 1; Ctrl-C leaves whole records, a closed JSON
 * array, the old {@code --output} file and a summary; an output that is an input is refused.
 * The runs are real processes, as a shell starts them.
 */
class WholeOutputTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Interpreted only: slow enough that Ctrl-C comes while the files are still being read. */
  private static final List<String> SLOW = List.of("-Xint");

  @TempDir
  Path letters;

  @TempDir
  Path outputs;

  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "json", "csv"})
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFullDiskOnStandardOutputStopsTheRunWithExitOne(String format) throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "/dev/full is absent here: test skipped");
    copies(20);

    ImrProcess.Result run = ImrProcess.run(outputs, full, List.of(), "parse", "--format", format,
        letters.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(
        "imr parse: cannot write to standard output: No space left on device; stopped");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aReaderThatGoesAwayStopsTheRunQuietlyWithExitOne() throws Exception {
    copies(300);
    Process process = new ProcessBuilder(
        ImrProcess.command(List.of(), "parse", "--jobs", "1", letters.toString()))
        .redirectError(outputs.resolve("stderr.txt").toFile())
        .start();

    // head -1: one line, then the pipe is closed.
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(MAPPER.readTree(out.readLine()).get("source").asText()).endsWith("0000.txt");
    }

    assertThat(process.waitFor(100, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    String err = Files.readString(outputs.resolve("stderr.txt"));
    assertThat(err).doesNotContain("cannot write").startsWith("imr parse: ");
    assertThat(err).doesNotContain("imr parse: 300 files");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void ctrlCLeavesAWholeJsonArrayAndTheSummary() throws Exception {
    copies(2000);
    Process process = ImrProcess.start(outputs, SLOW, "parse", "--format", "json", "--jobs", "1",
        letters.toString());
    Path out = outputs.resolve("stdout.txt");
    awaitTrue(() -> Files.size(out) > 0);

    ImrProcess.signal(process, "INT");

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(130);
    JsonNode array = MAPPER.readTree(out.toFile());
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isBetween(1, 1999);
    String err = Files.readString(outputs.resolve("stderr.txt"));
    assertThat(err).contains("imr parse: stopped by Ctrl-C; what was read so far:\n"
        + "imr parse: " + array.size() + " files, " + array.size() + " letters");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void ctrlCLeavesTheOldOutputFileAndNoHiddenOne() throws Exception {
    copies(2000);
    Path output = Files.writeString(outputs.resolve("letters.jsonl"), "the old output\n");
    Process process = ImrProcess.start(outputs, SLOW, "parse", "--jobs", "1", "--output",
        output.toString(), letters.toString());
    awaitTrue(() -> hidden(output).findAny().isPresent());
    Thread.sleep(500); // some records in the hidden file

    ImrProcess.signal(process, "INT");

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(130);
    assertThat(Files.readString(output)).isEqualTo("the old output\n");
    assertThat(hidden(output)).isEmpty();
    assertThat(Files.readString(outputs.resolve("stderr.txt")))
        .contains("imr parse: stopped by Ctrl-C; what was read so far:");
  }

  @Test
  void theOutputFileIsReplacedWholeAtTheEnd() throws Exception {
    copies(3);
    Path output = Files.writeString(outputs.resolve("letters.jsonl"), "the old output\n");

    Cli.Run run = Cli.run("parse", "--output", output.toString(), letters.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllLines(output)).hasSize(3)
        .allSatisfy(line -> assertThat(MAPPER.readTree(line).get("source")).isNotNull());
    assertThat(hidden(output)).isEmpty();
  }

  @Test
  void anOutputThatIsAnInputIsRefused() throws Exception {
    Path letter = Cli.write(letters, "letter.txt", SPARSE_LETTER);

    Cli.Run sameFile = Cli.run("parse", letter.toString(), "-o", letter.toString());
    Cli.Run underFolder = Cli.run("parse", letters.toString(), "--output",
        letters.resolve("new.txt").toString());
    Cli.Run report = Cli.run("report", letters.toString(), "--out", letter.toString());

    assertThat(sameFile.exitCode()).isEqualTo(2);
    assertThat(sameFile.err()).contains("--output " + letter + " is one of the inputs ("
        + letter + "): writing it would destroy it");
    assertThat(underFolder.exitCode()).isEqualTo(2);
    assertThat(underFolder.err()).contains("is one of the inputs (" + letters + ")");
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(Files.readString(letter)).isEqualTo(SPARSE_LETTER);
    assertThat(letters.resolve("new.txt")).doesNotExist();
    // Beside the letters but not taken by the glob: allowed.
    assertThat(Cli.run("parse", letters.toString(), "-o", letters.resolve("out.jsonl").toString())
        .exitCode()).isZero();
  }

  /** {@code n} names of one letter, {@code 0000.txt} on: hard links, made at once. */
  private void copies(int n) throws IOException {
    Path letter = Cli.write(outputs, "letter.txt", SPARSE_LETTER);
    for (int i = 0; i < n; i++) {
      Files.createLink(letters.resolve(String.format("%04d.txt", i)), letter);
    }
  }

  private static Stream<Path> hidden(Path output) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(output.getParent())) {
      files = list.filter(file -> file.getFileName().toString()
          .startsWith("." + output.getFileName() + ".")).toList();
    }
    return files.stream();
  }

  private interface Check {
    boolean holds() throws IOException;
  }

  private static void awaitTrue(Check check) throws IOException, InterruptedException {
    for (int i = 0; i < 600; i++) {
      if (check.holds()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("waited 30 s in vain");
  }
}
