package dev.imr.parser.internal.text;

import dev.imr.model.SourceSpan;
import java.util.Arrays;

/**
 * A range of the cleaned text folded as {@link Folding} says, with a map from
 * each folded offset back to the cleaned offset it came from, so that what a reader finds in the
 * folded text (the form the model holds) can be given a span in the caller's input. Fold a range
 * once and share it: the model's text and every reader of that range can use the same folding.
 *
 * <p>A space that stands for a run of white space maps to the run's first character.
 */
public final class FoldedText {

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

  /** Folds {@code [start, end)} of the cleaned text of {@code source}. */
  public static FoldedText of(SourceText source, int start, int end) {
    return of(source.clean(), start, end, source.foldPoints());
  }

  /** Folds a region of the cleaned text of {@code source}. */
  public static FoldedText of(SourceText source, Region region) {
    return of(source, region.start(), region.end());
  }

  /** Folds {@code [start, end)} of {@code text}, any text. */
  public static FoldedText of(String text, int start, int end) {
    return of(text, start, end, FoldPoints.of(text, start, end));
  }

  /** Folds a region of the cleaned text {@code clean}. */
  public static FoldedText of(String clean, Region region) {
    return of(clean, region.start(), region.end());
  }

  /** Folds a whole string, for text that has no place in a letter (a title given alone). */
  public static FoldedText of(String text) {
    return of(text, 0, text.length());
  }

  /**
   * Folds {@code [start, end)} of {@code text}. Only the white space that {@code points} lists
   * can change the text (a single space stays as it is), so the text between those points is
   * copied in bulk rather than a character at a time.
   */
  private static FoldedText of(String text, int start, int end, FoldPoints points) {
    while (start < end && Characters.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Characters.isSpace(text.charAt(end - 1))) {
      end--;
    }
    char[] folded = scratch(end - start);
    int length = 0;
    Runs scratchRuns = RUNS.get();
    int[] runFolded = scratchRuns.folded;
    int[] runClean = scratchRuns.clean;
    runClean[0] = start;
    int runs = 1;
    int copied = start; // text before this offset is folded
    for (int point = points.next(start); point >= 0 && point < end; point = points.next(copied)) {
      // The run of white space around the point: a single space may stand before a line break
      // or tab (two would have been a point of their own).
      int runStart = point > copied && text.charAt(point - 1) == ' ' ? point - 1 : point;
      int runEnd = point + 1;
      while (runEnd < end && Characters.isSpace(text.charAt(runEnd))) {
        runEnd++;
      }
      text.getChars(copied, runStart, folded, length);
      length += runStart - copied;
      if (!Folding.joinsHyphenatedWord(text, start, runStart)) {
        folded[length++] = ' ';
      }
      // What follows the run starts a new run of the map where the run was shortened.
      if (runEnd - length != runClean[runs - 1] - runFolded[runs - 1]) {
        if (runs == runFolded.length) {
          runFolded = Arrays.copyOf(runFolded, runs * 2);
          runClean = Arrays.copyOf(runClean, runs * 2);
        }
        runFolded[runs] = length;
        runClean[runs] = runEnd;
        runs++;
      }
      copied = runEnd;
    }
    text.getChars(copied, end, folded, length);
    length += end - copied;
    if (runFolded.length <= MAX_SCRATCH) {
      scratchRuns.folded = runFolded;
      scratchRuns.clean = runClean;
    }
    return new FoldedText(new String(folded, 0, length), Arrays.copyOf(runFolded, runs),
        Arrays.copyOf(runClean, runs), runs);
  }

  // Each thread's room for a fold's map while it is made; the FoldedText keeps a copy its size,
  // as most folds have a run or two.
  private static final ThreadLocal<Runs> RUNS = ThreadLocal.withInitial(Runs::new);

  private static final class Runs {
    int[] folded = new int[64];
    int[] clean = new int[64];
  }

  /**
   * Where folding may change a text: every line break and tab, and every space followed by
   * another. In order; {@link #next} finds the first at or after an offset.
   */
  // Each thread's room for folding a range (folding calls nothing that folds): the folded text
  // is copied out of it into its string. Ranges longer than this get room of their own.
  private static final int MAX_SCRATCH = 1 << 16;
  private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[1024]);

  private static char[] scratch(int length) {
    char[] scratch = SCRATCH.get();
    if (scratch.length >= length) {
      return scratch;
    }
    if (length > MAX_SCRATCH) {
      return new char[length];
    }
    scratch = new char[Math.max(length, Math.min(MAX_SCRATCH, scratch.length * 2))];
    SCRATCH.set(scratch);
    return scratch;
  }

  static final class FoldPoints {
    private final int[] points;
    private final int count;
    private int cursor;

    private FoldPoints(int[] points, int count) {
      this.points = points;
      this.count = count;
    }

    // Each thread's room for a whole text's points while they are found; kept at their number.
    private static final ThreadLocal<int[]> ROOM = ThreadLocal.withInitial(() -> new int[1024]);

    /** The fold points of a whole text: found with String.indexOf, which is fast. */
    public static FoldPoints of(String text) {
      int[] points = ROOM.get();
      int count = 0;
      int nextBreak = text.indexOf('\n');
      int nextTab = text.indexOf('\t');
      int nextDouble = text.indexOf("  ");
      while (nextBreak >= 0 || nextTab >= 0 || nextDouble >= 0) {
        int point = earliest(earliest(nextBreak, nextTab), nextDouble);
        if (count == points.length) {
          points = Arrays.copyOf(points, count * 2);
        }
        points[count++] = point;
        if (point == nextBreak) {
          nextBreak = text.indexOf('\n', point + 1);
        }
        if (point == nextTab) {
          nextTab = text.indexOf('\t', point + 1);
        }
        if (point == nextDouble) {
          nextDouble = text.indexOf("  ", point + 1);
        }
      }
      if (points.length <= MAX_SCRATCH) {
        ROOM.set(points);
      }
      return new FoldPoints(Arrays.copyOf(points, count), count);
    }

    /** The fold points of {@code [start, end)} of a text, found a character at a time. */
    public static FoldPoints of(String text, int start, int end) {
      int[] points = new int[8];
      int count = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\t' || (c == ' ' && i + 1 < end && text.charAt(i + 1) == ' ')) {
          if (count == points.length) {
            points = Arrays.copyOf(points, count * 2);
          }
          points[count++] = i;
        }
      }
      return new FoldPoints(points, count);
    }

    private static int earliest(int a, int b) {
      return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /**
     * The first point at or after {@code offset}, or -1. Offsets asked for only grow within one
     * fold, so the search starts where the last one ended when it can.
     */
    int next(int offset) {
      if (cursor > 0 && points[cursor - 1] >= offset) {
        cursor = 0; // a fold earlier in the text than the last: search from the start
      }
      // Folding a range asks for the point after the one it just folded, most often one of the
      // next few: they are stepped over before searching.
      int stop = Math.min(count, cursor + 4);
      while (cursor < stop && points[cursor] < offset) {
        cursor++;
      }
      if (cursor < count && points[cursor] < offset) {
        int found = Arrays.binarySearch(points, cursor, count, offset);
        cursor = found >= 0 ? found : -found - 1;
      }
      return cursor < count ? points[cursor] : -1;
    }
  }

  /** The folded text. */
  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** The cleaned offset of folded offset {@code index} ({@code length()} gives the range's end). */
  public int cleanOffset(int index) {
    int run = Arrays.binarySearch(runFolded, 0, runs, index);
    if (run < 0) {
      run = -run - 2;
    }
    return runClean[run] + (index - runFolded[run]);
  }

  /** The cleaned range of the folded range {@code [start, end)}. */
  public Region cleanRegion(int start, int end) {
    if (end <= start) {
      int at = cleanOffset(start);
      return new Region(at, at);
    }
    return new Region(cleanOffset(start), cleanOffset(end - 1) + 1);
  }

  /** The input span of the folded range {@code [start, end)}. */
  public SourceSpan span(SourceText source, int start, int end) {
    Region region = cleanRegion(start, end);
    return source.span(region.start(), region.end());
  }
}
