package dev.imr.parser;

/** How much a {@link Diagnostic} matters. */
public enum Severity {
  /** Part of the letter could not be read; the model lacks something the letter holds. */
  ERROR,
  /** The letter departs from the known format; the model may be incomplete. */
  WARNING,
  /** Worth knowing, nothing is lost. */
  INFO
}
