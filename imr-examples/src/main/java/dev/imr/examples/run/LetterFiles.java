package dev.imr.examples.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The letter files named by the command's PATHs, in a stable order, found lazily: a file PATH is
 * itself; a directory PATH gives the files under it whose names match the glob, depth first, each
 * directory's entries sorted by name, so the order is the order of the relative paths. Only the
 * listings of the directories being walked are held, never the whole tree, so a corpus of
 * millions of files is walked in little memory.
 *
 * <p>A part of a tree that cannot be read (a directory without permission, a symbolic link that
 * leads back to a directory above it) becomes a {@link LetterFile} carrying its failure, in its
 * place in the order, so it is reported rather than skipped. Links are followed, since corpora
 * are often assembled with them.
 */
public final class LetterFiles implements Iterator<LetterFile> {

  /** One PATH of the command line. */
  public record Root(Path path, String source) {

    /** The PATH {@code -}: the letter on standard input. */
    public static Root ofStandardInput() {
      return new Root(LetterFile.STANDARD_INPUT_FILE, LetterFile.STANDARD_INPUT);
    }

    /** True for {@code -}, standard input. */
    public boolean standardInput() {
      return source.equals(LetterFile.STANDARD_INPUT);
    }
  }

  private final Iterator<Root> roots;
  private final PathMatcher glob;
  private final boolean globHasDirectories;
  private final Consumer<Root> onEmptyDirectory;
  private final Deque<Directory> stack = new ArrayDeque<>();
  private @Nullable Root walking;
  private int foundUnderWalking;
  private @Nullable LetterFile next;

  /**
   * @param roots the PATHs, which must exist
   * @param glob matched against a file's name, or against its path below the PATH when the glob
   *     holds a {@code /}
   * @param onEmptyDirectory told of a directory PATH under which no file matched
   */
  public LetterFiles(List<Root> roots, String glob, Consumer<Root> onEmptyDirectory) {
    this.roots = List.copyOf(roots).iterator();
    this.glob = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    this.globHasDirectories = glob.contains("/");
    this.onEmptyDirectory = onEmptyDirectory;
  }

  /** Checks a glob's syntax; throws {@link IllegalArgumentException} with the reason. */
  public static void checkGlob(String glob) {
    FileSystems.getDefault().getPathMatcher("glob:" + glob);
  }

  /**
   * True when a run over {@code root} would read {@code file}: it is that file PATH, or it lies
   * under that directory PATH (links resolved) and the glob takes it. {@code file} may not exist.
   */
  public static boolean wouldRead(Root root, String glob, Path file) {
    if (root.standardInput()) {
      return false;
    }
    try {
      Path target = realOrAbsolute(file);
      Path path = root.path().toRealPath();
      if (!Files.isDirectory(path)) {
        return path.equals(target);
      }
      if (!target.startsWith(path) || target.equals(path)) {
        return false;
      }
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      Path name = glob.contains("/") ? path.relativize(target) : target.getFileName();
      return name != null && matcher.matches(name);
    } catch (IOException e) {
      return false; // a PATH that cannot be resolved is reported when it is read
    }
  }

  /** The real path of {@code file}, or of its folder with its name when it does not exist. */
  private static Path realOrAbsolute(Path file) throws IOException {
    if (Files.exists(file)) {
      return file.toRealPath();
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    return parent != null && Files.exists(parent)
        ? parent.toRealPath().resolve(absolute.getFileName().toString())
        : absolute;
  }

  /** Counts the files the PATHs give, walking the trees; for a progress bar's total. */
  public static long count(List<Root> roots, String glob) {
    LetterFiles files = new LetterFiles(roots, glob, root -> {});
    long count = 0;
    while (files.hasNext()) {
      files.next();
      count++;
    }
    return count;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public LetterFile next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    LetterFile file = Objects.requireNonNull(next);
    next = null;
    return file;
  }

  private @Nullable LetterFile advance() {
    while (true) {
      Directory directory = stack.peek();
      if (directory != null) {
        if (!directory.entries().hasNext()) {
          stack.pop();
          continue;
        }
        Entry entry = directory.entries().next();
        if (entry.directory()) {
          LetterFile failure = enter(entry.path());
          if (failure != null) {
            return found(failure);
          }
        } else if (matches(entry.path())) {
          return found(new LetterFile(entry.path(), entry.path().toString(), null));
        }
        continue;
      }
      // The walk of one PATH is over: say so if it found nothing, then take the next PATH.
      Root finished = walking;
      if (finished != null && foundUnderWalking == 0) {
        onEmptyDirectory.accept(finished);
      }
      walking = null;
      if (!roots.hasNext()) {
        return null;
      }
      Root root = roots.next();
      if (root.standardInput()) {
        return LetterFile.ofStandardInput();
      }
      if (!Files.isDirectory(root.path())) {
        return new LetterFile(root.path(), root.source(), null); // named files are always read
      }
      walking = root;
      foundUnderWalking = 0;
      LetterFile failure = enter(root.path());
      if (failure != null) {
        return found(failure);
      }
    }
  }

  private LetterFile found(LetterFile file) {
    foundUnderWalking++;
    return file;
  }

  private boolean matches(Path file) {
    Root root = Objects.requireNonNull(walking);
    Path name = globHasDirectories ? root.path().relativize(file) : file.getFileName();
    return name != null && glob.matches(name);
  }

  /** Lists {@code path} and pushes it; a failure to do so is returned as a file to report. */
  private @Nullable LetterFile enter(Path path) {
    Object key;
    List<Entry> entries = new ArrayList<>();
    try {
      key = identity(path);
      // The stack holds exactly the directories above this one.
      for (Directory above : stack) {
        if (key.equals(above.key())) {
          throw new FileSystemLoopException(path.toString());
        }
      }
      try (DirectoryStream<Path> listing = Files.newDirectoryStream(path)) {
        for (Path child : listing) {
          // isDirectory follows links; a broken link is kept as a file so that it is reported.
          boolean isDirectory = Files.isDirectory(child);
          if (isDirectory || Files.isRegularFile(child) || Files.isSymbolicLink(child)) {
            entries.add(new Entry(child, isDirectory));
          }
        }
      }
    } catch (IOException e) {
      return new LetterFile(path, path.toString(), e);
    }
    entries.sort(Comparator.comparing(Entry::sortKey));
    stack.push(new Directory(key, entries.iterator()));
    return null;
  }

  /** What tells a directory from another however it is reached: the file key, else the real path. */
  private static Object identity(Path directory) throws IOException {
    Object key = Files.readAttributes(directory, BasicFileAttributes.class).fileKey();
    return key != null ? key : directory.toRealPath();
  }

  private record Directory(Object key, Iterator<Entry> entries) {}

  private record Entry(Path path, boolean directory) {

    /** A directory sorts as its name and a slash, so entries sort as their paths would. */
    String sortKey() {
      String name = path.getFileName().toString();
      return directory ? name + "/" : name;
    }
  }
}
