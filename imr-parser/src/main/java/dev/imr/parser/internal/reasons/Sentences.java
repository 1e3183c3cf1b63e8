package dev.imr.parser.internal.reasons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences: a sentence ends at {@code .}, {@code ?} or {@code !} (with any
 * closing quotes or parentheses after it) followed by white space and a capital letter, a digit,
 * an opening quote or an opening parenthesis; not after a title or abbreviation ({@code Dr.},
 * {@code e.g.}, {@code No.}) or a single capital letter (an initial).
 *
 * <p>The hand labels of the corpus test count sentences by the same rule.
 */
final class Sentences {

  /** Words that a period follows without ending the sentence, lower case, without the period. */
  private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "jr", "sr",
      "st", "vs", "al", "fig", "approx", "e.g", "i.e", "no", "nos");

  private Sentences() {}

  /** A sentence: {@code [start, end)} of the text, without white space at either end. */
  record Sentence(int start, int end) {}

  /** The sentences of {@code text}, in order; none for blank text. */
  static List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '?' && c != '!') {
        continue;
      }
      int end = i + 1;
      while (end < length && isCloser(text.charAt(end))) {
        end++;
      }
      int next = end;
      while (next < length && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next == end || next >= length || !mayOpen(text.charAt(next))
          || isAbbreviation(text, start, i)) {
        continue;
      }
      add(sentences, text, start, end);
      start = next;
      i = next - 1;
    }
    add(sentences, text, start, length);
    return sentences;
  }

  private static void add(List<Sentence> sentences, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new Sentence(start, end));
    }
  }

  /** Whether the word before the stop at {@code stop} (letters and inner periods) is an abbreviation. */
  private static boolean isAbbreviation(String text, int sentenceStart, int stop) {
    int wordStart = stop;
    while (wordStart > sentenceStart && isWordOrDot(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, stop).toLowerCase(Locale.ROOT);
    if (word.length() == 1) {
      return Character.isUpperCase(text.charAt(stop - 1));
    }
    return ABBREVIATIONS.contains(word);
  }

  private static boolean isWordOrDot(char c) {
    return c == '.' || (c < 128 && Character.isLetter(c));
  }

  private static boolean isCloser(char c) {
    return c == ')' || c == '"' || c == '\'' || c == '\u201d' || c == '\u2019';
  }

  private static boolean mayOpen(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '(' || c == '"'
        || c == '\u201c' || c == '\'';
  }
}
