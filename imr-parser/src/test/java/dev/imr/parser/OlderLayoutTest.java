package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.Decision;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.Guideline;
import dev.imr.model.Sex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Letters in the layouts of 2013 – early 2014 (FORMAT.md, "Older layouts"), written by us from
 * their headings with invented content: what they give is read, one warning names the layout and
 * what could not be read, and a part the parser could not find is never silently empty.
 */
class OlderLayoutTest {

  private static final ImrParser PARSER = ImrParser.create();

  static String letter(String name) {
    String resource = "/older-layouts/" + name + ".txt";
    try (InputStream in = OlderLayoutTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aMedicalProfessionalReviewIsReadByItsHeadings() {
    String text = letter("2013-professional-review");

    ParseResult result = PARSER.parse(text);

    Determination d = result.determination().orElseThrow();
    assertThat(d.header()).isEmpty();
    assertThat(d.reviewer()).hasValueSatisfying(r -> {
      assertThat(r.specialties()).containsExactly("Physical Medicine and Rehabilitation");
      assertThat(r.licensureStates()).containsExactly("California");
      assertThat(r.boardCertified()).contains(true);
    });
    assertThat(d.caseSummary()).hasValueSatisfying(s -> {
      assertThat(s.text()).startsWith("The injured worker is a 51 year old female").endsWith("exercise.");
      assertThat(s.patientAge()).contains(51);
      assertThat(s.patientSex()).contains(Sex.FEMALE);
    });
    assertThat(d.items()).singleElement().satisfies(item -> {
      assertThat(item.title()).isEqualTo("Aquatic therapy, twice weekly for four weeks (8 sessions)");
      assertThat(item.quantity()).contains(8);
      // "The request is medically necessary": the denial is overturned
      assertThat(item.decision()).contains(Decision.OVERTURNED);
      assertThat(item.claimsAdministratorGuideline()).isEmpty();
      assertThat(item.reviewerGuideline()).hasValueSatisfying(g -> {
        assertThat(g.text()).startsWith("Decision based on MTUS Chronic Pain");
        assertThat(g.citations()).singleElement()
            .satisfies(c -> assertThat(c.guideline()).isEqualTo(Guideline.CHRONIC_PAIN));
      });
      assertThat(item.rationale()).hasValueSatisfying(r ->
          assertThat(r).startsWith("The guidelines recommend aquatic therapy").endsWith("necessary."));
    });
    assertThat(result.errors()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(diagnostic -> {
      assertThat(diagnostic.code()).isEqualTo(DiagnosticCode.OLDER_LAYOUT);
      assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING);
      assertThat(diagnostic.message()).contains("'Medical Professional Review'",
          "not read into the model", "'DOCUMENTS REVIEWED FOR DETERMINATION:'");
      assertThat(diagnostic.line()).isEqualTo(1);
    });
    assertThat(SpanChecks.problems(text, result)).isEmpty();
  }

  @Test
  void aDecisionNoticeGivesItsNumberedDeterminations() {
    // The notice part by part, and in every layout: DecisionNoticeTest.
    String text = letter("2013-decision-notice");

    ParseResult result = PARSER.parse(text);

    Determination d = result.determination().orElseThrow();
    assertThat(d.items()).extracting(DisputedItem::title)
        .containsExactly("a lumbar support brace", "six sessions of acupuncture", "Tramadol 50mg #60");
    // "not medically necessary": the denial stands; "medically necessary": it is overturned
    assertThat(d.items()).extracting(item -> item.decision().orElseThrow())
        .containsExactly(Decision.UPHELD, Decision.OVERTURNED, Decision.UPHELD);
    assertThat(result.errors()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(diagnostic -> {
      assertThat(diagnostic.code()).isEqualTo(DiagnosticCode.OLDER_LAYOUT);
      assertThat(diagnostic.message()).contains("'2013 decision notice'", "3 disputed items");
    });
    assertThat(SpanChecks.problems(text, result)).isEmpty();
  }

  static Stream<Layouts.Layout> layouts() {
    return Layouts.all().stream();
  }

  /**
   * PDFBox breaks the Medical Professional Review's two long headings over two lines ({@code …
   * RELIED UPON BY PROFESSIONAL} / {@code REVIEWER AND WHY:}): read as the headings they are, in
   * every layout, the letter gives what it gives with the headings on one line.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void theProfessionalReviewsLongHeadingsBrokenOverTwoLinesAreRead(Layouts.Layout layout) {
    String oneLine = letter("2013-professional-review");
    String broken = oneLine
        .replace("RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:", "RELIED UPON BY PROFESSIONAL \nREVIEWER AND WHY:")
        .replace("TREATMENT/SERVICE IS/WAS NOT MEDICALLY", "TREATMENT/SERVICE IS/WAS NOT \nMEDICALLY");
    assertThat(broken.lines().count()).isEqualTo(oneLine.lines().count() + 2);
    String input = layout.apply(broken);

    ParseResult result = PARSER.parse(input);

    ParseResult expected = PARSER.parse(oneLine);
    assertThat(result.errors()).isEmpty();
    assertThat(result.determination()).isEqualTo(expected.determination());
    assertThat(result.determination().orElseThrow().items()).singleElement().satisfies(item -> {
      assertThat(item.reviewerGuideline()).isPresent();
      assertThat(item.rationale()).isPresent();
    });
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::message)
        .isEqualTo(expected.diagnostics().stream()
            .map(d -> Tuple.tuple(d.code(), d.message())).toList());
    assertThat(SpanChecks.problems(input, result)).isEmpty();
  }

  @Test
  void aMaximusLetterOf2013IsReadAsLaterLettersAreAndSaysWhatItLeavesOut() {
    String text = letter("2013-maximus-letter");

    ParseResult result = PARSER.parse(text);

    Determination d = result.determination().orElseThrow();
    assertThat(d.items()).singleElement().satisfies(item -> {
      assertThat(item.title()).isEqualTo("Cervical pillow");
      assertThat(item.decision()).contains(Decision.UPHELD);
      assertThat(item.rationale()).isPresent();
    });
    assertThat(d.reviewer().map(r -> r.specialties())).contains(List.of("Family Practice"));
    assertThat(d.caseSummary().map(s -> s.patientAge().orElse(0))).contains(39);
    assertThat(result.errors()).isEmpty();
    assertThat(result.diagnostics()).filteredOn(x -> x.code() == DiagnosticCode.OLDER_LAYOUT)
        .singleElement().satisfies(diagnostic -> {
          assertThat(diagnostic.message()).contains("'2013 MAXIMUS letter'", "'DOCUMENTS REVIEWED'");
          assertThat(diagnostic.line()).isEqualTo(15);
        });
    // The letterhead is no header; it is reported, not dropped.
    assertThat(result.diagnostics()).anySatisfy(diagnostic -> {
      assertThat(diagnostic.code()).isEqualTo(DiagnosticCode.UNRECOGNISED_TEXT);
      assertThat(diagnostic.message()).contains("MAXIMUS FEDERAL SERVICES, INC.");
    });
  }

  @Test
  void aPartTheOlderLayoutShouldGiveButDoesNotIsReported() {
    // The professional review without its qualifications and with a rationale that states no
    // decision in words the parser reads.
    String text = letter("2013-professional-review");
    text = text.substring(0, text.indexOf("MEDICAL REVIEWER QUALIFICATIONS:"))
        .replace("The request \nis medically necessary.", "Hence the request.");

    ParseResult result = PARSER.parse(text);

    Determination d = result.determination().orElseThrow();
    assertThat(d.reviewer()).isEmpty();
    assertThat(d.items()).singleElement().satisfies(item -> assertThat(item.decision()).isEmpty());
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(
        DiagnosticCode.OLDER_LAYOUT, DiagnosticCode.MISSING_CREDENTIALS, DiagnosticCode.MISSING_DECISION);
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(DiagnosticCode.MISSING_DECISION);
      assertThat(e.message()).contains("Aquatic therapy", "'Medical Professional Review'");
    });
  }

  @Test
  void olderHeadingsQuotedInACurrentLetterAreText() {
    // A current letter whose rationale starts a line with an older heading's words.
    String text = ExpectedLetters.text("2016-single-item-tens");
    String quoted = text.replace("Decision rationale: ", "Decision rationale: \nCase Summary: ");

    ParseResult result = PARSER.parse(quoted);

    assertThat(result.errors()).isEmpty();
    assertThat(result.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.OLDER_LAYOUT);
    assertThat(result.determination().orElseThrow().items().get(0).rationale().orElseThrow())
        .startsWith("Case Summary: ");
  }

  @Test
  void aSingleOlderHeadingIsNoLetter() {
    ParseResult result = PARSER.parse("CASE SUMMARY: \nThe quarterly figures are attached. \n");

    assertThat(result.determination()).isEmpty();
    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.NOT_AN_IMR_LETTER));
  }
}
