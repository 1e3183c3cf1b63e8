package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import org.junit.jupiter.api.Test;

/**
 * Inputs that once failed a property of {@link ParserPropertiesTest} or a layout test, shrunk
 * by hand, kept as examples. Each names what failed and what the fix was.
 */
class PropertyRegressionTest {

  private static final ImrParser PARSER = ImrParser.create();

  /** Spans: the white-space controls (unit separator …) stayed in values; they fold as spaces now. */
  @Test
  void controlCharactersThatAreWhiteSpaceFoldAsSpaces() {
    String text = "CLINICAL CASE SUMMARY\n\u001Fa\u001Fb\u000Bc\u001F";

    ParseResult result = PARSER.parse(text);

    assertThat(result.determination().flatMap(Determination::caseSummary))
        .hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("a b c"));
    assertThat(SpanChecks.problems(text, result)).isEmpty();
  }

  /** Spans: a page footer inside a narrative is left out of the value, and said to be. */
  @Test
  void aPageFooterInsideANarrativeIsNoPartOfIt() {
    String text = "CLINICAL CASE SUMMARY\nknee\fPage 2 of 5\npain";

    ParseResult result = PARSER.parse(text);

    assertThat(result.determination().flatMap(Determination::caseSummary))
        .hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("knee pain"));
    assertThat(result.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.PAGE_FURNITURE);
      assertThat(d.line()).isEqualTo(2);
      assertThat(d.column()).isEqualTo(6);
    });
    assertThat(SpanChecks.problems(text, result)).isEmpty();
  }

  /** Spans: primes are the quotes some extractors give; they fold as straight quotes. */
  @Test
  void primesFoldAsQuotes() {
    String text = "CLINICAL CASE SUMMARY\na 6\u2033 scar, a 5\u2032 gap";

    ParseResult result = PARSER.parse(text);

    assertThat(result.determination().flatMap(Determination::caseSummary))
        .hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("a 6\" scar, a 5' gap"));
  }

  /**
   * pdftotext layout of a real letter: a heading split into blocks by wide gaps, its decision on
   * the next page. Dropping every blank line before the form feed took the blank line between the
   * heading's blocks too, and the title lost its first word; now only the one blank line that
   * pdftotext adds at a page's end goes.
   */
  @Test
  void aHeadingInBlocksKeepsItsFirstWordAcrossAPageBreak() {
    String text = "IMR ISSUES, DECISIONS AND RATIONALES\n"
        + "The Final Determination was based on decisions for the disputed items/services set"
        + " forth below:\n"
        + "Knee brace: Upheld\n"
        + "Claims Administrator guideline: none.\nMAXIMUS guideline: none.\n"
        + "Decision rationale: The brace was not needed.\n\n"
        + "Associated\n\nsurgical service: Cold pack:\n\n\n\fUpheld\n"
        + "Claims Administrator guideline: none.\nMAXIMUS guideline: none.\n"
        + "Decision rationale: No surgery was approved.\n\n\f";

    ParseResult result = PARSER.parse(text);

    assertThat(result.determination().orElseThrow().items()).extracting(DisputedItem::title)
        .containsExactly("Knee brace", "Associated surgical service: Cold pack");
    assertThat(result.determination().orElseThrow().items().get(0).rationale())
        .contains("The brace was not needed.");
  }

  /**
   * Round trip: double-spaced text whose page ends, as pdftotext marks them, fall inside the
   * summary's introduction, with a page footer. The page's own blank line (white space, then the
   * spacing's empty line) stayed as a blank line and the introduction was not recognised.
   */
  @Test
  void aPageEndInsideDoubleSpacedTextLeavesNoBlankLine() {
    String text = "CLINICAL CASE SUMMARY \n\nThe expert reviewer developed the following clinical case"
        + " summary based on a review of the case file, including all medical  \t \n\n  \t \n\n"
        + "Page 1 of 2  \t \n\n\n\n\frecords: \n\nThe worker fell. \n\nShe hurt her knee. \n\n";

    ParseResult result = PARSER.parse(text);

    assertThat(result.determination().flatMap(Determination::caseSummary))
        .hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("The worker fell. She hurt her knee."));
    assertThat(result.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.MISSING_PART
        && d.message().contains("introduction"));
  }

  /**
   * Round trip: a page break before the header block, the case number heading the next page. The
   * header's own "Case Number:" line was taken for a repeated page header and dropped; before
   * the first section heading a case number is the header's now.
   */
  @Test
  void theHeadersCaseNumberIsKeptWhateverComesBeforeIt() {
    String text = " \nPage 1 of 2 \nCM16-0000001 \nCase Number: CM16-0000001 \n"
        + "HOW THE IMR FINAL DETERMINATION WAS MADE \ntext \nCM16-0000001 \nmore \n";

    ParseResult result = PARSER.parse(text);

    assertThat(result.determination().flatMap(Determination::header))
        .hasValueSatisfying(h -> assertThat(h.caseNumber()).contains("CM16-0000001"));
    assertThat(result.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.MISSING_HEADER_VALUE);
  }

  /**
   * Round trip: a non-breaking space inside the first heading hid it, so that the case number
   * heading a later page was not known for a page header and ran into a rationale.
   */
  @Test
  void aHeadingWithNonBreakingSpacesStillStartsTheBody() {
    String text = "HOW THE\u00A0IMR FINAL DETERMINATION WAS MADE \nCLINICAL CASE SUMMARY \nThe \n"
        + "CM16-0000001 \nworker fell. \n";

    ParseResult result = PARSER.parse(text);

    assertThat(result.determination().flatMap(Determination::caseSummary))
        .hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("The worker fell."));
  }

  /**
   * Round trip: a reviewer "Board Certified in Psychiatry and Neurology" is certified in one
   * specialty of that name, not two; the generators no longer join two names into a third.
   */
  @Test
  void twoInlineSpecialtiesThatNameAThirdAreTheThird() {
    String text = "HOW THE IMR FINAL DETERMINATION WAS MADE\nThe expert reviewer is Board Certified"
        + " in Psychiatry and Neurology and is licensed to practice in California.\n";

    ParseResult result = PARSER.parse(text);

    assertThat(result.determination().flatMap(Determination::reviewer))
        .hasValueSatisfying(r -> assertThat(r.specialties()).containsExactly("Psychiatry and Neurology"));
  }
}
