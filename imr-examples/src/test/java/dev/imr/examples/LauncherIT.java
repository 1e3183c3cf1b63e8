package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imr.examples.cli.ImrCommand;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code imr} launcher the build writes, {@code imr-examples/target/imr}, run as a user's shell
 * runs it, after {@code package}: from another directory and through symbolic links, with the
 * Java of {@code JAVA_HOME} or of {@code PATH}, letters piped through standard input and output,
 * and its completion script sourced in bash.
 */
class LauncherIT {

  /** The launcher, beside imr.jar (tests run in the module directory). */
  static final Path LAUNCHER = Path.of("target", "imr").toAbsolutePath();

  private static final Path LETTER =
      ExampleLettersTest.LETTERS.resolve("CM99-0000101.txt").toAbsolutePath();

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** What a finished run printed. */
  record Result(int exitCode, String out, String err) {}

  @BeforeAll
  static void theBuildMadeTheLauncher() {
    assertThat(LAUNCHER).isRegularFile().isExecutable();
    assertThat(LAUNCHER.resolveSibling("imr.jar")).isRegularFile();
  }

  @Test
  void runsFromAnyDirectoryAndThroughChainedSymbolicLinks() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path other = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(other.resolve("imr-real"), LAUNCHER);
    Files.createSymbolicLink(bin.resolve("imr"), Path.of("../elsewhere/imr-real")); // relative
    String version = new ImrCommand.Version().getVersion()[0];

    Result direct = run(dir, List.of(LAUNCHER.toString(), "--version"), env -> {});
    // Through a shell, which looks imr up on the PATH given here, as a user's shell does.
    Result throughPath = run(other, List.of("sh", "-c", "imr --version"),
        env -> env.put("PATH", bin + File.pathSeparator + env.get("PATH")));

    assertThat(direct).isEqualTo(new Result(0, version + "\n", ""));
    assertThat(throughPath).isEqualTo(direct);
  }

  @Test
  void takesJavaFromJavaHomeElseFromPath() throws Exception {
    Path tools = toolsWithoutJava();
    String javaHome = System.getProperty("java.home");

    Result withJavaHome = run(dir, List.of(LAUNCHER.toString(), "--version"), env -> {
      env.put("PATH", tools.toString());
      env.put("JAVA_HOME", javaHome);
    });
    Result noJava = run(dir, List.of(LAUNCHER.toString(), "--version"), env -> {
      env.put("PATH", tools.toString());
      env.remove("JAVA_HOME");
    });
    Result badJavaHome = run(dir, List.of(LAUNCHER.toString(), "--version"), env -> {
      env.put("JAVA_HOME", dir.resolve("no-jdk").toString());
    });
    Path javaOnPath = Files.createDirectories(dir.resolve("java-on-path"));
    Files.createSymbolicLink(javaOnPath.resolve("java"), Path.of(javaHome, "bin", "java"));
    Result fromPath = run(dir, List.of(LAUNCHER.toString(), "--version"), env -> {
      env.put("PATH", javaOnPath + File.pathSeparator + tools);
      env.remove("JAVA_HOME");
    });

    assertThat(withJavaHome.exitCode()).as(withJavaHome.err()).isZero();
    assertThat(withJavaHome.out()).startsWith("imr ");
    assertThat(fromPath).isEqualTo(withJavaHome);
    assertThat(noJava.exitCode()).isEqualTo(127);
    assertThat(noJava.err()).isEqualTo("imr: no java found: install Java 17 or later, and set"
        + " JAVA_HOME or put java on PATH\n");
    assertThat(badJavaHome.exitCode()).isEqualTo(127);
    assertThat(badJavaHome.err()).startsWith("imr: JAVA_HOME is " + dir.resolve("no-jdk"));
  }

  @Test
  void passesJavaOptionsAndArgumentsAsGiven() throws Exception {
    Path odd = Files.copy(LETTER, dir.resolve("a letter; $(no).txt"));

    Result run = run(dir, List.of(LAUNCHER.toString(), "parse", odd.getFileName().toString()),
        env -> env.put("JAVA_OPTS", "-Xmx128m -Dimr.unused=1"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(JSON.readTree(run.out()).get("source").asText()).isEqualTo("a letter; $(no).txt");
  }

  @Test
  void imrClasspathAddsJarsSuchAsAnotherJdbcDriver() throws Exception {
    String h2 = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> Path.of(entry).getFileName().toString().matches("h2-[0-9.]+\\.jar"))
        .findFirst().orElseThrow(() -> new AssertionError("no H2 jar on the test class path"));
    List<String> load = List.of(LAUNCHER.toString(), "load", LETTER.toString(),
        "--jdbc", "jdbc:h2:mem:launcher");

    Result without = run(dir, load, env -> env.remove("IMR_CLASSPATH"));
    Result with = run(dir, load, env -> env.put("IMR_CLASSPATH", h2));

    assertThat(without.exitCode()).isEqualTo(1);
    assertThat(without.err()).contains("No suitable driver");
    assertThat(with.exitCode()).as(with.err()).isZero();
    assertThat(with.err()).contains("imr load: 1 file, 1 letter, 3 items");
  }

  @Test
  void pipesLettersThroughStandardInputAndOutput() throws Exception {
    Path pdf = Files.write(dir.resolve("letter.pdf"), PdfDamageCommandTest.letterPdf());

    Result text = run(dir, List.of("sh", "-c", "cat \"$1\" | \"$0\" parse - --output - | cat",
        LAUNCHER.toString(), LETTER.toString()), env -> {});
    Result fromPdf = runWithInput(dir, pdf, List.of(LAUNCHER.toString(), "parse", "-"));
    Result fromPdfFile = run(dir, List.of(LAUNCHER.toString(), "parse", pdf.toString()), e -> {});
    Result csv = runWithInput(dir, LETTER,
        List.of(LAUNCHER.toString(), "parse", "-", "--format", "csv", "-o", "-"));

    assertThat(text.exitCode()).as(text.err()).isZero();
    JsonNode record = JSON.readTree(text.out());
    assertThat(record.get("source").asText()).isEqualTo("-");
    assertThat(record.at("/determination/header/caseNumber").asText()).isEqualTo("CM99-0000101");
    assertThat(fromPdf.exitCode()).isEqualTo(fromPdfFile.exitCode());
    assertThat(JSON.readTree(fromPdf.out()).get("determination"))
        .isEqualTo(JSON.readTree(fromPdfFile.out()).get("determination"));
    assertThat(ParseFormatsTest.readCsv(csv.out())).extracting(row -> row.get("source"))
        .containsExactly("'-", "'-", "'-");
    assertThat(dir.resolve("-")).doesNotExist();
  }

  @Test
  void theCompletionScriptSourcedInBashCompletesCommandsOptionsAndValues() throws Exception {
    Optional<Path> bash = onPath("bash");
    assumeTrue(bash.isPresent(), "bash is not installed: completion not checked");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("imr"), LAUNCHER);
    String script = String.join("\n",
        "source <(imr generate-completion) || exit 3",
        "complete -p imr",
        "complete_words() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1));"
            + " COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}; COMPREPLY=();"
            + " _complete_imr 2>/dev/null; echo \"${COMPREPLY[*]}\"; }",
        "complete_words imr pa",
        "complete_words imr gen",
        "complete_words imr parse --for",
        "complete_words imr parse --format ''",
        "complete_words imr report --warn");

    Result run = run(dir, List.of(bash.get().toString(), "--norc", "--noprofile", "-c", script),
        env -> env.put("PATH", bin + File.pathSeparator + env.get("PATH")));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).containsExactly(
        "complete -o default -F _complete_imr imr",
        "parse",
        "generate-completion",
        "--format",
        "jsonl json csv",
        "--warnings-as-errors");
  }

  @Test
  void theCompletionScriptLoadsInZshWhereZshIsInstalled() throws Exception {
    Optional<Path> zsh = onPath("zsh");
    assumeTrue(zsh.isPresent(), "zsh is not installed: its completion not checked");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("imr"), LAUNCHER);

    Result run = run(dir, List.of(zsh.get().toString(), "-f", "-c",
        "autoload -U +X compinit && compinit -u && autoload -U +X bashcompinit && bashcompinit"
            + " && source <(imr generate-completion) && print -r -- ${_comps[imr]}"),
        env -> env.put("PATH", bin + File.pathSeparator + env.get("PATH")));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip()).isNotEmpty();
  }

  @Test
  void imrSchemaPrintsTheSchemaFile() throws Exception {
    Result run = run(dir, List.of(LAUNCHER.toString(), "schema"), env -> {});

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Files.readString(
        ParseRecordSchemaTest.SCHEMA_FILE.toAbsolutePath(), StandardCharsets.UTF_8));
  }

  /** A folder of links to the commands the launcher uses, and no java. */
  private Path toolsWithoutJava() throws IOException {
    Path tools = Files.createDirectories(dir.resolve("tools"));
    for (String tool : List.of("dirname", "readlink")) {
      Files.createSymbolicLink(tools.resolve(tool),
          onPath(tool).orElseThrow(() -> new AssertionError(tool + " is not on PATH")));
    }
    return tools;
  }

  private static Optional<Path> onPath(String command) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(path.split(File.pathSeparator)).filter(folder -> !folder.isEmpty())
        .map(folder -> Path.of(folder, command)).filter(Files::isExecutable).findFirst();
  }

  private Result run(Path cwd, List<String> command, Consumer<Map<String, String>> environment)
      throws IOException, InterruptedException {
    return start(cwd, null, command, environment);
  }

  private Result runWithInput(Path cwd, Path input, List<String> command)
      throws IOException, InterruptedException {
    return start(cwd, input, command, env -> {});
  }

  private Result start(Path cwd, Path input, List<String> command,
      Consumer<Map<String, String>> environment) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(input != null ? ProcessBuilder.Redirect.from(input.toFile())
            : ProcessBuilder.Redirect.from(new File("/dev/null")));
    environment.accept(builder.environment());
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not end in 120 s: " + command);
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
