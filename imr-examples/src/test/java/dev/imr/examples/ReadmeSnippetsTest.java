package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.examples.cli.ImrCommand;
import dev.imr.examples.output.LetterCsv;
import dev.imr.examples.output.LetterDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code blocks of the README and of the pages of {@code docs/} do what they say: Java compiles
 * and runs, command lines use the launcher and real options, SQL runs on SQLite and on H2 in
 * PostgreSQL mode with the same answers, and the schema, CSV columns and Maven coordinates are
 * the ones the code uses. The README links to every page, and every relative link resolves.
 */
class ReadmeSnippetsTest {

  /** The project's README (tests run in the module). */
  static final Path README = Path.of("../README.md");

  /** The reference pages the README links to. */
  static final Path DOCS = Path.of("../docs");

  /** How a command line starts: the launcher on the PATH, or as the build leaves it. */
  private static final List<String> IMR = List.of("imr ", "imr-examples/target/imr ");

  private static final List<Path> LETTERS = List.of(
      ExampleLettersTest.LETTERS.resolve("CM99-0000101.txt"),
      ExampleLettersTest.LETTERS.resolve("2014-inline-credentials.txt"),
      ExampleLettersTest.LETTERS.resolve("CM99-0000102.txt"));

  @TempDir
  Path dir;

  /** A fenced block: its language and its text. */
  record Block(String language, String text) {}

  @Test
  void javaBlocksCompileAndRunOnTheExampleLetters() throws Exception {
    List<Block> java = blocks("java");
    assertThat(java).hasSizeGreaterThanOrEqualTo(2);

    for (Block block : java) {
      String output = compileAndRun(block.text(),
          LETTERS.stream().map(Path::toString).toArray(String[]::new));
      assertThat(output).as(block.text()).contains("CM99-0000101");
    }
  }

  @Test
  void commandLinesUseTheLauncherAndRealOptions() throws IOException {
    List<String[]> commands = new ArrayList<>();
    for (Block block : blocks("sh")) {
      for (String line : block.text().split("\n")) {
        // A command is the words before a comment, a redirection or a pipe.
        String command = line.replaceAll("^[A-Z_]+=\\S+ ", "").replaceAll("\\s[#<>|].*$", "");
        assertThat(command).as("every example runs the launcher").doesNotStartWith("java ");
        for (String imr : IMR) {
          if (command.startsWith(imr)) {
            commands.add(command.substring(imr.length()).trim().split("\\s+"));
          }
        }
      }
    }
    assertThat(commands).hasSizeGreaterThanOrEqualTo(10);

    for (String[] args : commands) {
      // Throws on an unknown option or a missing argument.
      ImrCommand.commandLine(new ImrCommand()).parseArgs(args);
    }
  }

  @Test
  void mavenCoordinatesCarryTheVersionsOfThisBuild() throws Exception {
    String version = new ImrCommand.Version().getVersion()[0].replace("imr ", "");
    String jackson = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    List<Block> xml = blocks("xml");

    assertThat(xml).anySatisfy(block -> assertThat(block.text())
        .contains("<artifactId>imr-parser</artifactId>\n  <version>" + version + "</version>"));
    for (Block block : xml) {
      Matcher versions = Pattern.compile("<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)"
          + "</artifactId>\\s*<version>([^<]+)</version>").matcher(block.text());
      while (versions.find()) {
        String expected = versions.group(1).startsWith("com.fasterxml.jackson") ? jackson : version;
        assertThat(versions.group(3)).as(versions.group(2)).isEqualTo(expected);
      }
    }
  }

  @Test
  void schemaBlockIsTheSchemaOfImrLoad() throws IOException {
    Block schema = blocks("sql").stream().filter(block -> block.text().contains("CREATE TABLE"))
        .findFirst().orElseThrow();

    try (InputStream in = Objects.requireNonNull(
        LetterDatabase.class.getResourceAsStream(LetterDatabase.SCHEMA))) {
      assertThat(schema.text().strip())
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }

  @Test
  void csvColumnTableListsTheColumnsInOrder() throws IOException {
    String text = Files.readString(DOCS.resolve("output-formats.md"));
    String table = text.substring(text.indexOf("| column | holds |"));
    table = table.substring(0, table.indexOf("\n\n"));
    List<String> columns = new ArrayList<>();
    Matcher row = Pattern.compile("^\\| `([a-z_]+)` \\|", Pattern.MULTILINE).matcher(table);
    while (row.find()) {
      columns.add(row.group(1));
    }

    assertThat(columns).containsExactlyElementsOf(
        Arrays.stream(LetterCsv.Column.values()).map(LetterCsv.Column::header).toList());
  }

  @Test
  void queriesGiveTheSameAnswersOnSqliteAndOnH2() throws Exception {
    List<String> queries = blocks("sql").stream().map(block -> block.text().strip())
        .filter(text -> text.startsWith("SELECT")).map(text -> text.replaceAll(";$", ""))
        // Full-text searches run on SQLite alone; LetterSearchTest runs those of docs/search.md.
        .filter(text -> !text.contains(" MATCH "))
        .toList();
    assertThat(queries).hasSize(5);
    Path sqlite = dir.resolve("imr.sqlite");
    String h2 = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
    assertThat(Cli.run("load", "letters", "--db", sqlite.toString()).exitCode()).isZero();

    try (Connection lite = DriverManager.getConnection("jdbc:sqlite:" + sqlite);
        Connection keepAlive = DriverManager.getConnection(h2)) {
      assertThat(Cli.run("load", "letters", "--jdbc", h2).exitCode()).isZero();
      for (String query : queries) {
        assertThat(LoadCommandTest.rows(keepAlive, query)).as(query)
            .containsExactlyElementsOf(LoadCommandTest.rows(lite, query));
      }
      assertThat(LoadCommandTest.rows(lite, queries.get(0)))
          .contains("Orthopedic Surgery|2|2|100.0", "Pain Management|3|1|33.3");
      assertThat(LoadCommandTest.rows(lite, queries.get(2))).containsExactly("2|2", "3|1");
      assertThat(LoadCommandTest.rows(lite, queries.get(3))).containsExactly("CRITERIA_NOT_DOCUMENTED|1",
          "NOT_RECOMMENDED|1", "NO_CLINICAL_RATIONALE|1", "NO_FUNCTIONAL_IMPROVEMENT|1");
    }
  }

  @Test
  void theReadmeLinksToEveryPageAndEveryLinkResolves() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    for (Path page : pages().subList(1, pages().size())) {
      assertThat(readme).as("README links to " + page)
          .contains("](docs/" + page.getFileName() + ")");
    }
    Pattern link = Pattern.compile("\\]\\(([^)#\\s]*)(#[^)\\s]*)?\\)");
    for (Path page : pages()) {
      Matcher links = link.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (links.find()) {
        String target = links.group(1);
        if (target.startsWith("http")) {
          continue;
        }
        Path file = target.isEmpty() ? page : page.resolveSibling(target).normalize();
        assertThat(file).as("link %s in %s", links.group(), page).exists();
        String anchor = links.group(2);
        if (anchor != null && file.toString().endsWith(".md")) {
          assertThat(anchors(file)).as("link %s in %s", links.group(), page)
              .contains(anchor.substring(1));
        }
      }
    }
  }

  @Test
  void theReadmeSetUpCommandsAreThoseOfContinuousIntegration() throws IOException {
    List<String> ci = Files.readAllLines(Path.of("../.ci/run"), StandardCharsets.UTF_8);
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String quickStart = "imr-examples/target/imr parse imr-examples/letters";

    assertThat(ci).contains("mvn -B -ntp verify").anyMatch(line -> line.startsWith(quickStart));
    assertThat(readme).contains("mvn -B -ntp -DskipTests package && " + quickStart + "\n")
        .contains("\nmvn -B -ntp verify\n");
  }

  /** The README, then the pages of {@link #DOCS} in name order. */
  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(README));
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(page -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** The anchors GitHub makes of the headings of a Markdown page. */
  private static List<String> anchors(Path page) throws IOException {
    return Files.readAllLines(page, StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith("#"))
        .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
        .toList();
  }

  /** The fenced blocks of the README and the docs in {@code language}, indented ones included. */
  static List<Block> blocks(String language) throws IOException {
    List<Block> blocks = new ArrayList<>();
    for (Path page : pages()) {
      blocks.addAll(blocks(page, language));
    }
    return blocks;
  }

  private static List<Block> blocks(Path page, String language) throws IOException {
    List<Block> blocks = new ArrayList<>();
    String current = null;
    String indent = "";
    StringBuilder text = new StringBuilder();
    for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
      String stripped = line.stripLeading();
      if (current == null && stripped.startsWith("```")) {
        current = stripped.substring(3).strip();
        indent = line.substring(0, line.length() - stripped.length());
        text.setLength(0);
      } else if (current != null && stripped.equals("```")) {
        if (current.equals(language)) {
          blocks.add(new Block(current, text.toString()));
        }
        current = null;
      } else if (current != null) {
        text.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
      }
    }
    return blocks;
  }

  /** Compiles a class with a {@code main}, runs it, and returns what it printed. */
  private String compileAndRun(String source, String[] args) throws Exception {
    Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
    assertThat(name.find()).as("a public class in:\n" + source).isTrue();
    Path sources = Files.createDirectories(dir.resolve("src-" + name.group(1)));
    Path classes = Files.createDirectories(dir.resolve("classes-" + name.group(1)));
    Path file = Files.writeString(sources.resolve(name.group(1) + ".java"), source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, "-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path"), "-Xlint:all", "-Werror",
        file.toString());
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) args);
    } finally {
      System.setOut(stdout);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
