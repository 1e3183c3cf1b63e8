package dev.imr.parser.internal.pdf;

import java.io.IOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jspecify.annotations.Nullable;

/**
 * The text of a PDF as PDFBox's {@code PDFTextStripper} with its default settings gives it, for
 * the PDFs the letters are: upright text in simple fonts with a standard encoding, one article a
 * page. It reads each page's content stream with {@link ContentTokens} (with PDFBox's tokenizer
 * where that refuses the stream) and follows only the operators that place text, placing every
 * glyph by the font's {@code /Widths} and the text and transformation matrices in the stripper's
 * own float arithmetic; then it breaks lines and inserts word spaces with the stripper's rules
 * (the same tolerances, the same duplicate-glyph suppression). No font program is loaded and no
 * text position object is made per glyph.
 *
 * <p>Whatever it does not reproduce exactly it refuses with {@link Unsupported} and the reason,
 * and the caller uses the stripper for that document: a composite, Type 3, embedded or
 * Unicode-mapped font, rotated, skewed or mirrored text, a rotated or offset page, form
 * XObjects, marked content with replacement text, thread beads, diacritics that the stripper
 * would merge, right-to-left or presentation-form text, and any content stream the stripper
 * would report as faulty.
 */
final class LeanText {

  /** The document needs the stripper; the message says why. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String reason) {
      super(reason, null, false, false);
    }
  }

  private static final float SPACING_TOLERANCE = .5f;
  private static final float AVERAGE_CHAR_TOLERANCE = .3f;

  private final Limits.Budget budget;
  /**
   * Each thread's duplicate-glyph tables and text buffer, kept from one document to the next: a
   * letter's pages fill them to the same size again, and making and growing them was a tenth of
   * the extraction of a one-page letter. Never shared: one document at a time per thread.
   */
  private static final ThreadLocal<DuplicateGlyphs> DUPLICATES =
      ThreadLocal.withInitial(DuplicateGlyphs::new);
  private static final ThreadLocal<char[]> BUFFERS =
      ThreadLocal.withInitial(() -> new char[16_384]);
  /** A buffer past this many characters (a document far longer than a letter) is not kept. */
  private static final int KEPT_BUFFER = 1 << 18;

  private final Chars text = new Chars(BUFFERS.get());
  private final Map<COSDictionary, Object> fonts = new IdentityHashMap<>();
  private final DuplicateGlyphs duplicates = DUPLICATES.get();
  private final List<COSBase> operands = new ArrayList<>();

  // Graphics state: the transformation matrix and the text state, saved by q and restored by Q.
  private final List<float[]> saved = new ArrayList<>();
  private float[] ctm = Operands.identity();
  private @Nullable SimpleFontMetrics font;
  private float fontSize;
  private float charSpacing;
  private float wordSpacing;
  private float horizontalScaling = 100;
  private float leading;
  private float rise;
  private final List<@Nullable SimpleFontMetrics> savedFonts = new ArrayList<>();

  // Text object state.
  private float @Nullable [] textMatrix;
  private float @Nullable [] textLineMatrix;

  // Page.
  private float pageHeight;
  private @Nullable COSDictionary resources;

  // The stripper's line and word state for the page.
  private boolean pageHasGlyph;
  private float maxYForLine;
  private float maxHeightForLine;
  private float endOfLastTextX;
  private float lastWordSpacing;
  private float previousAverageCharWidth;
  /** Whether the last glyph's text ends with a space (the stripper then adds none). */
  private boolean lastEndsWithSpace;
  private @Nullable String lastFontName;
  private float lastFontSize;
  private float lastX;
  private float lastWidth;
  private boolean lastDiacritic;

  private LeanText(Limits.Budget budget) {
    this.budget = budget;
  }

  /** The document's text, pages in order, {@code \n} line ends. */
  static String read(PDDocument document, Limits.Budget budget)
      throws Unsupported, IOException {
    LeanText reader = new LeanText(budget);
    try {
      int number = 0;
      for (PDPage page : document.getPages()) {
        number++;
        if (page.hasContents()) {
          reader.page(page, number);
        }
      }
      return reader.text.toString();
    } finally {
      reader.duplicates.trim();
      if (reader.text.chars.length <= KEPT_BUFFER) {
        BUFFERS.set(reader.text.chars);
      } else {
        BUFFERS.remove();
      }
    }
  }

  private void page(PDPage page, int number) throws Unsupported, IOException {
    if (page.getRotation() != 0) {
      throw new Unsupported("a rotated page");
    }
    PDRectangle crop = page.getCropBox();
    if (Float.compare(crop.getLowerLeftX(), 0) != 0 || Float.compare(crop.getLowerLeftY(), 0) != 0) {
      throw new Unsupported("a page whose crop box does not start at the origin");
    }
    if (page.getCOSObject().getDictionaryObject(COSName.B) instanceof COSArray beads
        && beads.size() > 0) {
      throw new Unsupported("article threads");
    }
    pageHeight = crop.getHeight();
    resources = page.getResources() == null ? null : page.getResources().getCOSObject();
    byte[] content = contents(page, "the content of page " + number);
    int start = text.length();
    try {
      run(new ContentTokens(content)::next);
    } catch (ContentTokens.Refused e) {
      // Written in a way only PDFBox's tokenizer reads exactly: the page again, with it.
      text.setLength(start);
      PDFStreamParser parser = new PDFStreamParser(content);
      run(() -> {
        Object token = parser.parseNextToken();
        return token instanceof Operator operator ? operator.getName() : token;
      });
    }
    // The stripper ends every page with a line end, whether it held text or not.
    text.append('\n');
    budget.checkText(text.length());
  }

  /** A source of a content stream's tokens: operands, operator names, then null. */
  private interface Tokens<E extends Exception> {
    @Nullable Object next() throws IOException, E;
  }

  /** Follows one page's content from the start of the page's state. */
  private <E extends Exception> void run(Tokens<E> tokens) throws Unsupported, IOException, E {
    ctm = Operands.identity();
    saved.clear();
    savedFonts.clear();
    font = null;
    fontSize = 0;
    charSpacing = 0;
    wordSpacing = 0;
    horizontalScaling = 100;
    leading = 0;
    rise = 0;
    textMatrix = null;
    textLineMatrix = null;
    duplicates.clear();
    pageHasGlyph = false;
    maxYForLine = -Float.MAX_VALUE;
    maxHeightForLine = -1;
    endOfLastTextX = -1;
    lastWordSpacing = -1;
    previousAverageCharWidth = -1;
    lastEndsWithSpace = false;
    operands.clear();
    Object token;
    while ((token = tokens.next()) != null) {
      if (token instanceof String operator) {
        operator(operator, operands);
        operands.clear();
      } else if (token instanceof COSBase operand) {
        operands.add(operand);
      }
    }
  }

  /** The page's content streams, decoded within the budget and joined. */
  private byte[] contents(PDPage page, String what) throws IOException, Unsupported {
    COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    if (contents instanceof COSStream stream) {
      return budget.decode(stream, what);
    }
    if (contents instanceof COSArray array) {
      List<byte[]> parts = new ArrayList<>();
      int length = 0;
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSStream stream) {
          byte[] part = budget.decode(stream, what);
          parts.add(part);
          length += part.length + 1;
        }
      }
      byte[] joined = new byte[length];
      int at = 0;
      for (byte[] part : parts) {
        System.arraycopy(part, 0, joined, at, part.length);
        at += part.length;
        joined[at++] = '\n';
      }
      return joined;
    }
    throw new Unsupported("page contents that are no stream");
  }

  private void operator(String name, List<COSBase> operands)
      throws Unsupported, IOException {
    switch (name) {
      case "q" -> {
        saved.add(new float[] {ctm[0], ctm[1], ctm[2], ctm[3], ctm[4], ctm[5], fontSize,
            charSpacing, wordSpacing, horizontalScaling, leading, rise});
        savedFonts.add(font);
      }
      case "Q" -> {
        if (saved.isEmpty()) {
          throw new Unsupported("a Q without its q");
        }
        float[] state = saved.remove(saved.size() - 1);
        font = savedFonts.remove(savedFonts.size() - 1);
        ctm = new float[] {state[0], state[1], state[2], state[3], state[4], state[5]};
        fontSize = state[6];
        charSpacing = state[7];
        wordSpacing = state[8];
        horizontalScaling = state[9];
        leading = state[10];
        rise = state[11];
      }
      case "cm" -> ctm = Operands.multiply(Operands.matrix(operands, 6), ctm);
      case "BT" -> {
        textMatrix = Operands.identity();
        textLineMatrix = Operands.identity();
      }
      case "ET" -> {
        textMatrix = null;
        textLineMatrix = null;
      }
      case "Tf" -> {
        if (operands.size() < 2 || !(operands.get(0) instanceof COSName fontName)
            || !(operands.get(1) instanceof COSNumber size)) {
          throw new Unsupported("a Tf without a font and size");
        }
        font = font(fontName);
        fontSize = size.floatValue();
      }
      case "Tc" -> charSpacing = Operands.number(operands, 0);
      case "Tw" -> wordSpacing = Operands.number(operands, 0);
      case "Tz" -> horizontalScaling = Operands.number(operands, 0);
      case "TL" -> leading = Operands.number(operands, 0);
      case "Ts" -> rise = Operands.number(operands, 0);
      case "Tr" -> Operands.number(operands, 0);
      case "Td" -> moveText(Operands.number(operands, 0), Operands.number(operands, 1));
      case "TD" -> {
        float ty = Operands.number(operands, 1);
        leading = -ty;
        moveText(Operands.number(operands, 0), ty);
      }
      case "T*" -> moveText(0, -leading);
      case "Tm" -> {
        inText();
        textMatrix = Operands.matrix(operands, 6);
        textLineMatrix = textMatrix.clone();
      }
      case "Tj" -> showText(Operands.string(operands, 0));
      case "'" -> {
        moveText(0, -leading);
        showText(Operands.string(operands, 0));
      }
      case "\"" -> {
        wordSpacing = Operands.number(operands, 0);
        charSpacing = Operands.number(operands, 1);
        moveText(0, -leading);
        showText(Operands.string(operands, 2));
      }
      case "TJ" -> showTextArray(operands);
      case "Do" -> drawObject(operands);
      case "gs" -> graphicsState(operands);
      case "BDC" -> markedContent(operands);
      case "d0", "d1" -> throw new Unsupported("Type 3 glyph procedures");
      default -> {
        // painting, colour, clipping, marked content without properties: no text
      }
    }
  }

  private void moveText(float tx, float ty) throws Unsupported {
    inText();
    // The stripper's engine: the line matrix is translated, and the text matrix set to it.
    float[] m = textLineMatrix;
    m[4] = tx * m[0] + ty * m[2] + m[4];
    m[5] = tx * m[1] + ty * m[3] + m[5];
    textMatrix = m.clone();
  }

  private void inText() throws Unsupported {
    if (textMatrix == null || textLineMatrix == null) {
      throw new Unsupported("text operators outside BT and ET");
    }
  }

  private SimpleFontMetrics font(COSName name) throws Unsupported {
    COSDictionary fontResources =
        resources == null ? null : resources.getCOSDictionary(COSName.FONT);
    COSDictionary dictionary =
        fontResources == null ? null : fontResources.getCOSDictionary(name);
    if (dictionary == null) {
      throw new Unsupported("font " + name.getName() + " is not in the page's resources");
    }
    Object metrics = fonts.computeIfAbsent(dictionary, SimpleFontMetrics::describe);
    if (metrics instanceof SimpleFontMetrics simple) {
      return simple;
    }
    throw new Unsupported((String) metrics);
  }

  private void showTextArray(List<COSBase> operands)
      throws Unsupported, IOException {
    if (operands.isEmpty() || !(operands.get(0) instanceof COSArray array)) {
      throw new Unsupported("a TJ without its array");
    }
    float scaling = horizontalScaling / 100f;
    for (int i = 0; i < array.size(); i++) {
      COSBase element = array.getObject(i);
      if (element instanceof COSNumber number) {
        inText();
        float tx = -number.floatValue() / 1000f * fontSize * scaling;
        float[] m = textMatrix;
        m[4] = m[4] + (tx * m[0] + 0f * m[2]);
        m[5] = m[5] + (tx * m[1] + 0f * m[3]);
      } else if (element instanceof COSString string) {
        showText(string.getBytes());
      } else {
        throw new Unsupported("a TJ array holding neither strings nor numbers");
      }
    }
  }

  private void showText(byte[] string) throws Unsupported, IOException {
    inText();
    SimpleFontMetrics current = font;
    if (current == null) {
      throw new Unsupported("text before any font is set");
    }
    if (string.length == 0) {
      return;
    }
    float scaling = horizontalScaling / 100f;
    float[] tm = textMatrix;
    float[] c = ctm;
    // The text rendering matrix, [size * scaling, 0, 0, size, 0, rise] x text matrix x CTM, in
    // the order of PDFBox's float arithmetic (terms that are exactly zero left out). Within one
    // string only its translation moves.
    float pa = fontSize * scaling;
    float a = pa * tm[0];
    float bb = pa * tm[1];
    float cc = fontSize * tm[2];
    float d = fontSize * tm[3];
    float trmA = a * c[0] + bb * c[2];
    float trmB = a * c[1] + bb * c[3];
    float trmC = cc * c[0] + d * c[2];
    float trmD = cc * c[1] + d * c[3];
    if (trmB != 0 || trmC != 0 || !(trmA > 0) || !(trmD > 0)) {
      throw new Unsupported("rotated, skewed or mirrored text");
    }
    float height = Math.abs(current.height * trmD);
    float spaceWidth = Math.abs(current.spaceWidth * trmA);
    // The matrices in locals: only the text matrix's translation changes, written back at the
    // end of the string; every expression is PDFBox's, in its order.
    float t0 = tm[0];
    float t1 = tm[1];
    float t2 = tm[2];
    float t3 = tm[3];
    float t4 = tm[4];
    float t5 = tm[5];
    float c0 = c[0];
    float c1 = c[1];
    float c2 = c[2];
    float c3 = c[3];
    float c4 = c[4];
    float c5 = c[5];
    float riseX = rise * t2;
    float riseY = rise * t3;
    for (byte b : string) {
      int code = b & 0xff;
      float e = riseX + t4;
      float f = riseY + t5;
      float trmE = e * c0 + f * c2 + c4;
      float trmF = e * c1 + f * c3 + c5;
      float displacement = current.width(code) / 1000;
      // where the stripper's engine puts the glyph's end: without char and word spacing, the
      // x of [1 0 0 1 legacyTx 0] x text matrix x CTM
      float legacyTx = displacement * fontSize * scaling;
      float nextX = (legacyTx * t0 + 0f * t2 + t4) * c0 + (legacyTx * t1 + 0f * t3 + t5) * c2 + c4;
      glyph(current, code, trmE, trmF, nextX, height, spaceWidth);
      float spacing = code == 32 ? wordSpacing : 0;
      float tx = (displacement * fontSize + charSpacing + spacing) * scaling;
      t4 = t4 + (tx * t0 + 0f * t2);
      t5 = t5 + (tx * t1 + 0f * t3);
    }
    tm[4] = t4;
    tm[5] = t5;
  }

  /** One glyph, placed as the stripper places it; then its line and word logic. */
  private void glyph(SimpleFontMetrics current, int code, float trmE, float trmF, float nextX,
      float height, float spaceWidth) throws Unsupported, IOException {
    String unicode = current.unicode(code);
    int plain = current.plain(code);
    float x = trmE;
    float y = pageHeight - trmF;
    float width = Math.abs(nextX - trmE);
    boolean diacritic = false;
    if (plain < 0) {
      checkCharacters(unicode);
      diacritic = isDiacritic(unicode);
    }

    // width / 1 is width: a plain glyph's tolerance with one division fewer, the same float
    float tolerance = plain >= 0 ? width / 3.0f : width / unicode.length() / 3.0f;
    if (duplicates.seen(unicode, plain, x, y, tolerance)) {
      return;
    }
    if (pageHasGlyph && (diacritic || lastDiacritic)) {
      // The stripper merges a diacritic into the glyph it overlaps: not reproduced here.
      double end = (double) lastX + lastWidth;
      if (x < end && (double) x + width > lastX) {
        throw new Unsupported("a diacritic placed over another glyph");
      }
    }

    if (pageHasGlyph && (Float.compare(fontSize, lastFontSize) != 0
        || !current.name.equals(lastFontName))) {
      previousAverageCharWidth = -1;
    }
    float deltaSpace;
    if (spaceWidth == 0 || Float.isNaN(spaceWidth)) {
      deltaSpace = Float.MAX_VALUE;
    } else if (lastWordSpacing < 0) {
      deltaSpace = spaceWidth * SPACING_TOLERANCE;
    } else {
      deltaSpace = (spaceWidth + lastWordSpacing) / 2f * SPACING_TOLERANCE;
    }
    float averageCharWidth = previousAverageCharWidth < 0 ? width / 1
        : (previousAverageCharWidth + width / 1) / 2f;
    float deltaCharWidth = averageCharWidth * AVERAGE_CHAR_TOLERANCE;
    float expectedStartOfNextWordX = -Float.MAX_VALUE;
    if (endOfLastTextX != -1) {
      expectedStartOfNextWordX = endOfLastTextX
          + (deltaCharWidth > deltaSpace ? deltaSpace : deltaCharWidth);
    }
    if (pageHasGlyph) {
      if (!overlap(y, height, maxYForLine, maxHeightForLine)) {
        text.append('\n');
        expectedStartOfNextWordX = -Float.MAX_VALUE;
        maxYForLine = -Float.MAX_VALUE;
        maxHeightForLine = -1;
      }
      if (expectedStartOfNextWordX != -Float.MAX_VALUE && expectedStartOfNextWordX < x
          && !lastEndsWithSpace) {
        text.append(' ');
      }
    }
    if (y >= maxYForLine) {
      maxYForLine = y;
    }
    endOfLastTextX = x + width;
    if (plain >= 0) {
      text.append((char) plain);
    } else {
      text.append(unicode);
    }
    budget.checkText(text.length());
    maxHeightForLine = Math.max(maxHeightForLine, height);
    pageHasGlyph = true;
    lastEndsWithSpace = plain >= 0 ? plain == ' ' : unicode.endsWith(" ");
    lastFontName = current.name;
    lastFontSize = fontSize;
    lastX = x;
    lastWidth = width;
    lastDiacritic = diacritic;
    lastWordSpacing = spaceWidth;
    previousAverageCharWidth = averageCharWidth;
  }

  private static boolean overlap(float y1, float height1, float y2, float height2) {
    return within(y1, y2, .1f) || y2 <= y1 && y2 >= y1 - height1
        || y1 <= y2 && y1 >= y2 - height2;
  }

  private static boolean within(float first, float second, float variance) {
    return second < first + variance && second > first - variance;
  }

  /** Text the stripper would rewrite: right-to-left text, presentation forms and ligatures. */
  private static void checkCharacters(String unicode) throws Unsupported {
    for (int i = 0; i < unicode.length(); i++) {
      char c = unicode.charAt(i);
      if (c < 0x0590) {
        continue;
      }
      if (c >= 0xFB00 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF
          || Bidi.requiresBidi(unicode.toCharArray(), 0, unicode.length())) {
        throw new Unsupported("characters the stripper reorders or normalises");
      }
    }
  }

  private static boolean isDiacritic(String unicode) {
    if (unicode.length() != 1) {
      return false;
    }
    int type = Character.getType(unicode.charAt(0));
    return type == Character.NON_SPACING_MARK || type == Character.MODIFIER_SYMBOL
        || type == Character.MODIFIER_LETTER;
  }

  private void drawObject(List<COSBase> operands) throws Unsupported {
    if (operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
      throw new Unsupported("a Do without a name");
    }
    COSDictionary xobjects =
        resources == null ? null : resources.getCOSDictionary(COSName.XOBJECT);
    COSBase xobject = xobjects == null ? null : xobjects.getDictionaryObject(name);
    if (xobject instanceof COSStream stream
        && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
      return; // an image holds no text
    }
    throw new Unsupported("a form XObject");
  }

  private void graphicsState(List<COSBase> operands) throws Unsupported {
    if (operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
      throw new Unsupported("a gs without a name");
    }
    COSDictionary states =
        resources == null ? null : resources.getCOSDictionary(COSName.EXT_G_STATE);
    COSDictionary state = states == null ? null : states.getCOSDictionary(name);
    if (state == null) {
      throw new Unsupported("a graphics state not in the page's resources");
    }
    if (state.containsKey(COSName.FONT)) {
      throw new Unsupported("a graphics state that sets the font");
    }
  }

  private void markedContent(List<COSBase> operands) throws Unsupported {
    if (operands.size() < 2) {
      return;
    }
    COSBase properties = operands.get(1);
    COSDictionary dictionary = null;
    if (properties instanceof COSDictionary inline) {
      dictionary = inline;
    } else if (properties instanceof COSName name) {
      COSDictionary named =
          resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
      dictionary = named == null ? null : named.getCOSDictionary(name);
    }
    if (dictionary != null && dictionary.containsKey(COSName.ACTUAL_TEXT)) {
      throw new Unsupported("marked content with replacement text");
    }
  }
}
