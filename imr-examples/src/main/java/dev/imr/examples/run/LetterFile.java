package dev.imr.examples.run;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One file to read as a letter.
 *
 * @param file where to read it
 * @param source its name in the output: the PATH as given, or that PATH joined with the file's
 *     path below it
 * @param failure why it cannot be read, when finding it already showed that
 */
public record LetterFile(Path file, String source, @Nullable IOException failure) {}
