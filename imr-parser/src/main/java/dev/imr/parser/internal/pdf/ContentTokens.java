package dev.imr.parser.internal.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.jspecify.annotations.Nullable;

/**
 * A content stream's tokens as PDFBox's {@code PDFStreamParser} gives them, for streams written
 * plainly: numbers, names, strings, arrays, dictionaries and the standard operators. Numbers are
 * read without making a string of each, and strings and arrays without PDFBox's look-ahead for
 * broken syntax. Anything PDFBox reads with a rule of its own (comments, inline images, nested or
 * line-broken literal strings, escapes other than the standard ones, names with {@code #}, signs
 * inside numbers, {@code true}, {@code false}, {@code null}, an unknown operator, a stray
 * delimiter) is {@linkplain Refused refused}, and the caller tokenizes the stream with PDFBox.
 */
final class ContentTokens {

  /** The stream holds something only PDFBox's tokenizer reads as PDFBox reads it. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null, false, false);
    }
  }

  private static final Refused REFUSED = new Refused();

  /** The operators a page's content may hold (ISO 32000-1, table 51), but inline images'. */
  private static final String[] OPERATORS = {"b", "B", "b*", "B*", "BDC", "BMC", "BT", "BX", "c",
      "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP", "EMC", "ET", "EX", "f", "F", "f*", "G", "g",
      "gs", "h", "i", "j", "J", "K", "k", "l", "m", "M", "MP", "n", "q", "Q", "re", "RG", "rg",
      "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ",
      "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\""};
  private static final int[] OPERATOR_KEYS;
  private static final String[] OPERATOR_NAMES;

  static {
    String[] sorted = OPERATORS.clone();
    Arrays.sort(sorted, (a, b) -> Integer.compare(key(a), key(b)));
    OPERATOR_KEYS = Arrays.stream(sorted).mapToInt(ContentTokens::key).toArray();
    OPERATOR_NAMES = sorted;
  }

  private static final float[] POWERS_OF_TEN = {1f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f,
      1e8f, 1e9f, 1e10f};
  private static final int NESTING = 32;

  private final byte[] bytes;
  private int at;
  private byte[] scratch = new byte[64];

  ContentTokens(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * The next token: an operand ({@link COSBase}) or an operator's name ({@link String}, one of
   * the interned constants of this class); null at the end of the stream.
   */
  @Nullable Object next() throws Refused {
    skipSpaces();
    if (at >= bytes.length) {
      return null;
    }
    int c = bytes[at] & 0xff;
    if (isOperatorByte(c) && !isNumberStart(c)) {
      return operator();
    }
    return operand(0);
  }

  private COSBase operand(int depth) throws Refused {
    if (depth > NESTING) {
      throw REFUSED;
    }
    int c = bytes[at] & 0xff;
    switch (c) {
      case '/' -> {
        return name();
      }
      case '(' -> {
        return literalString();
      }
      case '[' -> {
        at++;
        COSArray array = new COSArray();
        while (true) {
          skipSpaces();
          if (at >= bytes.length) {
            throw REFUSED;
          }
          if (bytes[at] == ']') {
            at++;
            return array;
          }
          array.add(operand(depth + 1));
        }
      }
      case '<' -> {
        if (at + 1 < bytes.length && bytes[at + 1] == '<') {
          return dictionary(depth);
        }
        return hexString();
      }
      default -> {
        if (isNumberStart(c)) {
          return number();
        }
        throw REFUSED;
      }
    }
  }

  private COSDictionary dictionary(int depth) throws Refused {
    at += 2;
    COSDictionary dictionary = new COSDictionary();
    while (true) {
      skipSpaces();
      if (at + 1 < bytes.length && bytes[at] == '>' && bytes[at + 1] == '>') {
        at += 2;
        return dictionary;
      }
      if (at >= bytes.length || bytes[at] != '/') {
        throw REFUSED;
      }
      COSName key = name();
      skipSpaces();
      if (at >= bytes.length) {
        throw REFUSED;
      }
      COSBase value = operand(depth + 1);
      // PDFBox reads "1 0 R" as a reference; that, and a key given twice, it reads its own way.
      if (dictionary.containsKey(key) || value instanceof COSInteger && followedByReference()) {
        throw REFUSED;
      }
      dictionary.setItem(key, value);
    }
  }

  /** True when an integer and {@code R} may follow: a reference, which only PDFBox reads. */
  private boolean followedByReference() {
    for (int i = at; i < bytes.length; i++) {
      int c = bytes[i] & 0xff;
      if (c == 'R') {
        return true;
      }
      if (!(isWhitespace(c) || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return false;
  }

  private String operator() throws Refused {
    int start = at;
    while (at < bytes.length && isOperatorByte(bytes[at] & 0xff)) {
      at++;
    }
    if (at < bytes.length) {
      int end = bytes[at] & 0xff;
      // PDFBox ends an operator at white space or the start of an operand, at nothing else.
      if (!isWhitespace(end) && end != '(' && end != '<' && end != '[' && end != '/') {
        throw REFUSED;
      }
    }
    int length = at - start;
    if (length > 3) {
      throw REFUSED;
    }
    int key = 0;
    for (int i = 0; i < length; i++) {
      key = key << 8 | bytes[start + i] & 0xff;
    }
    int index = Arrays.binarySearch(OPERATOR_KEYS, key);
    if (index < 0) {
      throw REFUSED;
    }
    return OPERATOR_NAMES[index];
  }

  private static int key(String operator) {
    int key = 0;
    for (int i = 0; i < operator.length(); i++) {
      key = key << 8 | operator.charAt(i);
    }
    return key;
  }

  private COSName name() throws Refused {
    int start = ++at;
    while (at < bytes.length) {
      int c = bytes[at] & 0xff;
      if (isWhitespace(c) || isDelimiter(c)) {
        break;
      }
      if (c == '#' || c < 0x21 || c > 0x7e) {
        throw REFUSED;
      }
      at++;
    }
    return COSName.getPDFName(new String(bytes, start, at - start, StandardCharsets.US_ASCII));
  }

  /**
   * A number as PDFBox reads one: an optional sign, digits and at most one point, ending at the
   * first other byte. A sign inside it, which PDFBox drops, is refused.
   */
  private COSBase number() throws Refused {
    int start = at;
    int c = bytes[at] & 0xff;
    boolean negative = c == '-';
    boolean point = c == '.';
    long mantissa = c >= '0' && c <= '9' ? c - '0' : 0;
    int digits = c >= '0' && c <= '9' ? 1 : 0;
    int significant = digits > 0 && mantissa > 0 ? 1 : 0;
    int fraction = 0;
    at++;
    while (at < bytes.length) {
      c = bytes[at] & 0xff;
      if (c >= '0' && c <= '9') {
        digits++;
        if (significant > 0 || c != '0') {
          significant++;
        }
        if (significant > 18) {
          throw REFUSED;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (point) {
          fraction++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else if (c == '-') {
        throw REFUSED;
      } else {
        break;
      }
      at++;
    }
    if (digits == 0 || at < bytes.length && (c == '+' || c == '.' || c == 'e' || c == 'E')) {
      // "-", "+", "." or "-." alone, or a number run into a sign or an exponent: PDFBox's own
      // readings, which differ in arrays and dictionaries
      throw REFUSED;
    }
    if (!point) {
      return COSInteger.get(negative ? -mantissa : mantissa);
    }
    // Trailing zeros of the fraction change nothing; without them most numbers are exact.
    while (fraction > 0 && mantissa % 10 == 0) {
      mantissa /= 10;
      fraction--;
    }
    float value;
    if (mantissa == 0) {
      value = 0f; // PDFBox makes -0.0 zero
    } else if (mantissa < 1L << 24 && fraction < POWERS_OF_TEN.length) {
      // Both exact in float: the quotient is the correctly rounded value, as parseFloat gives.
      value = mantissa / POWERS_OF_TEN[fraction];
      if (negative) {
        value = -value;
      }
    } else {
      value = Float.parseFloat(new String(bytes, start, at - start, StandardCharsets.US_ASCII));
    }
    return new COSFloat(value);
  }

  /** A literal string without nesting or line breaks, and only the standard escapes. */
  private COSString literalString() throws Refused {
    at++;
    int length = 0;
    while (true) {
      if (at >= bytes.length) {
        throw REFUSED;
      }
      int c = bytes[at++] & 0xff;
      if (c == ')') {
        return new COSString(Arrays.copyOf(scratch, length));
      }
      if (c == '(' || c == '\r' || c == '\n') {
        throw REFUSED;
      }
      if (c == '\\') {
        if (at >= bytes.length) {
          throw REFUSED;
        }
        c = bytes[at++] & 0xff;
        switch (c) {
          case 'n' -> c = '\n';
          case 'r' -> c = '\r';
          case 't' -> c = '\t';
          case 'b' -> c = '\b';
          case 'f' -> c = '\f';
          case '(', ')', '\\' -> {
            // the character itself
          }
          default -> {
            if (c < '0' || c > '7') {
              throw REFUSED;
            }
            int octal = c - '0';
            for (int k = 0; k < 2 && at < bytes.length && bytes[at] >= '0' && bytes[at] <= '7';
                k++) {
              octal = octal * 8 + bytes[at++] - '0';
            }
            c = octal & 0xff;
          }
        }
      }
      if (length == scratch.length) {
        scratch = Arrays.copyOf(scratch, length * 2);
      }
      scratch[length++] = (byte) c;
    }
  }

  /** A hexadecimal string of digits and white space. */
  private COSString hexString() throws Refused {
    at++;
    int length = 0;
    int high = -1;
    while (true) {
      if (at >= bytes.length) {
        throw REFUSED;
      }
      int c = bytes[at++] & 0xff;
      if (c == '>') {
        break;
      }
      if (isWhitespace(c)) {
        continue;
      }
      int digit = Character.digit(c, 16);
      if (digit < 0) {
        throw REFUSED;
      }
      if (high < 0) {
        high = digit;
      } else {
        if (length == scratch.length) {
          scratch = Arrays.copyOf(scratch, length * 2);
        }
        scratch[length++] = (byte) (high << 4 | digit);
        high = -1;
      }
    }
    if (high >= 0) {
      if (length == scratch.length) {
        scratch = Arrays.copyOf(scratch, length * 2);
      }
      scratch[length++] = (byte) (high << 4);
    }
    return new COSString(Arrays.copyOf(scratch, length));
  }

  private void skipSpaces() {
    while (at < bytes.length && isWhitespace(bytes[at] & 0xff)) {
      at++;
    }
  }

  private static boolean isNumberStart(int c) {
    return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.';
  }

  private static boolean isOperatorByte(int c) {
    return !isWhitespace(c) && !isDelimiter(c);
  }

  /** PDFBox's white space: NUL, tab, line feed, form feed, carriage return, space. */
  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0 || c == '\f';
  }

  private static boolean isDelimiter(int c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{'
        || c == '}' || c == '/' || c == '%';
  }
}
