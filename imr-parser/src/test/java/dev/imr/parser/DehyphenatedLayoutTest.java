package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imr.model.Determination;
import dev.imr.model.json.ImrJacksonModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture as poppler's {@code pdftotext} gives it in its default mode when the PDF breaks a
 * hyphenated word at a line end: the hyphen is deleted and the two halves joined ({@code Non-} /
 * {@code MTUS} arrives as {@code NonMTUS}). Each fixture's PDFBox text is broken after every hyphen
 * inside a word, the worst case, and then joined the way poppler joins it.
 *
 * <p>The model stays equal but for what the join took away and no parser can give back: a text
 * value as written may lack the hyphens poppler deleted ({@code NonMTUS Citation …}, {@code
 * followup}), as the letter's text no longer holds them. Every typed value (decisions, dates,
 * guidelines, chapters, topics' presence, categories, …) must be equal, with one exception the
 * test names ({@link #KNOWN}): the case summary's age and sex, whose phrase {@code 44-year-old
 * male} arrives as {@code 44-yearold male}, a wording the case facts reader does not know. Hyphens
 * between digits are
 * not broken here: poppler joins {@code 11-8-} / {@code 16} to {@code 11-816} and {@code 303-} /
 * {@code 304} to {@code 303304}, values the join made ambiguous, which the parser leaves empty with
 * a diagnostic rather than guessing (the page list {@code 303304} is a row of {@code
 * CitationReaderTest}).
 */
class DehyphenatedLayoutTest {

  private static final ImrParser PARSER = ImrParser.create();
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new ImrJacksonModule());
  private static final Pattern WORD_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

  /**
   * Values the join loses, by path, and the joined wording that loses them: the case facts
   * reader finds age and sex in {@code <n>-year-old}, not in {@code <n>-yearold}.
   */
  static final Map<String, String> KNOWN = Map.of(
      "/caseSummary/patientAge", "yearold",
      "/caseSummary/patientSex", "yearold");

  static Stream<String> fixtures() {
    return ExpectedLetters.all().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void aFixtureParsesAlikeWhenPopplerJoinsItsHyphenatedWords(String fixture) {
    String pdfbox = ExpectedLetters.text(fixture);
    String broken = brokenAtWordHyphens(pdfbox);
    Determination reference = PARSER.parse(pdfbox).determination().orElseThrow();
    // PDFBox's text of the same page: the hyphen stays, folding joins the halves again
    assertThat(PARSER.parse(broken).determination()).as("broken at its hyphens, PDFBox text")
        .contains(reference);

    String joined = dehyphenated(broken);
    ParseResult result = PARSER.parse(joined);

    assertThat(result.errors()).as("errors").isEmpty();
    assertThat(result.determination()).as("determination").isPresent();
    List<String> differences = new ArrayList<>();
    compare("", withoutSpans(JSON.valueToTree(reference)),
        withoutSpans(JSON.valueToTree(result.determination().get())), differences);
    String summary = result.determination().get().caseSummary().map(c -> c.text()).orElse("");
    differences.removeIf(d -> KNOWN.entrySet().stream().anyMatch(known ->
        d.startsWith(known.getKey() + ":") && summary.contains(known.getValue())));
    assertThat(differences).as("values that differ beyond the hyphens poppler deleted").isEmpty();
  }

  @Test
  void theFixturesHoldHyphenatedWordsToJoin() {
    assertThat(fixtures().map(ExpectedLetters::text).filter(t -> WORD_HYPHEN.matcher(t).find()))
        .as("fixtures with a hyphen inside a word").isNotEmpty();
    assertThat(fixtures().map(ExpectedLetters::text).filter(t -> t.contains("Non-MTUS")))
        .as("fixtures citing Non-MTUS").isNotEmpty();
  }

  /** The text with a line break after every hyphen between two letters. */
  static String brokenAtWordHyphens(String text) {
    return WORD_HYPHEN.matcher(text).replaceAll("-\n");
  }

  /** pdftotext's default mode: a line-end hyphen after a letter deleted, the lines joined. */
  static String dehyphenated(String text) {
    return text.replaceAll("(?<=\\p{L})-[ \\t]*\\r?\\n[ \\t]*(?=\\S)", "");
  }

  private static JsonNode withoutSpans(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> spans = new ArrayList<>();
      object.fieldNames().forEachRemaining(name -> {
        if (name.equals("span") || name.endsWith("Span")) {
          spans.add(name);
        }
      });
      object.remove(spans);
      object.forEach(DehyphenatedLayoutTest::withoutSpans);
    } else if (node.isArray()) {
      node.forEach(DehyphenatedLayoutTest::withoutSpans);
    }
    return node;
  }

  /** Every difference but a text value that lost the hyphens of its words. */
  private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.isTextual() && actual.isTextual()) {
      String e = expected.textValue();
      if (!e.equals(actual.textValue())
          && !WORD_HYPHEN.matcher(e).replaceAll("").equals(actual.textValue())) {
        out.add(path + ": " + e + " -> " + actual.textValue());
      }
    } else if (expected.isObject() && actual.isObject()) {
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        compare(path + "/" + field.getKey(), field.getValue(), actual.path(field.getKey()), out);
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        compare(path + "/" + i, expected.get(i), actual.get(i), out);
      }
    } else if (!expected.equals(actual)) {
      out.add(path + ": " + expected + " -> " + actual);
    }
  }
}
