package dev.imr.examples.run;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error, or nothing when no one is watching. */
public interface Progress extends AutoCloseable {

  /** One more file done. */
  public void step();

  /** True while a bar is drawn: a message must then first clear the bar's line. */
  public boolean drawn();

  /** Removes the bar, leaving its last state on its own line; again, does nothing. */
  @Override
  public void close();

  /** No bar: for pipes, files, tests and scripts. */
  public static Progress none() {
    return new Progress() {
      @Override
      public void step() {}

      @Override
      public boolean drawn() {
        return false;
      }

      @Override
      public void close() {}
    };
  }

  /** A bar counting to {@code total} files, drawn on {@code err}. */
  public static Progress bar(String task, long total, PrintStream err) {
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setUnit(" files", 1)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(err))
        .setUpdateIntervalMillis(250)
        .showSpeed()
        .build();
    return new Progress() {
      private boolean closed;

      @Override
      public void step() {
        bar.step();
      }

      @Override
      public boolean drawn() {
        return !closed;
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          bar.close();
        }
      }
    };
  }
}
