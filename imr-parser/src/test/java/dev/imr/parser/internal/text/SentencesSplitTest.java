package dev.imr.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where rationales are split into sentences, as a table of made-up text and its sentences. */
class SentencesSplitTest {

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("One. Two.", List.of("One.", "Two.")),
        // A quotation's closing mark stays with its sentence.
        Arguments.of("It says \"no more than 2.\" In this case, 3.",
            List.of("It says \"no more than 2.\"", "In this case, 3.")),
        // A numbered list item and a parenthesis open sentences.
        Arguments.of("Criteria: 1) one. 2) two. (Invented, 2005) Three.",
            List.of("Criteria: 1) one.", "2) two.", "(Invented, 2005) Three.")),
        // Abbreviations and initials do not end a sentence; a lower-case word after a stop does not
        // start one.
        Arguments.of("Per Dr. Invented and J. Doe, e.g. Ice, it is fine. done here.",
            List.of("Per Dr. Invented and J. Doe, e.g. Ice, it is fine. done here.")),
        Arguments.of("Is it needed? No. It is not!", List.of("Is it needed?", "No. It is not!")),
        // Decimals and section numbers are not stops.
        Arguments.of("Section 9792.20 applies. Next.", List.of("Section 9792.20 applies.", "Next.")),
        Arguments.of("  ", List.of()),
        Arguments.of("No stop at the end", List.of("No stop at the end")));
  }

  @ParameterizedTest
  @MethodSource("table")
  void splitsAsTheLabelsCount(String text, List<String> expected) {
    assertThat(Sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())))
        .containsExactlyElementsOf(expected);
  }
}
