package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imr.examples.output.DeterminationJson;
import dev.imr.model.Decision;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.GuidelineStatement;
import dev.imr.model.LetterHeader;
import dev.imr.model.SourceSpan;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON record of a model built by hand, where every absent value is chosen. */
class DeterminationJsonTest {

  private final DeterminationJson json = new DeterminationJson();
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void absentValuesAreWrittenAsNull() throws IOException {
    Determination letter = Determination.builder()
        .header(LetterHeader.builder().caseNumber("CM99-0000900")
            .decisionDate(LocalDate.of(2017, 3, 30)).build())
        .addItems(DisputedItem.builder().title("Invented item without a decision")
            .claimsAdministratorGuideline(GuidelineStatement.of("Invented statement."))
            .build())
        .build();

    JsonNode record = write("a.txt", letter, List.of());

    assertThat(record.get("source").asText()).isEqualTo("a.txt");
    JsonNode determination = record.get("determination");
    assertThat(fieldNames(determination))
        .containsExactlyInAnyOrder("header", "reviewer", "caseSummary", "items", "outcome");
    assertThat(determination.get("reviewer").isNull()).isTrue();
    assertThat(determination.get("caseSummary").isNull()).isTrue();
    // An item without a decision leaves the case without an outcome.
    assertThat(determination.get("outcome").isNull()).isTrue();

    JsonNode header = determination.get("header");
    assertThat(header.get("caseNumber").asText()).isEqualTo("CM99-0000900");
    assertThat(header.get("decisionDate").asText()).isEqualTo("2017-03-30");
    for (String absent : List.of("dateAssigned", "dateOfInjury", "urDenialDate", "priority",
        "applicationReceived", "span")) {
      assertThat(header.has(absent)).as(absent).isTrue();
      assertThat(header.get(absent).isNull()).as(absent).isTrue();
    }

    JsonNode item = determination.get("items").get(0);
    assertThat(fieldNames(item)).contains("title", "decision", "request", "originalRequest",
        "authorizedPortion", "quantity", "dateOfService", "claimsAdministratorGuideline",
        "reviewerGuideline", "rationale", "span", "titleSpan", "rationaleSpan");
    // A value the model derives is written too: the request defaults to the title.
    assertThat(item.get("request").asText()).isEqualTo("Invented item without a decision");
    assertThat(item.get("quantity").isNull()).isTrue();
    assertThat(item.get("decision").isNull()).isTrue();
    assertThat(item.get("claimsAdministratorGuideline").get("text").asText())
        .isEqualTo("Invented statement.");
    assertThat(item.get("claimsAdministratorGuideline").get("span").isNull()).isTrue();
    assertThat(item.get("claimsAdministratorGuideline").get("citations").isArray()).isTrue();
    for (String absent : List.of("reviewerGuideline", "rationale", "span", "titleSpan",
        "rationaleSpan")) {
      assertThat(item.get(absent).isNull()).as(absent).isTrue();
    }
  }

  @Test
  void spansDecisionsAndDiagnosticsAreWrittenInTheirContractForm() throws IOException {
    Determination letter = Determination.builder()
        .addItems(DisputedItem.builder().title("Invented item").decision(Decision.OVERTURNED)
            .span(SourceSpan.of(10, 90)).titleSpan(SourceSpan.of(10, 23))
            .rationale("Invented rationale.").rationaleSpan(SourceSpan.of(70, 90)).build())
        .build();
    Diagnostic warning = new Diagnostic(Severity.WARNING, DiagnosticCode.MISSING_CREDENTIALS,
        "no credentials", 3, 7, SourceSpan.of(40, 52));

    JsonNode record = write("b.txt", letter, List.of(warning));

    JsonNode item = record.get("determination").get("items").get(0);
    assertThat(item.get("decision").asText()).isEqualTo("OVERTURNED");
    assertThat(item.get("span").toString()).isEqualTo("{\"start\":10,\"end\":90}");
    assertThat(item.get("titleSpan").toString()).isEqualTo("{\"start\":10,\"end\":23}");
    assertThat(item.get("rationaleSpan").toString()).isEqualTo("{\"start\":70,\"end\":90}");
    assertThat(record.get("determination").get("outcome").asText()).isEqualTo("OVERTURNED");
    assertThat(record.get("diagnostics").toString()).isEqualTo(
        "[{\"severity\":\"WARNING\",\"code\":\"MISSING_CREDENTIALS\",\"message\":\"no credentials\","
            + "\"line\":3,\"column\":7,\"span\":{\"start\":40,\"end\":52}}]");
  }

  @Test
  void unreadableFileRecordHasNoDeterminationAndOneError() throws IOException {
    StringWriter out = new StringWriter();
    json.writeUnreadable(out, "gone.txt", "cannot read the file: no such file");

    assertThat(out.toString()).isEqualTo("{\"source\":\"gone.txt\",\"determination\":null,"
        + "\"diagnostics\":[{\"severity\":\"ERROR\",\"code\":\"UNREADABLE_FILE\","
        + "\"message\":\"cannot read the file: no such file\",\"line\":1,\"column\":1,"
        + "\"span\":null}]}");
  }

  @Test
  void nonAsciiTextIsEscapedSoTheLineIsAscii() throws IOException {
    Determination letter = Determination.builder()
        .addItems(DisputedItem.builder().title("Caf\u00e9 \u2013 na\u00efve \uD83D\uDE00").build())
        .build();
    StringWriter out = new StringWriter();
    json.write(out, "c.txt", letter, List.of());

    assertThat(out.toString()).matches("\\p{ASCII}*").contains("Caf\\u00E9");
    assertThat(mapper.readTree(out.toString()).at("/determination/items/0/title").asText())
        .isEqualTo("Caf\u00e9 \u2013 na\u00efve \uD83D\uDE00");
  }

  private JsonNode write(String source, Determination letter, List<Diagnostic> diagnostics)
      throws IOException {
    StringWriter out = new StringWriter();
    json.write(out, source, letter, diagnostics);
    assertThat(out.toString()).doesNotContain("\n"); // one record, one line
    JsonNode record = mapper.readTree(out.toString());
    assertThat(fieldNames(record)).containsExactlyInAnyOrder("source", "determination", "diagnostics");
    return record;
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
