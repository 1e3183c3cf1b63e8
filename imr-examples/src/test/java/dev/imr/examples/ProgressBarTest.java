package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar is drawn when standard error is a terminal, whatever standard output is: in a
 * terminal ({@code script} gives the process one), {@code imr parse dir > out.jsonl} draws it,
 * and {@code 2> err.log} keeps it out of the log.
 */
class ProgressBarTest {

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void theBarFollowsWhetherStandardErrorIsATerminal() throws Exception {
    Path letters = Files.createDirectories(dir.resolve("letters"));
    Cli.copyExampleLetters(letters);
    Path out = dir.resolve("out.jsonl");
    Path log = dir.resolve("err.log");
    String imr = ImrProcess.command(List.of(), "parse", letters.toString()).stream()
        .map(ProgressBarTest::quoted).collect(Collectors.joining(" "));

    String terminal = inTerminal(imr + " > " + quoted(out.toString()));
    String logged = inTerminal(imr + " > " + quoted(out.toString()) + " 2> "
        + quoted(log.toString()));

    assertThat(terminal).contains("imr parse 100% [", "] 3/3 files",
        "imr parse: 3 files, 3 letters, 7 items");
    assertThat(Files.readAllLines(out)).hasSize(3);
    assertThat(Files.readString(log))
        .isEqualTo("imr parse: 3 files, 3 letters, 7 items: 4 upheld, 3 overturned\n");
    assertThat(logged).doesNotContain("100%");
  }

  /** What {@code command} printed on a terminal of its own, as {@code script} records it. */
  private String inTerminal(String command) throws IOException, InterruptedException {
    Path typescript = Files.createTempFile(dir, "typescript", ".txt");
    Process script;
    try {
      script = new ProcessBuilder("script", "-qec", command, typescript.toString())
          .redirectOutput(dir.resolve("script-out.txt").toFile())
          .redirectErrorStream(true)
          .start();
    } catch (IOException e) {
      assumeTrue(false, "no 'script' command to give a process a terminal: test skipped");
      throw e;
    }
    assertThat(script.waitFor(100, TimeUnit.SECONDS)).isTrue();
    assumeTrue(script.exitValue() == 0 || Files.size(typescript) > 0,
        "'script' could not open a terminal here: test skipped");
    return Files.readString(typescript);
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
