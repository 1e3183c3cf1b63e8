package dev.imr.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.SourceSpan;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Page breaks, page headers and page footers leave no trace in the cleaned text. */
class SourceTextPagesTest {

  static Stream<Arguments> pages() {
    return Stream.of(
        // pdftotext: a blank line ends each page before its form feed, mid-sentence too
        Arguments.of("the pain was\n\n\frated 7/10\n\n\f", "the pain was\nrated 7/10\n"),
        // pdftotext: only that one blank line goes; a blank line between heading blocks stays
        Arguments.of("MRI\n\nof the knee:\n\n\n\fUpheld\n\n\f", "MRI\n\nof the knee:\n\nUpheld\n"),
        // a footer 'Page k of n' and the case number heading the next page, PDFBox layout
        Arguments.of("Case Number: CM16-0000001 \nHOW THE IMR \nline one \nPage 1 of 2 \nCM16-0000001 \n"
            + "line two \n", "Case Number: CM16-0000001\nHOW THE IMR\nline one\nline two\n"),
        // the same as pdftotext sets them: blocks of their own, with their blank lines
        Arguments.of("CM16-0000001\n\nCLINICAL CASE SUMMARY\nline one\n\nPage 1 of 2\n\n\f"
            + "CM16-0000001\n\nline two\n\n\f", "CM16-0000001\n\nCLINICAL CASE SUMMARY\nline one\nline two\n"),
        // centred, with the case number labelled, in the -layout manner
        Arguments.of("Case Number:   CM16-0000001\n   IMR ISSUES, DECISIONS\nline one\n"
            + "          Page 1 of 2\n\f          Case Number: CM16-0000001\nline two\n\f",
            "Case Number:   CM16-0000001\n   IMR ISSUES, DECISIONS\nline one\nline two\n"),
        // a page number alone, and a footer that gives the case number and the page
        Arguments.of("line one\nPage 2\nline two\nCM16-0000001 - Page 3 of 4\nline three",
            "line one\nline two\nline three"),
        // double-spaced, the footer and header lines in the middle of a sentence
        Arguments.of("CM16-0000001 \n\nHOW THE IMR \n\nthe pain \n\n\n\nPage 1 of 2 \n\nCM16-0000001 \n\n"
            + "was 7/10 \n\nand rising \n\nat night \n\n",
            "CM16-0000001\nHOW THE IMR\nthe pain\nwas 7/10\nand rising\nat night"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("pages")
  void pageBreaksAndFurnitureVanish(String input, String clean) {
    SourceText source = SourceText.of(input);

    assertThat(source.clean()).isEqualTo(clean);
    int previous = -1;
    for (int i = 0; i < clean.length(); i++) {
      int at = source.toOriginal(i);
      assertThat(at).as("offsets never go back").isGreaterThanOrEqualTo(previous);
      previous = at;
      if (clean.charAt(i) != '\n') {
        assertThat(input.charAt(at)).as("clean %d maps to the same character", i)
            .isEqualTo(clean.charAt(i));
      }
    }
  }

  @Test
  void furnitureIsListedAsLinesOfTheInput() {
    String input = "Case Number: CM16-0000001\nHOW THE IMR\ntext\nPage 1 of 2\nCM16-0000001\nmore\n";
    SourceText source = SourceText.of(input);

    List<SourceSpan> furniture = source.pageFurniture();

    assertThat(furniture).extracting(span -> span.textOf(input))
        .containsExactly("Page 1 of 2", "CM16-0000001");
  }

  @Test
  void beforeTheFirstHeadingTheCaseNumberIsTheHeadersValue() {
    // pdftotext sets the header's values apart from their labels, and a page may end before them
    String input = "Case Number:\n\nPage 1 of 2\n\fCM16-0000001\n\nCM16-0000001\n\nHOW THE IMR\n"
        + "text\nCM16-0000001\nmore";

    assertThat(SourceText.of(input).clean())
        .isEqualTo("Case Number:\nCM16-0000001\n\nCM16-0000001\n\nHOW THE IMR\ntext\nmore");
    assertThat(SourceText.of(input).pageFurniture()).extracting(span -> span.textOf(input))
        .containsExactly("Page 1 of 2", "CM16-0000001");
  }

  @Test
  void textThatMerelyMentionsPagesStays() {
    String input = "see Page 4 of the report\nPage(s): 303-304\nPage 2 of 5 of the notes\n"
        + "Pages 3 of 4\n";

    assertThat(SourceText.of(input).clean()).isEqualTo(input);
    assertThat(SourceText.of(input).pageFurniture()).isEmpty();
  }
}
