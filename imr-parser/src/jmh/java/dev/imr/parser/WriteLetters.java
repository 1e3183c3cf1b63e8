package dev.imr.parser;

import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quicktheories.core.Gen;

/**
 * Writes generated letters as text files, to show that the command line's memory does not grow
 * with the number of letters: {@code WriteLetters DIR COUNT} writes {@code COUNT} letters into
 * {@code DIR}, in every extraction layout, 1,000 to a subfolder. Letters are made and written
 * one at a time, so any count fits in a small heap.
 */
public final class WriteLetters {

  private WriteLetters() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: WriteLetters DIR COUNT");
      System.exit(2);
    }
    write(Path.of(args[0]), Integer.parseInt(args[1]));
  }

  /** Writes {@code count} letters under {@code dir}. */
  static void write(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    Gen<String> letters = LetterGenerators.determinations()
        .zip(LetterGenerators.options(), LetterWriter::write);
    int[] written = {0};
    qt().withFixedSeed(BenchmarkCorpus.SEED).withExamples(count).withShrinkCycles(0)
        .forAll(letters)
        .checkAssert(text -> {
          int n = written[0]++;
          Path file = dir.resolve(String.format("%03d", n / 1000))
              .resolve(String.format("letter-%06d.txt", n));
          try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    System.out.println(written[0] + " letters written under " + dir);
  }
}
