package dev.imr.parser.internal;

import dev.imr.model.SourceSpan;
import java.util.Arrays;

/**
 * A range of the cleaned text folded exactly as {@link Folding#fold} folds it, with a map from
 * each folded offset back to the cleaned offset it came from, so that what a reader finds in the
 * folded text (the form the model holds) can be given a span in the caller's input. Fold a range
 * once and share it: the model's text and every reader of that range can use the same folding.
 *
 * <p>A space that stands for a run of white space maps to the run's first character.
 */
final class FoldedText {

  private final String text;
  // The map is a list of runs: folded offsets from runFolded[i] on map linearly to cleaned
  // offsets from runClean[i]. Folding changes offsets only where it shortens a run of white space
  // or joins a hyphenated word, so there are few runs.
  private final int[] runFolded;
  private final int[] runClean;
  private final int runs;

  private FoldedText(String text, int[] runFolded, int[] runClean, int runs) {
    this.text = text;
    this.runFolded = runFolded;
    this.runClean = runClean;
    this.runs = runs;
  }

  /** Folds {@code [start, end)} of the cleaned text {@code clean}. */
  static FoldedText of(String clean, int start, int end) {
    while (start < end && Folding.isSpace(clean.charAt(start))) {
      start++;
    }
    while (end > start && Folding.isSpace(clean.charAt(end - 1))) {
      end--;
    }
    // Folded in place as Folding.fold folds, keeping the map as it goes.
    char[] folded = new char[end - start];
    clean.getChars(start, end, folded, 0);
    int length = 0;
    int[] runFolded = new int[8];
    int[] runClean = new int[8];
    runClean[0] = start;
    int runs = 1;
    for (int r = 0; r < folded.length; r++) {
      char c = folded[r];
      if (c > ' ' || !Folding.isSpace(c)) {
        folded[length++] = c;
        continue;
      }
      int runEnd = r + 1;
      while (runEnd < folded.length && Folding.isSpace(folded[runEnd])) {
        runEnd++;
      }
      // The space, if any, maps to the run's first character, which continues the current run
      // of the map; what follows the run starts a new run of the map where the run was shortened.
      if (!Folding.joinsHyphenatedWord(clean, start, start + r)) {
        folded[length++] = ' ';
      }
      if (start + runEnd - length != runClean[runs - 1] - runFolded[runs - 1]) {
        if (runs == runFolded.length) {
          runFolded = Arrays.copyOf(runFolded, runs * 2);
          runClean = Arrays.copyOf(runClean, runs * 2);
        }
        runFolded[runs] = length;
        runClean[runs] = start + runEnd;
        runs++;
      }
      r = runEnd - 1;
    }
    return new FoldedText(new String(folded, 0, length), runFolded, runClean, runs);
  }

  /** Folds a region of the cleaned text. */
  static FoldedText of(String clean, Region region) {
    return of(clean, region.start(), region.end());
  }

  /** Folds a whole string, for text that has no place in a letter (a title given alone). */
  static FoldedText of(String text) {
    return of(text, 0, text.length());
  }

  /** The folded text, equal to {@link Folding#fold} of the same range. */
  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  /** The cleaned offset of folded offset {@code index} ({@code length()} gives the range's end). */
  int cleanOffset(int index) {
    int run = Arrays.binarySearch(runFolded, 0, runs, index);
    if (run < 0) {
      run = -run - 2;
    }
    return runClean[run] + (index - runFolded[run]);
  }

  /** The cleaned range of the folded range {@code [start, end)}. */
  Region cleanRegion(int start, int end) {
    if (end <= start) {
      int at = cleanOffset(start);
      return new Region(at, at);
    }
    return new Region(cleanOffset(start), cleanOffset(end - 1) + 1);
  }

  /** The input span of the folded range {@code [start, end)}. */
  SourceSpan span(SourceText source, int start, int end) {
    Region region = cleanRegion(start, end);
    return source.span(region.start(), region.end());
  }
}
