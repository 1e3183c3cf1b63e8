package dev.imr.parser;

/** Thrown by a strict {@link ImrParser} for the first error in a letter. */
public final class ImrParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Diagnostic diagnostic;

  /** An exception for {@code diagnostic}. */
  public ImrParseException(Diagnostic diagnostic) {
    super(diagnostic.toString());
    this.diagnostic = diagnostic;
  }

  /** The error, with its line, column and span. */
  public Diagnostic diagnostic() {
    return diagnostic;
  }

  /** 1-based line of the error. */
  public int line() {
    return diagnostic.line();
  }

  /** 1-based column of the error. */
  public int column() {
    return diagnostic.column();
  }
}
