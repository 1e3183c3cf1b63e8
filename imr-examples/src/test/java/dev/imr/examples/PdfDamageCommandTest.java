package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hostile PDFs through the real {@code imr} command, each in a folder with a good
 * letter after it: the damage is that file's error record, the run goes on, exit 1, and nothing
 * PDFBox logs reaches standard error. The bomb runs at the heap that once ran out (256 MB).
 */
class PdfDamageCommandTest {

  private static final List<String> LINES = List.of("IMR ISSUES, DECISIONS AND RATIONALES",
      "The Final Determination was based on decisions for the disputed items/services set forth"
          + " below:", "Invented brace: Upheld", "Claims Administrator guideline: Invented.",
      "MAXIMUS guideline: Invented.", "Decision rationale: Invented, not medically necessary.");

  @Test
  void aFlippedByteInAContentStreamIsThatFilesErrorAndTheRunGoesOn(@TempDir Path dir)
      throws Exception {
    Path letters = Files.createDirectories(dir.resolve("letters"));
    Files.write(letters.resolve("a-damaged.pdf"), flipByteInFirstStream(letterPdf()));
    copyExampleLetter(letters.resolve("b-good.txt"));

    ImrProcess.Result run = ImrProcess.run(dir, List.of("-Xmx256m"), "parse", "--jobs", "1",
        letters.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(2);
    // Damage PDFBox cannot get past is UNREADABLE_PDF; damage it reads around is DAMAGED_PDF.
    assertThat(run.out().lines().findFirst().orElseThrow()).containsAnyOf("\"DAMAGED_PDF\"",
        "\"UNREADABLE_PDF\"");
    assertThat(run.err()).containsAnyOf("error DAMAGED_PDF", "error UNREADABLE_PDF")
        .contains("2 files")
        .doesNotContain("org.apache.pdfbox").doesNotContain("Using fallback font")
        .doesNotContain("\tat ");
  }

  @Test
  void aPdfBombIsALimitErrorInBoundedMemoryAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    Path letters = Files.createDirectories(dir.resolve("letters"));
    Files.write(letters.resolve("a-bomb.pdf"), bomb(512L << 20)); // 512 MiB of spaces
    copyExampleLetter(letters.resolve("b-good.txt"));

    ImrProcess.Result run = ImrProcess.run(dir, List.of("-Xmx256m"), "parse", "--jobs", "1",
        letters.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.err()).contains("error LIMIT_EXCEEDED").contains("2 files")
        .doesNotContain("OutOfMemoryError").doesNotContain("org.apache.pdfbox");
  }

  private static void copyExampleLetter(Path to) throws IOException {
    try (var files = Files.list(Path.of("letters"))) {
      Path example = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst()
          .orElseThrow();
      Files.copy(example, to);
    }
  }

  /** A one-page letter PDF in the standard fonts, its content stream compressed. */
  static byte[] letterPdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 10);
        content.newLineAtOffset(50, 700);
        for (String line : LINES) {
          content.showText(line);
          content.newLineAtOffset(0, -14);
        }
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** {@code pdf} with one byte flipped in the middle of its first page's content stream. */
  private static byte[] flipByteInFirstStream(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      COSStream stream = document.getPage(0).getContentStreams().next().getCOSObject();
      byte[] raw;
      try (InputStream in = stream.createRawInputStream()) {
        raw = in.readAllBytes();
      }
      raw[raw.length / 2] ^= 0x5a;
      try (OutputStream out = stream.createRawOutputStream()) {
        out.write(raw);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A one-page PDF whose content stream inflates to {@code size} bytes of spaces. */
  private static byte[] bomb(long size) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      COSStream stream = document.getDocument().createCOSStream();
      try (OutputStream raw = stream.createRawOutputStream();
          DeflaterOutputStream out = new DeflaterOutputStream(raw,
              new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        for (long written = 0; written < size; written += spaces.length) {
          out.write(spaces);
        }
      }
      stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      page.setContents(new PDStream(stream));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
