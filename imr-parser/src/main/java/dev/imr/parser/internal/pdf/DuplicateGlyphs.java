package dev.imr.parser.internal.pdf;

import java.util.Arrays;

/**
 * The text stripper's suppression of duplicate overlapping glyphs (word processors draw bold
 * text twice, a hair apart): a glyph is dropped when the same text was already drawn on the page
 * at less than a third of its width from it, horizontally and vertically, with the stripper's
 * half-open bounds. Text drawn in reading order cannot repeat an earlier glyph, and that is
 * proved with a few comparisons per glyph (lines above, and on the current line the rightmost
 * glyph of the same character); once a page's text goes back over itself, its glyphs are put in
 * a grid of 16-point cells, one chain per cell and text (an open-addressing table, no boxing),
 * and each new glyph is looked up in the cells its tolerance reaches.
 */
final class DuplicateGlyphs {

  private static final float CELL = 16f;
  private static final int MAX_CELLS = 64;
  private static final long EMPTY = Long.MIN_VALUE;

  // A letter's page holds some 2,000 glyphs; the arrays start small and grow with the page.
  /**
   * Each glyph's text when it is one character, else -1 and the text in {@link #texts}: an int
   * store where a reference store would cost a garbage collector's write barrier per glyph.
   */
  private int[] chars = new int[256];
  private String[] texts = new String[256];
  private float[] xs = new float[256];
  private float[] ys = new float[256];
  /** The next glyph in the same grid cell, or -1. */
  private int[] next = new int[256];
  private int count;

  // Glyphs before the current run all lie above closedMaxY; the run's glyphs lie in
  // [runMinY, runMaxY] and left of runMaxX.
  private float closedMaxY;
  private float runMinY;
  private float runMaxY;
  private float runMaxX;
  /** The run's rightmost x of each Latin-1 character, or -infinity; only the same text counts. */
  private final float[] runMaxXOf = new float[256];
  private final char[] touched = new char[256];
  private int touchedCount;
  private boolean runEmpty;

  private boolean gridMode;
  /** The grid's table, made when a page first needs it. */
  private long[] cellKeys = new long[0];
  private int[] cellHeads = new int[0];
  private int cells;

  DuplicateGlyphs() {
    Arrays.fill(runMaxXOf, Float.NEGATIVE_INFINITY);
    clear();
  }

  /** Forgets the page. */
  void clear() {
    count = 0;
    closedMaxY = -Float.MAX_VALUE;
    emptyRun();
    if (gridMode) {
      Arrays.fill(cellKeys, EMPTY);
      cells = 0;
      gridMode = false;
    }
  }

  /**
   * True when {@code text} at ({@code x}, {@code y}) repeats a glyph already drawn within
   * {@code tolerance}; otherwise records it and returns false. {@code plain} is the text's one
   * character when the caller knows it is one, else -1.
   */
  boolean seen(String text, int plain, float x, float y, float tolerance) {
    float lowX = x - tolerance;
    float highX = x + tolerance;
    float lowY = y - tolerance;
    float highY = y + tolerance;
    if (!gridMode) {
      int single = plain >= 0 ? plain < 256 ? plain : -1
          : text.length() == 1 && text.charAt(0) < 256 ? text.charAt(0) : -1;
      float maxX = single >= 0 ? runMaxXOf[single] : runMaxX;
      boolean clearOfRun = runEmpty || maxX < lowX || runMaxY < lowY || runMinY >= highY;
      if (closedMaxY < lowY && clearOfRun) {
        if (!runEmpty && runMaxY < lowY) {
          closedMaxY = Math.max(closedMaxY, runMaxY);
          emptyRun();
        }
        if (runEmpty) {
          runMinY = y;
          runMaxY = y;
          runEmpty = false;
        } else {
          runMinY = Math.min(runMinY, y);
          runMaxY = Math.max(runMaxY, y);
        }
        runMaxX = Math.max(runMaxX, x);
        if (single >= 0) {
          if (runMaxXOf[single] == Float.NEGATIVE_INFINITY) {
            touched[touchedCount++] = (char) single;
          }
          runMaxXOf[single] = Math.max(runMaxXOf[single], x);
        }
        record(text, x, y);
        return false;
      }
      gridMode = true;
      if (cellKeys.length == 0) {
        cellKeys = new long[Math.max(1024, Integer.highestOneBit(count) * 4)];
        cellHeads = new int[cellKeys.length];
        Arrays.fill(cellKeys, EMPTY);
      }
      for (int i = 0; i < count; i++) {
        insert(i);
      }
    }
    if (tolerance > 0 && matches(text, lowX, highX, lowY, highY)) {
      return true;
    }
    record(text, x, y);
    insert(count - 1);
    return false;
  }

  /** Lets go of tables grown far past a letter's page, so a thread does not keep them. */
  void trim() {
    clear();
    if (xs.length > 16_384) {
      chars = new int[256];
      texts = new String[256];
      xs = new float[256];
      ys = new float[256];
      next = new int[256];
    }
    if (cellKeys.length > 65_536) {
      cellKeys = new long[0];
      cellHeads = new int[0];
    }
  }

  private void emptyRun() {
    runEmpty = true;
    runMaxX = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < touchedCount; i++) {
      runMaxXOf[touched[i]] = Float.NEGATIVE_INFINITY;
    }
    touchedCount = 0;
  }

  private boolean matches(String text, float lowX, float highX, float lowY, float highY) {
    int fromX = cell(lowX);
    int toX = cell(highX);
    int fromY = cell(lowY);
    int toY = cell(highY);
    if (((long) toX - fromX + 1) * ((long) toY - fromY + 1) > MAX_CELLS) {
      for (int i = 0; i < count; i++) {
        if (inside(i, text, lowX, highX, lowY, highY)) {
          return true;
        }
      }
      return false;
    }
    for (int cx = fromX; cx <= toX; cx++) {
      for (int cy = fromY; cy <= toY; cy++) {
        int slot = find(key(cx, cy, text.hashCode()));
        if (cellKeys[slot] == EMPTY) {
          continue;
        }
        for (int i = cellHeads[slot]; i >= 0; i = next[i]) {
          if (inside(i, text, lowX, highX, lowY, highY)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean inside(int i, String text, float lowX, float highX, float lowY, float highY) {
    return xs[i] >= lowX && xs[i] < highX && ys[i] >= lowY && ys[i] < highY
        && (chars[i] >= 0 ? text.length() == 1 && text.charAt(0) == chars[i]
            : texts[i].equals(text));
  }

  private void record(String text, float x, float y) {
    if (count == xs.length) {
      chars = Arrays.copyOf(chars, count * 2);
      texts = Arrays.copyOf(texts, count * 2);
      xs = Arrays.copyOf(xs, count * 2);
      ys = Arrays.copyOf(ys, count * 2);
      next = Arrays.copyOf(next, count * 2);
    }
    if (text.length() == 1) {
      chars[count] = text.charAt(0);
    } else {
      chars[count] = -1;
      texts[count] = text;
    }
    xs[count] = x;
    ys[count] = y;
    next[count] = -1;
    count++;
  }

  /** Puts glyph {@code i} at the head of its cell's chain. */
  private void insert(int i) {
    if (2 * (cells + 1) > cellKeys.length) {
      grow();
    }
    // A one-character string's hash code is its character.
    long key = key(cell(xs[i]), cell(ys[i]), chars[i] >= 0 ? chars[i] : texts[i].hashCode());
    int slot = find(key);
    if (cellKeys[slot] == EMPTY) {
      cellKeys[slot] = key;
      cellHeads[slot] = -1;
      cells++;
    }
    next[i] = cellHeads[slot];
    cellHeads[slot] = i;
  }

  /** The slot of {@code key}, or the empty slot where it would go. */
  private int find(long key) {
    int mask = cellKeys.length - 1;
    int slot = (int) (key ^ key >>> 29) & mask;
    while (cellKeys[slot] != EMPTY && cellKeys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = cellKeys;
    int[] oldHeads = cellHeads;
    cellKeys = new long[oldKeys.length * 2];
    cellHeads = new int[oldKeys.length * 2];
    Arrays.fill(cellKeys, EMPTY);
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != EMPTY) {
        int slot = find(oldKeys[s]);
        cellKeys[slot] = oldKeys[s];
        cellHeads[slot] = oldHeads[s];
      }
    }
  }

  private static int cell(float coordinate) {
    double c = Math.floor(coordinate / CELL);
    return c >= Integer.MAX_VALUE ? Integer.MAX_VALUE : c <= Integer.MIN_VALUE
        ? Integer.MIN_VALUE : (int) c;
  }

  /**
   * The key of a cell's chain of one text: glyphs of other texts never match, so they are kept
   * out of the chain. Keys may collide; every glyph found is compared in full.
   */
  private static long key(int cx, int cy, int textHash) {
    long key = cx * 0x9E3779B97F4A7C15L ^ cy * 0xC2B2AE3D27D4EB4FL ^ textHash;
    return key == EMPTY ? EMPTY + 1 : key;
  }
}
