package dev.imr.parser;

import dev.imr.parser.internal.pdf.PdfText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a letter's file in bounded memory: only a regular file, and never more than the limit of
 * its kind (text or PDF) plus one byte, however large the file is or claims to be: its first
 * kilobyte tells the kind, its size is checked against that kind's limit before the rest is read.
 * Nothing is opened before the file's type is known, so a FIFO cannot block the reader and a
 * device such as {@code /dev/zero} cannot fill the heap.
 */
final class LetterFileReader {

  /** How far into a file the PDF signature is looked for, as {@link PdfText#isPdf} does. */
  private static final int SIGNATURE_WINDOW = 1024;

  /** What reading gave: the bytes, or why they were not read. */
  sealed interface Reading permits Bytes, Refused {}

  /** The whole file; {@code pdf} when it holds the PDF signature. */
  record Bytes(byte[] bytes, boolean pdf) implements Reading {}

  /** Why the file was not read: it is not a regular file, or it is over its limit. */
  record Refused(String message) implements Reading {}

  private final long maxTextBytes;
  private final long maxPdfBytes;

  LetterFileReader(long maxTextBytes, long maxPdfBytes) {
    this.maxTextBytes = maxTextBytes;
    this.maxPdfBytes = maxPdfBytes;
  }

  /**
   * Reads {@code file}, following symbolic links.
   *
   * @throws IOException when the file cannot be read
   */
  Reading read(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      return new Refused("not a regular file (" + kind(attributes)
          + "): only regular files are read, so that a pipe cannot hang the reader and a device"
          + " cannot fill the memory");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(SIGNATURE_WINDOW);
      boolean pdf = PdfText.isPdf(head);
      long limit = pdf ? maxPdfBytes : maxTextBytes;
      String kind = pdf ? "PDF letter" : "text letter";
      if (attributes.size() > limit) {
        return tooLarge(attributes.size() + " bytes", kind, limit);
      }
      if (head.length > limit) {
        return tooLarge("more than " + limit + " bytes", kind, limit);
      }
      // The size was checked, but a file can grow while it is read: never more than limit + 1.
      byte[] rest = in.readNBytes((int) (limit - head.length + 1));
      if (head.length + (long) rest.length > limit) {
        return tooLarge("more than " + limit + " bytes", kind, limit);
      }
      byte[] bytes = Arrays.copyOf(head, head.length + rest.length);
      System.arraycopy(rest, 0, bytes, head.length, rest.length);
      return new Bytes(bytes, pdf);
    }
  }

  private static Refused tooLarge(String size, String kind, long limit) {
    String human = limit < 1024 ? "" : " (" + human(limit) + ")";
    return new Refused("the file is " + size + ", over the limit of " + limit + " bytes" + human
        + " for a " + kind + ": it is not read");
  }

  /** A byte count in binary units, {@code 4 MiB}, for messages. */
  static String human(long bytes) {
    String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0 ? bytes + " bytes"
        : (value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f %s", value, units[unit])
            : String.format(Locale.ROOT, "%.1f %s", value, units[unit]));
  }

  private static String kind(BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a directory";
    }
    return "a pipe, a device or a socket";
  }
}
