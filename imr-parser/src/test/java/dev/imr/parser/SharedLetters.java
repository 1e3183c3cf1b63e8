package dev.imr.parser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the real letters kept beside the checkout in {@code ../shared} (read-only, never copied
 * into the project). Tests that need them are skipped, saying why, where they are absent.
 * {@code -Dimr.shared=DIR} points elsewhere.
 */
final class SharedLetters {

  private SharedLetters() {}

  /** The {@code shared} folder, if one is found beside the checkout. */
  static Optional<Path> find() {
    String configured = System.getProperty("imr.shared");
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured);
      return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
    // Surefire runs in the module folder; the checkout is its parent, shared/ sits beside that.
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve("seeds")) || Files.isDirectory(candidate.resolve("corpus"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The files under {@code folder} whose names end with {@code suffix}, in path order, following
   * symbolic links: {@code ../shared} itself, or a folder in it, is often a link.
   */
  static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
      return files.filter(file -> file.getFileName().toString().endsWith(suffix))
          .filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** The {@code shared} folder, or the test is skipped with a message. */
  static Path require() {
    Optional<Path> shared = find();
    assumeTrue(shared.isPresent(),
        "../shared (real IMR letters beside the checkout) is absent: corpus test skipped");
    return shared.get();
  }
}
