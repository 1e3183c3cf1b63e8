package dev.imr.parser;

import java.nio.file.Path;

/** Lets the tests of {@code dev.imr.parser.internal} find {@code ../shared} as {@link SharedLetters} does. */
public final class SharedLettersAccess {

  private SharedLettersAccess() {}

  /** The files under {@code folder} ending with {@code suffix}, links followed. */
  public static java.util.List<Path> files(Path folder, String suffix)
      throws java.io.IOException {
    return SharedLetters.files(folder, suffix);
  }

  /** The {@code shared} folder, or the calling test is skipped with a message. */
  public static Path require() {
    return SharedLetters.require();
  }
}
