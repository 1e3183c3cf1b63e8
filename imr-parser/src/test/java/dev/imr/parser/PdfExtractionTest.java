package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.imr.parser.internal.pdf.Limits;
import dev.imr.parser.internal.pdf.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fast PDF extraction gives what PDFBox's default text stripper gives: the same text, so the
 * same determination and diagnostics, for every real letter PDF and every generated PDF of the
 * benchmark corpus; it hands what it does not handle to the stripper and says so; and the PDF
 * stage's limits and damage reports hold.
 */
class PdfExtractionTest {

  private static final ImrParser PARSER = ImrParser.create();

  @TestFactory
  Stream<DynamicTest> everyRealPdfReadsAsTheStripperReadsIt() throws IOException {
    Path corpus = SharedLetters.require().resolve("corpus/dev");
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(corpus)) {
      pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
    assertThat(pdfs).as("PDFs in corpus/dev").isNotEmpty();
    return pdfs.stream().map(pdf -> DynamicTest.dynamicTest(pdf.getFileName().toString(),
        () -> assertSameAsStripper(Files.readAllBytes(pdf))));
  }

  @Test
  void everyGeneratedPdfOfTheBenchmarkReadsAsTheStripperReadsIt() {
    // The benchmark's PDFs (BenchmarkCorpus.generated): its seed, its generators, its first 400.
    List<byte[]> pdfs = new ArrayList<>();
    qt().withFixedSeed(20_170_101L).withExamples(400).withShrinkCycles(0)
        .forAll(LetterGenerators.determinations(), LetterGenerators.options())
        .checkAssert((letter, layout) -> {
          LetterWriter.write(letter, layout);
          pdfs.add(PdfLetters.published(LetterWriter.write(letter, LetterWriter.Options.pdfBox())));
        });
    assertThat(pdfs).hasSizeGreaterThan(390);
    for (byte[] pdf : pdfs) {
      assertSameAsStripper(pdf);
    }
  }

  private static void assertSameAsStripper(byte[] pdf) {
    PdfText.Extraction fast = PdfText.extract(pdf, Limits.DEFAULT, PdfText.Route.FAST);
    PdfText.Extraction stripper = PdfText.extract(pdf, Limits.DEFAULT, PdfText.Route.STRIPPER);

    assertThat(fast).isInstanceOf(PdfText.Text.class);
    assertThat(((PdfText.Text) fast).notes()).as("notes: no fallback to the stripper")
        .isEqualTo(((PdfText.Text) stripper).notes());
    String text = ((PdfText.Text) fast).text();
    assertThat(text).as("text").isEqualTo(((PdfText.Text) stripper).text());
    ParseResult fromFast = PARSER.parsePdf(pdf);
    ParseResult fromStripper = PARSER.parse(((PdfText.Text) stripper).text());
    assertThat(fromFast.determination()).isEqualTo(fromStripper.determination());
    assertThat(fromFast.diagnostics()).isEqualTo(fromStripper.diagnostics());
  }

  @Test
  void textDrawnTwiceOrOutOfOrderReadsAsTheStripperReadsIt() throws IOException {
    // Bold faked by drawing a line twice a hair apart, words drawn right to left, and a line
    // drawn above the lines before it: the stripper drops the repeated glyphs and keeps order.
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.setFont(font, 10);
        float[][] lines = {{54, 700}, {54.3f, 700}, {54, 686}, {300, 686}, {54, 714}, {54.2f, 714}};
        String[] texts = {"Case Number: CM16-0000001", "Case Number: CM16-0000001", "Decision",
            "Date", "Independent Medical Review", "Independent Medical Review"};
        for (int i = 0; i < lines.length; i++) {
          content.beginText();
          content.newLineAtOffset(lines[i][0], lines[i][1]);
          content.showText(texts[i]);
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      pdf = out.toByteArray();
    }

    assertSameAsStripper(pdf);
    String text = ((PdfText.Text) PdfText.extract(pdf)).text();
    assertThat(text.split("CM16-0000001", -1)).as("the doubled line once").hasSize(2);
    assertThat(text.split("Independent Medical Review", -1)).hasSize(2);
  }

  @Test
  void rotatedTextGoesToTheStripperAndSaysSo() throws IOException {
    String letter = ExpectedLetters.text("2016-single-item-tens");
    byte[] pdf = withRotatedNote(PdfLetters.plain(letter));

    PdfText.Extraction fast = PdfText.extract(pdf, Limits.DEFAULT, PdfText.Route.FAST);
    PdfText.Extraction stripper = PdfText.extract(pdf, Limits.DEFAULT, PdfText.Route.STRIPPER);
    ParseResult result = PARSER.parsePdf(pdf);

    assertThat(((PdfText.Text) fast).text()).isEqualTo(((PdfText.Text) stripper).text())
        .contains("Case Number");
    assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.SLOW_PDF_EXTRACTION)
        .singleElement().satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.INFO);
          assertThat(d.message()).contains("rotated");
        });
    assertThat(result.determination()).isPresent().isEqualTo(
        PARSER.parse(((PdfText.Text) stripper).text()).determination());
  }

  @Test
  void aPdfBombIsALimitErrorNotAnOutOfMemoryError() throws IOException {
    byte[] bomb = bomb(256L << 20, false); // 256 MiB of spaces in a quarter megabyte
    byte[] withPredictor = bomb(256L << 20, true); // the same, decoded through a PNG predictor

    for (PdfText.Route route : PdfText.Route.values()) {
      assertThat(PdfText.extract(withPredictor, Limits.DEFAULT, route)).as(route.name())
          .isInstanceOfSatisfying(PdfText.Failure.class, failure ->
              assertThat(failure.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED));
      PdfText.Extraction extraction = PdfText.extract(bomb, Limits.DEFAULT, route);
      assertThat(extraction).as(route.name()).isInstanceOfSatisfying(PdfText.Failure.class,
          failure -> {
            assertThat(failure.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
            assertThat(failure.message()).contains("decode to more than");
          });
    }
    ParseResult result = PARSER.parsePdf(bomb);
    assertThat(result.determination()).isEmpty();
    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED));
  }

  @Test
  void textPastTheCapIsALimitError() {
    byte[] pdf = PdfLetters.published(ExpectedLetters.text("2016-single-item-tens"));
    for (PdfText.Route route : PdfText.Route.values()) {
      assertThat(PdfText.extract(pdf, new Limits(64L << 20, 1000), route)).as(route.name())
          .isInstanceOfSatisfying(PdfText.Failure.class, failure ->
              assertThat(failure.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED));
    }
  }

  @Test
  void aFlippedByteInAContentStreamIsAnErrorThatSaysWhatWasLost() throws IOException {
    byte[] pdf = PdfLetters.plain(ExpectedLetters.text("2016-single-item-tens"));
    byte[] damaged = flipByteInFirstStream(pdf);

    ParseResult result = PARSER.parsePdf(damaged);

    assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.DAMAGED_PDF)
        .anySatisfy(d -> {
          assertThat(d.severity()).isEqualTo(Severity.ERROR);
          assertThat(d.message()).contains("the content of page 1").contains("is lost");
        });
    assertThat(result.errors()).isNotEmpty();
  }

  /** The PDF with a line of text turned 90 degrees added to its first page. */
  private static byte[] withRotatedNote(byte[] pdf) throws IOException {
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      try (PDPageContentStream content = new PDPageContentStream(document, page,
          PDPageContentStream.AppendMode.APPEND, true)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 580, 300));
        content.showText("ROTATED STAMP");
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A one-page PDF whose content stream inflates to {@code size} bytes of spaces. */
  private static byte[] bomb(long size, boolean predictor) throws IOException {
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
      if (predictor) {
        org.apache.pdfbox.cos.COSDictionary parms = new org.apache.pdfbox.cos.COSDictionary();
        parms.setInt(COSName.PREDICTOR, 12);
        parms.setInt(COSName.COLUMNS, 1023);
        stream.setItem(COSName.DECODE_PARMS, parms);
      }
      page.setContents(new PDStream(stream));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** {@code pdf} with one byte flipped in the middle of its first page's content stream. */
  private static byte[] flipByteInFirstStream(byte[] pdf) throws IOException {
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      COSStream stream = document.getPage(0).getContentStreams().next().getCOSObject();
      byte[] raw;
      try (java.io.InputStream in = stream.createRawInputStream()) {
        raw = in.readAllBytes();
      }
      assertThat(raw.length).as("stream length").isGreaterThan(100);
      raw[raw.length / 2] ^= 0x5a;
      try (OutputStream out = stream.createRawOutputStream()) {
        out.write(raw);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

}
