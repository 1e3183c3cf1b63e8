package dev.imr.parser.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.Severity;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** PDFBox's log goes to the document it concerns, never to the console. */
class PdfBoxLogTest {

  @Test
  void pdfBoxLogsNoLongerReachTheConsoleOnceThePdfStageIsLoaded() {
    PdfText.isPdf(new byte[0]);

    for (String name : List.of("org.apache.pdfbox", "org.apache.fontbox")) {
      assertThat(Logger.getLogger(name).getUseParentHandlers()).as(name).isFalse();
    }
  }

  @Test
  void recordsLoggedDuringACaptureAreItsOwnAndNoOtherThreads() throws InterruptedException {
    Logger filter = Logger.getLogger("org.apache.pdfbox.filter.FlateFilter");
    Thread other = new Thread(() -> filter.severe("logged outside any capture"));

    PdfBoxLog.Logged<String> logged = PdfBoxLog.capture(() -> {
      filter.severe("FlateFilter: premature end of stream due to a DataFormatException");
      other.start();
      try {
        other.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "done";
    });

    assertThat(logged.result()).isEqualTo("done");
    assertThat(logged.records()).extracting(LogRecord::getMessage)
        .containsExactly("FlateFilter: premature end of stream due to a DataFormatException");
  }

  @Test
  void errorsBecomeErrorsWarningsWarningsAndFontLookupsAreDropped() {
    List<LogRecord> records = List.of(
        record(Level.SEVERE, "org.apache.pdfbox.filter.FlateFilter", "premature end of stream"),
        record(Level.WARNING, "org.apache.pdfbox.pdfparser.COSParser", "repaired xref\ntable"),
        record(Level.WARNING, "org.apache.pdfbox.pdmodel.font.PDTrueTypeFont",
            "Using fallback font LiberationSans for ArialMT"),
        record(Level.SEVERE, "org.apache.pdfbox.filter.FlateFilter", "premature end of stream"));

    List<PdfText.Note> notes = PdfText.notes(records);

    assertThat(notes).extracting(PdfText.Note::severity, PdfText.Note::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Severity.ERROR, DiagnosticCode.DAMAGED_PDF),
        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, DiagnosticCode.DAMAGED_PDF));
    assertThat(notes.get(0).message()).contains("could not be read")
        .contains("premature end of stream");
    assertThat(notes.get(1).message()).contains("repaired xref table").doesNotContain("\n");
  }

  private static LogRecord record(Level level, String logger, String message) {
    LogRecord record = new LogRecord(level, message);
    record.setLoggerName(logger);
    return record;
  }
}
