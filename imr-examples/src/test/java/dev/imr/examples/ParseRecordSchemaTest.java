package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.imr.examples.output.DeterminationJson;
import dev.imr.model.CitationBasis;
import dev.imr.model.Decision;
import dev.imr.model.DecisionReason;
import dev.imr.model.DrugClass;
import dev.imr.model.Guideline;
import dev.imr.model.Outcome;
import dev.imr.model.RequestCategory;
import dev.imr.model.Sex;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schema that {@code imr schema} prints holds for every record {@code imr parse} writes:
 * the fixtures of every layout, hostile and unreadable inputs, and the real letters in {@code
 * ../shared} (skipped where absent). It is strict enough to reject a record that is wrong, and
 * its enumerations are those of the model.
 */
class ParseRecordSchemaTest {

  /** The schema file in the repository, which the jar carries and {@code imr schema} prints. */
  static final Path SCHEMA_FILE =
      Path.of("src/main/resources/dev/imr/examples/output", DeterminationJson.SCHEMA);

  /** Fixture letters of imr-parser: every era and the older layouts. */
  private static final List<Path> FIXTURES = List.of(
      Path.of("../imr-parser/src/test/resources/fixtures"),
      Path.of("../imr-parser/src/test/resources/older-layouts"),
      ExampleLettersTest.LETTERS);

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(DeterminationJson.schema(), InputFormat.JSON);

  @TempDir
  Path dir;

  @Test
  void imrSchemaPrintsTheSchemaFileOfTheRepository() throws IOException {
    Cli.Run run = Cli.run("schema");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8));
    assertThat(JSON.readTree(run.out()).path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void everyRecordOfTheFixturesIsValid() throws IOException {
    for (Path fixtures : FIXTURES) {
      assertThat(fixtures).isDirectory();
    }
    List<String> args = new ArrayList<>(List.of("parse", "--jobs", "2"));
    FIXTURES.forEach(path -> args.add(path.toString()));
    args.addAll(hostileInputs());
    Cli.Run run = Cli.run(args.toArray(String[]::new));

    List<JsonNode> records = records(run.out());
    assertThat(records).hasSizeGreaterThanOrEqualTo(19);
    assertValid(records);
    // The inputs cover what the schema allows: letters, non-letters, failures of every kind.
    assertThat(records).anySatisfy(r -> assertThat(r.get("determination").isNull()).isTrue());
    assertThat(records).anySatisfy(r -> assertThat(r.at("/determination/items/0/drug").isObject())
        .isTrue());
    assertThat(codes(records)).contains(DeterminationJson.UNREADABLE_FILE,
        DiagnosticCode.LIMIT_EXCEEDED.name(), DiagnosticCode.NOT_AN_IMR_LETTER.name(),
        DiagnosticCode.EMPTY_INPUT.name(), DiagnosticCode.OLDER_LAYOUT.name());
  }

  @Test
  void everyElementOfTheJsonArrayIsValid() throws IOException {
    Cli.Run run = Cli.run("parse", "--format", "json", ExampleLettersTest.LETTERS.toString());

    JsonNode array = JSON.readTree(run.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(3);
    List<JsonNode> records = new ArrayList<>();
    array.forEach(records::add);
    assertValid(records);
  }

  @Test
  void everyRecordOfTheRealLettersIsValid() throws IOException {
    Optional<Path> shared = sharedLetters();
    assumeTrue(shared.isPresent(),
        "../shared (real IMR letters beside the checkout) is absent: real letters not checked");
    List<String> args = new ArrayList<>(List.of("parse", "--jobs", "2"));
    for (String folder : List.of("seeds", "corpus")) {
      Path path = shared.get().resolve(folder);
      if (Files.isDirectory(path)) {
        args.add(path.toString());
      }
    }
    Cli.Run run = Cli.run(args.toArray(String[]::new));

    List<JsonNode> records = records(run.out());
    assertThat(records).as("records of ../shared").isNotEmpty();
    assertThat(records).anySatisfy(r -> assertThat(r.get("source").asText()).endsWith(".pdf"));
    assertValid(records);
  }

  @Test
  void aWrongRecordIsRejected() throws IOException {
    JsonNode good = records(Cli.run("parse",
        ExampleLettersTest.LETTERS.resolve("CM99-0000101.txt").toString()).out()).get(0);
    assertThat(SCHEMA.validate(JSON.writeValueAsString(good), InputFormat.JSON)).isEmpty();

    List<Consumer<ObjectNode>> breakages = List.of(
        r -> r.remove("diagnostics"),
        r -> r.put("extra", 1),
        r -> r.put("source", 7),
        r -> header(r).remove("caseNumber"),
        r -> header(r).put("decisionDate", "12/19/2016"),
        r -> header(r).put("dateAssigned", 20161114),
        r -> item(r).put("decision", "DENIED"),
        r -> item(r).put("category", "pharmaceuticals"),
        r -> item(r).putNull("request"),
        r -> item(r).put("quantity", "six"),
        r -> ((ObjectNode) item(r).get("span")).put("start", -1),
        r -> ((ObjectNode) item(r).get("span")).remove("end"),
        r -> item(r).put("reasons", "none"),
        r -> ((ObjectNode) r.get("determination")).put("outcome", "MIXED"),
        r -> ((ObjectNode) r.at("/determination/reviewer")).putArray("specialties").add(3),
        r -> ((ObjectNode) r.at("/determination/items/0/claimsAdministratorGuideline/citations/0"))
            .put("guideline", "MTUS"),
        r -> ((ArrayNode) r.get("diagnostics")).addObject().put("severity", "ERROR"),
        r -> ((ArrayNode) r.get("diagnostics")).addObject().put("severity", "FATAL")
            .put("code", "NOT_AN_IMR_LETTER").put("message", "m").put("line", 1)
            .put("column", 1).putNull("span"),
        r -> ((ArrayNode) r.get("diagnostics")).addObject().put("severity", "ERROR")
            .put("code", "NO_SUCH_CODE").put("message", "m").put("line", 0).put("column", 1)
            .putNull("span"));
    for (int i = 0; i < breakages.size(); i++) {
      ObjectNode broken = good.deepCopy();
      breakages.get(i).accept(broken);
      assertThat(SCHEMA.validate(JSON.writeValueAsString(broken), InputFormat.JSON))
          .as("breakage %d: %s", i, broken).isNotEmpty();
    }
  }

  @Test
  void enumerationsAreThoseOfTheModelAndTheParser() throws IOException {
    JsonNode defs = JSON.readTree(DeterminationJson.schema()).get("$defs");

    assertThat(enumeration(defs, "Decision")).isEqualTo(names(Decision.values()));
    assertThat(enumeration(defs, "Outcome")).isEqualTo(names(Outcome.values()));
    assertThat(enumeration(defs, "Sex")).isEqualTo(names(Sex.values()));
    assertThat(enumeration(defs, "CitationBasis")).isEqualTo(names(CitationBasis.values()));
    assertThat(enumeration(defs, "Guideline")).isEqualTo(names(Guideline.values()));
    assertThat(enumeration(defs, "RequestCategory")).isEqualTo(names(RequestCategory.values()));
    assertThat(enumeration(defs, "DrugClass")).isEqualTo(names(DrugClass.values()));
    assertThat(enumeration(defs, "ReasonKind")).isEqualTo(names(DecisionReason.Kind.values()));
    assertThat(enumeration(defs, "Severity")).isEqualTo(names(Severity.values()));
    List<String> codes = new ArrayList<>(names(DiagnosticCode.values()));
    codes.addAll(List.of(DeterminationJson.UNREADABLE_FILE, DeterminationJson.PARSER_FAILURE));
    assertThat(enumeration(defs, "DiagnosticCode"))
        .as("a new DiagnosticCode goes into parse-record.schema.json too").isEqualTo(codes);
  }

  /** Inputs that give every kind of record that is no letter, in {@link #dir}. */
  private List<String> hostileInputs() throws IOException {
    Path hostile = Files.createDirectories(dir.resolve("hostile"));
    Files.writeString(hostile.resolve("notes.txt"), "Shopping list: eggs, milk\n");
    Files.writeString(hostile.resolve("empty.txt"), "");
    Files.writeString(hostile.resolve("big.txt"), "x".repeat(5 << 20));
    Files.write(hostile.resolve("broken.pdf"), "%PDF-1.4 no more".getBytes(StandardCharsets.US_ASCII));
    Files.write(hostile.resolve("letter.pdf"), PdfDamageCommandTest.letterPdf());
    Files.createSymbolicLink(hostile.resolve("gone.txt"), hostile.resolve("missing-target.txt"));
    return List.of(hostile.toString());
  }

  private static ObjectNode header(ObjectNode record) {
    return (ObjectNode) record.at("/determination/header");
  }

  private static ObjectNode item(ObjectNode record) {
    return (ObjectNode) record.at("/determination/items/0");
  }

  private static void assertValid(List<JsonNode> records) throws IOException {
    for (JsonNode record : records) {
      List<Error> errors = SCHEMA.validate(JSON.writeValueAsString(record), InputFormat.JSON);
      assertThat(errors).as("record of %s", record.get("source")).isEmpty();
    }
  }

  private static List<JsonNode> records(String jsonLines) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  private static List<String> codes(List<JsonNode> records) {
    List<String> codes = new ArrayList<>();
    records.forEach(r -> r.get("diagnostics").forEach(d -> codes.add(d.get("code").asText())));
    return codes;
  }

  private static List<String> enumeration(JsonNode defs, String name) {
    List<String> values = new ArrayList<>();
    defs.get(name).get("enum").forEach(value -> values.add(value.asText()));
    return values;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /**
   * The {@code shared} folder of real letters beside the checkout, as imr-parser's tests find it
   * ({@code -Dimr.shared=DIR} points elsewhere).
   */
  static Optional<Path> sharedLetters() throws IOException {
    String configured = System.getProperty("imr.shared");
    if (configured != null && !configured.isBlank()) {
      Path shared = Path.of(configured);
      return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
    }
    Path folder = Path.of("").toAbsolutePath();
    for (int up = 0; up < 4 && folder != null; up++, folder = folder.getParent()) {
      Path candidate = folder.resolve("shared");
      if (Files.isDirectory(candidate.resolve("seeds"))
          || Files.isDirectory(candidate.resolve("corpus"))) {
        try (Stream<Path> files = Files.walk(candidate, FileVisitOption.FOLLOW_LINKS)) {
          if (files.anyMatch(file -> file.toString().endsWith(".txt"))) {
            return Optional.of(candidate);
          }
        }
      }
    }
    return Optional.empty();
  }
}
