package dev.imr.parser.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.imr.parser.SharedLettersAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link ContentTokens} gives the tokens PDFBox's {@code PDFStreamParser} gives, or refuses the
 * stream: on every page of the real letters, and on streams made of plain and odd tokens.
 */
class ContentTokensTest {

  @Test
  void everyRealPageTokenizesAsPdfBoxTokenizesIt() throws IOException {
    Path shared = SharedLettersAccess.require();
    int pages = 0;
    int refused = 0;
    for (Path file : SharedLettersAccess.files(shared.resolve("corpus").resolve("dev"), ".pdf")) {
      try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
        for (PDPage page : document.getPages()) {
          byte[] content = content(page);
          pages++;
          List<String> fast = fast(content);
          if (fast == null) {
            refused++;
          } else {
            assertThat(fast).as(file.getFileName() + " page " + pages).isEqualTo(pdfBox(content));
          }
        }
      }
    }
    assertThat(pages).isPositive();
    // The letters are written plainly: the fast tokenizer reads (nearly) every page itself.
    assertThat(refused).as("pages refused of " + pages).isLessThanOrEqualTo(pages / 10);
  }

  @Test
  void streamsOfPlainAndOddTokensTokenizeAsPdfBoxOrAreRefused() {
    qt().withExamples(3000).forAll(lists().of(token()).ofSizeBetween(1, 12))
        .checkAssert(tokens -> {
          byte[] content = String.join(" ", tokens).getBytes(StandardCharsets.ISO_8859_1);
          List<String> fast = fast(content);
          if (fast != null) {
            assertThat(fast).as(String.join(" ", tokens)).isEqualTo(pdfBox(content));
          }
        });
  }

  @Test
  void numbersAreReadAsPdfBoxReadsThem() throws Exception {
    String numbers = "0 -0 12 -7 +3 .5 -.5 5. 0.0 -0.0 612.000000 0.1 0.7 1.1 72.024 -13.98"
        + " 16777215 16777217.5 123456789.123 0.000000001 3.4028235 99999.99999 1234567.25";
    assertThat(fast(numbers.getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(pdfBox(numbers.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void oddSyntaxIsRefused() {
    for (String odd : List.of("--5 Tw", "5-3 Tw", "% comment\nq", "(a(b)c) Tj", "(a\nb) Tj",
        "(\\q) Tj", "/A#20B gs", "true", "null", "BI /W 1 ID x EI", "] Q", "[1 0 R] TJ", "Tj0",
        "{ }", "<zz> Tj", "1e5 Tw", "1.2.3 Tw", "+ Tw", "unknown")) {
      assertThatThrownBy(() -> drain(new ContentTokens(odd.getBytes(StandardCharsets.ISO_8859_1))))
          .as(odd).isInstanceOf(ContentTokens.Refused.class);
    }
  }

  /** A token a content stream may hold, plain or odd. */
  private static Gen<String> token() {
    List<String> fixed = List.of("q", "Q", "BT", "ET", "Tj", "TJ", "T*", "'", "\"", "Td", "cm",
        "BDC", "EMC", "d0", "d1", "BI", "ID", "EI", "true", "false", "null", "R", "0 R", "%c\n",
        "[", "]", "<<", ">>", "<", ">", "(", ")", "{", "}", "/", "/F1", "/A#42", "(a)", "(a\\)b)",
        "(\\101\\0\\377)", "(\\n\\r\\t\\b\\f\\\\)", "(x\\\ny)", "(a(b)c)", "<48656C6C6F>", "<486>",
        "< 48 65 >", "<<  /MCID 0 >>", "<< /A [1 2] /B << /C (x) >> >>", "[(a) -250 (b)]",
        "[1 0 R]", "--3", "-", "+", ".", "-.", "5-3", "5+3", "1.2.3", "1e3", "0x10");
    Gen<String> numbers = integers().between(-2_000_000, 2_000_000)
        .zip(integers().between(0, 9), integers().between(0, 3), (n, scale, form) -> {
          String digits = Integer.toString(Math.abs(n));
          while (digits.length() <= scale) {
            digits = "0" + digits;
          }
          String number = scale == 0 ? digits
              : digits.substring(0, digits.length() - scale) + "." + digits.substring(
                  digits.length() - scale);
          if (form == 1 && number.startsWith("0.")) {
            number = number.substring(1);
          } else if (form == 2) {
            number = number + (number.contains(".") ? "00" : ".");
          } else if (form == 3) {
            number = "+" + number;
          }
          return (n < 0 ? "-" : "") + number;
        });
    return integers().between(0, fixed.size() * 2 - 1).zip(numbers,
        (choice, number) -> choice < fixed.size() ? fixed.get(choice) : number);
  }

  /** The fast tokens, described; null when refused. */
  private static List<String> fast(byte[] content) {
    try {
      return drain(new ContentTokens(content));
    } catch (ContentTokens.Refused e) {
      return null;
    }
  }

  private static List<String> drain(ContentTokens tokens) throws ContentTokens.Refused {
    List<String> described = new ArrayList<>();
    Object token;
    while ((token = tokens.next()) != null) {
      described.add(token instanceof String operator ? "op " + operator : describe((COSBase) token));
    }
    return described;
  }

  private static List<String> pdfBox(byte[] content) {
    List<String> described = new ArrayList<>();
    try {
      PDFStreamParser parser = new PDFStreamParser(content);
      Object token;
      while ((token = parser.parseNextToken()) != null) {
        described.add(token instanceof Operator operator ? "op " + operator.getName()
            : describe((COSBase) token));
      }
    } catch (IOException e) {
      described.add("error " + e.getMessage());
    }
    return described;
  }

  private static String describe(COSBase token) {
    if (token instanceof COSInteger integer) {
      return "int " + integer.longValue();
    }
    if (token instanceof COSFloat number) {
      return "float " + Float.floatToRawIntBits(number.floatValue()) + " " + number.floatValue();
    }
    if (token instanceof COSName name) {
      return "/" + name.getName();
    }
    if (token instanceof COSString string) {
      return "string " + HexFormat.of().formatHex(string.getBytes());
    }
    if (token instanceof COSArray array) {
      List<String> elements = new ArrayList<>();
      for (COSBase element : array) {
        elements.add(describe(element));
      }
      return elements.toString();
    }
    if (token instanceof COSDictionary dictionary) {
      List<String> entries = new ArrayList<>();
      for (var entry : dictionary.entrySet()) {
        entries.add(entry.getKey().getName() + "=" + describe(entry.getValue()));
      }
      return "<<" + entries + ">>";
    }
    return token.getClass().getSimpleName() + " " + token;
  }

  private static byte[] content(PDPage page) throws IOException {
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    var streams = page.getContentStreams();
    while (streams.hasNext()) {
      try (InputStream in = streams.next().createInputStream()) {
        in.transferTo(joined);
      }
      joined.write('\n');
    }
    return joined.toByteArray();
  }
}
