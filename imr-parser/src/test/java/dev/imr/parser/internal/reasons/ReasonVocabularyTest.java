package dev.imr.parser.internal.reasons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The matcher of the shipped rules against the slow way of finding a sentence's phrases: each
 * phrase looked for, as whole words, in the sentence normalised as the rules compare it.
 */
class ReasonVocabularyTest {

  private static final ReasonVocabulary VOCABULARY = ReasonVocabulary.standard();
  /** Punctuation and spacing between words, none of which joins two words into one. */
  private static final List<String> SEPARATORS =
      List.of(" ", "  ", ", ", ". ", "-", "/", " (", ") ", ";\n", ": ");

  @Test
  void theMatcherFindsExactlyThePhrasesASentenceHolds() {
    // Sentences of the rules' own phrases and their words, in any order, and a few other words.
    Set<String> vocabulary = new LinkedHashSet<>(List.of("the", "patient", "10", "50%", "it's"));
    for (int id = 0; id < VOCABULARY.phraseCount(); id++) {
      vocabulary.addAll(List.of(VOCABULARY.phrase(id).split(" ")));
    }
    List<String> words = new ArrayList<>(vocabulary);
    for (int id = 0; id < VOCABULARY.phraseCount(); id++) {
      words.add(VOCABULARY.phrase(id));
    }
    // Short enough that the sentence stays within the words the rules read.
    int most = VOCABULARY.maxWords() / 8;

    qt().withFixedSeed(20_161_209L).withExamples(3_000).withShrinkCycles(100)
        .forAll(lists().of(integers().between(0, words.size() - 1)).ofSizeBetween(1, most),
            lists().of(integers().between(0, SEPARATORS.size() - 1)).ofSize(most))
        .checkAssert((picked, between) -> {
          StringBuilder sentence = new StringBuilder();
          for (int i = 0; i < picked.size(); i++) {
            sentence.append(i == 0 ? "" : SEPARATORS.get(between.get(i)))
                .append(i % 3 == 0 ? words.get(picked.get(i)).toUpperCase() : words.get(picked.get(i)));
          }
          assertThat(matched(sentence.toString())).as(sentence.toString())
              .isEqualTo(naive(sentence.toString()));
        });
  }

  @Test
  void aSentenceLongerThanTheLimitHoldsNoPhrase() {
    String sentence = "there is no documentation ".repeat(VOCABULARY.maxWords());
    assertThat(matched(sentence)).isEmpty();
    assertThat(naive("there is no documentation")).isNotEmpty();
  }

  private static Set<Integer> matched(String sentence) {
    ReasonVocabulary.Matcher matcher = VOCABULARY.matcher();
    matcher.read(sentence, 0, sentence.length());
    long[] held = matcher.held();
    Set<Integer> ids = new TreeSet<>();
    for (int id = 0; id < VOCABULARY.phraseCount(); id++) {
      if ((held[id >>> 6] & (1L << id)) != 0) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static Set<Integer> naive(String sentence) {
    String text = " " + ReasonVocabulary.normalise(sentence) + " ";
    Set<Integer> ids = new TreeSet<>();
    for (int id = 0; id < VOCABULARY.phraseCount(); id++) {
      if (text.contains(" " + VOCABULARY.phrase(id) + " ")) {
        ids.add(id);
      }
    }
    return ids;
  }
}
