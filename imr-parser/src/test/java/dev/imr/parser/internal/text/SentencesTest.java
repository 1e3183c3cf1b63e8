package dev.imr.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a sentence ends, in running text and at a line's end: one rule for every reader. */
class SentencesTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' ends its first sentence at {1}")
  @CsvSource(delimiter = '|', value = {
      // a period, a space and a capital or digit end a sentence
      "The patient is 52. She reports pain.|18",
      "Seen on 1/2/16. 2 visits were approved.|15",
      "Is it needed? The records say no.|13",
      // a lower-case word after the period continues it
      "Take 1 tab. daily for pain.|27",
      // titles, initials and listed abbreviations end nothing
      "Seen by Dr. Smith on 1/2/16. Then more.|28",
      "Seen by J. Smith on 1/2/16. Then more.|27",
      "Approx. 3 visits were had. Then more.|26",
      "Per ACOEM, 2nd ed. Chapter 12 applies. Then more.|38",
      // periods inside a word make an abbreviation
      "Given p.o. Twice a day. Then more.|23",
      // the text's end ends the last sentence
      "No period at all|16"})
  void endsARunningSentence(String text, int end) {
    assertThat(Sentences.end(text, 0, text.length())).isEqualTo(end);
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' ends a sentence: {1}")
  @CsvSource(delimiter = '|', value = {
      "the request is not medically necessary.|true",
      "is this needed?|true",
      "as the guideline says (page 12).|true",
      "he was prescribed vitamin D.|true",
      "the 2 visits \"as requested.\"|true",
      "Ibuprofen 800 mg 1 tab. |false",
      "Seen by Dr.|false",
      "taken p.o.|false",
      "Physical therapy 2 times 4 for the|false"})
  void endsALine(String line, boolean ends) {
    assertThat(Sentences.lineEndsSentence(line, 0, line.length())).isEqualTo(ends);
  }

  @ParameterizedTest(name = "[{index}] the sentence holding offset {1} of ''{0}'' starts at {2}")
  @CsvSource(delimiter = '|', value = {
      "One here. Two there.|12|9",
      "One here. Two there.|3|0",
      "Seen by Dr. Smith. Then.|14|0"})
  void startsASentence(String text, int at, int start) {
    assertThat(Sentences.start(text, at, 0)).isEqualTo(start);
  }
}
