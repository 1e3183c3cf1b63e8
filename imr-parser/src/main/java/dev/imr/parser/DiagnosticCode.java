package dev.imr.parser;

/** What a {@link Diagnostic} is about. The names are stable: tools may match on them. */
public enum DiagnosticCode {
  /** The input holds no text. */
  EMPTY_INPUT,
  /** The input is not an IMR determination letter in any known layout. */
  NOT_AN_IMR_LETTER,
  /** The letter's parts are not where the format puts them; the message says what was expected. */
  UNEXPECTED_CONTENT,
  /** A part the format requires is absent (the letter may be cut off). */
  MISSING_PART,
  /** A disputed item's heading ends without {@code : Upheld} or {@code : Overturned}. */
  MISSING_DECISION,
  /** A decision with no heading text before it. */
  MISSING_TITLE,
  /** A header label without a value the parser could read. */
  MISSING_HEADER_VALUE,
  /** A header value that is not a valid date or case number. */
  INVALID_HEADER_VALUE,
  /** Text in the header block that belongs to no label. */
  UNRECOGNISED_TEXT,
  /** The letter states no expert reviewer credentials. */
  MISSING_CREDENTIALS,
  /** A specialty name that is not in the list of known board specialties (kept as written). */
  UNKNOWN_SPECIALTY,
  /** Guideline statement text not readable as a citation; kept as an {@code OTHER} citation. */
  UNRECOGNISED_CITATION,
  /**
   * An item's rationale states no ground for the decision that the parser recognises (info): the
   * item's reasons are empty rather than guessed.
   */
  NO_DECISION_REASON,
  /** A PDF that cannot be opened or read: damaged, truncated, or not a PDF after all. */
  UNREADABLE_PDF,
  /**
   * A PDF that opened, but that PDFBox reported a problem in while reading it, in PDFBox's own
   * words: an ERROR when part of it could not be read (a stream that does not decode, content
   * skipped), so that text may be missing; a WARNING for something it repaired or skipped.
   */
  DAMAGED_PDF,
  /**
   * INFO: a PDF read with PDFBox's general text extraction instead of the fast one, which does
   * not handle something in it (the message says what); the text is the same, only slower.
   */
  SLOW_PDF_EXTRACTION,
  /** A PDF that needs a password to open (the published letters open without one). */
  PASSWORD_PROTECTED,
  /**
   * A letter in a layout of 2013 – early 2014; the message names the layout and what of it could
   * not be read into the model.
   */
  OLDER_LAYOUT,
  /** Page headers or footers ({@code Page 2 of 5}, the case number on each page) left out. */
  PAGE_FURNITURE,
  /**
   * The input goes beyond a limit set against hostile input (far more items than any letter
   * has, a file larger than {@link ImrParser#maxTextBytes()} or {@link ImrParser#maxPdfBytes()},
   * a path that is not a regular file); the message says which, and the text past it is not
   * read.
   */
  LIMIT_EXCEEDED
}
