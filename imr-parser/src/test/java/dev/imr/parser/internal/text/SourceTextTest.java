package dev.imr.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.SourceSpan;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cleaning and the map from cleaned offsets back to the caller's input. */
class SourceTextTest {

  static Stream<Arguments> cleaning() {
    return Stream.of(
        // plain text is left as it is
        Arguments.of("abc\ndef", "abc\ndef"),
        // CRLF line ends become \n
        Arguments.of("ab \r\ncd \r\n", "ab\ncd\n"),
        // a lone CR ends a line too
        Arguments.of("ab\rcd", "ab\ncd"),
        // a form feed after the page's last line break vanishes
        Arguments.of("ab \n\fcd \n\f", "ab\ncd\n"),
        // a form feed in the middle of a line ends that line
        Arguments.of("ab\fcd", "ab\ncd"),
        // trailing spaces and tabs go; a blank line holding a space becomes empty
        Arguments.of("ab  \t\n \ncd ", "ab\n\ncd"),
        // non-breaking and other Unicode spaces become spaces
        Arguments.of("a\u00A0b\u2009c\u3000d", "a b c d"),
        // ligatures are spelled out
        Arguments.of("\uFB01ne \uFB02at o\uFB00 o\uFB03ce ba\uFB04e", "fine flat off office baffle"),
        // a byte-order mark, zero-width characters and soft hyphens carry no text
        Arguments.of("\uFEFFa\u200Bb\u00ADc", "abc"),
        // curly quotes become straight
        Arguments.of("\u201Cit\u2019s\u201D", "\"it's\""),
        // double-spaced text loses the empty line after every line; a blank line stays blank
        Arguments.of("l1 \n\nl2 \n\nl3 \n\n \n\nl4 \n\nl5 \n\n", "l1\nl2\nl3\n\nl4\nl5"),
        // double-spaced text with a page break of four line breaks, mid-sentence
        Arguments.of("l1 \n\nl2 \n\nl3 \n\n\n\nl4 \n\nl5 \n\nl6 \n\n", "l1\nl2\nl3\nl4\nl5\nl6"),
        // single-spaced text keeps its empty lines
        Arguments.of("l1\nl2\n\nl3\nl4", "l1\nl2\n\nl3\nl4"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cleaning")
  void cleansAndMapsEveryCleanCharacterBack(String input, String clean) {
    SourceText source = SourceText.of(input);

    assertThat(source.clean()).isEqualTo(clean);
    assertThat(source.original()).isSameAs(input);
    int previous = -1;
    for (int i = 0; i < clean.length(); i++) {
      int at = source.toOriginal(i);
      assertThat(at).as("offset of clean %d", i).isBetween(0, input.length() - 1);
      assertThat(at).as("offsets never go back").isGreaterThanOrEqualTo(previous);
      assertThat(corresponds(clean.charAt(i), input.charAt(at)))
          .as("clean %d '%s' maps to input %d '%s'", i, clean.charAt(i), at, input.charAt(at))
          .isTrue();
      previous = at;
    }
    assertThat(source.toOriginal(clean.length())).as("the end maps to the end")
        .isEqualTo(input.length());
  }

  /** A cleaned character stands for the input character it maps to. */
  private static boolean corresponds(char clean, char original) {
    if (clean == original) {
      return true;
    }
    return switch (clean) {
      case '\n' -> original == '\r' || original == '\f';
      case ' ' -> Character.isSpaceChar(original);
      case '\'' -> original == '\u2019' || original == '\u2018';
      case '"' -> original == '\u201C' || original == '\u201D';
      case 'f', 'i', 'l' -> original >= '\uFB00' && original <= '\uFB04';
      default -> false;
    };
  }

  @Test
  void mapsCrlfOffsets() {
    SourceText source = SourceText.of("ab\r\ncd");
    // clean "ab\ncd": the line break stands for the CR, 'c' is after the LF
    assertThat(source.toOriginal(2)).isEqualTo(2);
    assertThat(source.toOriginal(3)).isEqualTo(4);
    assertThat(source.span(3, 5)).isEqualTo(SourceSpan.of(4, 6));
  }

  @Test
  void mapsALigatureToTheOneCharacterItCameFrom() {
    String input = "x \uFB01ne";
    SourceText source = SourceText.of(input);
    // clean "x fine": 'f' and 'i' both map to the ligature
    assertThat(source.toOriginal(2)).isEqualTo(2);
    assertThat(source.toOriginal(3)).isEqualTo(2);
    assertThat(source.toOriginal(4)).isEqualTo(3);
    assertThat(source.span(2, 6).textOf(input)).isEqualTo("\uFB01ne");
    assertThat(source.span(2, 3).textOf(input)).as("half a ligature is the whole glyph")
        .isEqualTo("\uFB01");
  }

  @Test
  void mapsPastAByteOrderMark() {
    SourceText source = SourceText.of("\uFEFFab");
    assertThat(source.toOriginal(0)).isEqualTo(1);
    assertThat(source.span(0, 2)).isEqualTo(SourceSpan.of(1, 3));
  }

  @Test
  void mapsDoubleSpacedLinesToTheirInputLines() {
    String input = "l1 \n\nl2 \n\nl3 \n\n\n\nl4 \n\nl5 \n\n";
    SourceText source = SourceText.of(input);
    int l4 = source.clean().indexOf("l4");
    assertThat(source.toOriginal(l4)).isEqualTo(input.indexOf("l4"));
    assertThat(source.span(l4, l4 + 2).textOf(input)).isEqualTo("l4");
    // a span over a dropped empty line covers it in the input
    int l2 = source.clean().indexOf("l2");
    assertThat(source.span(l2, source.clean().indexOf("l3") + 2).textOf(input)).isEqualTo("l2 \n\nl3");
  }

  @Test
  void mapsNonBreakingSpacesOneToOne() {
    String input = "a\u00A0\u00A0b";
    SourceText source = SourceText.of(input);
    assertThat(source.clean()).isEqualTo("a  b");
    assertThat(source.span(0, 4).textOf(input)).isEqualTo(input);
  }

  @Test
  void anEmptyRangeIsAnEmptySpanWhereItStands() {
    SourceText source = SourceText.of("ab \r\ncd");
    assertThat(source.span(3, 3)).isEqualTo(SourceSpan.of(5, 5));
  }

  static Stream<Arguments> lineAndColumn() {
    String text = "ab\r\ncd\ref\ngh\n\n\u00A0ij";
    return Stream.of(
        // the first character
        Arguments.of(text, 0, 1, 1),
        // the CR of a CRLF still belongs to its line
        Arguments.of(text, 2, 1, 3),
        // after CRLF
        Arguments.of(text, 4, 2, 1),
        // a lone CR ends a line
        Arguments.of(text, 7, 3, 1),
        // after LF
        Arguments.of(text, 10, 4, 1),
        // an empty line
        Arguments.of(text, 13, 5, 1),
        // columns count UTF-16 units, a leading NBSP included
        Arguments.of(text, 15, 6, 2),
        // the end of the input is a position too
        Arguments.of(text, text.length(), 6, 4),
        // a form feed does not count as a line end
        Arguments.of("a\fb", 2, 1, 3),
        // a supplementary character counts two columns
        Arguments.of("\uD83D\uDE00x", 2, 1, 3));
  }

  @ParameterizedTest(name = "[{index}] offset {1} -> {2}:{3}")
  @MethodSource("lineAndColumn")
  void linesAndColumnsAreOneBasedInTheInput(String text, int offset, int line, int column) {
    SourceText source = SourceText.of(text);

    assertThat(source.line(offset)).as("line").isEqualTo(line);
    assertThat(source.column(offset)).as("column").isEqualTo(column);
  }
}
