package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.CaseSummary;
import dev.imr.model.Decision;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.DrugClass;
import dev.imr.model.LetterHeader;
import dev.imr.model.RequestCategory;
import dev.imr.model.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 2013 decision notice (FORMAT.md, "Older layouts") read into the model, from a notice we
 * wrote in the form's fixed wording with invented requests, dates and people ({@code
 * older-layouts/2013-decision-notice.txt}): its date and dates paragraph give the header's dates,
 * its numbered determinations (listed twice) the items once, with their decisions, its
 * qualifications the reviewer, and its case summary, after the disclaimer, the summary dated by
 * the disclaimer. Each part is also a table of variants, each read in every extraction layout of
 * {@link Layouts} and {@link PopplerLayoutTest}: what a variant changes is read as it says, or
 * left empty and reported, never guessed.
 */
class DecisionNoticeTest {

  private static final ImrParser PARSER = ImrParser.create();

  static String notice() {
    return OlderLayoutTest.letter("2013-decision-notice");
  }

  @Test
  void theNoticeGivesItsDatesItemsReviewerAndSummary() {
    String text = notice();

    ParseResult result = PARSER.parse(text);

    Determination d = result.determination().orElseThrow();
    assertThat(d.header()).hasValueSatisfying(h -> {
      assertThat(h.decisionDate()).contains(LocalDate.of(2013, 10, 2));
      assertThat(h.applicationReceived()).contains(LocalDate.of(2013, 8, 26));
      assertThat(h.urDenialDate()).contains(LocalDate.of(2013, 8, 14));
      assertThat(h.dateAssigned()).contains(LocalDate.of(2013, 9, 4));
      // the notice states none of these
      assertThat(h.caseNumber()).isEmpty();
      assertThat(h.dateOfInjury()).isEmpty();
      assertThat(h.priority()).isEmpty();
      assertThat(h.span()).isPresent();
    });
    // three determinations, each read once although the notice lists them twice
    assertThat(d.items()).extracting(DisputedItem::title)
        .containsExactly("a lumbar support brace", "six sessions of acupuncture", "Tramadol 50mg #60");
    assertThat(d.items()).extracting(item -> item.decision().orElseThrow())
        .containsExactly(Decision.UPHELD, Decision.OVERTURNED, Decision.UPHELD);
    assertThat(d.items()).extracting(DisputedItem::category).containsExactly(
        RequestCategory.DMEPOS, RequestCategory.REHABILITATION, RequestCategory.PHARMACEUTICALS);
    assertThat(d.items().get(1).quantity()).contains(6);
    assertThat(d.items().get(2).drugClass()).contains(DrugClass.OPIOID);
    assertThat(d.items()).allSatisfy(item -> {
      assertThat(item.rationale()).isEmpty();
      assertThat(item.reviewerGuideline()).isEmpty();
    });
    // the items' spans are in the first list, before the dates paragraph
    int datesParagraph = text.indexOf("An application for");
    assertThat(d.items()).allSatisfy(item ->
        assertThat(item.span().orElseThrow().end()).isLessThan(datesParagraph));
    assertThat(d.reviewer()).hasValueSatisfying(r -> {
      assertThat(r.specialties()).containsExactly("Occupational Medicine");
      assertThat(r.licensureStates()).containsExactly("California", "Oregon");
      assertThat(r.boardCertified()).contains(true);
    });
    assertThat(d.caseSummary()).hasValueSatisfying(s -> {
      // the utilization review's text, without the disclaimer and the quotation marks around it
      assertThat(s.text()).startsWith("This 46 year-old male injured").endsWith("an opioid.");
      assertThat(s.utilizationReviewDate()).contains(LocalDate.of(2013, 8, 14));
      assertThat(s.utilizationReviewDateSpan().orElseThrow().textOf(text)).isEqualTo("August 14, 2013");
      assertThat(s.patientAge()).contains(46);
      assertThat(s.patientSex()).contains(Sex.MALE);
      assertThat(s.dateOfInjury()).contains(LocalDate.of(2012, 9, 9));
    });
    assertThat(result.errors()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(diagnostic -> {
      assertThat(diagnostic.code()).isEqualTo(DiagnosticCode.OLDER_LAYOUT);
      assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING);
      assertThat(diagnostic.message()).contains("'2013 decision notice'",
          "the decision, application-received, UR denial and assigned dates", "3 disputed items",
          "the reviewer's credentials", "the case summary",
          "it states no case number, date of injury or priority");
    });
    assertThat(SpanChecks.problems(text, result)).isEmpty();
  }

  /** One way to render the notice's PDFBox text, named for test reports. */
  record Rendering(String name, UnaryOperator<String> render) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every layout of {@link Layouts} and every {@code pdftotext} variant (no header block). */
  static List<Rendering> renderings() {
    List<Rendering> renderings = new ArrayList<>();
    for (Layouts.Layout layout : Layouts.all()) {
      renderings.add(new Rendering(layout.name(), layout.render()));
    }
    for (PopplerLayoutTest.Variant variant : PopplerLayoutTest.variants()) {
      renderings.add(new Rendering(variant.name(), text -> variant.render().apply(text, null)));
    }
    return renderings;
  }

  static Stream<Rendering> everyRendering() {
    return renderings().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRendering")
  void theNoticeReadsAlikeInEveryLayout(Rendering rendering) {
    String input = rendering.render().apply(notice());

    ParseResult result = PARSER.parse(input);

    assertThat(result.errors()).as("errors").isEmpty();
    assertThat(result.determination()).isEqualTo(PARSER.parse(notice()).determination());
    assertThat(SpanChecks.problems(input, result, text -> PopplerLayouts.withoutFurniture(text, null)))
        .as("spans").isEmpty();
  }

  /**
   * Extraction that loses the space at every line break inside a paragraph ({@code is not} /
   * {@code medically} gives {@code notmedically}): every value is read as before; the words the
   * join ran together stay run together in the text values.
   */
  @Test
  void wordsRunTogetherAtEveryLineBreakReadAlike() {
    String joined = runTogether(notice());
    assertThat(joined).contains("notmedically", "UtilizationReview", "inCalifornia");

    ParseResult result = PARSER.parse(joined);

    Determination expected = PARSER.parse(notice()).determination().orElseThrow();
    Determination d = result.determination().orElseThrow();
    assertThat(result.errors()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.OLDER_LAYOUT);
    assertThat(d.header()).isEqualTo(expected.header());
    assertThat(d.reviewer()).isEqualTo(expected.reviewer());
    assertThat(d.items()).extracting(item -> item.title().replace(" ", ""))
        .containsExactlyElementsOf(expected.items().stream().map(i -> i.title().replace(" ", "")).toList());
    assertThat(d.items()).extracting(DisputedItem::decision)
        .containsExactlyElementsOf(expected.items().stream().map(DisputedItem::decision).toList());
    assertThat(d.caseSummary().flatMap(CaseSummary::utilizationReviewDate))
        .isEqualTo(expected.caseSummary().flatMap(CaseSummary::utilizationReviewDate));
    assertThat(SpanChecks.problems(joined, result)).isEmpty();
  }

  /** Lines that continue a sentence joined to the next with no space at all. */
  static String runTogether(String text) {
    List<String> lines = Layouts.lines(text);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
      boolean continues = !line.isEmpty() && !next.isEmpty() && !line.endsWith(".")
          && !line.endsWith(":") && !line.endsWith(",") && !next.matches("\\d+\\).*");
      out.append(line).append(continues ? "" : " \n");
    }
    return out.toString();
  }

  /** One variant of the notice: what it changes in the PDFBox text, and what must be read. */
  record Variant(String part, String name, UnaryOperator<String> edit, Consumer<ParseResult> expect) {
    @Override
    public String toString() {
      return part + ": " + name;
    }
  }

  static List<Variant> variants() {
    return List.of(
        // the title
        new Variant("title", "run onto one line", text -> text
            .replace("INC. \nNotice", "INC. Notice").replace("Determination \nDated", "Determination Dated"),
            r -> assertThat(header(r).decisionDate()).contains(LocalDate.of(2013, 10, 2))),
        new Variant("title", "no space after the label", text -> text.replace("Dated: ", "Dated:"),
            r -> assertThat(header(r).decisionDate()).contains(LocalDate.of(2013, 10, 2))),
        new Variant("title", "no 'Dated:'", text -> text.replace("Dated: 10/2/2013 \n", ""), r -> {
          assertThat(header(r).decisionDate()).isEmpty();
          assertThat(header(r).applicationReceived()).isPresent();
          assertReported(r, DiagnosticCode.MISSING_PART, "'Dated:'", "decision date is left empty");
        }),
        new Variant("title", "no valid date after 'Dated:'", text -> text.replace("10/2/2013", "10/32/2013"),
            r -> {
              assertThat(header(r).decisionDate()).isEmpty();
              assertReported(r, DiagnosticCode.MISSING_HEADER_VALUE, "'Dated:'", "decision date");
            }),
        // the numbered determinations
        new Variant("determinations", "only the second list", text -> {
          int first = text.indexOf("1) MAXIMUS");
          return text.substring(0, first) + text.substring(text.indexOf("INDEPENDENT MEDICAL"));
        }, r -> assertItems(r, Decision.UPHELD, Decision.OVERTURNED, Decision.UPHELD)),
        new Variant("determinations", "only the first list", text -> {
          int second = text.indexOf("1) MAXIMUS", text.indexOf("in dispute:"));
          return text.substring(0, second) + text.substring(text.indexOf("Medical Qualifications"));
        }, r -> assertItems(r, Decision.UPHELD, Decision.OVERTURNED, Decision.UPHELD)),
        new Variant("determinations", "the second list states another verdict", text -> {
          int second = text.indexOf("in dispute:");
          return text.substring(0, second) + text.substring(second)
              .replace("acupuncture is medically", "acupuncture is not medically");
        }, r -> {
          assertItems(r, Decision.UPHELD, Decision.OVERTURNED, Decision.UPHELD);
          assertReported(r, DiagnosticCode.UNEXPECTED_CONTENT, "determination 2)",
              "the first statement is read");
        }),
        new Variant("determinations", "a fourth only in the second list", text -> text.replace(
            "Tramadol 50mg #60 \nis not medically necessary and appropriate. \n",
            "Tramadol 50mg #60 \nis not medically necessary and appropriate. \n4) MAXIMUS Federal"
                + " Services, Inc. has determined the request for a cervical pillow is medically \n"
                + "necessary and appropriate. \n"),
            r -> {
              assertItems(r, Decision.UPHELD, Decision.OVERTURNED, Decision.UPHELD, Decision.OVERTURNED);
              assertThat(r.determination().orElseThrow().items().get(3).title()).isEqualTo("a cervical pillow");
            }),
        new Variant("determinations", "a verdict not in the notice's words",
            text -> text.replace("#60 is not medically \nnecessary and appropriate.", "#60 is deferred.")
                .replace("#60 \nis not medically necessary and appropriate.", "#60 \nis deferred."),
            r -> {
              List<DisputedItem> items = r.determination().orElseThrow().items();
              assertThat(items).hasSize(3);
              assertThat(items.get(2).title()).isEqualTo("Tramadol 50mg #60 is deferred.");
              assertThat(items.get(2).decision()).isEmpty();
              assertThat(r.errors()).singleElement()
                  .satisfies(e -> assertThat(e.code()).isEqualTo(DiagnosticCode.MISSING_DECISION));
            }),
        new Variant("determinations", "'notmedically', words run together at the line break",
            text -> text.replace("is not \nmedically", "is notmedically")
                .replace("not medically \nnecessary", "not medicallynecessary"),
            r -> assertItems(r, Decision.UPHELD, Decision.OVERTURNED, Decision.UPHELD)),
        // the dates paragraph
        new Variant("dates", "spaces lost at the line breaks", text -> text
            .replace("Utilization \nReview", "UtilizationReview").replace("to \nthe above", "tothe above"),
            r -> {
              assertThat(header(r).urDenialDate()).contains(LocalDate.of(2013, 8, 14));
              assertThat(header(r).dateAssigned()).contains(LocalDate.of(2013, 9, 4));
            }),
        new Variant("dates", "no assignment sentence", text -> text.replace(
            "A Notice of Assignment and Request for Information was provided to \nthe above parties on 9/4/2013. ",
            ""), r -> {
              assertThat(header(r).dateAssigned()).isEmpty();
              assertThat(header(r).applicationReceived()).contains(LocalDate.of(2013, 8, 26));
              assertThat(header(r).urDenialDate()).contains(LocalDate.of(2013, 8, 14));
              assertReported(r, DiagnosticCode.MISSING_PART, "'A Notice of Assignment",
                  "assigned date is left empty");
            }),
        new Variant("dates", "dates written out", text -> text.replace("on 8/26/2013", "on August 26, 2013")
            .replace("dated 8/14/2013", "dated August 14, 2013"), r -> {
              assertThat(header(r).applicationReceived()).contains(LocalDate.of(2013, 8, 26));
              assertThat(header(r).urDenialDate()).contains(LocalDate.of(2013, 8, 14));
            }),
        // the qualifications
        new Variant("qualifications", "space lost before the state",
            text -> text.replace("practice in \nCalifornia", "practice inCalifornia"),
            r -> assertThat(r.determination().orElseThrow().reviewer().orElseThrow().licensureStates())
                .containsExactly("California", "Oregon")),
        // the case summary
        new Variant("case summary", "no disclaimer", text -> text.replace(
            "Disclaimer: The following case summary was taken directly from the utilization review \n"
                + "denial/modification dated August 14, 2013. \n", ""), r -> {
              CaseSummary summary = r.determination().orElseThrow().caseSummary().orElseThrow();
              assertThat(summary.text()).startsWith("This 46 year-old male");
              assertThat(summary.utilizationReviewDate()).isEmpty();
              assertReported(r, DiagnosticCode.MISSING_PART, "does not open with 'Disclaimer:");
            }),
        new Variant("case summary", "a numeric date run into 'dated'",
            text -> text.replace("dated August 14, 2013.", "dated8/14/2013."),
            r -> assertThat(r.determination().orElseThrow().caseSummary()
                .flatMap(CaseSummary::utilizationReviewDate)).contains(LocalDate.of(2013, 8, 14))),
        new Variant("case summary", "text after the closing quotation mark",
            text -> text + " \nThe file held three progress reports. \n", r -> {
              assertThat(r.determination().orElseThrow().caseSummary().orElseThrow().text())
                  .endsWith("an opioid.");
              assertReported(r, DiagnosticCode.OLDER_LAYOUT, "the text after the case summary's closing quotation mark");
            }),
        new Variant("case summary", "no quotation marks",
            text -> text.replace("\u201c", "").replace("\u201d", ""),
            r -> assertThat(r.determination().orElseThrow().caseSummary().orElseThrow().text())
                .startsWith("This 46 year-old male").endsWith("an opioid.")));
  }

  static Stream<Arguments> variantsInEveryRendering() {
    List<Arguments> cases = new ArrayList<>();
    for (Variant variant : variants()) {
      for (Rendering rendering : renderings()) {
        cases.add(Arguments.of(variant, rendering));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("variantsInEveryRendering")
  void eachPartOfTheNoticeIsReadOrReported(Variant variant, Rendering rendering) {
    String edited = variant.edit().apply(notice());
    assertThat(edited).as("the variant changes the notice").isNotEqualTo(notice());
    String input = rendering.render().apply(edited);

    ParseResult result = PARSER.parse(input);

    variant.expect().accept(result);
    assertThat(SpanChecks.problems(input, result, text -> PopplerLayouts.withoutFurniture(text, null)))
        .as("spans").isEmpty();
  }

  private static LetterHeader header(ParseResult result) {
    return result.determination().orElseThrow().header().orElseThrow();
  }

  private static void assertItems(ParseResult result, Decision... decisions) {
    assertThat(result.determination().orElseThrow().items())
        .extracting(item -> item.decision().orElse(null)).containsExactly(decisions);
    assertThat(result.determination().orElseThrow().items()).first()
        .satisfies(item -> assertThat(item.title()).isEqualTo("a lumbar support brace"));
  }

  private static void assertReported(ParseResult result, DiagnosticCode code, String... words) {
    assertThat(result.diagnostics()).as("diagnostics").anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(code);
      assertThat(d.message()).contains(words);
    });
  }
}
