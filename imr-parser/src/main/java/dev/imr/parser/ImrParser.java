package dev.imr.parser;

import dev.imr.model.SourceSpan;
import dev.imr.parser.internal.LetterReader;
import dev.imr.parser.internal.pdf.PdfText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Parses IMR determination letters into {@link dev.imr.model.Determination}s.
 *
 * <pre>{@code
 * ImrParser parser = ImrParser.builder().build();
 * ParseResult result = parser.parse(text);
 * result.determination().ifPresent(d -> d.items().forEach(item ->
 *     System.out.println(item.title() + " -> " + item.decision().orElse(null))));
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe: build one and share it. It never throws for bad
 * text; what it could not read is reported as {@link Diagnostic}s with the line and column, unless
 * {@link Builder#strict(boolean) strict}, where the first error is thrown as an {@link
 * ImrParseException}.
 */
public final class ImrParser {

  /**
   * The largest text file {@link #parse(Path)} reads by default: 4 MiB, some 350 times the longest
   * real letter's text. Stops a huge or endless file from filling the memory.
   */
  public static final long DEFAULT_MAX_TEXT_BYTES = 4L << 20;

  /**
   * The largest PDF file {@link #parse(Path)} reads by default: 16 MiB, some 400 times the
   * largest published letter. Stops a huge file from filling the memory before PDFBox sees it.
   */
  public static final long DEFAULT_MAX_PDF_BYTES = 16L << 20;

  /** The most any limit can be: the largest array Java allocates. */
  public static final long MAX_LIMIT_BYTES = Integer.MAX_VALUE - 8;

  private final boolean strict;
  private final long maxTextBytes;
  private final long maxPdfBytes;

  private ImrParser(Builder builder) {
    this.strict = builder.strict;
    this.maxTextBytes = builder.maxTextBytes;
    this.maxPdfBytes = builder.maxPdfBytes;
  }

  /** A builder with the defaults: lenient. */
  public static Builder builder() {
    return new Builder();
  }

  /** A lenient parser. */
  public static ImrParser create() {
    return builder().build();
  }

  /** True when the first error is thrown rather than reported. */
  public boolean isStrict() {
    return strict;
  }

  /** The largest text file {@link #parse(Path)} reads, in bytes. */
  public long maxTextBytes() {
    return maxTextBytes;
  }

  /** The largest PDF file {@link #parse(Path)} reads, in bytes. */
  public long maxPdfBytes() {
    return maxPdfBytes;
  }

  /**
   * Parses the text of one letter, in any extraction layout (PDFBox, pdftotext in its three modes,
   * double-spaced, {@code \r\n}, form feeds, page headers and footers). Spans in the result are
   * offsets into {@code text}.
   *
   * <p>A text that is one line naming an existing file is most likely a file name passed by
   * mistake: its {@link DiagnosticCode#NOT_AN_IMR_LETTER} error says to use {@link
   * #parse(Path)}.
   *
   * @throws NullPointerException when {@code text} is null
   * @throws ImrParseException when strict and the letter has an error
   */
  public ParseResult parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    LetterReader.Reading reading = LetterReader.read(text, "<text>");
    List<Diagnostic> diagnostics = reading.diagnostics();
    if (reading.determination() == null && namesAFile(text)) {
      diagnostics = new ArrayList<>(diagnostics);
      diagnostics.replaceAll(d -> d.code() != DiagnosticCode.NOT_AN_IMR_LETTER ? d
          : new Diagnostic(d.severity(), d.code(), d.message()
              + " (the text looks like a file name: use parse(Path) to read the file)",
              d.line(), d.column(), d.span()));
    }
    return finish(new ParseResult(reading.determination(), diagnostics, text.toString()));
  }

  /** Whether {@code text} is one short line that names an existing regular file. */
  private static boolean namesAFile(CharSequence text) {
    String name = text.toString().strip();
    if (name.isEmpty() || name.length() > 4096 || name.indexOf('\n') >= 0
        || name.indexOf('\r') >= 0) {
      return false;
    }
    try {
      return Files.isRegularFile(Path.of(name));
    } catch (InvalidPathException | SecurityException e) {
      return false;
    }
  }

  /**
   * Parses a letter's file: a PDF (recognised by its {@code %PDF-} signature, whatever the file's
   * name) as {@link #parsePdf(byte[])} does, any other file as UTF-8 text, or UTF-16 when its
   * byte-order mark or its zero bytes say so (an INFO says which); bytes that are not valid UTF-8
   * become U+FFFD, each place a WARNING.
   *
   * <p>Only a regular file is read (symbolic links are followed), and only up to {@link
   * #maxTextBytes()} or {@link #maxPdfBytes()}: a pipe, a device, a directory or a file over its
   * limit gives no determination and one {@link DiagnosticCode#LIMIT_EXCEEDED} error, without
   * being read, so neither a FIFO nor {@code /dev/zero} nor a sparse file of terabytes can hang
   * the reader or fill the memory.
   *
   * @throws IOException when the file cannot be read
   * @throws NullPointerException when {@code file} is null
   * @throws ImrParseException when strict and the letter has an error
   */
  public ParseResult parse(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    LetterFileReader.Reading reading =
        new LetterFileReader(maxTextBytes, maxPdfBytes).read(file);
    if (reading instanceof LetterFileReader.Refused refused) {
      return finish(new ParseResult(null, List.of(new Diagnostic(Severity.ERROR,
          DiagnosticCode.LIMIT_EXCEEDED, refused.message(), 1, 1, SourceSpan.of(0, 0))), ""));
    }
    LetterFileReader.Bytes read = (LetterFileReader.Bytes) reading;
    byte[] bytes = read.bytes();
    if (read.pdf()) {
      return parsePdf(bytes, file.toString());
    }
    LetterTextDecoder.Decoded decoded = LetterTextDecoder.decode(bytes);
    LetterReader.Reading letter = LetterReader.read(decoded.text(), file.toString());
    List<Diagnostic> diagnostics = letter.diagnostics();
    if (!decoded.diagnostics().isEmpty()) {
      diagnostics = new ArrayList<>(decoded.diagnostics());
      diagnostics.addAll(letter.diagnostics());
      diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()));
    }
    return finish(new ParseResult(letter.determination(), diagnostics, decoded.text()));
  }

  /**
   * Parses a letter published as a PDF. The text is extracted with PDFBox as the published letters
   * need it (they are encrypted with an empty password, which is opened without asking), the
   * same text PDFBox's default text stripper gives; spans in the result are offsets into that
   * text, {@link ParseResult#text()}. A file that cannot be opened, needs a password, holds no
   * text or goes past a limit (its streams decode to more than 64 MiB, or its text is longer than
   * 4 million characters) gives no determination and one error ({@link
   * DiagnosticCode#UNREADABLE_PDF}, {@link DiagnosticCode#PASSWORD_PROTECTED}, {@link
   * DiagnosticCode#EMPTY_INPUT}, {@link DiagnosticCode#LIMIT_EXCEEDED}), never an exception. A
   * file that opens but is partly damaged is parsed, with a {@link DiagnosticCode#DAMAGED_PDF}
   * error saying what was lost.
   *
   * @throws NullPointerException when {@code pdf} is null
   * @throws ImrParseException when strict and the letter has an error
   */
  public ParseResult parsePdf(byte[] pdf) {
    Objects.requireNonNull(pdf, "pdf");
    return parsePdf(pdf, "<pdf>");
  }

  private ParseResult parsePdf(byte[] pdf, String sourceName) {
    PdfText.Extraction extraction = PdfText.extract(pdf);
    if (extraction instanceof PdfText.Failure failure) {
      return finish(new ParseResult(null, List.of(new Diagnostic(Severity.ERROR, failure.code(),
          failure.message(), 1, 1, SourceSpan.of(0, 0))), ""));
    }
    PdfText.Text extracted = (PdfText.Text) extraction;
    String text = extracted.text();
    // What the PDF stage noticed concerns the file as a whole: placed at its start, first.
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (PdfText.Note note : extracted.notes()) {
      diagnostics.add(new Diagnostic(note.severity(), note.code(), note.message(), 1, 1,
          SourceSpan.of(0, 0)));
    }
    if (text.isBlank()) {
      diagnostics.add(new Diagnostic(Severity.ERROR, DiagnosticCode.EMPTY_INPUT,
          "the PDF holds no text: a scanned letter needs OCR first", 1, 1, SourceSpan.of(0, 0)));
      return finish(new ParseResult(null, diagnostics, text));
    }
    LetterReader.Reading reading = LetterReader.read(text, sourceName);
    diagnostics.addAll(reading.diagnostics());
    return finish(new ParseResult(reading.determination(), diagnostics, text));
  }

  private ParseResult parse(CharSequence text, String sourceName) {
    LetterReader.Reading reading = LetterReader.read(text, sourceName);
    return finish(new ParseResult(reading.determination(), reading.diagnostics(), text.toString()));
  }

  private ParseResult finish(ParseResult result) {
    if (strict) {
      for (Diagnostic diagnostic : result.diagnostics()) {
        if (diagnostic.severity() == Severity.ERROR) {
          throw new ImrParseException(diagnostic);
        }
      }
    }
    return result;
  }

  /** Configures an {@link ImrParser}. */
  public static final class Builder {
    private boolean strict;
    private long maxTextBytes = DEFAULT_MAX_TEXT_BYTES;
    private long maxPdfBytes = DEFAULT_MAX_PDF_BYTES;

    private Builder() {}

    /**
     * The largest text file {@link ImrParser#parse(Path)} reads (default 4 MiB, {@link
     * #DEFAULT_MAX_TEXT_BYTES}); a larger one is a {@link DiagnosticCode#LIMIT_EXCEEDED}
     * error.
     *
     * @throws IllegalArgumentException when not between 1 and {@link #MAX_LIMIT_BYTES}
     */
    public Builder maxTextBytes(long bytes) {
      this.maxTextBytes = checkedLimit(bytes);
      return this;
    }

    /**
     * The largest PDF file {@link ImrParser#parse(Path)} reads (default 16 MiB, {@link
     * #DEFAULT_MAX_PDF_BYTES}); a larger one is a {@link DiagnosticCode#LIMIT_EXCEEDED}
     * error.
     *
     * @throws IllegalArgumentException when not between 1 and {@link #MAX_LIMIT_BYTES}
     */
    public Builder maxPdfBytes(long bytes) {
      this.maxPdfBytes = checkedLimit(bytes);
      return this;
    }

    private static long checkedLimit(long bytes) {
      if (bytes < 1 || bytes > MAX_LIMIT_BYTES) {
        throw new IllegalArgumentException(
            "a limit is between 1 and " + MAX_LIMIT_BYTES + " bytes, not " + bytes);
      }
      return bytes;
    }

    /** Whether the first error is thrown as an {@link ImrParseException} (default false). */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** The parser. */
    public ImrParser build() {
      return new ImrParser(this);
    }
  }
}
