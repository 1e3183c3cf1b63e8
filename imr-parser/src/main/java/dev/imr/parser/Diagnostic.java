package dev.imr.parser;

import dev.imr.model.SourceSpan;
import java.util.Objects;

/**
 * Something the parser noticed about one input, with its position.
 *
 * @param severity how much it matters
 * @param code what it is about, stable across releases
 * @param message what was found and what was expected, in words
 * @param line 1-based line in the input
 * @param column 1-based column in the input, in UTF-16 code units
 * @param span the input range concerned; may be empty (a missing part is placed where it was due)
 */
public record Diagnostic(
    Severity severity, DiagnosticCode code, String message, int line, int column, SourceSpan span) {

  /** Checks the fields. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based");
    }
  }

  /** {@code line:column: severity code: message}, the way compilers print it. */
  @Override
  public String toString() {
    return line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " "
        + code + ": " + message;
  }
}
