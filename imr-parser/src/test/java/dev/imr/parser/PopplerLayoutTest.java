package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.parser.PopplerLayouts.HeaderValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One letter, one answer, whichever way poppler's {@code pdftotext} extracted it: every fixture
 * and every real letter's PDFBox text, rendered as {@link PopplerLayouts} does, parses to the
 * determination its PDFBox text gives, without errors, and its spans fold to their values.
 */
class PopplerLayoutTest {

  private static final ImrParser PARSER = ImrParser.create();

  /** A rendering of a letter's PDFBox text, given the header values it states. */
  interface Render {
    String apply(String pdfbox, @Nullable HeaderValues header);
  }

  /** A named rendering. */
  record Variant(String name, Render render, boolean furniture) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Variant> variants() {
    return List.of(
        new Variant("pdftotext", (t, h) -> PopplerLayouts.readingOrder(t, h, 50, false, false), false),
        new Variant("pdftotext, a page every 7 lines",
            (t, h) -> PopplerLayouts.readingOrder(t, h, 7, false, false), false),
        new Variant("pdftotext, headings in blocks",
            (t, h) -> PopplerLayouts.readingOrder(t, h, 50, true, false), false),
        // with page furniture a page ends after 23 or more lines: after the header block and the
        // first heading, as on a printed letter
        new Variant("pdftotext, page headers and footers",
            (t, h) -> PopplerLayouts.readingOrder(t, h, 23, false, true), true),
        new Variant("pdftotext -layout", (t, h) -> PopplerLayouts.physical(t, h, 50, false), false),
        new Variant("pdftotext -layout, a page every 9 lines",
            (t, h) -> PopplerLayouts.physical(t, h, 9, false), false),
        new Variant("pdftotext -layout, page headers and footers",
            (t, h) -> PopplerLayouts.physical(t, h, 13, true), true),
        new Variant("pdftotext -raw", (t, h) -> PopplerLayouts.raw(t, 50), false),
        new Variant("pdftotext -raw, a page every 5 lines", (t, h) -> PopplerLayouts.raw(t, 5), false),
        new Variant("pdfbox, page headers and footers",
            (t, h) -> PopplerLayouts.withPageFurniture(t, h == null ? null : h.caseNumber(), 25), true),
        new Variant("double-spaced, page headers and footers", (t, h) -> Layouts.doubleSpaced(
            PopplerLayouts.withPageFurniture(t, h == null ? null : h.caseNumber(), 29), 40), true),
        new Variant("pdftotext -layout, crlf, ligatures and curly quotes",
            (t, h) -> Layouts.crlf(Layouts.glyphs(PopplerLayouts.physical(t, h, 31, false))), false));
  }

  static Stream<Arguments> fixturesInVariants() {
    List<Arguments> cases = new ArrayList<>();
    for (String fixture : ExpectedLetters.all().keySet()) {
      for (Variant variant : variants()) {
        cases.add(Arguments.of(fixture, variant));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("fixturesInVariants")
  void aFixtureParsesAlikeInEveryPopplerLayout(String fixture, Variant variant) {
    check(ExpectedLetters.text(fixture), variant);
  }

  @TestFactory
  Stream<DynamicTest> everyRealLetterParsesAlikeInEveryPopplerLayout() throws IOException {
    Path corpus = SharedLetters.require().resolve("corpus/dev");
    List<Path> letters;
    try (Stream<Path> files = Files.list(corpus)) {
      letters = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    return letters.stream().flatMap(letter -> variants().stream().map(variant ->
        DynamicTest.dynamicTest(letter.getFileName() + " / " + variant,
            () -> check(Files.readString(letter), variant))));
  }

  private static void check(String pdfbox, Variant variant) {
    ParseResult reference = PARSER.parse(pdfbox);
    assertThat(reference.determination()).as("the PDFBox text parses").isPresent();
    HeaderValues header = HeaderValues.of(reference.determination().get().header()).orElse(null);
    String caseNumber = header == null ? null : header.caseNumber();
    String input = variant.render().apply(pdfbox, header);

    ParseResult result = PARSER.parse(input);

    assertThat(result.errors()).as("errors").isEmpty();
    assertThat(result.determination()).as("determination").isEqualTo(reference.determination());
    assertThat(SpanChecks.problems(input, result,
        text -> PopplerLayouts.withoutFurniture(text, caseNumber))).as("spans").isEmpty();
    if (variant.furniture()) {
      assertThat(result.diagnostics()).as("page furniture is reported")
          .anyMatch(d -> d.code() == DiagnosticCode.PAGE_FURNITURE && d.severity() == Severity.INFO);
    }
    assertThat(result.diagnostics()).as("no more warnings than the PDFBox text")
        .filteredOn(d -> d.severity() == Severity.WARNING).hasSameSizeAs(
            reference.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).toList());
  }
}
