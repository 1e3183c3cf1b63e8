package dev.imr.examples;

import dev.imr.examples.cli.ImrCommand;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code imr} command line in a JVM of its own, through {@code main}, as a user's shell
 * does: the process's own standard output and error, exit code, signals and memory limit.
 */
final class ImrProcess {

  private ImrProcess() {}

  /** What a finished run printed; the output files are the caller's. */
  record Result(int exitCode, String out, String err) {}

  /** The command that runs {@code imr} with {@code jvmOptions} (such as {@code -Xmx64m}). */
  static List<String> command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ImrCommand.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Starts {@code imr args}, its standard output and error going to {@code stdout.txt} and {@code
   * stderr.txt} in {@code dir}, which should not be an input.
   */
  static Process start(Path dir, List<String> jvmOptions, String... args) throws IOException {
    return new ProcessBuilder(command(jvmOptions, args))
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
  }

  /**
   * Runs {@code imr args} to its end, standard output going to {@code out}; standard error goes
   * to a file in {@code dir}, which should not be an input.
   */
  static Result run(Path dir, File out, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    Process process = new ProcessBuilder(command(jvmOptions, args))
        .redirectOutput(out)
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("imr did not end in 120 s: " + String.join(" ", args));
    }
    String printed = out.getPath().startsWith("/dev/") ? ""
        : Files.readString(out.toPath(), StandardCharsets.UTF_8);
    return new Result(process.exitValue(), printed, Files.readString(err));
  }

  /**
   * Runs {@code imr args} to its end with its standard output and error in files of {@code dir},
   * which should not be an input.
   */
  static Result run(Path dir, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    return run(dir, Files.createTempFile(dir, "stdout", ".txt").toFile(), jvmOptions, args);
  }

  /** Sends {@code signal} (such as {@code INT}, Ctrl-C) to {@code process}. */
  static void signal(Process process, String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
        .inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new AssertionError("kill -" + signal + " failed");
    }
  }

  /** A file of {@code size} bytes that takes no room on disk. */
  static Path sparse(Path file, long size) throws IOException {
    try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
    return file;
  }
}
