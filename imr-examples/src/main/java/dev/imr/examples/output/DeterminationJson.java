package dev.imr.examples.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.imr.examples.run.ParsedLetter;
import dev.imr.model.Determination;
import dev.imr.model.SourceSpan;
import dev.imr.model.json.ImrJacksonModule;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.ParseResult;
import dev.imr.parser.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes one parsed letter as one line of JSON, the record that {@code imr parse} prints. Other
 * tools read these records, so the field names and their meaning are a contract:
 *
 * <pre>{@code
 * {"source": "<path as given>",
 *  "determination": null | <the letter, as ImrJacksonModule writes a Determination>,
 *  "diagnostics": [{"severity", "code", "message", "line", "column", "span"}]}
 * }</pre>
 *
 * <p>The letter's part comes from {@link ImrJacksonModule}, the one mapping of the model to JSON:
 *
 * <pre>{@code
 * {"header": null | {"caseNumber", "dateAssigned", "dateOfInjury", "decisionDate",
 *                    "urDenialDate", "priority", "applicationReceived", "span"},
 *  "reviewer": null | {"specialties": [..], "licensureStates": [..], "boardCertified",
 *                      "canonicalSpecialties": [..], "span"},
 *  "caseSummary": null | {"text", "patientAge", "patientSex", "dateOfInjury",
 *                         "utilizationReviewDate", "span", "patientAgeSpan", ..},
 *  "items": [{"title", "decision", "request", "originalRequest", "authorizedPortion",
 *             "quantity", "dateOfService", "category", "drugClass", "drug",
 *             "claimsAdministratorGuideline": null | {"text", "citations": [..], "span"},
 *             "reviewerGuideline": null | {"text", "citations": [..], "span"},
 *             "rationale", "reasons": [{"kind", "text", "span"}],
 *             "span", "titleSpan", "rationaleSpan", "requestSpan", ..}],
 *  "outcome": "UPHELD" | "OVERTURNED" | "PARTIALLY_OVERTURNED" | null}
 * }</pre>
 *
 * <p>where a citation is {@code {"text", "span", "basis", "guideline", "edition", "chapter",
 * "chapterTitle", "chapterQualifier", "canonicalChapter", "topic", "pages": [{"first", "last"}],
 * "url", "title"}}, and a reason's {@code kind} is a {@link dev.imr.model.DecisionReason.Kind}
 * name, main reason first. {@code canonicalSpecialties} and {@code canonicalChapter} are the
 * vocabulary's names for the words as written: group and count by them.
 *
 * <ul>
 *   <li>Every key is always written; a value the letter (or the model) lacks is {@code null}.
 *   <li>Dates are ISO-8601 ({@code 2016-11-09}); decisions, outcomes, severities, codes and other
 *       enumerations are their names.
 *   <li>A span is {@code {"start": n, "end": n}}: 0-based, end-exclusive UTF-16 offsets into the
 *       text the parser read (for a text file, its bytes decoded as UTF-8), as {@link SourceSpan}.
 *   <li>Characters outside ASCII are written as JSON escapes (a backslash, {@code u} and four hex
 *       digits), so a line means the same whatever encoding the terminal or pipe uses.
 * </ul>
 *
 * <p>{@link #schema()} is the JSON Schema of a record, which {@code imr schema} prints.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DeterminationJson {

  /**
   * The code of the diagnostic written for a file that could not be read. It is not a {@link
   * dev.imr.parser.DiagnosticCode}: the parser never saw the file.
   */
  public static final String UNREADABLE_FILE = "UNREADABLE_FILE";

  /**
   * The code of the diagnostic written for a file on which the parser failed with an exception,
   * which it should never do; the other files go on.
   */
  public static final String PARSER_FAILURE = "PARSER_FAILURE";

  /**
   * The JSON Schema of a record, a resource of this jar beside this class (in the repository,
   * {@code imr-examples/src/main/resources/dev/imr/examples/output/parse-record.schema.json}).
   */
  public static final String SCHEMA = "parse-record.schema.json";

  private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
          // ASCII output: the line does not depend on the platform encoding of stdout.
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build())
      .addModule(new ImrJacksonModule())
      // The caller owns the stream: it writes the line end and flushes when it chooses.
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)
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
    try (JsonGenerator json = mapper.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("source", source);
      json.writeFieldName("determination");
      mapper.writeValue(json, determination);
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
    writeFailure(out, source, UNREADABLE_FILE, message);
  }

  /**
   * Writes the record of an input that gave no parse result: no determination and one {@link
   * Severity#ERROR} diagnostic with {@code code} ({@value #UNREADABLE_FILE} or {@value
   * #PARSER_FAILURE}) at line 1, column 1, with a null span.
   *
   * @throws IOException when {@code out} fails
   */
  public void writeFailure(Writer out, String source, String code, String message)
      throws IOException {
    try (JsonGenerator json = mapper.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("source", source);
      json.writeNullField("determination");
      json.writeArrayFieldStart("diagnostics");
      writeDiagnostic(json, Severity.ERROR, code, message, 1, 1, null);
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  /** The text of the JSON Schema of a record, {@value #SCHEMA}. */
  public static String schema() {
    try (InputStream in = DeterminationJson.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  /** Writes the record of one file of a run. */
  public void write(Writer out, ParsedLetter letter) throws IOException {
    ParsedLetter.Failure failure = letter.failure();
    if (failure != null) {
      writeFailure(out, letter.source(), failure.code(), failure.message());
    } else {
      write(out, letter.source(), Objects.requireNonNull(letter.result()));
    }
  }

  private static void writeDiagnostic(JsonGenerator json, Severity severity, String code,
      String message, int line, int column, @Nullable SourceSpan span) throws IOException {
    json.writeStartObject();
    json.writeStringField("severity", severity.name());
    json.writeStringField("code", code);
    json.writeStringField("message", message);
    json.writeNumberField("line", line);
    json.writeNumberField("column", column);
    json.writeFieldName("span");
    if (span == null) {
      json.writeNull();
    } else {
      json.writeStartObject();
      json.writeNumberField("start", span.start());
      json.writeNumberField("end", span.end());
      json.writeEndObject();
    }
    json.writeEndObject();
  }
}
