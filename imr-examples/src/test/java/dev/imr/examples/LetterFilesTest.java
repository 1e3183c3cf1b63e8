package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imr.examples.run.LetterFile;
import dev.imr.examples.run.LetterFiles;
import dev.imr.examples.run.LetterPipeline;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk that finds letter files: its order, its glob and the trees it cannot read. */
class LetterFilesTest {

  @TempDir
  Path dir;

  @Test
  void filesComeInTheOrderOfTheirPathsBelowEachRoot() throws IOException {
    for (String name : List.of("b.txt", "a.txt", "a/z.txt", "a-b/y.txt", "a.b/x.pdf", "c/d/e.txt",
        "c/notes.md", "Z.txt")) {
      Cli.write(dir, name, "x");
    }

    assertThat(sources(walk("*.{pdf,txt}", dir))).containsExactly("Z.txt", "a-b/y.txt",
        "a.b/x.pdf", "a.txt", "a/z.txt", "b.txt", "c/d/e.txt");
  }

  @Test
  void globWithASlashIsMatchedAgainstThePathBelowTheRoot() throws IOException {
    for (String name : List.of("2016/a.txt", "2016/deep/b.txt", "2017/c.txt", "d.txt")) {
      Cli.write(dir, name, "x");
    }

    assertThat(sources(walk("2016/**.txt", dir))).containsExactly("2016/a.txt", "2016/deep/b.txt");
    assertThat(sources(walk("*.txt", dir))).hasSize(4);
  }

  @Test
  void namedFilesAreTakenWhateverTheirNameAndRootsKeepTheirOrder() throws IOException {
    Path notes = Cli.write(dir, "notes.md", "x");
    Cli.write(dir, "sub/a.txt", "x");

    List<LetterFile> files = walk("*.txt", notes, dir.resolve("sub"), notes);

    assertThat(files).extracting(LetterFile::source).containsExactly(notes.toString(),
        dir.resolve("sub/a.txt").toString(), notes.toString());
  }

  @Test
  void aLinkBackUpTheTreeIsReportedInItsPlaceAndTheWalkGoesOn() throws IOException {
    Cli.write(dir, "a/1.txt", "x");
    Cli.write(dir, "c/2.txt", "x");
    try {
      Files.createSymbolicLink(dir.resolve("a/b-loop"), dir.resolve("a"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not available here: " + e);
    }

    List<LetterFile> files = walk("*.txt", dir);

    assertThat(sources(files)).containsExactly("a/1.txt", "a/b-loop", "c/2.txt");
    IOException failure = Objects.requireNonNull(files.get(1).failure());
    assertThat(failure).isInstanceOf(FileSystemLoopException.class);
    assertThat(LetterPipeline.describe(failure))
        .isEqualTo("cannot read the file: a symbolic link leads back to a directory above it");
  }

  @Test
  void aDirectoryWithoutMatchesIsToldOf() throws IOException {
    Cli.write(dir, "empty/notes.md", "x");
    Cli.write(dir, "full/a.txt", "x");
    List<String> empty = new ArrayList<>();

    LetterFiles files = new LetterFiles(
        List.of(root(dir.resolve("empty")), root(dir.resolve("full"))), "*.txt",
        root -> empty.add(root.source()));
    files.forEachRemaining(file -> {});

    assertThat(empty).containsExactly(dir.resolve("empty").toString());
    assertThat(LetterFiles.count(List.of(root(dir)), "*.txt")).isEqualTo(1);
  }

  private List<LetterFile> walk(String glob, Path... roots) {
    List<LetterFiles.Root> list = new ArrayList<>();
    for (Path root : roots) {
      list.add(root(root));
    }
    List<LetterFile> files = new ArrayList<>();
    new LetterFiles(list, glob, root -> {}).forEachRemaining(files::add);
    return files;
  }

  private List<String> sources(List<LetterFile> files) {
    return files.stream().map(file -> dir.relativize(file.file()).toString()).toList();
  }

  private static LetterFiles.Root root(Path path) {
    return new LetterFiles.Root(path, path.toString());
  }
}
