package dev.imr.examples.output;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Standard output as a writer that reports failures. {@code System.out} is a {@code PrintStream},
 * which swallows them: a full disk or a reader that went away would lose the output while the run
 * went on and exited 0.
 */
public final class StandardOutput {

  private StandardOutput() {}

  /** A UTF-8 writer on the process's standard output; flush it to send what was written. */
  public static Writer open() {
    return new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * True when {@code failure} (or its cause) says that the reader of a pipe went away, as {@code
   * head -1} does once it has its line: the run stops quietly, as Unix tools do.
   */
  public static boolean closedPipe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("broken pipe") || lower.contains("pipe is being closed")
            || lower.contains("pipe has been ended")) {
          return true;
        }
      }
    }
    return false;
  }
}
