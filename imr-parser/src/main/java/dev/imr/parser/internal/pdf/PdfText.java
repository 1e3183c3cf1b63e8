package dev.imr.parser.internal.pdf;

import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts a PDF letter's text as PDFBox's default text stripper gives it, the extraction the
 * real letters' text files were made with. The published letters are AES-encrypted with an empty
 * user password and copying disallowed; PDFBox opens them without a password, and reading them
 * for parsing is what the public record is for.
 *
 * <p>The text comes from {@link LeanText}, which gives the stripper's text at a fraction of its
 * cost for the PDFs letters are; a document it does not handle is read by the stripper itself,
 * and an INFO note says so. Streams are decoded and text extracted within {@link Limits}.
 * PDFBox's log messages become notes of the document ({@link PdfBoxLog}): what it could not
 * read is an ERROR, a repair it made a WARNING; its font substitutions are dropped.
 */
public final class PdfText {

  /** PDF files start with this; some tools put junk before it, so it is looked for in a prefix. */
  private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final int MAGIC_WINDOW = 1024;
  private static final int MAX_NOTES = 10;

  static {
    // Before PDFBox logs anything: its records go to the documents, not to the console.
    PdfBoxLog.install();
  }

  private PdfText() {}

  /** Which extraction to use. */
  public enum Route {
    /** {@link LeanText}, or the stripper where it does not apply (the default). */
    FAST,
    /** PDFBox's text stripper with its default settings, always. */
    STRIPPER
  }

  /** What extracting one PDF gave. */
  public sealed interface Extraction permits Text, Failure {}

  /**
   * The PDF's text, pages in order, {@code \n} line ends, and what was noticed reading it.
   */
  public record Text(String text, List<Note> notes) implements Extraction {
    /** Copies the notes. */
    public Text {
      notes = List.copyOf(notes);
    }
  }

  /** Why no text could be had: {@code code} and a message for the reader. */
  public record Failure(DiagnosticCode code, String message) implements Extraction {}

  /** Something noticed about the PDF as a whole: a diagnostic without a place in the text. */
  public record Note(Severity severity, DiagnosticCode code, String message) {}

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

  /** Extracts the text of {@code pdf} within the default limits; never throws for any bytes. */
  public static Extraction extract(byte[] pdf) {
    return extract(pdf, Limits.DEFAULT, Route.FAST);
  }

  /** Extracts the text of {@code pdf} by {@code route}; never throws for any bytes. */
  public static Extraction extract(byte[] pdf, Limits limits, Route route) {
    PdfBoxLog.Logged<Extraction> logged = PdfBoxLog.capture(() -> extractLogged(pdf, limits, route));
    if (!(logged.result() instanceof Text text)) {
      return logged.result();
    }
    List<Note> notes = new ArrayList<>(text.notes());
    notes.addAll(notes(logged.records()));
    return new Text(text.text(), notes);
  }

  private static Extraction extractLogged(byte[] pdf, Limits limits, Route route) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<Note> notes = new ArrayList<>();
      if (route == Route.FAST) {
        Limits.Budget budget = limits.budget();
        try {
          String text = LeanText.read(document, budget);
          return new Text(text, damage(budget, notes));
        } catch (LeanText.Unsupported e) {
          notes.add(new Note(Severity.INFO, DiagnosticCode.SLOW_PDF_EXTRACTION,
              "read with PDFBox's general text extraction, which is slower: the fast one does"
                  + " not handle " + e.getMessage()));
        } catch (RuntimeException e) {
          // Should the fast extraction fail on some PDF, the stripper still reads it.
          notes.add(new Note(Severity.INFO, DiagnosticCode.SLOW_PDF_EXTRACTION,
              "read with PDFBox's general text extraction, which is slower: the fast one failed ("
                  + describe(e) + ")"));
        }
      }
      Limits.Budget budget = limits.budget();
      budget.checkAll(document);
      PDFTextStripper stripper = new PDFTextStripper();
      // The platform's separator would make the text, and so every span, differ by machine.
      stripper.setLineSeparator("\n");
      stripper.setPageEnd("\n");
      StringWriter out = new StringWriter() {
        @Override
        public void write(String text) {
          super.write(text);
          if (getBuffer().length() > budget.maxTextChars()) {
            throw new TextCapReached();
          }
        }
      };
      try {
        stripper.writeText(document, out);
      } catch (TextCapReached e) {
        budget.checkText(out.getBuffer().length());
      }
      return new Text(out.toString(), damage(budget, notes));
    } catch (Limits.Exceeded e) {
      return new Failure(DiagnosticCode.LIMIT_EXCEEDED, e.getMessage());
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

  /** {@code notes} and an ERROR for each stream that did not decode cleanly. */
  private static List<Note> damage(Limits.Budget budget, List<Note> notes) {
    List<Note> all = new ArrayList<>(notes);
    for (String what : budget.damage()) {
      all.add(new Note(Severity.ERROR, DiagnosticCode.DAMAGED_PDF, what
          + " does not decode (its data is corrupt or cut short): the text it holds after the"
          + " damage is lost"));
    }
    return all;
  }

  /** Thrown through the stripper when its text passes the cap. */
  private static final class TextCapReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TextCapReached() {
      super(null, null, false, false);
    }
  }

  /**
   * PDFBox's records as notes: errors (a stream that did not decode, content skipped) as ERROR,
   * warnings as WARNING, each message once; font lookups and substitutions, which say nothing
   * about the letter's text, are dropped.
   */
  static List<Note> notes(List<LogRecord> records) {
    Set<Note> notes = new LinkedHashSet<>();
    int more = 0;
    for (LogRecord record : records) {
      String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
      if (logger.startsWith("org.apache.pdfbox.pdmodel.font")
          || logger.startsWith("org.apache.fontbox")) {
        continue;
      }
      String message = record.getMessage();
      if ((message == null || message.isBlank()) && record.getThrown() != null) {
        message = describe(record.getThrown());
      }
      message = clean(message == null ? "(no message)" : message);
      Note note;
      if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
        note = new Note(Severity.ERROR, DiagnosticCode.DAMAGED_PDF,
            "part of the PDF could not be read, so text may be missing; PDFBox reported: "
                + message);
      } else if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        note = new Note(Severity.WARNING, DiagnosticCode.DAMAGED_PDF,
            "PDFBox repaired or skipped something in the PDF: " + message);
      } else {
        note = new Note(Severity.INFO, DiagnosticCode.DAMAGED_PDF, "PDFBox: " + message);
      }
      if (notes.size() < MAX_NOTES || notes.contains(note)) {
        notes.add(note);
      } else {
        more++;
      }
    }
    List<Note> list = new ArrayList<>(notes);
    if (more > 0) {
      list.add(new Note(Severity.INFO, DiagnosticCode.DAMAGED_PDF,
          more + " more messages of PDFBox about this PDF are left out"));
    }
    return list;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return clean(message);
  }

  /** One line, at most 160 characters, no control characters. */
  private static String clean(String message) {
    message = message.strip().replaceAll("[\\s\\p{Cntrl}]+", " ");
    return message.length() <= 160 ? message : message.substring(0, 157) + "...";
  }
}
