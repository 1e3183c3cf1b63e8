package dev.imr.parser.internal.text;

import dev.imr.model.SourceSpan;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The caller's input and the cleaned text the grammar reads, with a map from cleaned offsets back
 * to the input so that every span points into what the caller passed.
 *
 * <p>Cleaning makes the extraction layouts of one letter alike: line ends become {@code '\n'}, a
 * form feed ends a line (or vanishes when a line already ended there), trailing white space goes,
 * blank lines become empty, the empty line after every line of double-spaced text goes (a
 * whitespace-only line stays: it was a real blank line), non-breaking and other Unicode spaces
 * (and the control characters that are white space) become spaces, format characters
 * (zero-width spaces and joiners, byte-order marks, soft hyphens, bidirectional marks and
 * isolates) count as nothing, curly quotes become straight and ligatures are spelled out.
 *
 * <p>Page breaks leave no trace: the blank line {@code pdftotext} puts before each form feed goes,
 * and so do page headers and footers ({@link #pageFurniture()}): a line that is only a page number
 * ({@code Page 2 of 5}, {@code Page 2}), possibly with the case number, or that is only the case
 * number (with or without its {@code Case Number:} label) after the first section heading, with
 * a blank line on either side. Otherwise they would end up inside titles and rationales.
 */
public final class SourceText {

  private final CharSequence original;
  private final String clean;
  // The map is a list of runs: clean offsets from runClean[i] map linearly to runOriginal[i].
  private final int[] runClean;
  private final int[] runOriginal;
  private final List<SourceSpan> pageFurniture;
  private final List<DoubledLine> doubledLines;
  // The cleaner's count of the input's lines, at least as many as the lines line() counts.
  private final int inputLines;
  private int[] originalLineStarts;
  private FoldedText.@Nullable FoldPoints foldPoints;
  // The run toOriginal found last: a text is read by one thread.
  private int lastRun;

  SourceText(CharSequence original, String clean, int[] runClean, int[] runOriginal,
      List<SourceSpan> pageFurniture, List<DoubledLine> doubledLines, int inputLines) {
    this.doubledLines = doubledLines;
    this.inputLines = inputLines;
    this.original = original;
    this.clean = clean;
    this.runClean = runClean;
    this.runOriginal = runOriginal;
    this.pageFurniture = pageFurniture;
  }

  /** Cleans {@code original}. */
  public static SourceText of(CharSequence original) {
    return new Cleaner(original, List.of()).clean();
  }

  /**
   * Cleans {@code original} leaving out, besides page furniture, the lines that {@code leaveOut}
   * (spans of the input) touch: lines a later stage found given twice.
   */
  public static SourceText of(CharSequence original, List<SourceSpan> leaveOut) {
    return new Cleaner(original, leaveOut).clean();
  }

  /** The caller's input. */
  public CharSequence original() {
    return original;
  }

  /** The cleaned text. */
  public String clean() {
    return clean;
  }

  /** The page headers and footers left out of the cleaned text, as lines of the input. */
  public List<SourceSpan> pageFurniture() {
    return pageFurniture;
  }

  /** A line of text given twice in a row, as spans of the input: the one kept, the one left out. */
  public record DoubledLine(SourceSpan first, SourceSpan again) {}

  /**
   * The lines left out of the cleaned text because they repeat the line before them word for word
   * (blank lines aside): an extraction's doubled line. Short lines are kept, as a list may
   * repeat them.
   */
  public List<DoubledLine> doubledLines() {
    return doubledLines;
  }

  /** The input offset of the character at {@code cleanOffset} (or of the input's end). */
  public int toOriginal(int cleanOffset) {
    if (cleanOffset >= clean.length()) {
      return original.length();
    }
    // Spans are mostly asked for in the order of the text, near the last one: the run found last
    // is tried before searching.
    int run = lastRun;
    if (!holds(run, cleanOffset)) {
      run = Arrays.binarySearch(runClean, cleanOffset);
      if (run < 0) {
        run = -run - 2;
      }
      lastRun = run;
    }
    return runOriginal[run] + (cleanOffset - runClean[run]);
  }

  /**
   * Whether {@code offset} falls in run {@code run} as the binary search would find it: at or
   * after its start, before the next run's, and not on a start that an earlier run shares.
   */
  private boolean holds(int run, int offset) {
    return run < runClean.length && runClean[run] <= offset
        && (run + 1 == runClean.length || offset < runClean[run + 1])
        && (runClean[run] < offset || run == 0 || runClean[run - 1] != offset);
  }

  /**
   * The input span of the cleaned range {@code [start, end)}. An empty range at a line's end (where
   * something was due but absent) is placed right after the line's last character, before any
   * white space cleaning removed.
   */
  public SourceSpan span(int start, int end) {
    if (end <= start) {
      boolean atLineEnd = start >= clean.length() || clean.charAt(start) == '\n';
      int at = start > 0 && atLineEnd ? toOriginal(start - 1) + 1 : toOriginal(start);
      return SourceSpan.of(at, at);
    }
    int originalStart = toOriginal(start);
    return SourceSpan.of(originalStart, toOriginal(end - 1) + 1);
  }

  /** Where folding may change the cleaned text, found once for all the ranges folded. */
  FoldedText.FoldPoints foldPoints() {
    if (foldPoints == null) {
      foldPoints = FoldedText.FoldPoints.of(clean);
    }
    return foldPoints;
  }

  /** 1-based line of an input offset; {@code \n}, {@code \r\n} and {@code \r} end lines. */
  public int line(int originalOffset) {
    int[] starts = lineStarts();
    int index = Arrays.binarySearch(starts, originalOffset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** 1-based column, in UTF-16 code units, of an input offset. */
  public int column(int originalOffset) {
    return originalOffset - lineStarts()[line(originalOffset) - 1] + 1;
  }

  private int[] lineStarts() {
    if (originalLineStarts == null) {
      // Line ends found with String.indexOf, which is many times faster than a loop testing
      // every character.
      String text = original.toString();
      int length = text.length();
      int[] starts = new int[Math.max(16, inputLines)];
      int count = 1;
      int nextFeed = text.indexOf('\n');
      int nextReturn = text.indexOf('\r');
      while (nextFeed >= 0 || nextReturn >= 0) {
        int end = nextReturn < 0 || (nextFeed >= 0 && nextFeed < nextReturn) ? nextFeed : nextReturn;
        if (end == nextReturn && end + 1 < length && text.charAt(end + 1) == '\n') {
          end++; // \r\n ends one line
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = end + 1;
        if (nextFeed >= 0 && nextFeed <= end) {
          nextFeed = text.indexOf('\n', end + 1);
        }
        if (nextReturn >= 0 && nextReturn <= end) {
          nextReturn = text.indexOf('\r', end + 1);
        }
      }
      originalLineStarts = count == starts.length ? starts : Arrays.copyOf(starts, count);
    }
    return originalLineStarts;
  }
}
