package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs parse in time linear in their size: each is parsed at a size and at eight times
 * that size, and the larger may take at most {@value #FACTOR} times eight as long (plus {@value
 * #SLACK_MILLIS} ms), in CPU time of the parsing thread. No absolute time is asserted; speed is
 * for benchmarks.
 */
class PathologicalInputTest {

  private static final ImrParser PARSER = ImrParser.create();
  private static final int FACTOR = 5;
  private static final long SLACK_MILLIS = 100;

  static Stream<Arguments> inputs() {
    return Stream.of(
        // 10 MB of ': Upheld' lines at 8x, no heading before them
        input("': Upheld' lines", 1_250_000, n -> ": Upheld\n".repeat(n / 9)),
        // the same under the items heading: every line a decision without a title or a body
        input("': Upheld' lines under the items heading", 1_250_000,
            n -> "IMR ISSUES, DECISIONS AND RATIONALES\n" + ": Upheld\n".repeat(n / 9)),
        // 100k headings at 8x
        input("100k section headings", 275_000, n -> "CLINICAL CASE SUMMARY\n".repeat(n / 22)),
        input("the first heading over and over", 400_000,
            n -> "HOW THE IMR FINAL DETERMINATION WAS MADE\n".repeat(n / 41)),
        // the headings of the older layouts over and over
        input("older headings", 20_000, n -> "CASE SUMMARY:\nISSUE AT DISPUTE:\n".repeat(n / 32)),
        // one 5 MB line at 8x
        input("one 5 MB line", 640_000, n -> "word ".repeat(n / 5)),
        input("one line of colons", 150_000, n -> "a: ".repeat(n / 3)),
        input("one line after a heading", 100_000,
            n -> "CLINICAL CASE SUMMARY\n" + "word ".repeat(n / 5)),
        // labels repeated deep
        input("item labels repeated", 40_000, n -> "IMR ISSUES, DECISIONS AND RATIONALES\nA: Upheld\n"
            + "Claims Administrator guideline: ".repeat(n / 32)),
        input("all the item labels repeated", 300_000, n -> "IMR ISSUES, DECISIONS AND RATIONALES\n"
            + "Claims Administrator guideline: MAXIMUS guideline: Decision rationale: \n".repeat(n / 72)),
        input("header labels repeated", 300_000, n -> "Case Number: Priority: ".repeat(n / 23)
            + "\nHOW THE IMR FINAL DETERMINATION WAS MADE\n"),
        input("credential labels repeated", 600_000, n -> "HOW THE IMR FINAL DETERMINATION WAS MADE\n"
            + "State(s) of Licensure: Certification(s)/Specialty: ".repeat(n / 51)),
        // page furniture and page breaks only
        input("page furniture", 250_000, n -> "Page 1 of 2\nCM16-0000001\n".repeat(n / 25)),
        input("form feeds and blank lines", 250_000, n -> "a\n\n\n\f".repeat(n / 5)),
        // a word broken at a hyphen on every line
        input("hyphenated line breaks", 150_000,
            n -> "CLINICAL CASE SUMMARY\n" + "pre-\n".repeat(n / 5)));
  }

  private static Arguments input(String name, int size, IntFunction<String> text) {
    return Arguments.of(name, size, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void parsesInTimeLinearInItsSize(String name, int size, IntFunction<String> text) {
    String small = text.apply(size);
    String large = text.apply(size * 8);
    PARSER.parse(small); // warm up
    PARSER.parse(small);

    long smallMillis = bestOf(4, small);
    long largeMillis = bestOf(2, large);

    System.out.printf("%s: %,d chars %d ms, %,d chars %d ms%n", name, small.length(), smallMillis,
        large.length(), largeMillis);
    assertThat(largeMillis).as("%s: %d ms at 1x, %d ms at 8x", name, smallMillis, largeMillis)
        .isLessThanOrEqualTo(8 * FACTOR * smallMillis + SLACK_MILLIS);
  }

  @Test
  void decisionsPastTheLimitAreReportedNotRead() {
    String text = "IMR ISSUES, DECISIONS AND RATIONALES\n" + ": Upheld\n".repeat(5000);

    ParseResult result = PARSER.parse(text);

    assertThat(result.determination().orElseThrow().items()).hasSize(1000);
    // The 1000 items lack their parts: past 200 diagnostics the last says how many more there are.
    assertThat(result.diagnostics()).hasSize(200).last()
        .satisfies(d -> assertThat(d.message()).contains("more diagnostics, the first here, are not listed"));
    assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.LIMIT_EXCEEDED
            && !d.message().contains("not listed"))
        .singleElement().satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.ERROR);
          assertThat(d.message()).contains("more than 1000 decisions");
          assertThat(d.line()).isEqualTo(1002);
        });
  }

  /**
   * Many header labels, then many words none of them takes: each word is offered to the waiting
   * labels of its own kind only, so time grows with the words, not labels times words.
   */
  @Test
  void headerLabelsThenStrayWordsParseInLinearTime() {
    parsesInTimeLinearInItsSize("header labels then stray words", 20_000,
        n -> "Case Number: ".repeat(n / 26) + "x ".repeat(n / 4)
            + "\nHOW THE IMR FINAL DETERMINATION WAS MADE\n");
  }

  /**
   * The least CPU time of this thread over {@code runs} parses: other processes on the machine
   * and the collector's threads do not count, which wall-clock time would let them.
   */
  private static long bestOf(int runs, String text) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      System.gc(); // garbage of the run before is not this run's time
      long start = threads.getCurrentThreadCpuTime();
      PARSER.parse(text);
      best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
    }
    return best / 1_000_000;
  }
}
