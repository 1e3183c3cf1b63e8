package dev.imr.examples.run;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether standard error is a terminal, which is when a progress bar helps. {@code
 * System.console()} does not tell: it needs standard input and output to be terminals too, so
 * {@code imr parse dir > out.jsonl} would get no bar and {@code 2> err.log} a log full of frames.
 * JLine, which the bar draws with, asks the system ({@code test -t 2} where there is no native
 * way).
 */
public final class TerminalCheck {

  private TerminalCheck() {}

  public static boolean standardErrorIsTerminal() {
    try {
      return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
    } catch (Exception | LinkageError e) {
      // No way to ask here: a console is a terminal on standard error too.
      return System.console() != null;
    }
  }
}
