package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the test support itself: a layout changes the letter's form, never its folded text. */
class LayoutsTest {

  static Stream<Arguments> fixturesInLayouts() {
    List<Arguments> cases = new ArrayList<>();
    for (String fixture : ExpectedLetters.all().keySet()) {
      for (Layouts.Layout layout : Layouts.all()) {
        cases.add(Arguments.of(fixture, layout));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("fixturesInLayouts")
  void aLayoutKeepsTheFoldedText(String fixture, Layouts.Layout layout) {
    String text = ExpectedLetters.text(fixture);

    assertThat(TextFold.fold(layout.apply(text))).isEqualTo(TextFold.fold(text));
  }

  @Test
  void fixturesAreInThePdfBoxLayout() {
    for (String fixture : ExpectedLetters.all().keySet()) {
      String text = ExpectedLetters.text(fixture);
      assertThat(text).as(fixture).endsWith("\n").doesNotContain("\r", "\f", "\t");
      for (String line : Layouts.lines(text)) {
        assertThat(line).as(fixture + ": every line ends with a space").endsWith(" ");
        assertThat(line.length()).as(fixture + ": line width").isLessThanOrEqualTo(101);
      }
    }
  }

  @Test
  void rewrappingRespectsTheWidthAndNeverBreaksAfterAHyphen() {
    String text = ExpectedLetters.text("2016-single-item-tens");
    for (int width : new int[] {40, 60, 110}) {
      List<String> lines = Layouts.lines(Layouts.rewrapped(text, width));
      int body = lines.indexOf("HOW THE IMR FINAL DETERMINATION WAS MADE ");
      assertThat(lines.subList(0, body)).as("the header block is kept")
          .isEqualTo(Layouts.lines(text).subList(0, body));
      for (String line : lines.subList(body, lines.size())) {
        String content = line.stripTrailing();
        if (!content.contains(" ") || Layouts.HARD_LINE.matcher(content).matches()) {
          continue; // a single long word, or a heading or credential line kept as it is
        }
        assertThat(content.length()).as("width %d: %s", width, content).isLessThanOrEqualTo(width);
        assertThat(content).as("width %d: a break after a hyphen", width).doesNotEndWith("-");
      }
    }
    // The hyphenated line break of the fixture is rejoined into one word.
    assertThat(Layouts.rewrapped(text, 60)).contains("6-8/10").doesNotContain("6-\n");
  }

  @Test
  void wrapBreaksAtSpacesOnly() {
    // greedy, the run of spaces at a break is dropped
    assertThat(Layouts.wrap("aaa bbb  ccc ddd", 8)).containsExactly("aaa bbb", "ccc ddd");
    // a word longer than the width stands alone
    assertThat(Layouts.wrap("a verylongword b", 5)).containsExactly("a", "verylongword", "b");
    // never after a hyphen: "L5- S1" stays on one line
    assertThat(Layouts.wrap("xx L5- S1 yy", 6)).containsExactly("xx", "L5- S1", "yy");
  }

  @Test
  void doubleSpacingFollowsTheSeeds() {
    String doubled = Layouts.doubleSpaced("a \n \nb \nc \n", 3);
    // every line followed by an empty line, a page break of three line breaks after line 3
    assertThat(doubled).isEqualTo("a \n\n \n\nb \n\n\nc \n\n");
  }

  @Test
  void formFeedsFollowTheLineBreakThatEndsAPage() {
    assertThat(Layouts.formFeeds("a\nb\nc\n", 2)).isEqualTo("a\nb\n\fc\n\f");
  }
}
