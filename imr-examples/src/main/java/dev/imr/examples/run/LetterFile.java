package dev.imr.examples.run;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One file to read as a letter.
 *
 * @param file where to read it; for standard input, {@link #STANDARD_INPUT_FILE}, which only
 *     names it
 * @param source its name in the output: the PATH as given, or that PATH joined with the file's
 *     path below it; {@code -} for standard input
 * @param failure why it cannot be read, when finding it already showed that
 * @param standardInput true for the letter read from standard input, a PATH of {@code -}
 */
public record LetterFile(Path file, String source, @Nullable IOException failure,
    boolean standardInput) {

  /** The PATH that stands for standard input. */
  public static final String STANDARD_INPUT = "-";

  /** The file named for standard input where a path is stored (the database's source_file). */
  public static final Path STANDARD_INPUT_FILE = Path.of("/dev/stdin");

  /** A file, not standard input. */
  public LetterFile(Path file, String source, @Nullable IOException failure) {
    this(file, source, failure, false);
  }

  /** The letter on standard input. */
  public static LetterFile ofStandardInput() {
    return new LetterFile(STANDARD_INPUT_FILE, STANDARD_INPUT, null, true);
  }
}
