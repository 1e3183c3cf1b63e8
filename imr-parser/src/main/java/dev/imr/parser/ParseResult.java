package dev.imr.parser;

import dev.imr.model.Determination;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What parsing one input gave: the {@link Determination} (absent when the input is not an IMR
 * letter at all), every {@link Diagnostic}, in input order, and the {@link #text() text} that was
 * parsed, into which every span points.
 */
public final class ParseResult {

  private final @Nullable Determination determination;
  private final List<Diagnostic> diagnostics;
  private final String text;

  ParseResult(@Nullable Determination determination, List<Diagnostic> diagnostics, String text) {
    this.determination = determination;
    this.diagnostics = List.copyOf(diagnostics);
    this.text = text;
  }

  /** The letter's model; empty when the input is not an IMR determination letter. */
  public Optional<Determination> determination() {
    return Optional.ofNullable(determination);
  }

  /** Everything the parser noticed, in the order of the input positions. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The text that was parsed: the text as passed in, a text file as decoded, or the text PDFBox
   * extracted from a PDF (empty when none could be). Every {@link dev.imr.model.SourceSpan} of the
   * determination and every diagnostic's span is a range of it: {@code span.textOf(text())}.
   */
  public String text() {
    return text;
  }

  /** True when a diagnostic is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The diagnostics that are errors. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }

  @Override
  public String toString() {
    return "ParseResult{determination=" + determination + ", diagnostics=" + diagnostics + "}";
  }
}
