package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.Determination;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction quirks seen in the wild that change one place of a letter rather than its whole
 * layout: each case edits a fixture and expects the fixture's own determination, with no error.
 */
class LayoutQuirksTest {

  private static final ImrParser PARSER = ImrParser.create();

  private static final String TENS = "2016-single-item-tens";
  private static final String KNEE = "2017-five-items-knee";
  private static final String NO_HEADER_2014 = "2014-inline-no-header";

  /** The header block of the TENS fixture as PDFBox gives it. */
  private static final String TENS_HEADER = """
      Case Number: CM16-0481527 \s
      Date Assigned: 10/03/2016 Date of Injury:  02/17/2013\s
      Decision Date: 11/08/2016 UR Denial Date:  09/22/2016\s
      Priority:  Standard Application\s
      Received: \s
      09/28/2016\s
      """;

  static Stream<Arguments> quirks() {
    return Stream.of(
        // pdftotext: a heading with wide gaps split into blocks, the decision alone at the end
        quirk(NO_HEADER_2014, "heading split into blocks by pdftotext",
            "Bilaterel  C5-C6 Facet Joint Injecton:  Upheld \n",
            "Bilaterel \n \nC5-C6 Facet Joint Injecton: \n \nUpheld \n"),
        // pdftotext -layout: the header's two columns side by side, padded with spaces
        quirk(TENS, "header in padded rows (pdftotext -layout)", TENS_HEADER,
            "   Case Number:          CM16-0481527\n"
                + "   Date Assigned:        10/03/2016          Date of Injury:         02/17/2013\n"
                + "   Decision Date:        11/08/2016          UR Denial Date:         09/22/2016\n"
                + "   Priority:             Standard            Application Received:   09/28/2016\n"),
        // one label a line, each value on the line after its label
        quirk(TENS, "header values on the lines after their labels", TENS_HEADER,
            "Case Number: \nCM16-0481527 \nDate Assigned: \n10/03/2016 \nDate of Injury: \n02/17/2013 \n"
                + "Decision Date: \n11/08/2016 \nUR Denial Date: \n09/22/2016 \nPriority: \nStandard \n"
                + "Application \nReceived: \n09/28/2016 \n"),
        // every label first, then every value, in the form's order
        quirk(TENS, "header labels first, then values", TENS_HEADER,
            "Case Number: \nDate Assigned: \nDate of Injury: \nDecision Date: \nUR Denial Date: \n"
                + "Priority: \nApplication Received: \nCM16-0481527 \n10/03/2016 \n02/17/2013 \n"
                + "11/08/2016 \n09/22/2016 \nStandard \n09/28/2016 \n"),
        // one space after each colon, the label whole on one line
        quirk(TENS, "header with single spaces", TENS_HEADER,
            "Case Number: CM16-0481527 \nDate Assigned: 10/03/2016 Date of Injury: 02/17/2013 \n"
                + "Decision Date: 11/08/2016 UR Denial Date: 09/22/2016 \n"
                + "Priority: Standard Application Received: 09/28/2016 \n"),
        // a word processor broke a title's line after a hyphen
        quirk(KNEE, "title broken after a hyphen",
            "Follow-up visit with the orthopedic surgeon in 4-6 weeks: Overturned \n",
            "Follow-\nup visit with the orthopedic surgeon in 4-\n6 weeks: Overturned \n"),
        // the decision word alone, after blank lines
        quirk(KNEE, "decision word after blank lines",
            "in 4-6 weeks: Overturned \n", "in 4-6 weeks: \n \n \nOverturned \n"),
        // zero spaces between the colon and the decision
        quirk(KNEE, "no space before the decision",
            "MRI of the left knee without contrast:   Upheld \n",
            "MRI of the left knee without contrast:Upheld \n"),
        // seed layout: a page break (a run of four line breaks) inside a two-line title
        quirk(KNEE, "page break inside a title in the seed layout",
            "(12 \n\nsessions):  Overturned \n\n", "(12 \n\n\n\nsessions):  Overturned \n\n"),
        // pdftotext -layout: every line indented by the page margin
        quirk(TENS, "every line indented", "\n", "\n   "),
        // an extractor that drops blank lines altogether
        quirk(KNEE, "no blank lines", "\n \n", "\n"),
        // a narrow column: the summary's fixed introduction wrapped over four lines
        quirk(TENS, "summary introduction over four lines",
            "The expert reviewer developed the following clinical case summary based on a review of the \n"
                + "case file, including all medical records: \n",
            "The expert reviewer developed the following \nclinical case summary based on a \n"
                + "review of the case file, \nincluding all medical records: \n"),
        // a narrow column: the items' fixed introduction wrapped over five lines
        quirk(TENS, "items introduction over five lines",
            "The Final Determination was based on decisions for the disputed items/services set forth"
                + " below:  \n",
            "The Final Determination was \nbased on decisions for the \ndisputed items/services \n"
                + "set forth \nbelow: \n"));
  }

  private static Arguments quirk(String fixture, String name, String find, String replace) {
    return Arguments.of(fixture, name, find, replace);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("quirks")
  void parsesLikeTheFixture(String fixture, String name, String find, String replace) {
    String text = ExpectedLetters.text(fixture);
    if (name.contains("seed layout")) {
      text = Layouts.doubleSpaced(text, Integer.MAX_VALUE);
    }
    assertThat(text).as("the fixture holds the text to replace").contains(find);
    String input = text.replace(find, replace);
    Determination expected = ExpectedLetters.all().get(fixture).get();

    ParseResult result = PARSER.parse(input);

    assertThat(result.errors()).as("errors").isEmpty();
    assertThat(result.determination()).as("determination").contains(expected);
  }
}
