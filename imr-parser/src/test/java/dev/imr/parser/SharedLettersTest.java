package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ../shared} through a symbolic link, and links inside it, are walked like folders. */
class SharedLettersTest {

  @TempDir
  Path dir;

  @Test
  void lettersAreFoundThroughSymbolicLinks() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real/corpus/dev"));
    Files.writeString(real.resolve("a.txt"), "a");
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("b.txt"), "b");
    Files.createSymbolicLink(dir.resolve("real/seeds"), elsewhere);
    Path shared = Files.createSymbolicLink(dir.resolve("shared"), dir.resolve("real"));

    assertThat(SharedLetters.files(shared, ".txt")).containsExactly(
        shared.resolve("corpus/dev/a.txt"), shared.resolve("seeds/b.txt"));
  }
}
