package dev.imr.parser.internal.text;

import dev.imr.model.SourceSpan;
import dev.imr.parser.internal.text.SourceText.DoubledLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cleans the input of a {@link SourceText} (see there for what cleaning does): one pass over the
 * input's lines, then one over the kept lines.
 */
final class Cleaner {
  // A page header or footer: a page number, perhaps with the case number; or the case number
  // alone, perhaps labelled. Lines longer than this are text, whatever they hold.
  private static final int FURNITURE_MAX_LENGTH = 80;
  // The words a section heading of the current layout starts with, as a line wrapped or not.
  private static final List<String> SECTION_STARTS =
      List.of(FixedWording.HOW_MADE.firstWords(3),
          FixedWording.CASE_SUMMARY.firstWords(2), FixedWording.ISSUES.firstWords(2));
  private static final List<FixedWording> HEADER_LABELS = List.of(FixedWording.DATE_ASSIGNED,
      FixedWording.DATE_OF_INJURY, FixedWording.DECISION_DATE, FixedWording.UR_DENIAL_DATE,
      FixedWording.PRIORITY, FixedWording.APPLICATION_RECEIVED);
  // What ends a line; a form feed also ends a page.
  private static final char[] LINE_ENDS = {'\n', '\r', '\f', '\u2028', '\u2029'};
  private static final Pattern FURNITURE = Pattern.compile(
      "(?:(?:IMR\\h+)?(?:Case\\h+(?:Number|No\\.?)\\h*:?\\h*)?([A-Z]{2}\\d{2}-\\d{4,8})\\h*)?"
          + "(?:[-\u2013|,]\\h*)?(Page\\h+\\d{1,4}(?:\\h+of\\h+\\d{1,4})?)?",
      Pattern.CASE_INSENSITIVE);
  // One matcher for the lines tested, made when the first is.
  private @Nullable Matcher furnitureMatcher;

  private final CharSequence in;
  // The input as a String: read a character at a time only where a line starts or ends, copied
  // out in bulk everywhere else.
  private final String text;
  private final int length;
  // Lines of the input: [lineStart[i], lineEnd[i]) without the terminator; lineBreak[i] is the
  // offset of the terminator that ends the line (or length for the last).
  private int[] lineStart;
  private int[] lineEnd;
  // True for a line that starts right after a form feed, a new page.
  private boolean[] afterPageBreak;
  private boolean pendingPageBreak;
  private int lines;
  // Lines that are page furniture or the blank lines of a page break.
  private boolean[] dropped = new boolean[0];
  private final List<SourceSpan> furniture = new ArrayList<>();

  private char[] out;
  private int outLength;
  private int[] runClean;
  private int[] runOriginal;
  private int runs;

  // Each thread's working arrays, kept from one letter to the next: the cleaned text and its map
  // are copied out of them, so a letter allocates only what its SourceText holds. Arrays grown
  // past these sizes for a huge input are not kept.
  private static final int MAX_KEPT_CHARS = 1 << 20;
  private static final int MAX_KEPT_ENTRIES = 1 << 16;
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
  private final Scratch scratch;

  private static final class Scratch {
    char[] out = new char[16 * 1024];
    int[] lineStart = new int[512];
    int[] lineEnd = new int[512];
    boolean[] afterPageBreak = new boolean[512];
    int[] runClean = new int[512];
    int[] runOriginal = new int[512];
  }
  private int expectedOriginal = -1;

  private final List<SourceSpan> leaveOut;

  Cleaner(CharSequence in, List<SourceSpan> leaveOut) {
    this.in = in;
    this.leaveOut = leaveOut;
    this.text = in.toString();
    this.length = in.length();
    this.scratch = SCRATCH.get();
    this.out = scratch.out.length >= length + 16 ? scratch.out : new char[length + 16];
    this.lineStart = scratch.lineStart;
    this.lineEnd = scratch.lineEnd;
    this.afterPageBreak = scratch.afterPageBreak;
    this.runClean = scratch.runClean;
    this.runOriginal = scratch.runOriginal;
  }

  /** Keeps the arrays this letter grew for the next, unless they grew for a huge input. */
  private void keepScratch() {
    if (out.length <= MAX_KEPT_CHARS) {
      scratch.out = out;
    }
    if (lineStart.length <= MAX_KEPT_ENTRIES) {
      scratch.lineStart = lineStart;
      scratch.lineEnd = lineEnd;
      scratch.afterPageBreak = afterPageBreak;
    }
    if (runClean.length <= MAX_KEPT_ENTRIES) {
      scratch.runClean = runClean;
      scratch.runOriginal = runOriginal;
    }
  }

  SourceText clean() {
    splitLines();
    markPageFurniture();
    markLeftOut();
    boolean doubleSpaced = isDoubleSpaced();
    dropPageBreakBlankLines(doubleSpaced);
    boolean first = true;
    int previousText = -1; // the last kept line that holds text
    for (int i = 0; i < lines; i++) {
      int start = lineStart[i];
      int end = lineEnd[i];
      if (dropped[i] || (doubleSpaced && start == end)) {
        continue; // furniture, a page break's blank line or double spacing's empty line
      }
      if (!isBlank(i)) {
        if (previousText >= 0 && sameText(previousText, i)) {
          doubled.add(new DoubledLine(SourceSpan.of(lineStart[previousText], lineEnd[previousText]),
              SourceSpan.of(start, end)));
          continue;
        }
        previousText = i;
      }
      if (!first) {
        // The line break stands for the terminator that ended the previous kept line.
        append('\n', lineEnd[previousKept]);
      }
      first = false;
      previousKept = i;
      appendLine(start, trimmedEnd(start, end));
    }
    SourceText source = new SourceText(in, new String(out, 0, outLength),
        Arrays.copyOf(runClean, runs), Arrays.copyOf(runOriginal, runs), List.copyOf(furniture),
        List.copyOf(doubled), lines);
    keepScratch();
    return source;
  }

  // A doubled line is one of at least this many characters: a list may repeat a short one.
  private static final int DOUBLED_MIN_LENGTH = 20;
  private final List<DoubledLine> doubled = new ArrayList<>();

  /** True when lines {@code a} and {@code b} hold the same text, white space at the ends aside. */
  private boolean sameText(int a, int b) {
    int aStart = skipSpaces(lineStart[a], lineEnd[a]);
    int aEnd = trimmedEnd(aStart, lineEnd[a]);
    int bStart = skipSpaces(lineStart[b], lineEnd[b]);
    int bEnd = trimmedEnd(bStart, lineEnd[b]);
    return aEnd - aStart >= DOUBLED_MIN_LENGTH && aEnd - aStart == bEnd - bStart
        && text.regionMatches(aStart, text, bStart, aEnd - aStart);
  }

  private int skipSpaces(int start, int end) {
    while (start < end && Characters.isInputSpace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  private int previousKept;

  /**
   * Marks the page headers and footers. A line that is only the case number is the header's
   * value (pdftotext sets values apart from their labels) before the first section heading,
   * and a page header after it.
   */
  private void markPageFurniture() {
    dropped = new boolean[lines];
    boolean body = false;
    for (int i = 0; i < lines; i++) {
      body = body || startsSection(i);
      if (isFurniture(i, body)) {
        dropped[i] = true;
        furniture.add(SourceSpan.of(lineStart[i], lineEnd[i]));
      }
    }
  }

  private void markLeftOut() {
    List<SourceSpan> spans = new ArrayList<>(leaveOut);
    spans.sort(java.util.Comparator.comparingInt(SourceSpan::start));
    int line = 0;
    for (SourceSpan span : spans) {
      int end = Math.max(span.end(), span.start() + 1);
      while (line < lines && lineEnd[line] < span.start()) {
        line++; // lines wholly before the span
      }
      for (int i = line; i < lines && lineStart[i] < end; i++) {
        dropped[i] = true;
      }
    }
  }

  private boolean startsSection(int line) {
    int start = lineStart[line];
    int end = lineEnd[line];
    while (start < end && Characters.isInputSpace(text.charAt(start))) {
      start++;
    }
    for (String heading : SECTION_STARTS) {
      if (end - start >= heading.length() && startsWith(start, heading)) {
        return true;
      }
    }
    return false;
  }

  /** True when the input at {@code at} spells {@code words}, any space standing for a space. */
  private boolean startsWith(int at, String words) {
    for (int k = 0; k < words.length(); k++) {
      char c = text.charAt(at + k);
      char w = words.charAt(k);
      if (c != w && !(w == ' ' && Characters.isInputSpace(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Marks the blank line on either side of a page header or footer (pdftotext sets them as
   * blocks of their own) and the blank line pdftotext ends each page with before its form feed:
   * they are no blank lines of the letter. Only one goes at each place, so that a blank line of
   * the letter's own (between the pieces of a heading pdftotext split into blocks) stays. In
   * double-spaced text the empty lines are the spacing's and go anyway; only a line holding
   * white space is a blank line there.
   */
  private void dropPageBreakBlankLines(boolean doubleSpaced) {
    boolean[] isFurniture = dropped.clone();
    for (int i = 0; i < lines; i++) {
      if (isFurniture[i]) {
        int before = skipSpacing(i - 1, -1, doubleSpaced, isFurniture);
        if (before >= 0 && !isFurniture[before] && isBlank(before)) {
          dropped[before] = true;
        }
        int after = skipSpacing(i + 1, 1, doubleSpaced, isFurniture);
        if (after < lines && !isFurniture[after] && isBlank(after)) {
          dropped[after] = true;
        }
      }
    }
    for (int i = 0; i < lines; i++) {
      if (!afterPageBreak[i]) {
        continue;
      }
      int k = i - 1;
      while (k >= 0 && (dropped[k] || (doubleSpaced && lineStart[k] == lineEnd[k]))) {
        k--;
      }
      if (k >= 0 && isBlank(k)) {
        dropped[k] = true;
      }
    }
  }

  /** From {@code line} in {@code step}'s direction, the first line that is not spacing. */
  private int skipSpacing(int line, int step, boolean doubleSpaced, boolean[] isFurniture) {
    int k = line;
    while (k >= 0 && k < lines && doubleSpaced && lineStart[k] == lineEnd[k] && !isFurniture[k]) {
      k += step;
    }
    return k;
  }

  private boolean isFurniture(int line, boolean body) {
    int start = lineStart[line];
    int end = trimmedEnd(start, lineEnd[line]);
    while (start < end && Characters.isInputSpace(text.charAt(start))) {
      start++;
    }
    if (start == end || end - start > FURNITURE_MAX_LENGTH) {
      return false;
    }
    char first = (char) (text.charAt(start) | 0x20);
    if (first < 'a' || first > 'z') {
      return false; // furniture starts with a letter: a cheap test, as most lines are text
    }
    if (!hasDigit(start, end)) {
      return false; // a page number and a case number both hold digits: headings and labels don't
    }
    if (furnitureMatcher == null) {
      furnitureMatcher = FURNITURE.matcher(text);
    }
    Matcher matcher = furnitureMatcher.region(start, end);
    if (!matcher.matches()) {
      return false;
    }
    if (matcher.group(2) != null) {
      return true; // a page number, with or without the case number
    }
    return body && matcher.group(1) != null && !besideHeaderLabel(line);
  }

  /**
   * True when the nearest non-blank line before or after {@code line} starts with a header
   * label: the case number is then the header's own, where an extractor put the header last.
   */
  private boolean besideHeaderLabel(int line) {
    for (int step = -1; step <= 1; step += 2) {
      int k = line + step;
      while (k >= 0 && k < lines && isBlank(k)) {
        k += step;
      }
      if (k >= 0 && k < lines && startsWithHeaderLabel(k)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsWithHeaderLabel(int line) {
    int start = lineStart[line];
    int end = lineEnd[line];
    while (start < end && Characters.isInputSpace(text.charAt(start))) {
      start++;
    }
    for (FixedWording label : HEADER_LABELS) {
      String words = label.words();
      if (end - start >= words.length() && startsWith(start, words)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasDigit(int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private boolean isBlank(int line) {
    for (int i = lineStart[line]; i < lineEnd[line]; i++) {
      if (!Characters.isInputSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits the input at its line ends. The next of each kind of line end is found with
   * String.indexOf, which is many times faster than testing every character for every kind,
   * and each kind is searched once over the text.
   */
  private void splitLines() {
    int start = 0;
    int[] next = new int[LINE_ENDS.length];
    for (int k = 0; k < LINE_ENDS.length; k++) {
      next[k] = text.indexOf(LINE_ENDS[k]);
    }
    for (int i = earliest(next); i >= 0; i = earliest(next)) {
      char c = text.charAt(i);
      if (c == '\f') {
        // A form feed ends a page: a line break, unless the page's last line already ended.
        if (i > start) {
          addLine(start, i);
        }
        pendingPageBreak = true;
      } else {
        addLine(start, i);
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
      }
      start = i + 1;
      for (int k = 0; k < LINE_ENDS.length; k++) {
        if (next[k] >= 0 && next[k] < start) {
          next[k] = text.indexOf(LINE_ENDS[k], start);
        }
      }
    }
    addLine(start, length);
  }

  /** The smallest of the offsets that are not negative, or -1. */
  private static int earliest(int[] offsets) {
    int earliest = -1;
    for (int offset : offsets) {
      if (offset >= 0 && (earliest < 0 || offset < earliest)) {
        earliest = offset;
      }
    }
    return earliest;
  }

  private void addLine(int start, int end) {
    if (lines == lineStart.length) {
      lineStart = Arrays.copyOf(lineStart, lines * 2);
      lineEnd = Arrays.copyOf(lineEnd, lines * 2);
      afterPageBreak = Arrays.copyOf(afterPageBreak, lines * 2);
    }
    lineStart[lines] = start;
    lineEnd[lines] = end;
    afterPageBreak[lines] = pendingPageBreak;
    pendingPageBreak = false;
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
      if (dropped[i]) {
        continue;
      }
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
    while (end > start && Characters.isInputSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private void appendLine(int start, int end) {
    if (appendIfPlain(start, end)) {
      return; // the common case
    }
    int i = start;
    while (i < end) {
      // a run of plain ASCII is copied as it is, in one piece
      int plainEnd = i;
      while (plainEnd < end && isPlain(text.charAt(plainEnd))) {
        plainEnd++;
      }
      if (plainEnd > i) {
        appendAsIs(i, plainEnd);
        i = plainEnd;
        continue;
      }
      char c = text.charAt(i);
      switch (c) {
        // the C0 controls that are white space (vertical tab, the information separators)
        case '\u000B', '\u001C', '\u001D', '\u001E', '\u001F' -> append(' ', i);
        case '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
            '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' ->
            append(' ', i);
        case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F',
            '\u061C', '\u180E', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066',
            '\u2067', '\u2068', '\u2069' -> {
          // zero-width characters, byte-order marks, soft hyphens and the bidirectional marks,
          // embeddings and isolates carry no text
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
      i++;
    }
  }

  private static boolean isPlain(char c) {
    return c >= 0x20 && c < 0x80;
  }

  /**
   * Appends {@code [from, to)} of the input as it is and returns true when it is all plain
   * ASCII; appends nothing and returns false otherwise. The range is copied in bulk and checked
   * in the copy: a character below 0x20 or above 0x7F makes one of the differences negative, and
   * the loop without a branch is several times faster than reading the string a character at a
   * time.
   */
  private boolean appendIfPlain(int from, int to) {
    if (from == to) {
      return true; // an empty line: nothing to append, no run to start
    }
    ensureRoom(to - from);
    text.getChars(from, to, out, outLength);
    int copyEnd = outLength + (to - from);
    int outside = 0;
    for (int k = outLength; k < copyEnd; k++) {
      outside |= (out[k] - 0x20) | (0x7F - out[k]);
    }
    if (outside < 0) {
      return false; // the copy is overwritten by what the line's characters give
    }
    mapRun(from);
    outLength = copyEnd;
    expectedOriginal = to;
    return true;
  }

  /** {@code [from, to)} of the input as it is: what {@link #append(char, int)} of each gives. */
  private void appendAsIs(int from, int to) {
    ensureRoom(to - from);
    text.getChars(from, to, out, outLength);
    mapRun(from);
    outLength += to - from;
    expectedOriginal = to;
  }

  private void ensureRoom(int more) {
    if (outLength + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, outLength + more));
    }
  }

  /** Starts a run of the map at the input's {@code from} unless the last run goes on there. */
  private void mapRun(int from) {
    if (from != expectedOriginal) {
      if (runs == runClean.length) {
        runClean = Arrays.copyOf(runClean, runs * 2);
        runOriginal = Arrays.copyOf(runOriginal, runs * 2);
      }
      runClean[runs] = outLength;
      runOriginal[runs] = from;
      runs++;
    }
  }

  private void append(String expansion, int originalIndex) {
    for (int k = 0; k < expansion.length(); k++) {
      append(expansion.charAt(k), originalIndex);
      expectedOriginal = -1; // each letter of a ligature maps back to the one input character
    }
  }

  private void append(char c, int originalIndex) {
    mapRun(originalIndex);
    ensureRoom(1);
    out[outLength++] = c;
    expectedOriginal = originalIndex + 1;
  }
}
