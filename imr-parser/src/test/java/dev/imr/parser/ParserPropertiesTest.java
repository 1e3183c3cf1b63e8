package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import dev.imr.model.Determination;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Properties of the parser over generated letters ({@link LetterGenerators}) written in every
 * combination of extraction artifacts ({@link LetterWriter}), and over hostile text. Failing cases
 * shrink; each one found is kept as an example in {@link PropertyRegressionTest}.
 *
 * <p>{@code -Dimr.trials=N} sets the trials per property (default {@value #DEFAULT_TRIALS});
 * {@code -Dimr.seed=S} replays a run.
 */
class ParserPropertiesTest {

  static final int DEFAULT_TRIALS = 150;
  private static final int TRIALS = Integer.getInteger("imr.trials", DEFAULT_TRIALS);
  private static final ImrParser PARSER = ImrParser.create();
  private static final Map<String, AtomicInteger> TRIALS_RUN = new ConcurrentHashMap<>();

  private static QuickTheory theory(String property, int trials) {
    TRIALS_RUN.computeIfAbsent(property, p -> new AtomicInteger());
    QuickTheory theory = qt().withExamples(trials).withShrinkCycles(200);
    Long seed = Long.getLong("imr.seed");
    return seed == null ? theory : theory.withFixedSeed(seed);
  }

  private static void count(String property) {
    TRIALS_RUN.get(property).incrementAndGet();
  }

  @AfterAll
  static void reportTrials() {
    new TreeMap<>(TRIALS_RUN).forEach((property, count) ->
        System.out.println("property '" + property + "': " + count + " trials"));
  }

  @Test
  void aWrittenLetterParsesBackToItsDeterminationInEveryLayout() {
    theory("round trip", TRIALS)
        .forAll(LetterGenerators.determinations(), LetterGenerators.options())
        .checkAssert((letter, options) -> {
          count("round trip");
          String text = LetterWriter.write(letter, options);

          ParseResult result = PARSER.parse(text);

          explained(() -> {
            assertThat(result.errors()).as("errors in %s", options).isEmpty();
            assertThat(result.determination()).as("determination in %s", options).contains(letter);
          });
        });
  }

  @Test
  void everySpanLiesInTheInputAndCoversItsValuesText() {
    theory("spans", TRIALS)
        .forAll(LetterGenerators.determinations(), LetterGenerators.options())
        .checkAssert((letter, options) -> {
          count("spans");
          String text = LetterWriter.write(letter, options);

          ParseResult result = PARSER.parse(text);

          explained(() -> assertThat(SpanChecks.problems(text, result)).as("spans in %s", options)
              .isEmpty());
        });
  }

  @Test
  void parsingNeverThrowsAndPlacesEveryDiagnosticInTheInput() {
    theory("never throws (hostile text)", TRIALS * 2)
        .forAll(LetterGenerators.hostileText())
        .checkAssert(text -> {
          count("never throws (hostile text)");
          checkNeverThrows(text);
        });
    theory("never throws (damaged letters)", TRIALS)
        .forAll(LetterGenerators.damagedLetters())
        .checkAssert(text -> {
          count("never throws (damaged letters)");
          checkNeverThrows(text);
        });
  }

  private static void checkNeverThrows(String text) {
    explained(() -> neverThrows(text));
  }

  /**
   * Runs a check, printing why it failed: QuickTheories reports the shrunk value, not the
   * assertion's message.
   */
  private static void explained(Runnable check) {
    try {
      check.run();
    } catch (AssertionError | RuntimeException e) {
      System.out.println("falsified: " + e.getMessage());
      throw e;
    }
  }

  private static void neverThrows(String text) {
    ParseResult[] result = new ParseResult[1];
    assertThatCode(() -> result[0] = PARSER.parse(text)).doesNotThrowAnyException();
    assertThat(result[0].text()).isEqualTo(text);
    assertThat(SpanChecks.problems(text, result[0])).isEmpty();
    for (Diagnostic d : result[0].diagnostics()) {
      assertThat(d.line()).isPositive();
      assertThat(d.column()).isPositive();
    }
    if (result[0].determination().isEmpty()) {
      assertThat(result[0].errors()).as("no determination, one error saying why").hasSize(1);
    }
  }

  @Test
  void parsingIsDeterministic() {
    theory("deterministic", TRIALS)
        .forAll(LetterGenerators.damagedLetters())
        .checkAssert(text -> {
          count("deterministic");
          ParseResult first = PARSER.parse(text);
          ParseResult second = ImrParser.create().parse(text);
          assertThat(second.determination()).isEqualTo(first.determination());
          assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
          assertThat(spans(second)).isEqualTo(spans(first));
        });
  }

  @Test
  void aSharedParserGivesEqualResultsAcrossThreads() throws Exception {
    List<String> inputs = new ArrayList<>();
    theory("threads", Math.max(8, TRIALS / 5))
        .forAll(LetterGenerators.determinations(), LetterGenerators.options())
        .checkAssert((letter, options) -> {
          count("threads");
          inputs.add(LetterWriter.write(letter, options));
        });
    List<ParseResult> alone = inputs.stream().map(PARSER::parse).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ParseResult>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        runs.add(pool.submit(() -> {
          List<ParseResult> results = new ArrayList<>();
          for (int i = 0; i < inputs.size(); i++) {
            results.add(null);
          }
          // each thread walks the inputs from another place, so that parses overlap
          for (int k = 0; k < inputs.size(); k++) {
            int i = (k + offset * inputs.size() / 4) % inputs.size();
            results.set(i, PARSER.parse(inputs.get(i)));
          }
          return results;
        }));
      }
      for (Future<List<ParseResult>> run : runs) {
        List<ParseResult> results = run.get(2, TimeUnit.MINUTES);
        for (int i = 0; i < inputs.size(); i++) {
          assertThat(results.get(i).determination()).isEqualTo(alone.get(i).determination());
          assertThat(results.get(i).diagnostics()).isEqualTo(alone.get(i).diagnostics());
          assertThat(spans(results.get(i))).isEqualTo(spans(alone.get(i)));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The spans, which equality of determinations leaves out. */
  private static List<Object> spans(ParseResult result) {
    List<Object> spans = new ArrayList<>();
    result.determination().ifPresent((Determination d) -> {
      d.header().ifPresent(h -> spans.add(h.span()));
      d.reviewer().ifPresent(r -> spans.add(r.span()));
      d.caseSummary().ifPresent(s -> spans.add(s.span()));
      d.items().forEach(item -> {
        spans.add(item.span());
        spans.add(item.titleSpan());
        spans.add(item.rationaleSpan());
        item.claimsAdministratorGuideline().ifPresent(g -> spans.add(g.span()));
        item.reviewerGuideline().ifPresent(g -> spans.add(g.span()));
      });
    });
    return spans;
  }
}
