package dev.imr.parser.internal.pdf;

import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;

/**
 * The operands of content-stream operators as {@link LeanText} reads them, and its matrix
 * arithmetic as PDFBox's.
 */
final class Operands {

  private Operands() {}

  static float number(List<COSBase> operands, int index) throws LeanText.Unsupported {
    if (operands.size() <= index || !(operands.get(index) instanceof COSNumber number)) {
      throw new LeanText.Unsupported("an operator without its numbers");
    }
    return number.floatValue();
  }

  static byte[] string(List<COSBase> operands, int index) throws LeanText.Unsupported {
    if (operands.size() <= index || !(operands.get(index) instanceof COSString string)) {
      throw new LeanText.Unsupported("a text operator without its string");
    }
    return string.getBytes();
  }

  static float[] matrix(List<COSBase> operands, int count) throws LeanText.Unsupported {
    if (operands.size() < count) {
      throw new LeanText.Unsupported("a matrix operator without its six numbers");
    }
    float[] m = new float[6];
    for (int i = 0; i < 6; i++) {
      m[i] = number(operands, i);
    }
    return m;
  }

  static float[] identity() {
    return new float[] {1, 0, 0, 1, 0, 0};
  }

  /** {@code a x b} as PDFBox's {@code Matrix.multiply} computes it, in float. */
  static float[] multiply(float[] a, float[] b) {
    return new float[] {
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5]};
  }
}
