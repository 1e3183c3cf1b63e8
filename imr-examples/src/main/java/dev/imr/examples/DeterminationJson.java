package dev.imr.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.imr.model.CaseSummary;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.ExpertReviewer;
import dev.imr.model.GuidelineStatement;
import dev.imr.model.LetterHeader;
import dev.imr.model.SourceSpan;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.ParseResult;
import dev.imr.parser.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes one parsed letter as one line of JSON, the record that {@code imr parse} prints. Other
 * tools read these records, so the field names and their meaning are a contract:
 *
 * <pre>{@code
 * {"source": "<path as given>",
 *  "determination": null | {
 *    "header": null | {"caseNumber", "dateAssigned", "dateOfInjury", "decisionDate",
 *                      "urDenialDate", "priority", "applicationReceived", "span"},
 *    "reviewer": null | {"specialties": [..], "licensureStates": [..], "span"},
 *    "caseSummary": null | {"text", "span"},
 *    "items": [{"title", "decision",
 *               "claimsAdministratorGuideline": null | {"text", "span"},
 *               "reviewerGuideline": null | {"text", "span"},
 *               "rationale", "span", "titleSpan", "rationaleSpan"}],
 *    "outcome": "UPHELD" | "OVERTURNED" | "PARTIALLY_OVERTURNED" | null},
 *  "diagnostics": [{"severity", "code", "message", "line", "column", "span"}]}
 * }</pre>
 *
 * <ul>
 *   <li>Every key is always written; a value the letter (or the model) lacks is {@code null}.
 *   <li>Dates are ISO-8601 ({@code 2016-11-09}); decision, outcome, severity and code are enum
 *       names.
 *   <li>A span is {@code {"start": n, "end": n}}: 0-based, end-exclusive UTF-16 offsets into the
 *       text the parser read (for a file, its bytes decoded as UTF-8), as {@link SourceSpan}.
 *   <li>Characters outside ASCII are written as JSON escapes (a backslash, {@code u} and four hex
 *       digits), so a line means the same whatever encoding the terminal or pipe uses.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DeterminationJson {

  /**
   * The code of the diagnostic written for a file that could not be read. It is not a {@link
   * dev.imr.parser.DiagnosticCode}: the parser never saw the file.
   */
  public static final String UNREADABLE_FILE = "UNREADABLE_FILE";

  private final JsonFactory factory = JsonFactory.builder()
      // ASCII output: the line does not depend on the platform encoding of stdout.
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();

  /** A writer. */
  public DeterminationJson() {}

  /**
   * Writes the record of {@code result} to {@code out}, without a line end. {@code out} is
   * neither flushed nor closed.
   *
   * @param source the name of the input, written as {@code "source"}
   * @throws IOException when {@code out} fails
   */
  public void write(Writer out, String source, ParseResult result) throws IOException {
    write(out, source, result.determination().orElse(null), result.diagnostics());
  }

  /**
   * Writes the record of a letter to {@code out}, without a line end; {@code determination} is
   * null when the input was not a letter. {@code out} is neither flushed nor closed.
   *
   * @throws IOException when {@code out} fails
   */
  public void write(Writer out, String source, @Nullable Determination determination,
      List<Diagnostic> diagnostics) throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeStringField("source", source);
      json.writeFieldName("determination");
      if (determination == null) {
        json.writeNull();
      } else {
        writeDetermination(json, determination);
      }
      json.writeArrayFieldStart("diagnostics");
      for (Diagnostic diagnostic : diagnostics) {
        writeDiagnostic(json, diagnostic.severity(), diagnostic.code().name(), diagnostic.message(),
            diagnostic.line(), diagnostic.column(), diagnostic.span());
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  /**
   * Writes the record of an input that could not be read: no determination and one {@link
   * Severity#ERROR} diagnostic with code {@value #UNREADABLE_FILE} at line 1, column 1, with a
   * null span since there is no text to point into.
   *
   * @param message why the input could not be read
   * @throws IOException when {@code out} fails
   */
  public void writeUnreadable(Writer out, String source, String message) throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeStringField("source", source);
      json.writeNullField("determination");
      json.writeArrayFieldStart("diagnostics");
      writeDiagnostic(json, Severity.ERROR, UNREADABLE_FILE, message, 1, 1, null);
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  /** The record of {@code result} as a string, without a line end. */
  public String toJson(String source, ParseResult result) {
    StringWriter out = new StringWriter();
    try {
      write(out, source, result);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator json = factory.createGenerator(out);
    // The caller owns the stream: it writes the line end and flushes when it chooses.
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    return json;
  }

  private static void writeDetermination(JsonGenerator json, Determination determination)
      throws IOException {
    json.writeStartObject();
    json.writeFieldName("header");
    writeHeader(json, determination.header().orElse(null));
    json.writeFieldName("reviewer");
    writeReviewer(json, determination.reviewer().orElse(null));
    json.writeFieldName("caseSummary");
    writeCaseSummary(json, determination.caseSummary().orElse(null));
    json.writeArrayFieldStart("items");
    for (DisputedItem item : determination.items()) {
      writeItem(json, item);
    }
    json.writeEndArray();
    writeOptionalString(json, "outcome", determination.outcome().map(Enum::name));
    json.writeEndObject();
  }

  private static void writeHeader(JsonGenerator json, @Nullable LetterHeader header)
      throws IOException {
    if (header == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    writeOptionalString(json, "caseNumber", header.caseNumber());
    writeDate(json, "dateAssigned", header.dateAssigned());
    writeDate(json, "dateOfInjury", header.dateOfInjury());
    writeDate(json, "decisionDate", header.decisionDate());
    writeDate(json, "urDenialDate", header.urDenialDate());
    writeOptionalString(json, "priority", header.priority());
    writeDate(json, "applicationReceived", header.applicationReceived());
    writeSpan(json, "span", header.span());
    json.writeEndObject();
  }

  private static void writeReviewer(JsonGenerator json, @Nullable ExpertReviewer reviewer)
      throws IOException {
    if (reviewer == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    writeStrings(json, "specialties", reviewer.specialties());
    writeStrings(json, "licensureStates", reviewer.licensureStates());
    writeSpan(json, "span", reviewer.span());
    json.writeEndObject();
  }

  private static void writeCaseSummary(JsonGenerator json, @Nullable CaseSummary summary)
      throws IOException {
    if (summary == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("text", summary.text());
    writeSpan(json, "span", summary.span());
    json.writeEndObject();
  }

  private static void writeItem(JsonGenerator json, DisputedItem item) throws IOException {
    json.writeStartObject();
    json.writeStringField("title", item.title());
    writeOptionalString(json, "decision", item.decision().map(Enum::name));
    json.writeFieldName("claimsAdministratorGuideline");
    writeGuideline(json, item.claimsAdministratorGuideline().orElse(null));
    json.writeFieldName("reviewerGuideline");
    writeGuideline(json, item.reviewerGuideline().orElse(null));
    writeOptionalString(json, "rationale", item.rationale());
    writeSpan(json, "span", item.span());
    writeSpan(json, "titleSpan", item.titleSpan());
    writeSpan(json, "rationaleSpan", item.rationaleSpan());
    json.writeEndObject();
  }

  private static void writeGuideline(JsonGenerator json, @Nullable GuidelineStatement statement)
      throws IOException {
    if (statement == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("text", statement.text());
    writeSpan(json, "span", statement.span());
    json.writeEndObject();
  }

  private static void writeDiagnostic(JsonGenerator json, Severity severity, String code,
      String message, int line, int column, @Nullable SourceSpan span) throws IOException {
    json.writeStartObject();
    json.writeStringField("severity", severity.name());
    json.writeStringField("code", code);
    json.writeStringField("message", message);
    json.writeNumberField("line", line);
    json.writeNumberField("column", column);
    writeSpan(json, "span", Optional.ofNullable(span));
    json.writeEndObject();
  }

  private static void writeSpan(JsonGenerator json, String field, Optional<SourceSpan> span)
      throws IOException {
    json.writeFieldName(field);
    if (span.isEmpty()) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeNumberField("start", span.get().start());
    json.writeNumberField("end", span.get().end());
    json.writeEndObject();
  }

  private static void writeDate(JsonGenerator json, String field, Optional<LocalDate> date)
      throws IOException {
    writeOptionalString(json, field, date.map(LocalDate::toString)); // toString is ISO-8601
  }

  private static void writeOptionalString(JsonGenerator json, String field, Optional<String> value)
      throws IOException {
    json.writeFieldName(field);
    if (value.isPresent()) {
      json.writeString(value.get());
    } else {
      json.writeNull();
    }
  }

  private static void writeStrings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
