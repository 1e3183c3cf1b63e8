package dev.imr.parser.internal.text;

import dev.imr.model.SourceSpan;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one parse, placing each by cleaned offsets in the input. */
public final class Diagnostics {

  private final SourceText source;
  private final List<Diagnostic> found = new ArrayList<>();

  public Diagnostics(SourceText source) {
    this.source = source;
  }

  /**
   * The diagnostics found so far, collecting on for {@code cleanedAgain}: the same input cleaned
   * again after a later stage found lines to leave out.
   */
  public Diagnostics on(SourceText cleanedAgain) {
    Diagnostics moved = new Diagnostics(cleanedAgain);
    moved.found.addAll(found);
    return moved;
  }

  public void error(DiagnosticCode code, String message, int cleanStart, int cleanEnd) {
    add(Severity.ERROR, code, message, cleanStart, cleanEnd);
  }

  public void warning(DiagnosticCode code, String message, int cleanStart, int cleanEnd) {
    add(Severity.WARNING, code, message, cleanStart, cleanEnd);
  }

  public void info(DiagnosticCode code, String message, int cleanStart, int cleanEnd) {
    add(Severity.INFO, code, message, cleanStart, cleanEnd);
  }

  public void add(Severity severity, DiagnosticCode code, String message, int cleanStart, int cleanEnd) {
    add(severity, code, message, source.span(cleanStart, Math.max(cleanStart, cleanEnd)));
  }

  /** Adds a diagnostic placed by offsets into the caller's input rather than the cleaned text. */
  public void add(Severity severity, DiagnosticCode code, String message, SourceSpan span) {
    int offset = span.start();
    found.add(
        new Diagnostic(severity, code, message, source.line(offset), source.column(offset), span));
  }

  boolean hasErrors() {
    return found.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The diagnostics in input order (stable for equal positions). */
  public List<Diagnostic> sorted() {
    List<Diagnostic> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()));
    return sorted;
  }
}
