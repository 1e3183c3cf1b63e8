package dev.imr.parser.internal.reasons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.Decision;
import dev.imr.model.DecisionReason.Kind;
import dev.imr.model.DecisionReason;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.SourceSpan;
import dev.imr.parser.ImrParser;
import dev.imr.parser.ParseResult;
import dev.imr.parser.SharedLettersAccess;
import dev.imr.parser.internal.text.Sentences;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the reason reader against hand labels of every disputed item of the real letters in
 * {@code ../shared} (read-only; skipped where absent). The labels, in {@code reason-labels.tsv},
 * were written by reading each rationale before any reader existed; they give the case file, the
 * item's number, the kinds and a four-word locator, not the letters' text.
 *
 * <p>The letters are split into two fixed halves by the CRC-32 of their file name: even is half A
 * (25 letters, 74 items), odd is half B (20 letters, 34 items). The rules were first written
 * looking only at half A's rationales ({@code reasons-written-on-half-a.txt}, kept as a test
 * resource) and measured on half B; then extended looking at half B and measured on half A; {@code
 * reasons.txt} is the result. Three figures, as issue 17 defines them:
 *
 * <ul>
 *   <li>main: of the upheld items, those whose labelled main reason is among the reader's reasons
 *       (an item labelled {@code NONE} counts when the reader gives none);
 *   <li>precision: of the reasons the reader gives (one a kind an item), those labelled as the
 *       item's main or other reasons;
 *   <li>overturn: of the overturned items, those whose first reason is an overturn kind.
 * </ul>
 *
 * <p>Measured (main, precision, overturn):
 *
 * <pre>
 * step 1, rules written on A: A 67/68 98.5%, 100/102 98.0%, 6/6;   B (held out) 25/32 78.1%,
 *                             31/38 81.6%, 1/2
 * step 2, extended on B:      B 31/32 96.9%, 47/49 95.9%, 2/2;     A (held out for the extension)
 *                             67/68 98.5%, 100/102 98.0%, 6/6
 * step 3, the do/does/did forms of the verbs of step 1 and 2 (show, document, reveal, meet,
 *         include), for the invented fixture letters: the same figures on both halves
 * </pre>
 *
 * <p>Step 1 fell short of the targets on its held-out half (78% of main reasons, one of two
 * overturned items); the wording of half B that it missed is in the rules now, so the final figures
 * below are on text the rules were written from and are no measure of unseen letters.
 *
 * <p>So the held-out measure was done again, by writers who each saw one half only (its letters and
 * its labels) and never the other half nor the rules written from it:
 *
 * <pre>
 * second pass on A (from step 1, half A and general knowledge of reviewers' wording), measured
 *   once on B:   main 29/32 90.6%, precision 40/49 81.6%, overturn 2/2
 * written from scratch on B, measured once on A:
 *                main 57/68 83.8%, precision 85/95 89.5%, overturn 6/6
 * both held-out halves together: main 86/100 86.0%, precision 125/144 86.8%, overturn 8/8
 * </pre>
 *
 * <p>The targets (85%, 80%, 95%) are met on half B and over both halves together; on half A the
 * main reason is found for one item fewer than 85% would need. {@code
 * rulesWrittenOnOneHalfReadTheOtherAsMeasured} keeps these figures.
 *
 * <p>Step 4: {@code reasons.txt} became the second pass (the more general rules, by the measure
 * above) with what half B's rationales showed missing, less its catch-all overturn rule (a bare
 * "is medically necessary" states no ground). On text it was written from: A 67/68 98.5%, 101/106
 * 95.3%, 6/6; B 31/32 96.9%, 43/49 87.8%, 2/2. It gives more reasons than step 3's rules, so the
 * first reason stated is the labelled main one less often (A 61 to 57, B 25 to 24) and fewer main
 * reasons come from the labelled sentence (98 to 94).
 *
 * The floors below are the final figures; the issue's targets (85%, 80%, 95%) are asserted on both
 * halves too. A reader that always said {@code CRITERIA_NOT_DOCUMENTED} is computed as a baseline
 * and must be beaten clearly.
 */
class ReasonReaderCorpusTest {

  private static final List<String> FOLDERS = List.of("seeds", "corpus/dev");

  /** Final figures of reasons.txt, per half: main, upheld, correct, given, overturn, overturned. */
  private static final Map<String, int[]> FLOORS = Map.of(
      "A", new int[] {67, 68, 101, 106, 6, 6},
      "B", new int[] {31, 32, 43, 49, 2, 2});

  /** Rules written on one half, each measured once on the other half, as measured. */
  private static final Map<String, int[]> HELD_OUT = Map.of(
      "reasons-written-on-half-a-second-pass.txt", new int[] {29, 32, 40, 49, 2, 2},
      "reasons-written-on-half-b.txt", new int[] {57, 68, 85, 95, 6, 6});

  /** The step-1 rules on the held-out half B, as measured. */
  private static final int[] STEP_ONE_ON_B = {25, 32, 31, 38, 1, 2};

  /** One labelled item. */
  record Label(String source, int item, Decision decision, String main, Set<Kind> others,
      int sentence, String anchor) {

    boolean labels(Kind kind) {
      return main.equals(kind.name()) || others.contains(kind);
    }
  }

  /** One parsed item beside its label. */
  record Case(String half, Label label, DisputedItem item, String input) {

    List<DecisionReason> reasonsOfTheParse() {
      return item.reasons();
    }
  }

  /** The three figures of one half. */
  record Figures(int main, int upheld, int correct, int given, int overturn, int overturned) {

    int[] asArray() {
      return new int[] {main, upheld, correct, given, overturn, overturned};
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "main %d/%d %.1f%%, precision %d/%d %.1f%%, overturn %d/%d",
          main, upheld, 100.0 * main / upheld, correct, given, 100.0 * correct / Math.max(1, given),
          overturn, overturned);
    }
  }

  private static List<Case> cases;

  @BeforeAll
  static void parseTheLetters() throws IOException {
    Path shared = SharedLettersAccess.require();
    Map<String, List<Label>> labels = labels();
    TreeSet<String> letters = new TreeSet<>();
    for (String folder : FOLDERS) {
      Path dir = shared.resolve(folder);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.toString().endsWith(".txt"))
              .forEach(f -> letters.add(folder + "/" + f.getFileName()));
        }
      }
    }
    assertThat(labels.keySet()).as("letters labelled in reason-labels.tsv")
        .containsExactlyInAnyOrderElementsOf(letters);
    ImrParser parser = ImrParser.create();
    cases = new ArrayList<>();
    for (Map.Entry<String, List<Label>> letter : labels.entrySet()) {
      Path file = shared.resolve(letter.getKey());
      String input = Files.readString(file, StandardCharsets.UTF_8);
      ParseResult result = parser.parse(input);
      List<DisputedItem> items = result.determination().map(Determination::items).orElse(List.of());
      assertThat(items).as("items of " + letter.getKey()).hasSameSizeAs(letter.getValue());
      for (Label label : letter.getValue()) {
        DisputedItem item = items.get(label.item() - 1);
        assertThat(item.decision()).as(letter.getKey() + " item " + label.item())
            .contains(label.decision());
        cases.add(new Case(half(file.getFileName().toString()), label, item, input));
      }
    }
  }

  /** Half A or B of a letter, by the CRC-32 of its file name. */
  static String half(String fileName) {
    CRC32 crc = new CRC32();
    crc.update(fileName.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0 ? "A" : "B";
  }

  @Test
  void theReaderMeetsItsMeasuredFiguresAndTheTargetsOnBothHalves() {
    for (String half : List.of("A", "B")) {
      Figures figures = measure(half, Case::reasonsOfTheParse);
      System.out.println("reasons.txt on half " + half + ": " + figures);
      int[] floor = FLOORS.get(half);
      int[] got = figures.asArray();
      assertThat(got[1]).as("upheld items of half " + half).isEqualTo(floor[1]);
      assertThat(got[5]).as("overturned items of half " + half).isEqualTo(floor[5]);
      assertThat(got[0]).as("main reasons found on half " + half).isGreaterThanOrEqualTo(floor[0]);
      assertThat((double) got[2] / got[3]).as("precision on half " + half)
          .isGreaterThanOrEqualTo((double) floor[2] / floor[3]);
      assertThat(got[4]).as("overturned items led by an overturn kind, half " + half)
          .isGreaterThanOrEqualTo(floor[4]);
      assertThat((double) got[0] / got[1]).as("target: main reason found").isGreaterThanOrEqualTo(0.85);
      assertThat((double) got[2] / got[3]).as("target: precision").isGreaterThanOrEqualTo(0.80);
      assertThat((double) got[4] / got[5]).as("target: overturn kind first")
          .isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void theRulesWrittenOnHalfAStillMeasureAsTheyDidOnTheHeldOutHalfB() throws IOException {
    ReasonReader first = new ReasonReader(vocabulary("reasons-written-on-half-a.txt"));
    Figures onA = measure("A", c -> first.read(c.item().rationale().orElse(""),
        c.item().decision(), (start, end) -> SourceSpan.of(start, end)));
    Figures onB = measure("B", c -> first.read(c.item().rationale().orElse(""),
        c.item().decision(), (start, end) -> SourceSpan.of(start, end)));
    System.out.println("step 1 (written on A) on half A: " + onA);
    System.out.println("step 1 (written on A) on half B, held out: " + onB);
    // Recorded, not a target: below the issue's targets on the held-out half (see the class note).
    assertThat(onB.asArray()).containsExactly(STEP_ONE_ON_B);
  }

  /**
   * The held-out measure, done again with writers who saw only one half: the rules of a second
   * pass over half A ({@code reasons-written-on-half-a-second-pass.txt}, written from the first
   * pass, half A's letters and labels and general knowledge of how reviewers state each ground, by
   * someone who never saw half B; the first pass's figure on B was known to them, its misses not)
   * measured once on half B, and rules written from scratch on half B ({@code
   * reasons-written-on-half-b.txt}, by someone who never saw half A nor the rules above) measured
   * once on half A.
   */
  @Test
  void rulesWrittenOnOneHalfReadTheOtherAsMeasured() throws IOException {
    for (String[] run : new String[][] {
        {"reasons-written-on-half-a-second-pass.txt", "B"}, {"reasons-written-on-half-b.txt", "A"}}) {
      ReasonReader written = new ReasonReader(vocabulary(run[0]));
      Figures figures = measure(run[1], c -> written.read(c.item().rationale().orElse(""),
          c.item().decision(), (start, end) -> SourceSpan.of(start, end)));
      System.out.println(run[0] + " on the held-out half " + run[1] + ": " + figures);
      assertThat(figures.asArray()).as(run[0] + " on half " + run[1])
          .containsExactly(HELD_OUT.get(run[0]));
    }
  }

  @Test
  void alwaysSayingCriteriaNotDocumentedIsClearlyBeaten() {
    for (String half : List.of("A", "B")) {
      Figures reader = measure(half, Case::reasonsOfTheParse);
      Figures baseline = measure(half,
          c -> List.of(DecisionReason.of(Kind.CRITERIA_NOT_DOCUMENTED, "always")));
      System.out.println("always CRITERIA_NOT_DOCUMENTED on half " + half + ": " + baseline);
      double readerMain = (double) reader.main() / reader.upheld();
      double baselineMain = (double) baseline.main() / baseline.upheld();
      assertThat(baselineMain).as("baseline on half " + half).isLessThan(0.70);
      assertThat(readerMain - baselineMain).as("lead over the baseline, half " + half)
          .isGreaterThanOrEqualTo(0.25);
      assertThat((double) reader.correct() / reader.given())
          .isGreaterThan((double) baseline.correct() / baseline.given());
    }
  }

  @Test
  void everyReasonQuotesItsSentenceAndItsSpanPointsAtIt() {
    for (Case c : cases) {
      for (DecisionReason reason : c.item().reasons()) {
        assertThat(c.item().rationale().orElseThrow()).contains(reason.text());
        SourceSpan span = reason.span().orElseThrow();
        assertThat(lettersAndDigits(span.textOf(c.input())))
            .as(c.label().source() + " item " + c.label().item())
            .isEqualTo(lettersAndDigits(reason.text()));
      }
    }
  }

  @Test
  void theLabelsLocatorsNameSentencesOfTheRationale() {
    int located = 0;
    int found = 0;
    for (Case c : cases) {
      Label label = c.label();
      if (label.sentence() < 0) {
        continue;
      }
      String rationale = c.item().rationale().orElseThrow();
      List<Sentences.Sentence> sentences = Sentences.split(rationale);
      assertThat(sentences.size()).as(label.source() + " item " + label.item())
          .isGreaterThan(label.sentence());
      Sentences.Sentence sentence = sentences.get(label.sentence());
      String text = rationale.substring(sentence.start(), sentence.end());
      assertThat(text).as(label.source() + " item " + label.item()).startsWith(label.anchor());
      Optional<DecisionReason> main = c.item().reasons().stream()
          .filter(r -> r.kind().name().equals(label.main())).findFirst();
      if (main.isPresent()) {
        found++;
        located += main.get().text().equals(text) ? 1 : 0;
      }
    }
    // Of the main reasons found, how many the reader ties to the labelled sentence (a first
    // sentence stating the same kind may come before it); recorded, not a target.
    System.out.println("main reasons tied to the labelled sentence: " + located + "/" + found);
    assertThat(located).isGreaterThanOrEqualTo(LOCATED);
  }

  /** Measured: main reasons tied to the labelled sentence. */
  private static final int LOCATED = 94;

  /** Measured: upheld items whose first reason is the labelled main reason, per half. */
  private static final Map<String, Integer> MAIN_FIRST = Map.of("A", 57, "B", 24);

  @Test
  void theFirstReasonIsTheLabelledMainReasonAsOftenAsMeasured() {
    for (String half : List.of("A", "B")) {
      int first = 0;
      int upheld = 0;
      for (Case c : cases) {
        if (c.half().equals(half) && c.label().decision() == Decision.UPHELD) {
          upheld++;
          List<DecisionReason> reasons = c.item().reasons();
          first += !reasons.isEmpty() && reasons.get(0).kind().name().equals(c.label().main())
              ? 1 : 0;
        }
      }
      // Recorded, not a target: the first reason stated is taken as the main one; a quoted
      // guideline's "not recommended" before the finding about the records is the usual miss.
      System.out.println("first reason is the main reason on half " + half + ": " + first + "/"
          + upheld);
      assertThat(first).as("half " + half).isGreaterThanOrEqualTo(MAIN_FIRST.get(half));
    }
  }

  private static Figures measure(String half, Function<Case, List<DecisionReason>> reader) {
    int main = 0;
    int upheld = 0;
    int correct = 0;
    int given = 0;
    int overturn = 0;
    int overturned = 0;
    for (Case c : cases) {
      if (!c.half().equals(half)) {
        continue;
      }
      List<DecisionReason> reasons = reader.apply(c);
      Set<Kind> kinds = EnumSet.noneOf(Kind.class);
      reasons.forEach(r -> kinds.add(r.kind()));
      Label label = c.label();
      if (label.decision() == Decision.UPHELD) {
        upheld++;
        boolean hit = label.main().equals("NONE") ? kinds.isEmpty()
            : kinds.contains(Kind.valueOf(label.main()));
        main += hit ? 1 : 0;
      } else {
        overturned++;
        overturn += !reasons.isEmpty() && reasons.get(0).kind().overturns() ? 1 : 0;
      }
      for (Kind kind : kinds) {
        given++;
        correct += label.labels(kind) ? 1 : 0;
      }
    }
    return new Figures(main, upheld, correct, given, overturn, overturned);
  }

  private static String lettersAndDigits(String text) {
    return text.replaceAll("[^A-Za-z0-9]", "");
  }

  private static ReasonVocabulary vocabulary(String resource) throws IOException {
    try (InputStream in = ReasonReaderCorpusTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return ReasonVocabulary.parse(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    }
  }

  private static Map<String, List<Label>> labels() throws IOException {
    Map<String, List<Label>> labels = new TreeMap<>();
    try (InputStream in = ReasonReaderCorpusTest.class.getResourceAsStream("/reason-labels.tsv")) {
      assertThat(in).as("reason-labels.tsv").isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line : reader.lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertThat(f).as(line).hasSize(7);
        Set<Kind> others = EnumSet.noneOf(Kind.class);
        for (String kind : f[4].split("\\|")) {
          if (!kind.isEmpty()) {
            others.add(Kind.valueOf(kind));
          }
        }
        if (!f[3].equals("NONE")) {
          Kind.valueOf(f[3]); // a known kind
        }
        labels.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Label(f[0],
            Integer.parseInt(f[1]), Decision.valueOf(f[2]), f[3], others,
            f[5].isEmpty() ? -1 : Integer.parseInt(f[5]), f[6]));
      }
    }
    return labels;
  }
}
