package dev.imr.parser.internal.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text stripper's suppression of duplicate overlapping glyphs (word processors draw bold
 * text twice, a hair apart): a glyph is dropped when the same text was already drawn on the page
 * at less than a third of its width from it, horizontally and vertically, with the stripper's
 * half-open bounds. Text drawn in reading order cannot repeat an earlier glyph, and that is
 * proved with a few comparisons per glyph; only when a page's text goes back over itself are its
 * glyphs put in a grid and looked up.
 */
final class DuplicateGlyphs {

  private static final float CELL = 16f;
  private static final int MAX_CELLS = 64;

  private String[] texts = new String[1024];
  private float[] xs = new float[1024];
  private float[] ys = new float[1024];
  private int count;

  // Glyphs before the current run all lie above closedMaxY; the run's glyphs lie in
  // [runMinY, runMaxY] and left of runMaxX.
  private float closedMaxY;
  private float runMinY;
  private float runMaxY;
  private float runMaxX;
  private boolean runEmpty;
  private final Map<Long, List<Integer>> grid = new HashMap<>();
  private boolean gridMode;

  DuplicateGlyphs() {
    clear();
  }

  /** Forgets the page. */
  void clear() {
    count = 0;
    closedMaxY = -Float.MAX_VALUE;
    runEmpty = true;
    grid.clear();
    gridMode = false;
  }

  /**
   * True when {@code text} at ({@code x}, {@code y}) repeats a glyph already drawn within
   * {@code tolerance}; otherwise records it and returns false.
   */
  boolean seen(String text, float x, float y, float tolerance) {
    float lowX = x - tolerance;
    float highX = x + tolerance;
    float lowY = y - tolerance;
    float highY = y + tolerance;
    if (!gridMode) {
      boolean clearOfRun = runEmpty || runMaxX < lowX || runMaxY < lowY || runMinY >= highY;
      if (closedMaxY < lowY && clearOfRun) {
        if (!runEmpty && runMaxY < lowY) {
          closedMaxY = Math.max(closedMaxY, runMaxY);
          runEmpty = true;
        }
        if (runEmpty) {
          runMinY = y;
          runMaxY = y;
          runMaxX = x;
          runEmpty = false;
        } else {
          runMinY = Math.min(runMinY, y);
          runMaxY = Math.max(runMaxY, y);
          runMaxX = Math.max(runMaxX, x);
        }
        record(text, x, y);
        return false;
      }
      gridMode = true;
      for (int i = 0; i < count; i++) {
        grid.computeIfAbsent(key(cell(xs[i]), cell(ys[i])), k -> new ArrayList<>()).add(i);
      }
    }
    if (!(tolerance > 0) || !matches(text, lowX, highX, lowY, highY)) {
      record(text, x, y);
      grid.computeIfAbsent(key(cell(x), cell(y)), k -> new ArrayList<>()).add(count - 1);
      return false;
    }
    return true;
  }

  private boolean matches(String text, float lowX, float highX, float lowY, float highY) {
    long fromX = cell(lowX);
    long toX = cell(highX);
    long fromY = cell(lowY);
    long toY = cell(highY);
    if ((toX - fromX + 1) * (toY - fromY + 1) > MAX_CELLS) {
      for (int i = 0; i < count; i++) {
        if (inside(i, text, lowX, highX, lowY, highY)) {
          return true;
        }
      }
      return false;
    }
    for (long cx = fromX; cx <= toX; cx++) {
      for (long cy = fromY; cy <= toY; cy++) {
        List<Integer> glyphs = grid.get(key(cx, cy));
        if (glyphs != null) {
          for (int i : glyphs) {
            if (inside(i, text, lowX, highX, lowY, highY)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private boolean inside(int i, String text, float lowX, float highX, float lowY, float highY) {
    return xs[i] >= lowX && xs[i] < highX && ys[i] >= lowY && ys[i] < highY
        && texts[i].equals(text);
  }

  private void record(String text, float x, float y) {
    if (count == xs.length) {
      texts = Arrays.copyOf(texts, count * 2);
      xs = Arrays.copyOf(xs, count * 2);
      ys = Arrays.copyOf(ys, count * 2);
    }
    texts[count] = text;
    xs[count] = x;
    ys[count] = y;
    count++;
  }

  private static long cell(float coordinate) {
    return (long) Math.floor(coordinate / CELL);
  }

  private static long key(long cx, long cy) {
    return (cx << 32) ^ (cy & 0xffffffffL);
  }
}
