package dev.imr.parser;

import dev.imr.parser.internal.pdf.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Makes PDFs of our own letters with PDFBox, so that PDF input is tested without binary fixtures:
 * one text line per line of the letter, a page every {@value #LINES_PER_PAGE} lines, encrypted as
 * the published letters are (AES, an empty user password, copying disallowed) or with a password.
 */
final class PdfLetters {

  static final int LINES_PER_PAGE = 48;

  static {
    // The PDF stage takes PDFBox's log off the console (and turns it into diagnostics) when it
    // is loaded; loaded here, before these tests make PDFs with PDFBox.
    PdfText.isPdf(new byte[0]);
  }

  private PdfLetters() {}

  /** Loads this class, and with it the PDF stage's handling of PDFBox's log. */
  static void quietPdfBox() {
    // the static initialiser did it
  }

  /** A PDF of {@code text}, encrypted like the published letters. */
  static byte[] published(String text) {
    return pdf(text, "", "owner-secret");
  }

  /** A PDF of {@code text} that needs {@code userPassword} to open. */
  static byte[] withPassword(String text, String userPassword) {
    return pdf(text, userPassword, "owner-secret");
  }

  /** A PDF of {@code text} without encryption. */
  static byte[] plain(String text) {
    return pdf(text, null, null);
  }

  /** A PDF with one page and no text on it, as a scanned letter without OCR is. */
  static byte[] blankPage() {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage(PDRectangle.LETTER));
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] pdf(String text, String userPassword, String ownerPassword) {
    List<String> lines = Layouts.lines(text);
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int first = 0; first < lines.size(); first += LINES_PER_PAGE) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.setLeading(14);
          content.newLineAtOffset(54, 740);
          for (String line : lines.subList(first, Math.min(lines.size(), first + LINES_PER_PAGE))) {
            content.showText(line.stripTrailing());
            content.newLine();
          }
          content.endText();
        }
      }
      if (ownerPassword != null) {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
        policy.setEncryptionKeyLength(128);
        policy.setPreferAES(true);
        document.protect(policy);
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
