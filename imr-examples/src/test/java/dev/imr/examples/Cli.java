package dev.imr.examples;

import dev.imr.examples.cli.ImrCommand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the {@code imr} command line in this JVM, as {@code main} would but without exiting. */
final class Cli {

  private Cli() {}

  /** What one run printed. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    return run(new ImrCommand(), args);
  }

  /** Runs {@code args} with {@code input} on standard input, for a PATH of {@code -}. */
  static Run runWithInput(byte[] input, String... args) {
    return run(new ImrCommand().standardInput(new ByteArrayInputStream(input)), args);
  }

  private static Run run(ImrCommand imr, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = ImrCommand.commandLine(imr);
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** Writes {@code content} to {@code relative} under {@code dir}, making its directories. */
  static Path write(Path dir, String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** Copies the bundled example letters into {@code dir}. */
  static void copyExampleLetters(Path dir) throws IOException {
    for (String name : new String[] {
        "2014-inline-credentials.txt", "CM99-0000101.txt", "CM99-0000102.txt"}) {
      Files.copy(ExampleLettersTest.LETTERS.resolve(name), dir.resolve(name));
    }
  }
}
