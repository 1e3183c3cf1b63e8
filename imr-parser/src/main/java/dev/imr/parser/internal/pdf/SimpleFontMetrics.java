package dev.imr.parser.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.afm.FontMetrics;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.jspecify.annotations.Nullable;

/**
 * What the text extraction needs of a simple font, read from its dictionary alone: the width of
 * each code (the font's {@code /Widths}, or the standard-14 metrics PDFBox ships), the Unicode
 * text of each code (its encoding's glyph names through the Adobe glyph list), the glyph height
 * and the width of a space, each computed as PDFBox's text stripper computes it. The font program
 * is never loaded, so no system font is looked up. A font this cannot describe exactly (a
 * composite or Type 3 font, a {@code /ToUnicode} map, {@code /Differences}, a symbol font, a
 * width that only the font program gives) is {@linkplain #describe refused} with the reason.
 */
final class SimpleFontMetrics {

  /** The glyph list PDFBox's stripper maps glyph names with: Adobe's plus PDFBox's additions. */
  private static final GlyphList GLYPHS = additionalGlyphList();

  /** The text of each code of each standard encoding (PDFBox's encodings are singletons). */
  private static final Map<Encoding, Texts> TEXTS = new ConcurrentHashMap<>();

  final String name;
  private final float[] widths;
  /** Shared by every font of the same encoding; never written after it is made. */
  private final String[] unicode;
  /** Shared likewise: each code's one character where it is plain, else -1. */
  private final int[] plain;
  /** The glyph height in text space units (per unit of font size), as the stripper takes it. */
  final float height;
  /** The width of a space in text space units (per unit of font size). */
  final float spaceWidth;

  private SimpleFontMetrics(String name, float[] widths, Texts texts, float height,
      float spaceWidth) {
    this.name = name;
    this.widths = widths;
    this.unicode = texts.unicode;
    this.plain = texts.plain;
    this.height = height;
    this.spaceWidth = spaceWidth;
  }

  /** The width of {@code code} in glyph units (thousandths of the font size). */
  float width(int code) {
    return widths[code];
  }

  /** The text of {@code code}. */
  String unicode(int code) {
    return unicode[code];
  }

  /**
   * The text of {@code code} when it is one character that the stripper takes as it is (no
   * diacritic, nothing it reorders or normalises), else -1.
   */
  int plain(int code) {
    return plain[code];
  }

  /** The font's metrics, or the reason they cannot be had without the font program. */
  static Object describe(COSDictionary font) {
    COSName subtype = font.getCOSName(COSName.SUBTYPE);
    if (!COSName.TRUE_TYPE.equals(subtype) && !COSName.TYPE1.equals(subtype)
        && !COSName.MM_TYPE1.equals(subtype)) {
      return "a font of type " + (subtype == null ? "(none)" : subtype.getName());
    }
    String name = font.getNameAsString(COSName.BASE_FONT);
    if (name == null) {
      return "a font without a name";
    }
    if (font.containsKey(COSName.TO_UNICODE)) {
      return "a font with its own Unicode map";
    }
    Encoding encoding = null;
    COSBase encodingEntry = font.getDictionaryObject(COSName.ENCODING);
    if (encodingEntry instanceof COSName encodingName) {
      encoding = Encoding.getInstance(encodingName);
    }
    if (encoding == null) {
      return "the encoding of font " + name;
    }
    Standard14Fonts.FontName standard = Standard14Fonts.getMappedFontName(name);
    if (standard == Standard14Fonts.FontName.SYMBOL
        || standard == Standard14Fonts.FontName.ZAPF_DINGBATS) {
      return "the symbol font " + name;
    }
    if (font.getCOSDictionary(COSName.FONT_DESC) != null) {
      COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
      if (descriptor.containsKey(COSName.FONT_FILE) || descriptor.containsKey(COSName.FONT_FILE2)
          || descriptor.containsKey(COSName.FONT_FILE3)) {
        return "the embedded font " + name;
      }
    }
    FontMetrics afm = Standard14Fonts.getAFM(name);
    Descriptor descriptor = Descriptor.of(font, afm);
    if (descriptor == null) {
      return "font " + name + " has no font descriptor";
    }

    float[] widths = new float[256];
    boolean widthsGiven = font.getDictionaryObject(COSName.WIDTHS) != null
        || font.containsKey(COSName.MISSING_WIDTH);
    COSArray widthArray = font.getCOSArray(COSName.WIDTHS);
    if (font.getDictionaryObject(COSName.WIDTHS) != null && widthArray == null) {
      return "font " + name + " has widths that are no array";
    }
    int firstChar = font.getInt(COSName.FIRST_CHAR, -1);
    int lastChar = font.getInt(COSName.LAST_CHAR, -1);
    int count = widthArray == null ? 0 : widthArray.size();
    for (int code = 0; code < 256; code++) {
      int index = code - firstChar;
      if (widthsGiven) {
        if (count > 0 && code >= firstChar && code <= lastChar && index < count) {
          COSBase width = widthArray.getObject(index);
          widths[code] = width instanceof COSNumber number ? number.floatValue() : 0f;
        } else {
          widths[code] = descriptor.missingWidth;
        }
      } else if (afm != null) {
        String glyph = encoding.getName(code);
        if (".notdef".equals(glyph)) {
          widths[code] = 250f;
        } else {
          if ("nbspace".equals(glyph)) {
            glyph = "space";
          } else if ("sfthyphen".equals(glyph)) {
            glyph = "hyphen";
          }
          widths[code] = afm.getCharacterWidth(glyph);
        }
      } else {
        return "font " + name + " gives its widths only in the font program";
      }
    }
    Texts unicode = TEXTS.computeIfAbsent(encoding, SimpleFontMetrics::texts);
    float space = widths[32];
    if (space <= 0) {
      return "font " + name + " has no width for a space";
    }
    return new SimpleFontMetrics(name, widths, unicode, descriptor.glyphHeight() / 1000,
        space * (1 / 1000f));
  }

  /** The font descriptor's figures the stripper uses, from the dictionary or the AFM. */
  private record Descriptor(BoundingBox box, float capHeight, float ascent, float descent,
      float missingWidth) {

    static @Nullable Descriptor of(COSDictionary font, @Nullable FontMetrics afm) {
      COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
      if (descriptor != null) {
        COSArray box = descriptor.getCOSArray(COSName.FONT_BBOX);
        if (box == null) {
          return null;
        }
        PDRectangle rectangle = new PDRectangle(box);
        if (rectangle.getLowerLeftX() == 0 && rectangle.getLowerLeftY() == 0
            && rectangle.getUpperRightX() == 0 && rectangle.getUpperRightY() == 0) {
          return null; // PDFBox would take the box from the font program
        }
        return new Descriptor(new BoundingBox(rectangle.getLowerLeftX(),
            rectangle.getLowerLeftY(), rectangle.getUpperRightX(), rectangle.getUpperRightY()),
            Math.abs(descriptor.getFloat(COSName.CAP_HEIGHT, 0)),
            descriptor.getFloat(COSName.ASCENT, 0), descriptor.getFloat(COSName.DESCENT, 0),
            descriptor.getFloat(COSName.MISSING_WIDTH, 0));
      }
      if (afm == null) {
        return null;
      }
      BoundingBox box = afm.getFontBBox();
      return new Descriptor(box, Math.abs(afm.getCapHeight()), afm.getAscender(),
          afm.getDescender(), 0);
    }

    /** Half the box, or the cap height, or half of ascent to descent: the stripper's choice. */
    float glyphHeight() {
      float glyphHeight = box.getHeight() / 2;
      if (Float.compare(capHeight, 0) != 0
          && (capHeight < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
        glyphHeight = capHeight;
      }
      if (ascent > 0 && descent < 0
          && ((ascent - descent) / 2 < glyphHeight || glyphHeight == 0)) {
        glyphHeight = (ascent - descent) / 2;
      }
      return glyphHeight;
    }
  }

  /** Each code's text, and its one character where that is plain (see {@link #plain}). */
  private record Texts(String[] unicode, int[] plain) {}

  private static Texts texts(Encoding encoding) {
    String[] texts = new String[256];
    int[] plain = new int[256];
    for (int code = 0; code < 256; code++) {
      String text = GLYPHS.toUnicode(encoding.getName(code));
      texts[code] = text != null ? text : String.valueOf((char) code);
      plain[code] = -1;
      if (texts[code].length() == 1) {
        char c = texts[code].charAt(0);
        int type = Character.getType(c);
        if (c < 0x0590 && type != Character.NON_SPACING_MARK
            && type != Character.MODIFIER_SYMBOL && type != Character.MODIFIER_LETTER) {
          plain[code] = c;
        }
      }
    }
    return new Texts(texts, plain);
  }

  private static GlyphList additionalGlyphList() {
    String path = "/org/apache/pdfbox/resources/glyphlist/additional.txt";
    try (InputStream input = GlyphList.class.getResourceAsStream(path)) {
      if (input == null) {
        throw new IllegalStateException("PDFBox's " + path + " is missing");
      }
      return new GlyphList(GlyphList.getAdobeGlyphList(), input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name + Arrays.toString(Arrays.copyOf(widths, 4));
  }
}
