package dev.imr.parser.internal.text;

import dev.imr.model.SourceSpan;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of one parse, placing each by cleaned offsets in the input. Caps what
 * a hostile input could make of them: a message quotes at most {@value #QUOTED} characters of
 * the text it is about ({@link #quote}), and a letter lists at most {@value #LISTED}
 * diagnostics, the last of them saying how many more there were.
 */
public final class Diagnostics {

  /** The longest quotation of the letter's text in a message. */
  public static final int QUOTED = 80;
  /** The most diagnostics a letter lists, the count of the others included. */
  public static final int LISTED = 200;
  // Kept beyond LISTED only so that the listed ones are the first in the input; past this,
  // later ones are counted, not kept.
  private static final int KEPT = 10_000;
  private static final int LONGEST_MESSAGE = 400;

  private final SourceText source;
  private final List<Diagnostic> found = new ArrayList<>();
  private int dropped;
  private Severity droppedSeverity = Severity.INFO;

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
    moved.dropped = dropped;
    moved.droppedSeverity = droppedSeverity;
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
    if (found.size() >= KEPT) {
      dropped++;
      droppedSeverity = severity.compareTo(droppedSeverity) < 0 ? severity : droppedSeverity;
      return;
    }
    int offset = span.start();
    found.add(new Diagnostic(severity, code, capped(message), source.line(offset),
        source.column(offset), span));
  }

  /**
   * {@code text} in single quotes as a message quotes the letter: at most {@link #QUOTED}
   * characters, a longer text cut with "...".
   */
  public static String quote(CharSequence text) {
    String quoted = text.length() <= QUOTED ? text.toString()
        : text.subSequence(0, QUOTED - 3) + "...";
    return "'" + quoted + "'";
  }

  /** A message no longer than 400 characters: the last guard, as quotations are capped above. */
  static String capped(String message) {
    return message.length() <= LONGEST_MESSAGE ? message
        : message.substring(0, LONGEST_MESSAGE - 3) + "...";
  }


  boolean hasErrors() {
    return found.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The diagnostics in input order (stable for equal positions). */
  public List<Diagnostic> sorted() {
    List<Diagnostic> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()));
    if (sorted.size() + dropped <= LISTED) {
      return sorted;
    }
    // Limits reached are listed first, then the most severe, each in input order.
    List<Diagnostic> bySeverity = new ArrayList<>(sorted);
    bySeverity.sort(Comparator.comparing((Diagnostic d) -> d.code() != DiagnosticCode.LIMIT_EXCEEDED)
        .thenComparing(Diagnostic::severity)); // stable: input order kept
    List<Diagnostic> listed = new ArrayList<>(bySeverity.subList(0, LISTED - 1));
    listed.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()));
    List<Diagnostic> rest = new ArrayList<>(bySeverity.subList(LISTED - 1, bySeverity.size()));
    rest.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()));
    Severity severity = droppedSeverity;
    for (Diagnostic d : rest) {
      severity = d.severity().compareTo(severity) < 0 ? d.severity() : severity;
    }
    Diagnostic next = rest.get(0);
    int more = rest.size() + dropped;
    listed.add(new Diagnostic(severity, DiagnosticCode.LIMIT_EXCEEDED, more
        + " more diagnostics, the first here, are not listed (at most " + LISTED + " a letter)",
        next.line(), next.column(), next.span()));
    return listed;
  }
}
