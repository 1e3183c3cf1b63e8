package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Letters as PDFs: the real letters give what their PDFBox text files give, our own letters made
 * into PDFs encrypted as the published ones are give their text's determination, and a PDF that
 * is damaged, locked, empty or no letter gives one clear error, never an exception.
 */
class PdfInputTest {

  private static final ImrParser PARSER = ImrParser.create();

  static {
    PdfLetters.quietPdfBox();
  }

  static Stream<String> fixtures() {
    return ExpectedLetters.all().keySet().stream();
  }

  @TestFactory
  Stream<DynamicTest> everyRealPdfGivesWhatItsTextFileGives() throws IOException {
    Path corpus = SharedLetters.require().resolve("corpus/dev");
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(corpus)) {
      pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
    assertThat(pdfs).as("PDFs in corpus/dev").isNotEmpty();
    return pdfs.stream().map(pdf -> DynamicTest.dynamicTest(pdf.getFileName().toString(), () -> {
      Path txt = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".txt"));
      ParseResult fromText = PARSER.parse(txt);

      ParseResult fromPdf = PARSER.parse(pdf);

      assertThat(fromPdf.text()).as("extracted text").isEqualTo(Files.readString(txt));
      assertThat(fromPdf.determination()).as("determination").isEqualTo(fromText.determination());
      assertThat(fromPdf.diagnostics()).as("diagnostics").isEqualTo(fromText.diagnostics());
      assertThat(SpanChecks.problems(fromPdf.text(), fromPdf)).as("spans").isEmpty();
    }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void aFixtureAsAPublishedPdfGivesTheDeterminationOfItsText(String fixture) {
    String text = ExpectedLetters.text(fixture);
    byte[] pdf = PdfLetters.published(text);

    ParseResult result = PARSER.parsePdf(pdf);

    assertThat(result.errors()).as("errors").isEmpty();
    assertThat(result.determination()).as("determination")
        .isEqualTo(PARSER.parse(text).determination()).isPresent();
    assertThat(result.text()).as("the extracted text is exposed").isNotBlank();
    assertThat(SpanChecks.problems(result.text(), result)).as("spans").isEmpty();
  }

  @Test
  void aFileIsTakenForAPdfByItsSignatureNotItsName(@TempDir Path dir) throws IOException {
    String text = ExpectedLetters.text("2016-single-item-tens");
    Path pdfNamedTxt = Files.write(dir.resolve("letter.txt"), PdfLetters.published(text));
    Path textNamedPdf = Files.writeString(dir.resolve("letter.pdf"), text);

    ParseResult fromPdf = PARSER.parse(pdfNamedTxt);
    ParseResult fromText = PARSER.parse(textNamedPdf);

    assertThat(fromPdf.errors()).isEmpty();
    assertThat(fromPdf.determination()).isEqualTo(PARSER.parse(text).determination()).isPresent();
    assertThat(fromPdf.text()).isNotEqualTo(text).contains("CM16-0481527");
    assertThat(fromText.determination()).isEqualTo(fromPdf.determination());
    assertThat(fromText.text()).isEqualTo(text);
  }

  @Test
  void aPdfThatNeedsAPasswordGivesOneError() {
    byte[] pdf = PdfLetters.withPassword(ExpectedLetters.text("2016-single-item-tens"), "secret");

    ParseResult result = PARSER.parsePdf(pdf);

    assertThat(result.determination()).isEmpty();
    assertThat(result.text()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.PASSWORD_PROTECTED);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.message()).contains("password");
      assertThat(d.line()).isEqualTo(1);
      assertThat(d.column()).isEqualTo(1);
    });
  }

  @Test
  void aStrictParserThrowsTheErrorOfALockedPdf() {
    byte[] pdf = PdfLetters.withPassword(ExpectedLetters.text("2016-single-item-tens"), "secret");

    assertThatThrownBy(() -> ImrParser.builder().strict(true).build().parsePdf(pdf))
        .isInstanceOfSatisfying(ImrParseException.class, e ->
            assertThat(e.diagnostic().code()).isEqualTo(DiagnosticCode.PASSWORD_PROTECTED));
  }

  @Test
  void aPdfThatIsNotALetterGivesOneError() {
    byte[] pdf = PdfLetters.published("QUARTERLY NEWSLETTER \n \nThe cafeteria reopens on Monday. \n"
        + "Please return borrowed chairs to room 4. \n");

    ParseResult result = PARSER.parsePdf(pdf);

    assertThat(result.determination()).isEmpty();
    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.NOT_AN_IMR_LETTER));
  }

  @Test
  void aPdfWithoutTextSaysItNeedsOcr() {
    ParseResult result = PARSER.parsePdf(PdfLetters.blankPage());

    assertThat(result.determination()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.EMPTY_INPUT);
      assertThat(d.message()).contains("OCR");
    });
  }

  @Test
  void bytesThatOnlyStartLikeAPdfAreUnreadable() {
    byte[] pdf = "%PDF-1.7\nthis is no PDF at all, only its first line\n".getBytes(StandardCharsets.US_ASCII);

    ParseResult result = PARSER.parsePdf(pdf);

    assertThat(result.determination()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.UNREADABLE_PDF);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
    });
  }

  /**
   * A PDF cut off or with bytes overwritten: PDFBox recovers what it can (a cut-off letter then
   * lacks parts, which the diagnostics say) or the file is unreadable; never an exception.
   */
  @Test
  void aDamagedPdfGivesDiagnosticsNotAnException() {
    String text = ExpectedLetters.text("2017-five-items-knee");
    byte[] whole = PdfLetters.published(text);
    byte[] plain = PdfLetters.plain(text);
    List<byte[]> damaged = List.of(
        Arrays.copyOf(whole, whole.length / 10),
        Arrays.copyOf(whole, whole.length / 2),
        Arrays.copyOf(whole, whole.length - 40),
        Arrays.copyOf(plain, plain.length / 3),
        overwritten(plain, plain.length / 4, 200),
        overwritten(whole, whole.length / 2, 500),
        overwritten(plain, plain.length - 300, 300));

    for (byte[] pdf : damaged) {
      ParseResult result = PARSER.parsePdf(pdf);

      if (result.determination().isEmpty()) {
        assertThat(result.errors()).as("a damaged PDF without a determination says why")
            .hasSize(1).allSatisfy(d -> assertThat(d.code()).isIn(DiagnosticCode.UNREADABLE_PDF,
                DiagnosticCode.EMPTY_INPUT, DiagnosticCode.NOT_AN_IMR_LETTER));
      } else {
        assertThat(result.text()).as("a recovered PDF's text").isNotBlank();
        assertThat(SpanChecks.problems(result.text(), result)).isEmpty();
      }
    }
  }

  @Test
  void aPdfCutBeforeItsEndIsUnreadable() {
    byte[] whole = PdfLetters.published(ExpectedLetters.text("2016-single-item-tens"));

    ParseResult result = PARSER.parsePdf(Arrays.copyOf(whole, 400));

    assertThat(result.determination()).isEmpty();
    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.UNREADABLE_PDF));
  }

  private static byte[] overwritten(byte[] pdf, int from, int length) {
    byte[] copy = pdf.clone();
    for (int i = from; i < Math.min(copy.length, from + length); i++) {
      copy[i] = (byte) (31 * i);
    }
    return copy;
  }
}
