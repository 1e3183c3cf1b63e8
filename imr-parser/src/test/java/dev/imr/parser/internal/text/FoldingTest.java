package dev.imr.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Folding cleaned text to the form the model holds. */
class FoldingTest {

  static Stream<Arguments> folds() {
    return Stream.of(
        // nothing to fold
        Arguments.of("Knee brace", "Knee brace"),
        // empty text
        Arguments.of("", ""),
        // white space only
        Arguments.of(" \n\t ", ""),
        // runs of spaces become one
        Arguments.of("Bilaterel  C5-C6:  x", "Bilaterel C5-C6: x"),
        // the ends are trimmed
        Arguments.of("  a b \n", "a b"),
        // a line break is a space
        Arguments.of("pain\nrated", "pain rated"),
        // a blank line between paragraphs is one space
        Arguments.of("first.\n\nSecond.", "first. Second."),
        // tabs fold like spaces
        Arguments.of("a\t\tb", "a b"),
        // a line break after a hyphen after a digit joins the word
        Arguments.of("rated 6-\n8/10", "rated 6-8/10"),
        // a line break after a hyphen after a letter joins the word
        Arguments.of("post-\noperative", "post-operative"),
        // the next line's leading spaces go with the joined line break
        Arguments.of("6-\n   8/10", "6-8/10"),
        // a hyphen after a space is a dash: the line break stays a space
        Arguments.of("Labs -\nCBC", "Labs - CBC"),
        // a hyphen then a space on the same line is kept as written
        Arguments.of("L5- S1", "L5- S1"),
        // a hyphen after punctuation is no word break
        Arguments.of("(-\nx)", "(- x)"),
        // a hyphen at the very start has no letter before it
        Arguments.of("-\nx", "- x"),
        // a hyphen ending the text is kept
        Arguments.of("grade 5-", "grade 5-"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
  @MethodSource("folds")
  void foldsTheWholeText(String text, String folded) {
    assertThat(Folding.fold(text, 0, text.length())).isEqualTo(folded);
  }

  static Stream<Arguments> ranges() {
    return Stream.of(
        // a range inside a line
        Arguments.of("xx Knee brace yy", 3, 13, "Knee brace"),
        // a range whose ends are white space
        Arguments.of("x \n a b \n y", 1, 8, "a b"),
        // the characters before the range do not make a hyphenated word
        Arguments.of("6-\n8", 2, 4, "8"),
        // an empty range
        Arguments.of("abc", 1, 1, ""));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" [{1}, {2}) -> \"{3}\"")
  @MethodSource("ranges")
  void foldsARange(String text, int start, int end, String folded) {
    assertThat(Folding.fold(text, start, end)).isEqualTo(folded);
  }

  /**
   * A range of a letter's cleaned text folds alike whether the fold points come from the whole
   * text, found once, or from the range, found a character at a time: the same text and the same
   * map back to the cleaned text, for any text of words, spaces, tabs, line breaks and hyphens.
   */
  @Test
  void foldPointsOfTheWholeTextFoldAsThoseOfTheRange() {
    qt().withExamples(2000)
        .forAll(strings().betweenCodePoints(0, 5).ofLengthBetween(0, 40), integers().between(0, 40),
            integers().between(0, 40))
        .checkAssert((codes, a, b) -> {
          String alphabet = "a -\n\t1";
          StringBuilder written = new StringBuilder();
          codes.chars().forEach(c -> written.append(alphabet.charAt(c)));
          SourceText source = SourceText.of(written);
          String clean = source.clean();
          int start = Math.min(Math.min(a, b), clean.length());
          int end = Math.min(Math.max(a, b), clean.length());
          // Two ranges of one letter, later then earlier, as the mappers fold them.
          FoldedText whole = FoldedText.of(source, start, end);
          FoldedText earlier = FoldedText.of(source, 0, start);
          FoldedText alone = FoldedText.of(clean, start, end);
          assertThat(whole.text()).isEqualTo(alone.text()).isEqualTo(reference(clean, start, end));
          assertThat(earlier.text()).isEqualTo(FoldedText.of(clean, 0, start).text());
          for (int i = 0; i <= whole.length(); i++) {
            assertThat(whole.cleanOffset(i)).isEqualTo(alone.cleanOffset(i));
          }
        });
  }

  /** What folding means, said with regular expressions: slow, but plainly right. */
  private static String reference(String text, int start, int end) {
    String range = text.substring(start, end).replaceAll("^[ \\n\\t]+|[ \\n\\t]+$", "");
    return range.replaceAll("(?<=[a-z0-9]-)\\n[ \\n\\t]*", "").replaceAll("[ \\n\\t]+", " ");
  }
}
