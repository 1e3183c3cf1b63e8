package dev.imr.parser;

import dev.imr.model.SourceSpan;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a text letter's bytes: UTF-8, or UTF-16 when a byte-order mark or the pattern of zero
 * bytes says so (Windows tools save text so). Bytes that are not valid UTF-8 become U+FFFD, each
 * place said by a WARNING rather than silently; the first {@value #LISTED} are listed and a last
 * diagnostic counts the rest.
 */
final class LetterTextDecoder {

  private LetterTextDecoder() {}

  static final int LISTED = 20;

  /** The text, and what decoding it found worth saying, placed in the text. */
  record Decoded(String text, List<Diagnostic> diagnostics) {}

  static Decoded decode(byte[] bytes) {
    List<Diagnostic> notes = new ArrayList<>();
    Charset utf16 = utf16(bytes);
    if (utf16 != null) {
      String text = decodeReplacing(bytes, utf16);
      boolean mark = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE);
      notes.add(new Diagnostic(Severity.INFO, DiagnosticCode.UNRECOGNISED_TEXT, "the file is "
          + (utf16 == StandardCharsets.UTF_16LE ? "UTF-16 little-endian" : "UTF-16 big-endian")
          + (mark ? " with a byte-order mark" : " (no byte-order mark; told by its zero bytes)")
          + ", not UTF-8: decoded as such", 1, 1, SourceSpan.of(0, 0)));
      return new Decoded(text, notes);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    List<int[]> bad = new ArrayList<>(); // [char offset, byte offset]
    int more = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      if (result.isError()) {
        if (bad.size() < LISTED) {
          bad.add(new int[] {out.position(), in.position()});
        } else {
          more++;
        }
        out.put('\uFFFD');
        in.position(in.position() + result.length());
      } else if (result.isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
        out.flip();
        bigger.put(out);
        out = bigger;
      }
    }
    out.flip();
    String text = out.toString();
    Positions positions = new Positions(text);
    for (int[] place : bad) {
      notes.add(new Diagnostic(Severity.WARNING, DiagnosticCode.UNRECOGNISED_TEXT,
          "the bytes at byte offset " + place[1] + " are not valid UTF-8: read as U+FFFD",
          positions.line(place[0]), positions.column(place[0]), SourceSpan.of(place[0], place[0] + 1)));
    }
    if (more > 0) {
      int[] last = bad.get(bad.size() - 1);
      notes.add(new Diagnostic(Severity.WARNING, DiagnosticCode.UNRECOGNISED_TEXT, more
          + " more places after this one hold bytes that are not valid UTF-8 (read as U+FFFD);"
          + " not listed", positions.line(last[0]), positions.column(last[0]),
          SourceSpan.of(last[0], last[0] + 1)));
    }
    return new Decoded(text, notes);
  }

  /**
   * UTF-16 when the bytes start with its byte-order mark, or when, without one, most of the
   * first kilobytes' odd (or even) bytes are zero and few of the others are: ASCII text in
   * UTF-16. Null for anything else, UTF-8 with a byte-order mark included.
   */
  private static Charset utf16(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    int length = Math.min(bytes.length, 4096) & ~1;
    if (length < 16) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < length; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = length / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String decodeReplacing(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder reported an error", e);
    }
  }

  /** Lines and columns of offsets in a text, as diagnostics give them ({@code \n} ends a line). */
  private static final class Positions {
    private final String text;

    Positions(String text) {
      this.text = text;
    }

    int line(int offset) {
      int line = 1;
      for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
      }
      return line;
    }

    int column(int offset) {
      int lineStart = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
      return offset - lineStart + 1;
    }
  }
}
