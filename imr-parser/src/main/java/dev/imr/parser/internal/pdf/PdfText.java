package dev.imr.parser.internal.pdf;

import dev.imr.parser.DiagnosticCode;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts a PDF letter's text with PDFBox's default text stripper, the extraction the real
 * letters' text files were made with. The published letters are AES-encrypted with an empty user
 * password and copying disallowed; PDFBox opens them without a password, and reading them for
 * parsing is what the public record is for.
 */
public final class PdfText {

  /** PDF files start with this; some tools put junk before it, so it is looked for in a prefix. */
  private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final int MAGIC_WINDOW = 1024;

  private PdfText() {}

  /** What extracting one PDF gave. */
  public sealed interface Extraction permits Text, Failure {}

  /** The PDF's text, pages in order, {@code \n} line ends. */
  public record Text(String text) implements Extraction {}

  /** Why no text could be had: {@code code} and a message for the reader. */
  public record Failure(DiagnosticCode code, String message) implements Extraction {}

  /** True when {@code bytes} hold {@code %PDF-} within their first kilobyte, as PDF readers accept. */
  public static boolean isPdf(byte[] bytes) {
    int last = Math.min(bytes.length, MAGIC_WINDOW) - MAGIC.length;
    for (int i = 0; i <= last; i++) {
      int k = 0;
      while (k < MAGIC.length && bytes[i + k] == MAGIC[k]) {
        k++;
      }
      if (k == MAGIC.length) {
        return true;
      }
    }
    return false;
  }

  /** Extracts the text of {@code pdf}; never throws for any bytes. */
  public static Extraction extract(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      // The platform's separator would make the text, and so every span, differ by machine.
      stripper.setLineSeparator("\n");
      return new Text(stripper.getText(document));
    } catch (InvalidPasswordException e) {
      return new Failure(DiagnosticCode.PASSWORD_PROTECTED,
          "the PDF needs a password to open; letters as published open without one");
    } catch (IOException e) {
      return new Failure(DiagnosticCode.UNREADABLE_PDF, "the PDF cannot be read: " + describe(e));
    } catch (RuntimeException | StackOverflowError e) {
      // PDFBox answers some damaged files with runtime errors (deeply nested objects, bad
      // offsets); a damaged file is the caller's data, not a bug to surface as a crash.
      return new Failure(DiagnosticCode.UNREADABLE_PDF, "the PDF is damaged: " + describe(e));
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    message = message.strip().replaceAll("\\s+", " ");
    return message.length() <= 160 ? message : message.substring(0, 157) + "...";
  }
}
