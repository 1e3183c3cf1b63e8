package dev.imr.parser.internal;

import dev.imr.model.SourceSpan;
import java.util.Arrays;

/**
 * The caller's input and the cleaned text the grammar reads, with a map from cleaned offsets back
 * to the input so that every span points into what the caller passed.
 *
 * <p>Cleaning makes the extraction layouts of one letter alike: line ends become {@code '\n'}, a
 * form feed ends a line (or vanishes when a line already ended there), trailing white space goes,
 * blank lines become empty, the empty line after every line of double-spaced text goes (a
 * whitespace-only line stays: it was a real blank line), non-breaking and other Unicode spaces
 * become spaces, curly quotes become straight and ligatures are spelled out.
 */
public final class SourceText {

  private final CharSequence original;
  private final String clean;
  // The map is a list of runs: clean offsets from runClean[i] map linearly to runOriginal[i].
  private final int[] runClean;
  private final int[] runOriginal;
  private int[] originalLineStarts;

  private SourceText(CharSequence original, String clean, int[] runClean, int[] runOriginal) {
    this.original = original;
    this.clean = clean;
    this.runClean = runClean;
    this.runOriginal = runOriginal;
  }

  /** Cleans {@code original}. */
  public static SourceText of(CharSequence original) {
    return new Cleaner(original).clean();
  }

  /** The caller's input. */
  public CharSequence original() {
    return original;
  }

  /** The cleaned text. */
  public String clean() {
    return clean;
  }

  /** The input offset of the character at {@code cleanOffset} (or of the input's end). */
  public int toOriginal(int cleanOffset) {
    if (cleanOffset >= clean.length()) {
      return original.length();
    }
    int run = Arrays.binarySearch(runClean, cleanOffset);
    if (run < 0) {
      run = -run - 2;
    }
    return runOriginal[run] + (cleanOffset - runClean[run]);
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
      int[] starts = new int[16];
      int count = 1;
      int length = original.length();
      for (int i = 0; i < length; i++) {
        char c = original.charAt(i);
        boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= length || original.charAt(i + 1) != '\n'));
        if (lineEnd) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      originalLineStarts = Arrays.copyOf(starts, count);
    }
    return originalLineStarts;
  }

  /** One pass over the input's lines, then one over the kept lines. */
  private static final class Cleaner {
    private final CharSequence in;
    private final int length;
    // Lines of the input: [lineStart[i], lineEnd[i]) without the terminator; lineBreak[i] is the
    // offset of the terminator that ends the line (or length for the last).
    private int[] lineStart = new int[64];
    private int[] lineEnd = new int[64];
    private int lines;

    private char[] out;
    private int outLength;
    private int[] runClean = new int[64];
    private int[] runOriginal = new int[64];
    private int runs;
    private int expectedOriginal = -1;

    Cleaner(CharSequence in) {
      this.in = in;
      this.length = in.length();
      this.out = new char[length + 16];
    }

    SourceText clean() {
      splitLines();
      boolean doubleSpaced = isDoubleSpaced();
      boolean first = true;
      for (int i = 0; i < lines; i++) {
        int start = lineStart[i];
        int end = lineEnd[i];
        if (doubleSpaced && start == end) {
          continue; // the empty line double spacing puts after every line
        }
        if (!first) {
          // The line break stands for the terminator that ended the previous kept line.
          append('\n', lineEnd[previousKept]);
        }
        first = false;
        previousKept = i;
        appendLine(start, trimmedEnd(start, end));
      }
      return new SourceText(
          in, new String(out, 0, outLength), Arrays.copyOf(runClean, runs), Arrays.copyOf(runOriginal, runs));
    }

    private int previousKept;

    private void splitLines() {
      int start = 0;
      for (int i = 0; i < length; i++) {
        char c = in.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
          addLine(start, i);
          if (c == '\r' && i + 1 < length && in.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        } else if (c == '\f') {
          // A form feed ends a page: a line break, unless the page's last line already ended.
          if (i > start) {
            addLine(start, i);
          }
          start = i + 1;
        }
      }
      addLine(start, length);
    }

    private void addLine(int start, int end) {
      if (lines == lineStart.length) {
        lineStart = Arrays.copyOf(lineStart, lines * 2);
        lineEnd = Arrays.copyOf(lineEnd, lines * 2);
      }
      lineStart[lines] = start;
      lineEnd[lines] = end;
      lines++;
    }

    /**
     * Double-spaced text (every line followed by an empty line) has almost no two non-empty lines
     * in a row; single-spaced text has mostly such pairs.
     */
    private boolean isDoubleSpaced() {
      int adjacent = 0;
      int separated = 0;
      boolean previousNonEmpty = false;
      int emptyRun = 0;
      for (int i = 0; i < lines; i++) {
        boolean empty = lineStart[i] == lineEnd[i];
        if (empty) {
          emptyRun++;
          continue;
        }
        if (previousNonEmpty) {
          if (emptyRun == 0) {
            adjacent++;
          } else {
            separated++;
          }
        }
        previousNonEmpty = true;
        emptyRun = 0;
      }
      return separated >= 4 && adjacent * 4 < separated;
    }

    private int trimmedEnd(int start, int end) {
      while (end > start && isSpace(in.charAt(end - 1))) {
        end--;
      }
      return end;
    }

    private void appendLine(int start, int end) {
      for (int i = start; i < end; i++) {
        char c = in.charAt(i);
        if (c < 0x80) {
          append(c, i); // the common case: plain ASCII is copied as it is
          continue;
        }
        switch (c) {
          case '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
              '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' ->
              append(' ', i);
          case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
            // zero-width characters, byte-order marks and soft hyphens carry no text
          }
          case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> append('\'', i);
          case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> append('"', i);
          case '\uFB00' -> append("ff", i);
          case '\uFB01' -> append("fi", i);
          case '\uFB02' -> append("fl", i);
          case '\uFB03' -> append("ffi", i);
          case '\uFB04' -> append("ffl", i);
          case '\uFB05', '\uFB06' -> append("st", i);
          default -> append(c, i);
        }
      }
    }

    private void append(String expansion, int originalIndex) {
      for (int k = 0; k < expansion.length(); k++) {
        append(expansion.charAt(k), originalIndex);
        expectedOriginal = -1; // each letter of a ligature maps back to the one input character
      }
    }

    private void append(char c, int originalIndex) {
      if (originalIndex != expectedOriginal) {
        if (runs == runClean.length) {
          runClean = Arrays.copyOf(runClean, runs * 2);
          runOriginal = Arrays.copyOf(runOriginal, runs * 2);
        }
        runClean[runs] = outLength;
        runOriginal[runs] = originalIndex;
        runs++;
      }
      if (outLength == out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      out[outLength++] = c;
      expectedOriginal = originalIndex + 1;
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u000B' || Character.isSpaceChar(c)
          || c == '\u200B' || c == '\uFEFF';
    }
  }
}
