package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits of {@link ImrParser#parse(Path)}: a file over its kind's size, a pipe or a device is
 * one {@link DiagnosticCode#LIMIT_EXCEEDED} error, found without reading the file whole. The large
 * files are sparse, so these tests take no disk and no time.
 */
class InputLimitsTest {

  private static final String LETTER = "Independent Medical Review Final Determination Letter\n";

  static {
    PdfLetters.quietPdfBox();
  }

  @Test
  void aSparseTextFileOfThreeGibibytesIsRefusedWithoutBeingRead(@TempDir Path dir)
      throws IOException {
    Path big = sparse(dir.resolve("big.txt"), 3L << 30);

    ParseResult result = ImrParser.create().parse(big);

    assertThat(result.determination()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(diagnostic -> {
      assertThat(diagnostic.severity()).isEqualTo(Severity.ERROR);
      assertThat(diagnostic.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
      assertThat(diagnostic.message()).contains("3221225472 bytes", "4 MiB", "text letter");
    });
  }

  @Test
  void eachKindHasItsOwnLimit(@TempDir Path dir) throws IOException {
    byte[] pdf = PdfLetters.published(LETTER);
    Path pdfFile = Files.write(dir.resolve("letter.pdf"), pdf);
    Path textFile = Files.writeString(dir.resolve("letter.txt"), LETTER + " ".repeat(pdf.length));
    ImrParser textLimited = ImrParser.builder().maxTextBytes(pdf.length).build();
    ImrParser pdfLimited = ImrParser.builder().maxPdfBytes(pdf.length - 1).build();

    assertThat(codes(textLimited.parse(textFile))).containsExactly(DiagnosticCode.LIMIT_EXCEEDED);
    assertThat(textLimited.parse(textFile).errors().get(0).message())
        .contains("for a text letter");
    assertThat(codes(textLimited.parse(pdfFile))).doesNotContain(DiagnosticCode.LIMIT_EXCEEDED);
    assertThat(codes(pdfLimited.parse(pdfFile))).containsExactly(DiagnosticCode.LIMIT_EXCEEDED);
    assertThat(pdfLimited.parse(pdfFile).errors().get(0).message()).contains("for a PDF letter");
    assertThat(codes(pdfLimited.parse(textFile))).doesNotContain(DiagnosticCode.LIMIT_EXCEEDED);
  }

  @Test
  void aFileAtItsLimitIsRead(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("letter.txt"), LETTER);
    ImrParser parser = ImrParser.builder().maxTextBytes(LETTER.length()).build();

    assertThat(parser.parse(file).text()).isEqualTo(LETTER);
    assertThat(codes(ImrParser.builder().maxTextBytes(LETTER.length() - 1).build().parse(file)))
        .containsExactly(DiagnosticCode.LIMIT_EXCEEDED);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aPipeIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("letter.txt");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available here: FIFO test skipped");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed: FIFO test skipped");

    ParseResult result = ImrParser.create().parse(fifo);

    assertThat(codes(result)).containsExactly(DiagnosticCode.LIMIT_EXCEEDED);
    assertThat(result.errors().get(0).message()).contains("not a regular file");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void anEndlessDeviceIsRefused() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "/dev/zero is absent here: device test skipped");

    assertThat(codes(ImrParser.create().parse(zero)))
        .containsExactly(DiagnosticCode.LIMIT_EXCEEDED);
  }

  @Test
  void strictMakesTheLimitAnException(@TempDir Path dir) throws IOException {
    Path big = sparse(dir.resolve("big.txt"), ImrParser.DEFAULT_MAX_TEXT_BYTES + 1);

    assertThatThrownBy(() -> ImrParser.builder().strict(true).build().parse(big))
        .isInstanceOf(ImrParseException.class)
        .hasMessageContaining("LIMIT_EXCEEDED");
  }

  @Test
  void limitsOutsideTheirRangeAreRefusedByTheBuilder() {
    assertThatThrownBy(() -> ImrParser.builder().maxTextBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ImrParser.builder().maxPdfBytes(ImrParser.MAX_LIMIT_BYTES + 1))
        .isInstanceOf(IllegalArgumentException.class);
    ImrParser parser = ImrParser.builder().maxTextBytes(10).maxPdfBytes(20).build();
    assertThat(parser.maxTextBytes()).isEqualTo(10);
    assertThat(parser.maxPdfBytes()).isEqualTo(20);
    assertThat(ImrParser.create().maxTextBytes()).isEqualTo(ImrParser.DEFAULT_MAX_TEXT_BYTES);
  }

  private static java.util.List<DiagnosticCode> codes(ParseResult result) {
    return result.errors().stream().map(Diagnostic::code).toList();
  }

  /** A file of {@code size} bytes that takes no room on disk. */
  static Path sparse(Path file, long size) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
    return file;
  }
}
