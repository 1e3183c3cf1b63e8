package dev.imr.parser;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.imr.model.SourceSpan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of the parser with Jazzer. In the normal build (without {@code
 * JAZZER_FUZZ}) each fuzz test replays its inputs under {@code
 * src/test/resources/dev/imr/parser/LetterFuzzTestInputs/<method>/}: seeds and every input that
 * once failed. To fuzz, from the checkout:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -ntp -pl imr-parser -am test -Dtest=LetterFuzzTest#parsesAnyText \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m
 * </pre>
 *
 * <p>{@code #parsesAnyPdf} likewise; adding {@code
 * -Djazzer.instrumentation_includes=org.apache.pdfbox.**:dev.imr.**} guides it through PDFBox
 * too. A finding is written to that inputs folder, where it stays as a regression once fixed;
 * the corpus the fuzzer grows goes to {@code imr-parser/.cifuzz-corpus}.
 */
class LetterFuzzTest {

  private static final ImrParser PARSER = ImrParser.create();

  /** Any bytes, read as a text file is read (UTF-8, malformed bytes replaced). */
  @FuzzTest(maxDuration = "5m")
  void parsesAnyText(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    check(text, PARSER.parse(text));
  }

  /** Any bytes as a PDF: PDFBox may reject them, the parser must say so and not throw. */
  @FuzzTest(maxDuration = "5m")
  void parsesAnyPdf(byte[] input) {
    ParseResult result = PARSER.parsePdf(input);
    check(result.text(), result);
  }

  private static void check(String text, ParseResult result) {
    List<String> problems = new ArrayList<>();
    if (!result.text().equals(text)) {
      problems.add("the result's text is not the text parsed");
    }
    for (Diagnostic d : result.diagnostics()) {
      inside(problems, text, d.toString(), Optional.of(d.span()));
    }
    result.determination().ifPresentOrElse(letter -> {
      letter.header().ifPresent(h -> inside(problems, text, "header", h.span()));
      letter.reviewer().ifPresent(r -> inside(problems, text, "reviewer", r.span()));
      letter.caseSummary().ifPresent(s -> inside(problems, text, "case summary", s.span()));
      letter.items().forEach(item -> {
        inside(problems, text, "item", item.span());
        inside(problems, text, "title", item.titleSpan());
        inside(problems, text, "rationale", item.rationaleSpan());
      });
    }, () -> {
      if (result.errors().size() != 1) {
        problems.add("no determination, but " + result.errors().size() + " errors");
      }
    });
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("; ", problems));
    }
  }

  private static void inside(List<String> problems, String text, String what,
      Optional<SourceSpan> span) {
    span.ifPresent(s -> {
      if (s.start() < 0 || s.end() > text.length() || s.start() > s.end()) {
        problems.add(what + " span " + s + " outside the text of " + text.length());
      }
    });
  }
}
