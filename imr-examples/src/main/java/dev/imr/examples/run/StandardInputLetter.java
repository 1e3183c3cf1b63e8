package dev.imr.examples.run;

import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.ImrParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the one letter of a PATH of {@code -} from standard input, as {@link
 * ImrParser#parse(java.nio.file.Path)} reads a file: a PDF when its first kilobyte holds the
 * {@code %PDF-} signature, UTF-8 text otherwise (malformed bytes become U+FFFD), and never more
 * than the parser's limit of its kind and one byte, so that {@code cat /dev/zero | imr parse -}
 * cannot fill the memory. Input over the limit is a {@code LIMIT_EXCEEDED} error of that letter.
 */
final class StandardInputLetter {

  /** How far in the PDF signature is looked for, as the parser does for files. */
  static final int SIGNATURE_WINDOW = 1024;

  private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private StandardInputLetter() {}

  /**
   * Reads standard input to its end, or to one byte past the limit, and parses it.
   *
   * @throws IOException when standard input cannot be read
   */
  static ParsedLetter read(LetterFile file, ImrParser parser, InputStream in) throws IOException {
    byte[] head = in.readNBytes(SIGNATURE_WINDOW);
    boolean pdf = isPdf(head);
    long limit = pdf ? parser.maxPdfBytes() : parser.maxTextBytes();
    if (head.length > limit) {
      return tooLarge(file, pdf, limit);
    }
    byte[] rest = in.readNBytes((int) (limit - head.length + 1));
    if (head.length + (long) rest.length > limit) {
      return tooLarge(file, pdf, limit);
    }
    byte[] bytes = Arrays.copyOf(head, head.length + rest.length);
    System.arraycopy(rest, 0, bytes, head.length, rest.length);
    if (pdf) {
      return ParsedLetter.parsed(file, parser.parsePdf(bytes));
    }
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
    return ParsedLetter.parsed(file, parser.parse(text));
  }

  /** True when {@code head} holds the PDF signature. */
  static boolean isPdf(byte[] head) {
    for (int i = 0; i + SIGNATURE.length <= Math.min(head.length, SIGNATURE_WINDOW); i++) {
      if (Arrays.equals(head, i, i + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
        return true;
      }
    }
    return false;
  }

  private static ParsedLetter tooLarge(LetterFile file, boolean pdf, long limit) {
    String option = pdf ? "--max-pdf-size" : "--max-text-size";
    return ParsedLetter.failed(file, DiagnosticCode.LIMIT_EXCEEDED.name(), "standard input holds"
        + " more than " + limit + " bytes, over the limit for a " + (pdf ? "PDF" : "text")
        + " letter (" + option + "): it is not read further");
  }
}
