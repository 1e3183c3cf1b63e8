package dev.imr.parser.internal.pdf;

import java.util.Arrays;

/** The text so far: a StringBuilder's job without its checks on every character. */
final class Chars {
  char[] chars; // read by LeanText to keep the buffer for the next document
  private int length;

  Chars(char[] chars) {
    this.chars = chars;
  }

  int length() {
    return length;
  }

  void setLength(int length) {
    this.length = length;
  }

  void append(char c) {
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, length * 2);
    }
    chars[length++] = c;
  }

  void append(String s) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i));
    }
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
