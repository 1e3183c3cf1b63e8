package dev.imr.parser;

import java.nio.file.Path;

/** Lets the tests of {@code dev.imr.parser.internal} find {@code ../shared} as {@link SharedLetters} does. */
public final class SharedLettersAccess {

  private SharedLettersAccess() {}

  /** The {@code shared} folder, or the calling test is skipped with a message. */
  public static Path require() {
    return SharedLetters.require();
  }
}
