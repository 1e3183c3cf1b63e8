package dev.imr.parser;

import dev.imr.parser.internal.LetterReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

  private final boolean strict;

  private ImrParser(Builder builder) {
    this.strict = builder.strict;
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

  /**
   * Parses the text of one letter, in any extraction layout (PDFBox, pdftotext, double-spaced,
   * {@code \r\n}, form feeds). Spans in the result are offsets into {@code text}.
   *
   * @throws ImrParseException when strict and the letter has an error
   */
  public ParseResult parse(CharSequence text) {
    return parse(text, "<text>");
  }

  /**
   * Parses a letter's text file, read as UTF-8 (malformed bytes become U+FFFD).
   *
   * @throws IOException when the file cannot be read
   * @throws ImrParseException when strict and the letter has an error
   */
  public ParseResult parse(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
    return parse(text, file.toString());
  }

  private ParseResult parse(CharSequence text, String sourceName) {
    LetterReader.Reading reading = LetterReader.read(text, sourceName);
    ParseResult result = new ParseResult(reading.determination(), reading.diagnostics());
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

    private Builder() {}

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
