package dev.imr.parser.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Caps on what one PDF may make the extraction hold, each against an attack.
 *
 * @param maxDecodedBytes bytes that the PDF's streams may decode to, all together. A PDF bomb is
 *     a small file whose stream inflates a thousandfold (2 MB on disk, 2 GB decoded), which
 *     would exhaust the heap; a real letter's streams decode to well under 1 MB. Streams that
 *     inflate are measured as they inflate; streams of other filters (LZW, run length) are
 *     decoded by PDFBox whole before they are counted, and the compressed object streams PDFBox
 *     reads while opening the file are not counted.
 * @param maxTextChars characters of extracted text. A letter's text is 5 to 30 thousand
 *     characters; a PDF that draws millions of glyphs is no letter, and its text would be held
 *     whole and parsed.
 */
public record Limits(long maxDecodedBytes, int maxTextChars) {

  /** 64 MiB decoded and 4 million characters: a hundred times the largest real letter. */
  public static final Limits DEFAULT = new Limits(64L << 20, 4_000_000);

  /** Going past a limit: the file's {@code LIMIT_EXCEEDED} error, with this message. */
  static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;

    Exceeded(String message) {
      super(message);
    }
  }

  Budget budget() {
    return new Budget(this);
  }

  /** What is left of the limits while one document is read; not thread-safe. */
  static final class Budget {
    /**
     * Each thread's buffers for a stream's raw and inflated bytes, kept from one document to the
     * next (a buffer past {@link #KEPT_BUFFER} is not kept), and its inflater.
     */
    private static final ThreadLocal<byte[][]> BUFFERS =
        ThreadLocal.withInitial(() -> new byte[][] {new byte[8192], new byte[32_768]});
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(Inflater::new);
    private static final int KEPT_BUFFER = 1 << 20;

    private final Limits limits;
    private long decoded;
    private final Inflater inflater = INFLATERS.get();
    private final byte[][] buffers = BUFFERS.get();
    private byte[] buffer = buffers[1];
    private final List<String> damage = new ArrayList<>();

    private Budget(Limits limits) {
      this.limits = limits;
    }

    /** What did not decode cleanly, in words: "the content of page 2", … */
    List<String> damage() {
      return List.copyOf(damage);
    }

    int maxTextChars() {
      return limits.maxTextChars;
    }

    void checkText(int length) throws Exceeded {
      if (length > limits.maxTextChars) {
        throw new Exceeded("the PDF's text goes past " + limits.maxTextChars
            + " characters, far more than any letter holds; it is not read");
      }
    }

    /**
     * The decoded bytes of {@code stream}, never more than the budget allows. A stream that is
     * only deflated is inflated here, counting as it goes; any other, or one that does not
     * inflate cleanly, is decoded by PDFBox (which reports the damage) and read within the
     * budget.
     */
    byte[] decode(COSStream stream, String what) throws IOException {
      COSBase filters = stream.getFilters();
      boolean flateOnly = COSName.FLATE_DECODE.equals(filters)
          || filters instanceof COSArray array && array.size() == 1
              && COSName.FLATE_DECODE.equals(array.getObject(0));
      if (flateOnly && stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP) == null) {
        int rawLength = 0;
        byte[] raw = buffers[0];
        try (InputStream in = stream.createRawInputStream()) {
          int n;
          while ((n = in.read(raw, rawLength, raw.length - rawLength)) > 0) {
            rawLength += n;
            if (rawLength == raw.length) {
              // Raw bytes are in the PDF file already: no cap but the file's own size.
              raw = Arrays.copyOf(raw, raw.length * 2);
            }
          }
        }
        byte[] inflated = inflate(raw, rawLength);
        keep(0, raw);
        keep(1, buffer);
        if (inflated != null) {
          return inflated;
        }
        byte[] kept;
        try (InputStream in = stream.createInputStream()) {
          kept = read(in);
        }
        if (!damage.contains(what)) {
          damage.add(what);
        }
        return kept;
      } else if (filters == null) {
        try (InputStream in = stream.createRawInputStream()) {
          return read(in);
        }
      } else if (COSName.FLATE_DECODE.equals(filters)
          || filters instanceof COSArray array && array.size() > 0
              && COSName.FLATE_DECODE.equals(array.getObject(0))) {
        // PDFBox decodes a whole stream into memory before it can be read: a stream that
        // inflates first (then a predictor or another filter) is measured before it is handed over.
        try (InputStream in = stream.createRawInputStream()) {
          checkInflatedSize(in.readAllBytes());
        }
      }
      try (InputStream in = stream.createInputStream()) {
        return read(in);
      }
    }

    /** Inflates {@code raw} without keeping it, and fails when it would pass what is left. */
    private void checkInflatedSize(byte[] raw) throws Exceeded {
      inflater.reset();
      inflater.setInput(raw);
      byte[] scratch = new byte[65_536];
      long total = 0;
      try {
        while (!inflater.finished()) {
          int n = inflater.inflate(scratch);
          if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            return;
          }
          total += n;
          if (decoded + total > limits.maxDecodedBytes) {
            spend(total);
          }
        }
      } catch (DataFormatException e) {
        // damaged: PDFBox keeps what it can and reports it
      }
    }

    /** Keeps {@code buffer} as this thread's buffer {@code which} unless it grew too large. */
    private void keep(int which, byte[] buffer) {
      buffers[which] = buffer.length <= KEPT_BUFFER ? buffer
          : new byte[which == 0 ? 8192 : 32_768];
    }

    /** The inflated bytes, or null when they do not inflate cleanly to their end. */
    private byte[] inflate(byte[] raw, int rawLength) throws Exceeded {
      inflater.reset();
      inflater.setInput(raw, 0, rawLength);
      int length = 0;
      try {
        while (!inflater.finished()) {
          if (length == buffer.length) {
            // Grown no further than the budget left (and one byte to tell it is passed), so a
            // bomb fails at the budget instead of doubling a buffer past the heap.
            long left = limits.maxDecodedBytes - decoded + 1;
            int grown = (int) Math.min((long) buffer.length * 2, Math.min(left + length,
                Integer.MAX_VALUE - 8));
            if (grown <= buffer.length) {
              spend(left);
            }
            buffer = Arrays.copyOf(buffer, grown);
          }
          int n = inflater.inflate(buffer, length, buffer.length - length);
          if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            return null; // cut short: PDFBox decides what of it to keep, and says so
          }
          length += n;
          spend(n);
        }
      } catch (DataFormatException e) {
        return null;
      }
      return Arrays.copyOf(buffer, length);
    }

    private byte[] read(InputStream in) throws IOException {
      byte[] bytes = new byte[8192];
      int length = 0;
      int n;
      while ((n = in.read(bytes, length, bytes.length - length)) > 0) {
        length += n;
        spend(n);
        if (length == bytes.length) {
          long left = limits.maxDecodedBytes - decoded + 1;
          bytes = Arrays.copyOf(bytes, (int) Math.min((long) bytes.length * 2,
              Math.min(left + length, Integer.MAX_VALUE - 8)));
        }
      }
      return Arrays.copyOf(bytes, length);
    }

    private void spend(long bytes) throws Exceeded {
      decoded += bytes;
      if (decoded > limits.maxDecodedBytes) {
        throw new Exceeded("the PDF's streams decode to more than " + limits.maxDecodedBytes
            + " bytes, far more than any letter's (a PDF bomb?); it is not read");
      }
    }

    /**
     * Decodes, within the budget and discarding the bytes, every stream PDFBox's text stripper
     * would decode: page contents, form XObjects and their resources, fonts' programs and
     * maps. Run before the stripper, which has no cap of its own.
     */
    void checkAll(PDDocument document) throws IOException {
      Map<COSBase, Boolean> visited = new IdentityHashMap<>();
      int number = 0;
      for (PDPage page : document.getPages()) {
        number++;
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        walk(contents, visited, 0, "the content of page " + number);
        if (page.getResources() != null) {
          walk(page.getResources().getCOSObject(), visited, 0,
              "a font or form of page " + number);
        }
      }
    }

    private void walk(COSBase object, Map<COSBase, Boolean> visited, int depth, String what)
        throws IOException {
      if (object == null || depth > 32 || visited.put(object, Boolean.TRUE) != null) {
        return;
      }
      if (object instanceof COSStream stream) {
        if (!COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
          decode(stream, what);
          walk(stream.getDictionaryObject(COSName.RESOURCES), visited, depth + 1, what);
        }
        return;
      }
      if (object instanceof COSDictionary dictionary) {
        for (COSName key : List.copyOf(dictionary.keySet())) {
          if (!COSName.PARENT.equals(key)) {
            walk(dictionary.getDictionaryObject(key), visited, depth + 1, what);
          }
        }
      } else if (object instanceof COSArray array) {
        for (int i = 0; i < array.size(); i++) {
          walk(array.getObject(i), visited, depth + 1, what);
        }
      }
    }
  }
}
