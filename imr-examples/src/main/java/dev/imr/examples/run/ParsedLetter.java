package dev.imr.examples.run;

import dev.imr.examples.output.DeterminationJson;
import dev.imr.model.Determination;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.ParseResult;
import dev.imr.parser.Severity;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What reading one file gave: the parser's result, or why there is none.
 *
 * @param file the file
 * @param result the parser's result; null when {@code failure} says why there is none
 * @param failure why the file gave no result: it could not be read, or the parser failed
 */
public record ParsedLetter(LetterFile file, @Nullable ParseResult result, @Nullable Failure failure) {

  /**
   * Why a file gave no parse result. The parser did not report it: its code is {@link
   * DeterminationJson#UNREADABLE_FILE} or {@link DeterminationJson#PARSER_FAILURE}, no {@link
   * dev.imr.parser.DiagnosticCode}, except {@code LIMIT_EXCEEDED} for standard input over its
   * limit, which the command line reads itself.
   *
   * @param code {@link DeterminationJson#UNREADABLE_FILE}, {@link
   *     DeterminationJson#PARSER_FAILURE} or {@code LIMIT_EXCEEDED}
   * @param message what went wrong, without the file's name
   */
  public record Failure(String code, String message) {}

  /** Checks that there is a result or a failure, not both. */
  public ParsedLetter {
    if ((result == null) == (failure == null)) {
      throw new IllegalArgumentException("a parse result or a failure, not both or neither");
    }
  }

  public static ParsedLetter parsed(LetterFile file, ParseResult result) {
    return new ParsedLetter(file, result, null);
  }

  public static ParsedLetter failed(LetterFile file, String code, String message) {
    return new ParsedLetter(file, null, new Failure(code, message));
  }

  /** The name the output gives the file. */
  public String source() {
    return file.source();
  }

  /** The letter, when the file held one. */
  public Optional<Determination> determination() {
    return result == null ? Optional.empty() : result.determination();
  }

  /** The parser's diagnostics; none for a file that gave no result. */
  public List<Diagnostic> diagnostics() {
    return result == null ? List.of() : result.diagnostics();
  }

  /**
   * True when the file counts as failed: it gave no result, or a diagnostic is an error (or, with
   * {@code warningsAsErrors}, a warning).
   */
  public boolean failed(boolean warningsAsErrors) {
    return failure != null || diagnostics().stream().anyMatch(d -> counts(d, warningsAsErrors));
  }

  /**
   * True when {@code diagnostic} makes a file fail and so is reported on standard error: an error,
   * or with {@code warningsAsErrors} ({@code --warnings-as-errors}) a warning too.
   */
  public static boolean counts(Diagnostic diagnostic, boolean warningsAsErrors) {
    return diagnostic.severity() == Severity.ERROR
        || (warningsAsErrors && diagnostic.severity() == Severity.WARNING);
  }
}
