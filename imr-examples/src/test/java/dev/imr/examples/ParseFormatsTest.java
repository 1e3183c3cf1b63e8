package dev.imr.examples;

import static dev.imr.examples.ImrCommandTest.SPARSE_LETTER;
import static dev.imr.examples.ImrCommandTest.UNDECIDED_LETTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imr.examples.output.LetterCsv;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imr parse} with its formats and options, end to end; CSV is read back with Commons CSV. */
class ParseFormatsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void csvHasARowPerItemWithTheLetterRepeated() throws IOException {
    Cli.Run run = Cli.run("parse", "--format", "csv", "letters");

    assertThat(run.exitCode()).isZero();
    List<CSVRecord> rows = readCsv(run.out());
    assertThat(rows).hasSize(7);
    assertThat(rows).extracting(row -> row.get("source") + " " + row.get("item_number"))
        .containsExactly("letters/2014-inline-credentials.txt 1",
            "letters/2014-inline-credentials.txt 2", "letters/CM99-0000101.txt 1",
            "letters/CM99-0000101.txt 2", "letters/CM99-0000101.txt 3",
            "letters/CM99-0000102.txt 1", "letters/CM99-0000102.txt 2");
    List<CSVRecord> letter = rows.subList(2, 5);
    assertThat(letter).allSatisfy(row -> {
      assertThat(row.get("case_number")).isEqualTo("CM99-0000101");
      assertThat(row.get("decision_date")).isEqualTo("2016-12-19");
      assertThat(row.get("reviewer_specialties"))
          .isEqualTo("Physical Medicine & Rehabilitation; Pain Management; Sports Medicine");
      assertThat(row.get("reviewer_canonical_specialties")).isEqualTo(
          "Physical Medicine and Rehabilitation; Pain Management; Sports Medicine");
      assertThat(row.get("reviewer_licensure_states")).isEqualTo("California; Oregon");
      assertThat(row.get("outcome")).isEqualTo("PARTIALLY_OVERTURNED");
      assertThat(row.get("errors")).isEmpty();
    });
    assertThat(letter).extracting(row -> row.get("item_decision"))
        .containsExactly("UPHELD", "OVERTURNED", "UPHELD");
    // A title with a comma survives the trip through quoting.
    assertThat(letter.get(2).get("item_title"))
        .isEqualTo("Reusable thermal wrap for the low back, purchase");
    // The grounds the rationale gives, by kind; none recognised is an empty field.
    assertThat(rows).extracting(row -> row.get("item_reasons"))
        .containsExactly("CRITERIA_NOT_DOCUMENTED", "NOT_RECOMMENDED; CRITERIA_NOT_DOCUMENTED",
            "NO_FUNCTIONAL_IMPROVEMENT", "", "NO_CLINICAL_RATIONALE", "CRITERIA_MET",
            "DEPENDENT_REQUEST_APPROVED");
    // Letters before 2015 have no header: empty fields, not invented ones.
    assertThat(rows.get(0).get("case_number")).isEmpty();
    assertThat(rows.get(0).get("decision_date")).isEmpty();
  }

  @Test
  void csvAgreesWithTheJsonRecords() throws IOException {
    List<CSVRecord> rows = readCsv(Cli.run("parse", "--format", "csv", "letters").out());
    List<JsonNode> records = jsonLines(Cli.run("parse", "letters").out());

    List<String> fromJson = new ArrayList<>();
    for (JsonNode record : records) {
      for (JsonNode item : record.at("/determination/items")) {
        fromJson.add(String.join("|", record.get("source").asText(),
            record.at("/determination/header/caseNumber").asText(""), item.get("title").asText(),
            item.get("request").asText(), item.get("decision").asText(),
            item.get("category").asText(),
            item.at("/claimsAdministratorGuideline/citations/0/text").asText(""),
            item.at("/reviewerGuideline/citations/0/text").asText("")));
      }
    }
    assertThat(rows).extracting(row -> String.join("|", row.get("source"),
        row.get("case_number"), row.get("item_title"), row.get("item_request"),
        row.get("item_decision"), row.get("item_category"),
        row.get("claims_administrator_citation"), row.get("reviewer_citation")))
        .containsExactlyElementsOf(fromJson);
  }

  /** An ODG chapter spelt two ways, once with a qualifier; the form's citation wording. */
  static final String ODG_LETTER = SPARSE_LETTER
      .replace("The Claims Administrator did not cite any medical evidence for its decision.",
          "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck & Upper"
              + " Back (Acute & Chronic), Invented topic.")
      .replace("The Expert Reviewer did not cite any medical evidence\nfor its decision.",
          "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck and"
              + " Upper Back, Invented topic.");

  @Test
  void csvNamesChaptersCanonicallyWithTheirQualifier() throws IOException {
    Cli.write(dir, "odg.txt", ODG_LETTER);

    Cli.Run run = Cli.run("parse", "--format", "csv", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    CSVRecord row = single(readCsv(run.out()));
    assertThat(row.get("claims_administrator_citation_guideline")).isEqualTo("ODG");
    assertThat(row.get("claims_administrator_citation_chapter")).isEqualTo("Neck and Upper Back");
    assertThat(row.get("claims_administrator_citation_chapter_qualifier"))
        .isEqualTo("Acute & Chronic");
    assertThat(row.get("reviewer_citation_chapter")).isEqualTo("Neck and Upper Back");
    assertThat(row.get("reviewer_citation_chapter_qualifier")).isEmpty();
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndKeepsAccents() throws IOException {
    String title = "Invented \"deluxe\" kit, na\u00efve size";
    Cli.write(dir, "quoted.txt", SPARSE_LETTER.replace("Invented home exercise kit", title));

    Cli.Run run = Cli.run("parse", "--format", "csv", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"Invented \"\"deluxe\"\" kit, na\u00efve size\"");
    CSVRecord row = single(readCsv(run.out()));
    assertThat(row.get("item_title")).isEqualTo(title);
    assertThat(row.get("case_number")).isEqualTo("CM99-0000900");
    assertThat(row.get("item_decision")).isEqualTo("OVERTURNED");
  }

  @Test
  void fileWithoutItemsGetsOneRowWithItsErrors() throws IOException {
    Cli.write(dir, "1-good.txt", SPARSE_LETTER);
    Cli.write(dir, "2-list.txt", "A shopping list, not a letter.\n");
    Cli.write(dir, "3-undecided.txt", UNDECIDED_LETTER);

    Cli.Run run = Cli.run("parse", "--format", "csv", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<CSVRecord> rows = readCsv(run.out());
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("errors")).isEmpty();
    CSVRecord notALetter = rows.get(1);
    assertThat(notALetter.get("source")).endsWith("2-list.txt");
    assertThat(notALetter.get("item_number")).isEmpty();
    assertThat(notALetter.get("item_title")).isEmpty();
    assertThat(notALetter.get("errors")).matches("\\d+:\\d+ NOT_AN_IMR_LETTER");
    assertThat(rows.get(2).get("item_decision")).isEmpty();
    assertThat(rows.get(2).get("errors")).matches("\\d+:\\d+ MISSING_DECISION");
  }

  @Test
  void everyRowHasEveryColumn() throws IOException {
    Cli.write(dir, "a.txt", SPARSE_LETTER);
    Cli.write(dir, "b.txt", "");

    List<CSVRecord> rows = readCsv(Cli.run("parse", "-f", "csv", dir.toString()).out());

    assertThat(rows).hasSize(2).allSatisfy(row ->
        assertThat(row.size()).isEqualTo(LetterCsv.Column.values().length));
  }

  @Test
  void jsonIsOneArrayOfTheJsonLinesRecords() throws IOException {
    Cli.Run array = Cli.run("parse", "--format", "json", "letters");
    Cli.Run lines = Cli.run("parse", "letters");

    assertThat(array.exitCode()).isZero();
    JsonNode parsed = MAPPER.readTree(array.out());
    assertThat(parsed.isArray()).isTrue();
    List<JsonNode> elements = new ArrayList<>();
    parsed.forEach(elements::add);
    assertThat(elements).containsExactlyElementsOf(jsonLines(lines.out()));
  }

  @Test
  void noFileGivesAnEmptyArrayAndAWarning() throws IOException {
    Cli.write(dir, "notes.md", "not a letter");

    Cli.Run run = Cli.run("parse", "--format", "json", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(MAPPER.readTree(run.out()).isEmpty()).isTrue();
    assertThat(run.err()).contains("imr parse: no file matching *.{pdf,txt} under " + dir);
  }

  @Test
  void outputFileTakesTheRecordsAndStandardOutputStaysEmpty() throws IOException {
    Path csv = dir.resolve("letters.csv");

    Cli.Run run = Cli.run("parse", "letters", "--format", "csv", "--output", csv.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(readCsv(Files.readString(csv, StandardCharsets.UTF_8))).hasSize(7);
    assertThat(run.err()).startsWith("imr parse: 3 files, 3 letters, 7 items");
  }

  @Test
  void theNumberOfJobsDoesNotChangeTheOutput() throws IOException {
    // Files of different sizes and kinds, so that with several threads they finish out of order.
    for (int i = 0; i < 40; i++) {
      String content = switch (i % 4) {
        case 0 -> SPARSE_LETTER;
        case 1 -> SPARSE_LETTER.replace("na\u00efve on purpose.",
            "long. ".repeat(2000 * (i % 7 + 1)));
        case 2 -> "Not a letter " + i;
        default -> UNDECIDED_LETTER;
      };
      Cli.write(dir, String.format("%02d/letter-%d.txt", i % 5, i), content);
    }

    Cli.Run one = Cli.run("parse", "--jobs", "1", dir.toString());
    Cli.Run four = Cli.run("parse", "--jobs", "4", dir.toString());
    Cli.Run csv = Cli.run("parse", "-j", "3", "-f", "csv", dir.toString());

    assertThat(one.exitCode()).isEqualTo(1);
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.err()).isEqualTo(one.err());
    assertThat(jsonLines(one.out())).hasSize(40);
    assertThat(readCsv(csv.out())).extracting(row -> row.get("source")).containsExactlyElementsOf(
        jsonLines(one.out()).stream().map(record -> record.get("source").asText()).toList());
  }

  @Test
  void warningsAsErrorsCountsWarningsAsErrors() throws IOException {
    Path letter = Cli.write(dir, "sparse.txt", SPARSE_LETTER);

    Cli.Run lenient = Cli.run("parse", letter.toString());
    Cli.Run strict = Cli.run("parse", "--warnings-as-errors", letter.toString());

    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.err()).doesNotContain("warning");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).isEqualTo(lenient.out());
    assertThat(strict.err()).contains(letter + ":").contains(": warning MISSING_CREDENTIALS: ")
        .contains("imr parse: 1 file with errors or warnings:").doesNotContain("deprecated");
  }

  @Test
  void strictIsTheDeprecatedHiddenNameOfWarningsAsErrors() throws IOException {
    Path letter = Cli.write(dir, "sparse.txt", SPARSE_LETTER);

    Cli.Run renamed = Cli.run("parse", "--warnings-as-errors", letter.toString());
    Cli.Run old = Cli.run("parse", "--strict", letter.toString());

    assertThat(old.exitCode()).isEqualTo(renamed.exitCode()).isEqualTo(1);
    assertThat(old.out()).isEqualTo(renamed.out());
    assertThat(old.err()).startsWith("imr parse: --strict is deprecated: it is now called"
        + " --warnings-as-errors").endsWith(renamed.err());
    for (String command : List.of("parse", "load", "report")) {
      assertThat(Cli.run(command, "--help").out()).as(command)
          .contains("--warnings-as-errors").doesNotContain("--strict");
    }
  }

  @Test
  void badOptionsAreUsageErrorsBeforeAnythingIsWritten() {
    for (List<String> args : List.of(
        List.of("parse", "--jobs", "0", "letters"),
        List.of("parse", "--glob", "[unclosed", "letters"),
        List.of("parse", "--format", "xml", "letters"),
        List.of("parse", "--output", dir.resolve("missing/out.csv").toString(), "letters"),
        List.of("parse", "--output", dir.toString(), "letters"))) {
      Cli.Run run = Cli.run(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(args.toString()).isEqualTo(2);
      assertThat(run.out()).as(args.toString()).isEmpty();
      assertThat(run.err()).as(args.toString()).startsWith("imr parse: ")
          .contains("Try 'imr parse --help' for more information.").doesNotContain("Usage:");
    }
  }

  static List<CSVRecord> readCsv(String text) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      assertThat(parser.getHeaderNames()).containsExactlyElementsOf(Arrays
          .stream(LetterCsv.Column.values()).map(LetterCsv.Column::header).toList());
      return parser.getRecords();
    }
  }

  static List<JsonNode> jsonLines(String text) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : text.split("\n")) {
      records.add(MAPPER.readTree(line));
    }
    return records;
  }

  private static <T> T single(List<T> values) {
    assertThat(values).hasSize(1);
    return values.get(0);
  }
}
