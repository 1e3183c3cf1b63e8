package dev.imr.examples.run;

import dev.imr.examples.cli.InputOptions;
import dev.imr.examples.output.DeterminationJson;
import dev.imr.parser.ImrParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses files on a pool of threads and hands the results on in the order of the files.
 *
 * <p>At most {@link #WINDOW_PER_JOB} files per thread are in flight at once: finished results
 * wait, in order, until the oldest file is done, then go to the sink one by one. Memory so stays
 * the same however many files there are, and the output order does not depend on the number of
 * threads. A file that takes long holds the window up, never the order.
 */
public final class LetterPipeline {

  /** Files in flight per thread: enough to keep every thread busy past a slow file. */
  public static final int WINDOW_PER_JOB = 4;

  /** Takes results in file order. */
  public interface Sink {
    /** Takes the next result; an {@link IOException} stops the run. */
    void accept(ParsedLetter letter) throws IOException;
  }

  private final ImrParser parser;
  private final int jobs;
  private final InputStream standardInput;

  /** A pipeline that reads a PATH of {@code -} from the process's standard input. */
  public LetterPipeline(ImrParser parser, int jobs) {
    this(parser, jobs, System.in);
  }

  /** A pipeline that reads the letter of a PATH of {@code -} from {@code standardInput}. */
  public LetterPipeline(ImrParser parser, int jobs, InputStream standardInput) {
    if (jobs < 1 || jobs > InputOptions.MAX_JOBS) {
      throw new IllegalArgumentException(
          "jobs must be between 1 and " + InputOptions.MAX_JOBS + ": " + jobs);
    }
    this.parser = parser;
    this.jobs = jobs;
    this.standardInput = standardInput;
  }

  /** Parses every file of {@code files} and gives each result to {@code sink}, in order. */
  public void run(Iterator<LetterFile> files, Sink sink) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(jobs, new ParserThreads());
    Deque<InFlight> window = new ArrayDeque<>();
    try {
      while (true) {
        while (window.size() < jobs * WINDOW_PER_JOB && files.hasNext()) {
          LetterFile file = files.next();
          window.add(new InFlight(file, pool.submit(() -> parse(file))));
        }
        InFlight oldest = window.poll();
        if (oldest == null) {
          return;
        }
        sink.accept(await(oldest));
      }
    } finally {
      pool.shutdownNow(); // after a sink failure, the files in flight are not wanted
    }
  }

  /** Reads and parses one file; whatever goes wrong becomes the file's result, never a throw. */
  public ParsedLetter parse(LetterFile file) {
    IOException unreadable = file.failure();
    if (unreadable == null) {
      try {
        if (file.standardInput()) {
          return StandardInputLetter.read(file, parser, standardInput);
        }
        return ParsedLetter.parsed(file, parser.parse(file.file()));
      } catch (IOException e) {
        unreadable = e;
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // The parser promises not to throw; if it does on one file, or that file needs more
        // memory than there is, the file fails and the others still go on.
        return failed(file, e);
      }
    }
    return ParsedLetter.failed(file, DeterminationJson.UNREADABLE_FILE, describe(unreadable));
  }

  /** The failure record of a file on which the parser threw {@code failure}. */
  public static ParsedLetter failed(LetterFile file, Throwable failure) {
    String message = failure instanceof OutOfMemoryError
        ? "the parser ran out of memory on this file (" + failure.getMessage() + "): give java"
            + " more with -Xmx, or a smaller --max-text-size or --max-pdf-size"
        : "the parser failed on this file: " + failure;
    return ParsedLetter.failed(file, DeterminationJson.PARSER_FAILURE, message);
  }

  private static ParsedLetter await(InFlight inFlight) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return inFlight.result().get();
        } catch (InterruptedException e) {
          interrupted = true; // finish the file; the caller decides about stopping
        } catch (ExecutionException e) {
          // parse() catches what a file can cause; whatever escaped it is still that file's.
          return failed(inFlight.file(), e.getCause() == null ? e : e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A message for a file that could not be read, without the path, which the output holds. */
  public static String describe(IOException failure) {
    return "cannot read the file: " + reason(failure);
  }

  /** Why a file operation failed, in words, without the path. */
  public static String reason(IOException failure) {
    if (failure instanceof NoSuchFileException) {
      return "no such file";
    } else if (failure instanceof AccessDeniedException) {
      return "permission denied";
    } else if (failure instanceof FileSystemLoopException) {
      return "a symbolic link leads back to a directory above it";
    } else if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    } else if (failure.getMessage() != null) {
      return failure.getMessage();
    }
    return failure.getClass().getSimpleName();
  }

  /** A file and its parse, running or done. */
  private record InFlight(LetterFile file, Future<ParsedLetter> result) {}

  /** Daemon threads, so a stuck parse cannot keep the JVM alive after the command returns. */
  private static final class ParserThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "imr-parser-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
