package dev.imr.parser.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps PDFBox's log off the terminal and hands its messages to the document they concern.
 * PDFBox logs through Commons Logging, which writes to {@code java.util.logging} unless the
 * application provides Log4j or SLF4J; there, the loggers of PDFBox and FontBox get a handler of
 * their own and stop passing records to the console. While {@link #capture} runs on a thread,
 * the records that thread logs are collected for it; records logged outside a capture are
 * dropped. (An application that routes Commons Logging elsewhere keeps PDFBox's messages in its
 * own log, and they do not become diagnostics.)
 */
final class PdfBoxLog {

  private static final ThreadLocal<List<LogRecord>> CAPTURED = new ThreadLocal<>();

  // Held here so that the loggers, and their configuration, are not collected.
  private static final List<Logger> LOGGERS = List.of(Logger.getLogger("org.apache.pdfbox"),
      Logger.getLogger("org.apache.fontbox"));

  static {
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        List<LogRecord> records = CAPTURED.get();
        if (records != null) {
          records.add(record);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    for (Logger logger : LOGGERS) {
      logger.setUseParentHandlers(false);
      // INFO and above: PDFBox's debug messages are not even formatted.
      logger.setLevel(Level.INFO);
      logger.addHandler(handler);
    }
  }

  private PdfBoxLog() {}

  /** Loads this class, and with it the handler; calling it again does nothing more. */
  static void install() {
    // the static initialiser did it
  }

  /** Something done while PDFBox's records are collected. */
  interface Work<T> {
    T run();
  }

  /** The result of {@code work} and the records PDFBox logged on this thread meanwhile. */
  static <T> Logged<T> capture(Work<T> work) {
    List<LogRecord> outer = CAPTURED.get();
    List<LogRecord> records = new ArrayList<>();
    CAPTURED.set(records);
    try {
      return new Logged<>(work.run(), List.copyOf(records));
    } finally {
      if (outer == null) {
        CAPTURED.remove();
      } else {
        CAPTURED.set(outer);
      }
    }
  }

  /** A result and PDFBox's records. */
  record Logged<T>(T result, List<LogRecord> records) {}
}
