package dev.imr.examples;

import static dev.imr.examples.DeterminationJsonTest.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imr.examples.cli.ImrCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code imr parse} end to end, through picocli, on files written for each test. */
class ImrCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A letter whose header lacks the UR denial date and which has no credentials or summary. */
  static final String SPARSE_LETTER = """
      Case Number: CM99-0000900
      Date Assigned: 03/01/2017 Date of Injury:  05/05/2015
      Decision Date: 03/30/2017
      Priority:  Standard Application
      Received:
      02/27/2017

      HOW THE IMR FINAL DETERMINATION WAS MADE
      MAXIMUS Federal Services sent the complete case file to an expert reviewer.

      IMR ISSUES, DECISIONS AND RATIONALES
      The Final Determination was based on decisions for the disputed items/services set forth below:

      Invented home exercise kit: Overturned

      Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.

      MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence
      for its decision.

      Decision rationale: An invented rationale, na\u00efve on purpose.
      """;

  /** The sparse letter with a heading that states no decision: an ERROR. */
  static final String UNDECIDED_LETTER =
      SPARSE_LETTER.replace("Invented home exercise kit: Overturned", "Invented wrist brace");

  @TempDir
  Path dir;

  @Test
  void aLetterReadTwiceIsCountedAndSaidOnce() throws IOException {
    // The same letter in two folders (as a PDF beside its text would be), and one other letter.
    for (String folder : List.of("a", "b")) {
      Files.createDirectories(dir.resolve(folder));
      Files.copy(Path.of("letters/CM99-0000101.txt"), dir.resolve(folder + "/CM99-0000101.txt"));
    }
    Files.copy(Path.of("letters/CM99-0000102.txt"), dir.resolve("b/CM99-0000102.txt"));

    Run run = run("parse", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEqualTo("imr parse: 3 files, 3 letters, 8 items: 4 upheld, 4 overturned\n"
        + "imr parse: 1 letter repeats a case number read before: 2 different cases\n");
  }

  @Test
  void bundledLettersParseWithoutErrors() throws IOException {
    Run run = run("parse", "letters");

    assertThat(run.exitCode()).isZero();
    // No error lines: only the closing summary.
    assertThat(run.err())
        .isEqualTo("imr parse: 3 files, 3 letters, 7 items: 4 upheld, 3 overturned\n");
    List<JsonNode> records = run.records();
    assertThat(records).extracting(record -> record.get("source").asText()).containsExactly(
        "letters/2014-inline-credentials.txt", "letters/CM99-0000101.txt",
        "letters/CM99-0000102.txt");
    assertThat(records).extracting(ImrCommandTest::decisions).containsExactly(
        List.of("UPHELD", "UPHELD"),
        List.of("UPHELD", "OVERTURNED", "UPHELD"),
        List.of("OVERTURNED", "OVERTURNED"));
    assertThat(records).extracting(record -> record.at("/determination/outcome").asText())
        .containsExactly("UPHELD", "PARTIALLY_OVERTURNED", "OVERTURNED");
    assertThat(records).allSatisfy(record ->
        assertThat(record.get("diagnostics").findValuesAsText("severity")).doesNotContain("ERROR"));
  }

  @Test
  void recordHoldsTheContractKeysAndValues() throws IOException {
    Path letter = Files.copy(ExampleLettersTest.LETTERS.resolve("CM99-0000101.txt"),
        dir.resolve("CM99-0000101.txt"));
    String text = Files.readString(letter);

    Run run = run("parse", letter.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode record = single(run.records());
    assertThat(record.get("source").asText()).isEqualTo(letter.toString());
    // Only infos that the invented rationales state no ground the parser recognises.
    assertThat(record.get("diagnostics").findValuesAsText("code"))
        .allMatch("NO_DECISION_REASON"::equals);
    JsonNode determination = record.get("determination");
    assertThat(fieldNames(determination))
        .containsExactlyInAnyOrder("header", "reviewer", "caseSummary", "items", "outcome");
    assertThat(determination.get("outcome").asText()).isEqualTo("PARTIALLY_OVERTURNED");

    JsonNode header = determination.get("header");
    assertThat(fieldNames(header)).containsExactlyInAnyOrder("caseNumber", "dateAssigned",
        "dateOfInjury", "decisionDate", "urDenialDate", "priority", "applicationReceived", "span");
    assertThat(header.get("caseNumber").asText()).isEqualTo("CM99-0000101");
    assertThat(header.get("dateAssigned").asText()).isEqualTo("2016-11-14");
    assertThat(header.get("dateOfInjury").asText()).isEqualTo("2015-03-22");
    assertThat(header.get("decisionDate").asText()).isEqualTo("2016-12-19");
    assertThat(header.get("urDenialDate").asText()).isEqualTo("2016-11-02");
    assertThat(header.get("priority").asText()).isEqualTo("Standard");
    assertThat(header.get("applicationReceived").asText()).isEqualTo("2016-11-07");
    assertThat(at(text, header.get("span"))).startsWith("Case Number:").endsWith("11/07/2016");

    JsonNode reviewer = determination.get("reviewer");
    assertThat(fieldNames(reviewer))
        .containsExactly("specialties", "licensureStates", "boardCertified", "canonicalSpecialties",
            "span");
    assertThat(MAPPER.treeToValue(reviewer.get("licensureStates"), String[].class))
        .containsExactly("California", "Oregon");
    assertThat(MAPPER.treeToValue(reviewer.get("specialties"), String[].class))
        .containsExactly("Physical Medicine & Rehabilitation", "Pain Management", "Sports Medicine");
    assertThat(at(text, reviewer.get("span")))
        .startsWith("The Expert Reviewer has the following credentials:").endsWith("Sports Medicine");

    JsonNode summary = determination.get("caseSummary");
    assertThat(fieldNames(summary)).startsWith("text", "patientAge", "patientSex", "dateOfInjury",
        "utilizationReviewDate").contains("span");
    assertThat(folded(at(text, summary.get("span")))).isEqualTo(summary.get("text").asText());

    JsonNode items = determination.get("items");
    assertThat(items).hasSize(3);
    for (JsonNode item : items) {
      // The model's own test checks that every attribute is a key; these are the contract's.
      assertThat(fieldNames(item)).contains("title", "decision", "request", "originalRequest",
          "authorizedPortion", "quantity", "dateOfService", "claimsAdministratorGuideline",
          "reviewerGuideline", "rationale", "span", "titleSpan", "rationaleSpan");
      // Spans are offsets into the file's text: they give back what each value was read from.
      assertThat(folded(at(text, item.get("titleSpan")))).isEqualTo(item.get("title").asText());
      assertThat(folded(at(text, item.get("rationaleSpan"))))
          .isEqualTo(item.get("rationale").asText());
      assertThat(at(text, item.get("span")))
          .startsWith(at(text, item.get("titleSpan")))
          .endsWith(at(text, item.get("rationaleSpan")));
      for (String side : List.of("claimsAdministratorGuideline", "reviewerGuideline")) {
        JsonNode statement = item.get(side);
        assertThat(fieldNames(statement)).containsExactly("text", "citations", "span");
        assertThat(folded(at(text, statement.get("span")))).isEqualTo(statement.get("text").asText());
      }
    }
    assertThat(items.get(1).get("title").asText()).isEqualTo("Functional capacity evaluation for"
        + " the lumbar spine and right shoulder prior to return to full duty");
    assertThat(items.get(1).get("decision").asText()).isEqualTo("OVERTURNED");
    assertThat(items.get(2).at("/claimsAdministratorGuideline/text").asText())
        .isEqualTo("The Claims Administrator did not cite any medical evidence for its decision.");
  }

  @Test
  void valuesTheLetterLacksAreNullAndWarningsKeepExitCodeZero() throws IOException {
    Path letter = write("sparse.txt", SPARSE_LETTER);

    Run run = run("parse", letter.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode record = single(run.records());
    JsonNode determination = record.get("determination");
    assertThat(determination.at("/header/urDenialDate").isNull()).isTrue();
    assertThat(determination.at("/header/decisionDate").asText()).isEqualTo("2017-03-30");
    assertThat(determination.get("reviewer").isNull()).isTrue();
    assertThat(determination.get("caseSummary").isNull()).isTrue();
    assertThat(determination.get("outcome").asText()).isEqualTo("OVERTURNED");
    // Non-ASCII text survives the ASCII-only line.
    assertThat(run.out()).matches("\\p{ASCII}*");
    assertThat(determination.at("/items/0/rationale").asText())
        .isEqualTo("An invented rationale, na\u00efve on purpose.");

    JsonNode diagnostics = record.get("diagnostics");
    assertThat(diagnostics.findValuesAsText("code"))
        .containsExactly("MISSING_CREDENTIALS", "MISSING_PART", "NO_DECISION_REASON");
    for (JsonNode diagnostic : diagnostics) {
      assertThat(fieldNames(diagnostic)).containsExactlyInAnyOrder("severity", "code", "message",
          "line", "column", "span");
      assertThat(diagnostic.get("severity").asText())
          .isEqualTo(diagnostic.get("code").asText().equals("NO_DECISION_REASON") ? "INFO"
              : "WARNING");
      assertThat(diagnostic.get("line").asInt()).isPositive();
      assertThat(fieldNames(diagnostic.get("span"))).containsExactly("start", "end");
    }
  }

  @Test
  void linesComeInTheOrderThePathsAreGivenWithEachSourceAsGiven() throws IOException {
    Path first = write("b.txt", SPARSE_LETTER);
    write("a.txt", SPARSE_LETTER);
    Path sub = Files.createDirectories(dir.resolve("sub"));
    write("sub/z.txt", SPARSE_LETTER);
    write("sub/y.txt", SPARSE_LETTER);

    String unnormalised = dir + "/./a.txt";

    Run run = run("parse", first.toString(), sub + "/", unnormalised, first.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.records()).extracting(record -> record.get("source").asText()).containsExactly(
        first.toString(), sub.resolve("y.txt").toString(), sub.resolve("z.txt").toString(),
        unnormalised, first.toString());
  }

  @Test
  void directoryIsWalkedRecursivelyForLetterFilesInPathOrder() throws IOException {
    write("b.txt", SPARSE_LETTER);
    write("a.txt", SPARSE_LETTER);
    write("a/z.txt", SPARSE_LETTER);
    write("c/d/e.txt", SPARSE_LETTER);
    write("notes.md", "not a letter, not read");
    write("c/letter.doc", "not read either");

    Run run = run("parse", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.records()).extracting(record -> record.get("source").asText()).containsExactly(
        dir.resolve("a.txt").toString(), dir.resolve("a/z.txt").toString(),
        dir.resolve("b.txt").toString(), dir.resolve("c/d/e.txt").toString());
  }

  @Test
  void pdfFilesAreReadTooAndGlobChoosesOthers() throws IOException {
    write("a.txt", SPARSE_LETTER);
    // What the parser makes of a PDF is its business; the walk only has to hand it over.
    write("b.pdf", "%PDF-1.4 invented, not a real document");
    write("c.text", SPARSE_LETTER);

    assertThat(run("parse", dir.toString()).records())
        .extracting(record -> dir.relativize(Path.of(record.get("source").asText())).toString())
        .containsExactly("a.txt", "b.pdf");
    Run text = run("parse", "--glob", "*.text", dir.toString());
    assertThat(text.exitCode()).isZero();
    assertThat(text.records())
        .extracting(record -> dir.relativize(Path.of(record.get("source").asText())).toString())
        .containsExactly("c.text");
  }

  @Test
  void brokenFilesAmongGoodOnesExitOneAndEveryFileIsPrinted() throws IOException {
    write("1-good.txt", SPARSE_LETTER);
    write("2-not-a-letter.txt", "A shopping list, not a letter.\n");
    write("3-undecided.txt", UNDECIDED_LETTER);
    write("4-empty.txt", "");
    write("5-good.txt", SPARSE_LETTER);

    Run run = run("parse", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<JsonNode> records = run.records();
    assertThat(records).extracting(record -> dir.relativize(Path.of(record.get("source").asText()))
        .toString()).containsExactly("1-good.txt", "2-not-a-letter.txt", "3-undecided.txt",
        "4-empty.txt", "5-good.txt");
    // Each error on standard error with its file, line and column, then the summary.
    List<String> errLines = run.err().lines().toList();
    assertThat(errLines).filteredOn(line -> line.contains(": error "))
        .extracting(line -> line.substring(0, line.indexOf(": error ")))
        .allSatisfy(where -> assertThat(where).matches(".+:\\d+:\\d+"))
        .extracting(where -> dir.relativize(Path.of(where.replaceAll(":\\d+:\\d+$", "")))
            .toString())
        .containsExactly("2-not-a-letter.txt", "3-undecided.txt", "4-empty.txt");
    assertThat(errLines).contains(
        "imr parse: 5 files, 3 letters, 3 items: 0 upheld, 2 overturned, 1 without a decision",
        "imr parse: 3 files with errors:");
    assertThat(errLines).anySatisfy(line -> assertThat(line)
        .startsWith("  " + dir.resolve("3-undecided.txt") + ":").endsWith(" MISSING_DECISION"));
    assertThat(records).extracting(ImrCommandTest::errorCodes).containsExactly(List.of(), List.of("NOT_AN_IMR_LETTER"), List.of("MISSING_DECISION"),
            List.of("EMPTY_INPUT"), List.of());
    assertThat(records.get(1).get("determination").isNull()).isTrue();
    // A heading without a decision leaves the item, and so the case, undecided.
    assertThat(records.get(2).at("/determination/items/0/decision").isNull()).isTrue();
    assertThat(records.get(2).at("/determination/outcome").isNull()).isTrue();
    assertThat(records.get(4).at("/determination/outcome").asText()).isEqualTo("OVERTURNED");
  }

  @Test
  void unreadableFileGetsItsOwnErrorLineAndTheOthersGoOn() throws IOException {
    write("a-good.txt", SPARSE_LETTER);
    Path dangling = dir.resolve("b-dangling.txt");
    try {
      // A link to nothing cannot be read even by root, unlike a file without permissions.
      Files.createSymbolicLink(dangling, dir.resolve("missing-target"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not available here: " + e);
    }
    write("c-good.txt", SPARSE_LETTER);

    Run run = run("parse", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<JsonNode> records = run.records();
    assertThat(records).hasSize(3);
    assertThat(records.get(0).get("determination").isObject()).isTrue();
    assertThat(records.get(2).get("determination").isObject()).isTrue();
    JsonNode unreadable = records.get(1);
    assertThat(unreadable.get("source").asText()).isEqualTo(dangling.toString());
    assertThat(unreadable.get("determination").isNull()).isTrue();
    JsonNode diagnostic = single(toList(unreadable.get("diagnostics")));
    assertThat(diagnostic.get("severity").asText()).isEqualTo("ERROR");
    assertThat(diagnostic.get("code").asText()).isEqualTo("UNREADABLE_FILE");
    assertThat(diagnostic.get("message").asText()).isEqualTo("cannot read the file: no such file");
    assertThat(diagnostic.get("line").asInt()).isEqualTo(1);
    assertThat(diagnostic.get("column").asInt()).isEqualTo(1);
  }

  @Test
  void eachRecordIsFlushedAsSoonAsItIsWritten() throws IOException {
    Path a = write("a.txt", SPARSE_LETTER);
    Path b = write("b.txt", SPARSE_LETTER);
    List<String> flushed = new ArrayList<>();
    StringWriter sink = new StringWriter();
    Writer recording = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) {
        sink.write(buffer, offset, length);
      }

      @Override
      public void flush() {
        flushed.add(sink.toString());
      }

      @Override
      public void close() {}
    };
    CommandLine command = ImrCommand.commandLine(new ImrCommand());
    command.setOut(new PrintWriter(recording));
    command.setErr(new PrintWriter(new StringWriter()));

    assertThat(command.execute("parse", a.toString(), b.toString())).isZero();

    // The first record reached the stream, whole, before the second was parsed.
    assertThat(flushed).anySatisfy(text -> {
      assertThat(text.lines()).hasSize(1);
      assertThat(text).endsWith("\n");
    });
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(List.of(), "Missing required subcommand"),
        Arguments.of(List.of("parse"), "Missing required parameter: 'PATH'"),
        Arguments.of(List.of("parse", "--bogus", "letters"), "Unknown option: '--bogus'"),
        Arguments.of(List.of("frobnicate"), "Unmatched argument"),
        Arguments.of(List.of("parse", "letters", "no/such/letter.txt"),
            "no such file or directory: no/such/letter.txt"));
  }

  @ParameterizedTest
  @MethodSource
  void usageErrors(List<String> args, String message) {
    Run run = run(args.toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty(); // nothing is parsed before the arguments are all valid
    String command = args.isEmpty() || !args.get(0).equals("parse") ? "imr" : "imr parse";
    // One line naming the command (and for an unknown word, what it might have meant), not the help.
    assertThat(run.err()).startsWith(command + ": ").contains(message)
        .contains("Try '" + command + " --help' for more information.")
        .doesNotContain("Usage:");
  }

  @Test
  void helpAndVersionExitZero() {
    Run help = run("parse", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: imr parse").contains("Exit codes:");

    Run version = run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out().strip()).startsWith("imr ").doesNotContain("${").doesNotContain("unknown");
  }

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = ImrCommand.commandLine(new ImrCommand());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** What one run printed. */
  private record Run(int exitCode, String out, String err) {

    /** Every stdout line read back as JSON; each line must be one whole record. */
    List<JsonNode> records() throws JsonProcessingException {
      assertThat(out).endsWith("\n");
      List<JsonNode> records = new ArrayList<>();
      for (String line : out.split("\n")) {
        records.add(MAPPER.readTree(line));
      }
      return records;
    }
  }

  private static List<String> decisions(JsonNode record) {
    return record.at("/determination/items").findValuesAsText("decision");
  }

  private static List<String> errorCodes(JsonNode record) {
    return toList(record.get("diagnostics")).stream()
        .filter(diagnostic -> diagnostic.get("severity").asText().equals("ERROR"))
        .map(diagnostic -> diagnostic.get("code").asText())
        .toList();
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }

  private static JsonNode single(List<JsonNode> nodes) {
    assertThat(nodes).hasSize(1);
    return nodes.get(0);
  }

  /** The input text a span covers. */
  private static String at(String text, JsonNode span) {
    return text.substring(span.get("start").asInt(), span.get("end").asInt());
  }

  /** Whitespace folded as the model folds it. */
  private static String folded(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
