package dev.imr.parser.internal.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A {@link CharStream} over UTF-16 code units, so that token offsets are {@code String} indexes.
 * ANTLR's own streams count code points, which would shift every offset after an astral
 * character; our grammar only ever matches such characters inside runs of free text.
 */
public final class Utf16CharStream implements CharStream {

  // Read in place: a copy as a char array would cost two bytes a character of every letter.
  private final String text;
  private final int length;
  private final String sourceName;
  private int position;

  public Utf16CharStream(String text, String sourceName) {
    this.text = text;
    this.length = text.length();
    this.sourceName = sourceName;
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.max(0, interval.a);
    int stop = Math.min(text.length() - 1, interval.b);
    return start > stop ? "" : text.substring(start, stop + 1);
  }

  @Override
  public void consume() {
    if (position >= length) {
      throw new IllegalStateException("cannot consume EOF");
    }
    position++;
  }

  @Override
  public int LA(int i) {
    if (i == 1) {
      return position < length ? text.charAt(position) : IntStream.EOF;
    }
    if (i == 0) {
      return 0;
    }
    int index = i > 0 ? position + i - 1 : position + i;
    if (index < 0 || index >= length) {
      return IntStream.EOF;
    }
    return text.charAt(index);
  }

  /** The first line break or colon at or after {@code from}, or the text's end. */
  int freeTextEnd(int from) {
    int i = from;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '\n' || c == ':') {
        break;
      }
      i++;
    }
    return i;
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public int index() {
    return position;
  }

  @Override
  public void seek(int index) {
    position = Math.min(Math.max(0, index), text.length());
  }

  @Override
  public int size() {
    return text.length();
  }

  @Override
  public String getSourceName() {
    return sourceName;
  }
}
