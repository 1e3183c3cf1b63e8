package dev.imr.examples;

import dev.imr.parser.ImrParser;
import dev.imr.parser.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code imr parse PATH...}: parses letters and prints one JSON record per letter on its own line
 * (JSON Lines), in the form {@link DeterminationJson} documents.
 *
 * <p>Each PATH is a letter's text file, or a directory searched recursively for {@code *.txt}
 * files, taken in path order. Records come out in the order of the PATHs and each is flushed as
 * soon as it is written, so a long run can be piped into another tool. A file that cannot be read
 * gets a record with an {@code UNREADABLE_FILE} error and does not stop the others.
 */
@Command(
    name = "parse",
    description = {
        "Parses IMR determination letters and prints one JSON object per letter, one a line"
            + " (JSON Lines), in the order the paths are given.",
        "Spans are 0-based UTF-16 offsets into the file's text read as UTF-8."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every letter parsed without an ERROR diagnostic",
        "1:a letter had an ERROR diagnostic or could not be read (its line is still printed)",
        "2:invalid usage: no PATH, an unknown option or a PATH that does not exist"})
public final class ParseCommand implements Callable<Integer> {

  private static final String TEXT_SUFFIX = ".txt";

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "A letter's text file, or a directory searched recursively for *.txt files.")
  List<String> paths = new ArrayList<>();

  private final ImrParser parser = ImrParser.create();
  private final DeterminationJson json = new DeterminationJson();

  /** A command; picocli fills it in from the arguments. */
  public ParseCommand() {}

  /** Parses every PATH and returns the exit code. */
  @Override
  public Integer call() {
    CommandSpec spec = this.spec;
    if (spec == null) {
      throw new IllegalStateException("run through picocli's CommandLine");
    }
    // Every PATH is checked before anything is printed: a typo should not leave half an output.
    List<Path> resolved = new ArrayList<>();
    for (String path : paths) {
      resolved.add(existing(spec, path));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean anyErrors = false;
    for (int i = 0; i < paths.size(); i++) {
      String path = paths.get(i);
      List<Input> inputs;
      if (Files.isDirectory(resolved.get(i))) {
        inputs = textFilesUnder(resolved.get(i));
        if (inputs.isEmpty()) {
          err.println("imr parse: no *.txt file under " + path);
        }
      } else {
        inputs = List.of(new Input(resolved.get(i), path, null));
      }
      for (Input input : inputs) {
        anyErrors |= print(input, out);
        if (out.checkError()) {
          // PrintWriter swallows I/O errors; without this check a closed pipe would have us
          // parse the rest of the corpus for nobody.
          err.println("imr parse: cannot write to standard output; stopped");
          return ExitCode.SOFTWARE;
        }
      }
    }
    return anyErrors ? ExitCode.SOFTWARE : ExitCode.OK;
  }

  private static Path existing(CommandSpec spec, String path) {
    Path resolved;
    try {
      resolved = Path.of(path);
    } catch (InvalidPathException e) {
      throw new ParameterException(spec.commandLine(), "not a valid path: '" + path + "'");
    }
    if (!Files.exists(resolved)) {
      throw new ParameterException(spec.commandLine(), "no such file or directory: " + path);
    }
    return resolved;
  }

  /** Prints one record and flushes it; true when the letter had an error or was unreadable. */
  private boolean print(Input input, PrintWriter out) {
    IOException failure = input.failure();
    ParseResult result = null;
    if (failure == null) {
      try {
        result = parser.parse(input.file());
      } catch (IOException e) {
        failure = e;
      }
    }
    try {
      if (result != null) {
        json.write(out, input.source(), result);
      } else {
        // No result means the file could not be read, so there is a failure to describe.
        json.writeUnreadable(out, input.source(), describe(Objects.requireNonNull(failure)));
      }
    } catch (IOException e) {
      // A PrintWriter never throws; its errors surface through checkError() in call().
      throw new UncheckedIOException(e);
    }
    out.write('\n'); // JSON Lines: '\n' on every platform
    out.flush();
    return result == null || result.hasErrors();
  }

  /**
   * The {@code *.txt} files under {@code directory}, sorted by their path relative to it, each
   * named {@code directory} resolved with that path. A part of the tree that cannot be read
   * becomes an input that carries its failure, reported in its place in the order.
   */
  private static List<Input> textFilesUnder(Path directory) {
    List<Input> found = new ArrayList<>();
    try {
      // Links are followed, since corpora are often assembled with them; the walk detects
      // loops and reports them through visitFileFailed.
      Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              // A symbolic link seen here is a broken one: keep it, so that it is reported.
              boolean fileLike = attributes.isRegularFile() || attributes.isSymbolicLink();
              if (fileLike && file.getFileName().toString().endsWith(TEXT_SUFFIX)) {
                found.add(new Input(file, file.toString(), null));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
              found.add(new Input(file, file.toString(), failure));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // The visitor never throws, so only the walk's own set-up can fail; report the directory.
      return List.of(new Input(directory, directory.toString(), e));
    }
    found.sort(Comparator.comparing(input -> directory.relativize(input.file())));
    return found;
  }

  /** A message for a file that could not be read, without the path, which the record holds. */
  static String describe(IOException failure) {
    String reason;
    if (failure instanceof NoSuchFileException) {
      reason = "no such file";
    } else if (failure instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (failure instanceof FileSystemLoopException) {
      reason = "a symbolic link leads back to a directory above it";
    } else if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      reason = fileSystem.getReason();
    } else if (failure.getMessage() != null) {
      reason = failure.getMessage();
    } else {
      reason = failure.getClass().getSimpleName();
    }
    return "cannot read the file: " + reason;
  }

  /**
   * One file to print a record for.
   *
   * @param file where to read it
   * @param source its name in the record
   * @param failure why it cannot be read, when the directory walk already knows
   */
  private record Input(Path file, String source, @Nullable IOException failure) {}
}
