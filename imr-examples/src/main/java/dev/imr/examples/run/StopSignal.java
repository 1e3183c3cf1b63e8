package dev.imr.examples.run;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Ctrl-C (or {@code kill}) during a run: the JVM starts to shut down, and this signal's hook holds
 * the shutdown until the run has stopped at the next file, removed its unfinished output and
 * printed the summary of what was done, or until {@value #GRACE_SECONDS} seconds have passed.
 * The process then ends with the signal's status (130 for Ctrl-C).
 */
public final class StopSignal implements AutoCloseable {

  /** How long a run may take to stop after Ctrl-C: one file's parse, the summary. */
  public static final long GRACE_SECONDS = 10;

  private final CountDownLatch stoppedRun = new CountDownLatch(1);
  private final @Nullable Thread hook;
  private volatile boolean requested;

  private StopSignal(boolean listen) {
    if (listen) {
      hook = new Thread(this::holdShutdown, "imr-stop");
      Runtime.getRuntime().addShutdownHook(hook);
    } else {
      hook = null;
    }
  }

  /** A signal that a shutdown of the JVM (Ctrl-C, {@code kill}) raises. */
  public static StopSignal onShutdown() {
    return new StopSignal(true);
  }

  /** A signal never raised: for tests and embedders, whose JVM is not ours to hold. */
  public static StopSignal never() {
    return new StopSignal(false);
  }

  /** True once the process was asked to stop. */
  public boolean requested() {
    return requested;
  }

  /** The run has stopped and reported: the shutdown may go on. */
  @Override
  public void close() {
    stoppedRun.countDown();
    Thread listening = hook;
    if (listening != null && !requested) {
      try {
        Runtime.getRuntime().removeShutdownHook(listening);
      } catch (IllegalStateException e) {
        // the shutdown has begun: the hook runs and returns at once
      }
    }
  }

  private void holdShutdown() {
    requested = true;
    try {
      stoppedRun.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
