package dev.imr.parser.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.Sentences;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the next item's heading starts in the text before its decision (the end of the previous
 * rationale, then the heading). Each text is cleaned text that ends where the decision's colon
 * stands.
 */
class ItemHeadingsTest {

  static Stream<Arguments> headings() {
    return Stream.of(
        // the usual case: a blank line between the rationale and a one-line heading
        Arguments.of("The request is not medically necessary.\n\nKnee brace", true, false, "Knee brace"),
        // a heading over two lines
        Arguments.of("Not medically necessary.\n\nPostoperative physical therapy for the left knee (12\n"
            + "sessions)", true, false, "Postoperative physical therapy for the left knee (12\nsessions)"),
        // no blank line: the rationale's last sentence ends the previous line
        Arguments.of("Not medically necessary.\nCane", true, false, "Cane"),
        // a rationale not ending in a sentence: the blank line ends it
        Arguments.of("See ODG, Knee & Leg (updated 11/28/16)\n\nCane", true, false, "Cane"),
        // a multi-paragraph rationale: only the last line after a sentence end is heading
        Arguments.of("First paragraph.\n\nSecond paragraph ends\nhere.\n\nMRI of the knee", true, false,
            "MRI of the knee"),
        // an inner colon's text is part of the heading
        Arguments.of("Necessary.\n\nCERVICAL TRIGGER POINT INJECTIONS UNDER GUIDANCE\nQTY: 4", true, false,
            "CERVICAL TRIGGER POINT INJECTIONS UNDER GUIDANCE\nQTY: 4"),
        // a partial approval: its sentences belong to the heading back to the original request
        Arguments.of("Necessary.\n\nTizanidine 4mg #60 was the original request.\n"
            + "Tizanidine 4mg #45 was authorized by the Claims Administrator.\n"
            + "The remaining IMR eligible portion of the original request, Tizanidine 4mg #15", true, false,
            "Tizanidine 4mg #60 was the original request.\n"
                + "Tizanidine 4mg #45 was authorized by the Claims Administrator.\n"
                + "The remaining IMR eligible portion of the original request, Tizanidine 4mg #15"),
        // a partial approval with no blank line before it
        Arguments.of("Necessary.\nA #30 was the original request. A #27 was authorized by the Claims\n"
            + "Administrator. The remaining IMR eligible portion of the original request, A #3", true, false,
            "A #30 was the original request. A #27 was authorized by the Claims\n"
                + "Administrator. The remaining IMR eligible portion of the original request, A #3"),
        // the "original request ... is" form, a heading line ending a sentence
        Arguments.of("Necessary.\n\nCognitive therapy was the original request. The Claims\n"
            + "Administrator authorized an evaluation only, leaving the original request IMR eligible.\n"
            + "The original request, cognitive therapy is", true, false,
            "Cognitive therapy was the original request. The Claims\n"
                + "Administrator authorized an evaluation only, leaving the original request IMR eligible.\n"
                + "The original request, cognitive therapy is"),
        // a rationale sentence naming the original request does not pull it into the heading
        Arguments.of("The original request was reviewed.\n\nCane", true, false, "Cane"),
        // pdftotext split a wide heading into blocks: a line alone between blank lines stays
        Arguments.of("Necessary.\n\nBilaterel\n\nC5-C6 Facet Joint Injecton", true, true,
            "Bilaterel\n\nC5-C6 Facet Joint Injecton"),
        // the same lines where the decision word did not stand alone: a one-line paragraph is rationale
        Arguments.of("Necessary.\n\nReference: ODG Knee\n\nCane", true, false, "Cane"),
        // an abbreviation's period at a heading line's end ends no sentence
        Arguments.of("Necessary.\n\nEvaluation at Spine Testing Inc.\nfor the lumbar spine", true, false,
            "Evaluation at Spine Testing Inc.\nfor the lumbar spine"),
        // nor do periods inside a word
        Arguments.of("Necessary.\n\nNaproxen 550mg one tablet p.o.\ntwice daily #60", true, false,
            "Naproxen 550mg one tablet p.o.\ntwice daily #60"),
        // a one-line region is all heading, even when it must keep its first line
        Arguments.of("Knee brace", true, false, "Knee brace"),
        // the rationale keeps its first line when asked
        Arguments.of("rationale without a period\nCane", true, false, "Cane"),
        // otherwise lines without a sentence end all belong to the heading
        Arguments.of("Knee brace for the\nleft knee", false, false, "Knee brace for the\nleft knee"));
  }

  @ParameterizedTest(name = "[{index}] {3}")
  @MethodSource("headings")
  void findsWhereTheHeadingStarts(String text, boolean keepFirstLine, boolean splitIntoBlocks,
      String heading) {
    int start = ItemHeadings.headingStart(text, new Region(0, text.length()), keepFirstLine,
        splitIntoBlocks);

    assertThat(text.substring(start)).isEqualTo(heading);
  }

  static Stream<Arguments> sentenceEnds() {
    return Stream.of(
        // a period
        Arguments.of("is not medically necessary.", true),
        // a period inside a closing parenthesis or quote
        Arguments.of("(see above.)", true),
        Arguments.of("as \"needed.\"", true),
        // a question or exclamation mark
        Arguments.of("is it?", true),
        // trailing white space is ignored
        Arguments.of("done. ", true),
        // a colon, a comma or a word do not end a sentence
        Arguments.of("Page(s):", false),
        Arguments.of("Knee, Meniscectomy,", false),
        Arguments.of("PAGES 174-175", false),
        // an empty line
        Arguments.of("", false));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @MethodSource("sentenceEnds")
  void tellsALineThatEndsASentence(String line, boolean ends) {
    assertThat(Sentences.lineEndsSentence(line, 0, line.length())).isEqualTo(ends);
  }
}
