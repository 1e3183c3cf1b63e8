package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.imr.examples.output.DeterminationJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -} as a PATH is one letter on standard input, text or PDF, read within the size limits;
 * {@code --output -} and {@code --out -} are standard output. (The same through the launcher and
 * a real pipe: {@code LauncherIT}.)
 */
class StandardStreamsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Path LETTER = ExampleLettersTest.LETTERS.resolve("CM99-0000101.txt");

  @TempDir
  Path dir;

  @Test
  void aTextLetterOnStandardInputGivesTheRecordOfItsFileNamedDash() throws IOException {
    Cli.Run fromFile = Cli.run("parse", LETTER.toString());
    Cli.Run fromInput = Cli.runWithInput(Files.readAllBytes(LETTER), "parse", "-");

    assertThat(fromInput.exitCode()).isZero();
    JsonNode record = JSON.readTree(fromInput.out());
    assertThat(record.get("source").asText()).isEqualTo("-");
    ObjectNode expected = (ObjectNode) JSON.readTree(fromFile.out());
    expected.put("source", "-");
    assertThat(record).isEqualTo(expected);
    assertThat(fromInput.err()).isEqualTo("imr parse: 1 file, 1 letter, 3 items: 2 upheld,"
        + " 1 overturned\n");
  }

  @Test
  void aPdfOnStandardInputIsKnownByItsSignature() throws IOException {
    Path pdf = Files.write(dir.resolve("letter.pdf"), PdfDamageCommandTest.letterPdf());
    Cli.Run fromFile = Cli.run("parse", pdf.toString());
    Cli.Run fromInput = Cli.runWithInput(Files.readAllBytes(pdf), "parse", "-");

    assertThat(fromInput.exitCode()).isEqualTo(fromFile.exitCode());
    ObjectNode expected = (ObjectNode) JSON.readTree(fromFile.out());
    expected.put("source", "-");
    assertThat(JSON.readTree(fromInput.out())).isEqualTo(expected);
    assertThat(expected.at("/determination/items/0/title").asText()).isNotEmpty();
  }

  @Test
  void standardInputGoesWithFilesInTheOrderOfThePaths() throws IOException {
    Cli.Run run = Cli.runWithInput(Files.readAllBytes(LETTER), "parse", "--format", "csv",
        ExampleLettersTest.LETTERS.resolve("CM99-0000102.txt").toString(), "-");

    Cli.Run raw = Cli.runWithInput(Files.readAllBytes(LETTER), "parse", "--format", "csv",
        "--raw-cells", "-");

    assertThat(run.exitCode()).isZero();
    // As every cell that starts with -, the name - is written after a ' unless --raw-cells.
    assertThat(ParseFormatsTest.readCsv(run.out())).extracting(row -> row.get("source"))
        .containsExactly("letters/CM99-0000102.txt", "letters/CM99-0000102.txt", "'-", "'-",
            "'-");
    assertThat(ParseFormatsTest.readCsv(raw.out())).extracting(row -> row.get("source"))
        .containsExactly("-", "-", "-");
  }

  @Test
  void standardInputOverTheLimitIsALimitErrorAndIsNotReadToItsEnd() throws IOException {
    byte[] big = "x".repeat(4096).getBytes(StandardCharsets.US_ASCII);
    Cli.Run run = Cli.runWithInput(big, "parse", "--max-text-size", "1K", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode record = JSON.readTree(run.out());
    assertThat(record.get("determination").isNull()).isTrue();
    assertThat(record.at("/diagnostics/0/code").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(record.at("/diagnostics/0/message").asText())
        .contains("more than 1024 bytes").contains("--max-text-size");
    assertThat(run.err()).contains("-:1:1: error LIMIT_EXCEEDED: standard input holds");
    // The record of standard input follows the schema too.
    assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(DeterminationJson.schema(), InputFormat.JSON)
        .validate(run.out().strip(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void emptyStandardInputIsAnEmptyLetter() throws IOException {
    Cli.Run run = Cli.runWithInput(new byte[0], "parse", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(JSON.readTree(run.out()).at("/diagnostics/0/code").asText())
        .isEqualTo("EMPTY_INPUT");
  }

  @Test
  void dashTwiceIsAUsageError() {
    Cli.Run run = Cli.runWithInput(new byte[0], "parse", "-", "letters", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("imr parse: - (standard input) can be a PATH only once: it"
        + " holds one letter\nTry 'imr parse --help' for more information.\n");
  }

  @Test
  void outputDashIsStandardOutputAndCreatesNoFile() throws IOException {
    Cli.Run plain = Cli.run("parse", "--format", "csv", "letters");
    Cli.Run dash = Cli.run("parse", "--format", "csv", "--output", "-", "letters");
    Cli.Run shortDash = Cli.run("parse", "-o", "-", "letters");

    assertThat(dash.exitCode()).isZero();
    assertThat(dash.out()).isEqualTo(plain.out()).startsWith("source,case_number,");
    assertThat(shortDash.out().lines()).hasSize(3);
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void reportOutDashWritesThePageToStandardOutput() throws IOException {
    Path file = dir.resolve("report.html");
    Cli.Run toFile = Cli.run("report", "letters", "--out", file.toString());
    Cli.Run toOutput = Cli.runWithInput(Files.readAllBytes(LETTER), "report", "-", "--out", "-");

    assertThat(toFile.exitCode()).isZero();
    assertThat(toOutput.exitCode()).isZero();
    assertThat(Path.of("-")).doesNotExist();
    assertThat(toOutput.err()).doesNotContain("wrote");
    assertThat(Jsoup.parse(toOutput.out()).title())
        .isEqualTo(Jsoup.parse(Files.readString(file)).title());
    assertThat(toOutput.out()).startsWith("<!DOCTYPE html>");
  }

  @Test
  void loadTakesStandardInputToo() throws Exception {
    Path db = dir.resolve("imr.sqlite");
    Cli.Run run = Cli.runWithInput(Files.readAllBytes(LETTER), "load", "-", "--db",
        db.toString());

    assertThat(run.exitCode()).isZero();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      assertThat(LoadCommandTest.rows(connection,
          "SELECT letter_key, source, item_count FROM determination"))
          .containsExactly("CM99-0000101|-|3");
    }
  }
}
