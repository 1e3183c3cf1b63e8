package dev.imr.examples;

import static dev.imr.examples.ImrCommandTest.SPARSE_LETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imr parse} against inputs made to hurt it: files far larger than any letter, a FIFO,
 * an endless device, a file that exhausts the memory, an absurd {@code --jobs}. Each is that
 * file's error record, and the run goes on to the next file and its summary. The large files are
 * sparse: they take no disk and no time.
 */
class InputLimitsCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  /** Where a process's output goes: not among the letters. */
  @TempDir
  Path outputs;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aThreeGibibyteFileIsItsOwnErrorInSmallMemoryAndTheRunGoesOn() throws Exception {
    ImrProcess.sparse(dir.resolve("a-big.txt"), 3L << 30);
    // A PDF's signature at the start of a sparse file of 200 MiB: a PDF over its limit.
    Path pdf = dir.resolve("b-big.pdf");
    Files.writeString(pdf, "%PDF-1.7\n");
    ImrProcess.sparse(pdf, 200L << 20);
    Cli.write(dir, "c-letter.txt", SPARSE_LETTER);

    ImrProcess.Result run = ImrProcess.run(outputs, List.of("-Xmx64m"), "parse", "--jobs", "2",
        dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(
        dir.resolve("a-big.txt") + ":1:1: error LIMIT_EXCEEDED: the file is 3221225472 bytes,"
            + " over the limit of 4194304 bytes (4 MiB) for a text letter",
        dir.resolve("b-big.pdf") + ":1:1: error LIMIT_EXCEEDED: the file is 209715200 bytes,"
            + " over the limit of 16777216 bytes (16 MiB) for a PDF letter",
        "imr parse: 3 files, 1 letter, 1 item: 0 upheld, 1 overturned",
        "imr parse: 2 files with errors:");
    assertThat(sources(run.out())).containsExactly(dir.resolve("a-big.txt").toString(),
        dir.resolve("b-big.pdf").toString(), dir.resolve("c-letter.txt").toString());
  }

  @Test
  void theSizeLimitsAreSetOnTheCommandLine() throws IOException {
    Path letter = Cli.write(dir, "letter.txt", SPARSE_LETTER);

    Cli.Run small = Cli.run("parse", "--max-text-size", "100", letter.toString());
    Cli.Run enough = Cli.run("parse", "--max-text-size", "4k", letter.toString());
    Cli.Run zero = Cli.run("parse", "--max-text-size", "0", letter.toString());
    Cli.Run words = Cli.run("parse", "--max-pdf-size", "lots", letter.toString());

    assertThat(small.exitCode()).isEqualTo(1);
    assertThat(small.err()).contains(letter + ":1:1: error LIMIT_EXCEEDED: the file is "
        + Files.size(letter) + " bytes, over the limit of 100 bytes for a text letter");
    assertThat(enough.exitCode()).isZero();
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--max-text-size must be between 1 byte and");
    assertThat(words.exitCode()).isEqualTo(2);
    assertThat(words.err()).contains("not a size: 'lots'");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aFifoAndAnEndlessDeviceAreRefusedAndTheRunGoesOn() throws Exception {
    Path fifo = dir.resolve("fifo.txt");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
        "mkfifo is not available here: FIFO test skipped");
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "/dev/zero is absent here: device test skipped");
    Path letter = Cli.write(dir, "letter.txt", SPARSE_LETTER);

    Cli.Run run = Cli.run("parse", fifo.toString(), zero.toString(), letter.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(
        fifo + ":1:1: error LIMIT_EXCEEDED: not a regular file (a pipe, a device or a socket)",
        "/dev/zero:1:1: error LIMIT_EXCEEDED: not a regular file",
        "imr parse: 3 files, 1 letter, 1 item");
    assertThat(sources(run.out()))
        .containsExactly(fifo.toString(), "/dev/zero", letter.toString());
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void runningOutOfMemoryOnOneFileIsThatFilesFailure() throws Exception {
    // Allowed in by its limit, the file is still more than the heap can hold.
    ImrProcess.sparse(dir.resolve("a-huge.txt"), 256L << 20);
    Cli.write(dir, "b-letter.txt", SPARSE_LETTER);

    ImrProcess.Result run = ImrProcess.run(outputs, List.of("-Xmx48m"), "parse", "--jobs", "1",
        "--max-text-size", "1G", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(dir.resolve("a-huge.txt")
            + ":1:1: error PARSER_FAILURE: the parser ran out of memory on this file",
        "imr parse: 2 files, 1 letter, 1 item: 0 upheld, 1 overturned",
        "imr parse: 1 file with errors:", "a-huge.txt:1:1 PARSER_FAILURE");
    assertThat(sources(run.out())).containsExactly(dir.resolve("a-huge.txt").toString(),
        dir.resolve("b-letter.txt").toString());
  }

  @Test
  void jobsOutsideTheirBoundsAreRefusedBeforeAnythingIsRead() throws IOException {
    Path letter = Cli.write(dir, "letter.txt", SPARSE_LETTER);

    for (String jobs : new String[] {"536870912", "257", "0", "-1"}) {
      Cli.Run run = Cli.run("parse", "--jobs", jobs, letter.toString());

      assertThat(run.exitCode()).as(jobs).isEqualTo(2);
      assertThat(run.err()).as(jobs).contains("--jobs must be between 1 and 256, not " + jobs);
      assertThat(run.out()).as(jobs).isEmpty();
    }
    assertThat(Cli.run("parse", "--jobs", "256", letter.toString()).exitCode()).isZero();
  }

  private static List<String> sources(String jsonLines) throws IOException {
    List<String> sources = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      if (!line.isBlank()) {
        JsonNode record = MAPPER.readTree(line);
        sources.add(record.get("source").asText());
      }
    }
    return sources;
  }
}
