package dev.imr.parser.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.Drug;
import dev.imr.model.DrugClass;
import dev.imr.parser.ImrParser;
import dev.imr.parser.ParseResult;
import dev.imr.parser.SharedLettersAccess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures the classifier against hand labels of every disputed item of the real letters in
 * {@code ../shared} (read-only; skipped where absent). The labels, in {@code item-labels.tsv},
 * give only the case file, the item's number and the label decided by reading its title and
 * rationale; the letters' text is read from {@code ../shared}.
 *
 * <p>The floors are the figures measured when the vocabulary was written, with these same titles
 * in view: they show the vocabulary keeps what it reads, not how it does on letters it has not
 * seen. That is measured by {@code aVocabularyWrittenOnOneHalfReadsTheOtherAsMeasured}: a
 * vocabulary written on one half by someone who never saw the other, measured once on the other.
 * Written on half A, half B reads 38 of 40 (95.0%); written on half B, half A reads 64 of 68
 * (94.1%): 102 of 108 (94.4%) over both. The half-B writer had read the label notes of three
 * half-A items (a comment line above each row in the labels file); without those three, half A
 * reads 62 of 65 (95.4%). The half-A writer had read the note of one half-B item, which its
 * starting vocabulary already read right.
 */
class RequestClassifierCorpusTest {

  // Measured: 107 of 108 categories (one read as a visit), 15 of 15 drug classes and drugs, no
  // OTHER. (106 and 1 OTHER before ultrasound given as a course of sessions was read as therapy.)
  private static final int CATEGORIES_RIGHT = 107;
  private static final int DRUG_CLASSES_RIGHT = 15;
  private static final int DRUGS_RIGHT = 15;
  private static final int OTHERS_AT_MOST = 0;
  // Per half (see eachHalfOfTheLettersIsClassifiedAtLeastAsWellAsMeasured), measured. Before: half
  // A 66 of 68 (97.1%), half B 40 of 40; unchanged by the vocabulary added from FORMAT.md's
  // categories (nursing visits, an injection with a consult, traction and neurostimulation
  // units), which neither half uses. Round 1, from half A's two misses: ultrasound given as a
  // course of sessions is the therapy (one miss; the other, an "exam" the reviewer read as
  // therapy, has no generic reading); held-out half B stays 40 of 40. Round 2, from half B: no
  // misses, nothing to add, so held-out half A is 66 of 68. Now: A 67 of 68, B 40 of 40. The
  // shipped vocabulary then became the union of this one and the three written for the held-out
  // measure below (general knowledge, mostly): A 67 of 68, B 40 of 40 again.
  private static final int HALF_A_ITEMS = 68;
  private static final int HALF_A_RIGHT = 67;
  private static final int HALF_B_ITEMS = 40;
  private static final int HALF_B_RIGHT = 40;

  /**
   * Held out: the vocabulary written on each half, measured once on the other, as {right, items}
   * (see aVocabularyWrittenOnOneHalfReadsTheOtherAsMeasured).
   */
  private static final Map<String, int[]> HELD_OUT = Map.of(
      "A", new int[] {38, 40},
      "B", new int[] {64, 68});

  /** One labelled item. */
  private record Label(String source, int item, String category, String drugClass, String drug) {}

  @Test
  void classifiesTheRealItemsAsLabelled() throws IOException {
    Path shared = SharedLettersAccess.require();
    Map<String, List<Label>> labels = labels();

    // Every letter beside the checkout is labelled, item for item.
    TreeSet<String> letters = new TreeSet<>();
    for (String folder : List.of("seeds", "corpus/dev")) {
      Path dir = shared.resolve(folder);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.toString().endsWith(".txt"))
              .forEach(f -> letters.add(folder + "/" + f.getFileName()));
        }
      }
    }
    assertThat(labels.keySet()).as("letters labelled in item-labels.tsv")
        .containsExactlyInAnyOrderElementsOf(letters);

    Score score = measure(shared, labels);
    int items = score.items();
    int categoriesRight = score.categoriesRight();
    int others = score.others();
    int drugItems = score.drugItems();
    int drugClassesRight = score.drugClassesRight();
    int drugsRight = score.drugsRight();
    System.out.printf("Request classifier over %d real items: category %d/%d (%.1f%%), drug class"
            + " %d/%d, drug %d/%d, OTHER %d/%d (%.1f%%); misses by label -> result: %s%n",
        items, categoriesRight, items, 100.0 * categoriesRight / items, drugClassesRight, drugItems,
        drugsRight, drugItems, others, items, 100.0 * others / items, score.confusion());
    score.misses().forEach(miss -> System.out.println("  " + miss));

    assertThat(categoriesRight).as("categories right of " + items).isGreaterThanOrEqualTo(CATEGORIES_RIGHT);
    assertThat(drugClassesRight).as("drug classes right of " + drugItems).isGreaterThanOrEqualTo(DRUG_CLASSES_RIGHT);
    assertThat(drugsRight).as("drugs right of " + drugItems).isGreaterThanOrEqualTo(DRUGS_RIGHT);
    assertThat(others).as("requests left OTHER").isLessThanOrEqualTo(OTHERS_AT_MOST);
  }

  /**
   * The classifier on each half of the letters, as the vocabulary's accuracy on letters it was
   * not written from is measured: extend it from one half's misses only, measure it on the other,
   * then swap. The halves are fixed: in the order of {@code item-labels.tsv} (the seeds, then
   * {@code corpus/dev} by case number) the 1st, 3rd, 5th, … letter is half A, the 2nd, 4th, …
   * half B. Each half's figure may rise with the vocabulary, never fall.
   *
   * <p>The vocabulary before this measure was written with both halves in view, so these figures
   * are not yet held-out ones: they hold the line for the extensions made from one half's view.
   */
  @Test
  void eachHalfOfTheLettersIsClassifiedAtLeastAsWellAsMeasured() throws IOException {
    Path shared = SharedLettersAccess.require();
    Map<String, List<Label>> labels = labels();
    Map<String, List<Label>> halfA = half(labels, "A");
    Map<String, List<Label>> halfB = half(labels, "B");
    assertThat(halfA).hasSize((labels.size() + 1) / 2);

    Score a = measure(shared, halfA);
    Score b = measure(shared, halfB);
    for (Map.Entry<String, Score> half : Map.of("A", a, "B", b).entrySet()) {
      Score score = half.getValue();
      System.out.printf("Half %s: %d letters, category %d/%d (%.1f%%), OTHER %d; misses: %s%n",
          half.getKey(), (half.getKey().equals("A") ? halfA : halfB).size(), score.categoriesRight(),
          score.items(), 100.0 * score.categoriesRight() / score.items(), score.others(),
          score.misses());
    }
    assertThat(a.items()).as("items of half A").isEqualTo(HALF_A_ITEMS);
    assertThat(b.items()).as("items of half B").isEqualTo(HALF_B_ITEMS);
    assertThat(a.categoriesRight()).as("categories right in half A").isGreaterThanOrEqualTo(HALF_A_RIGHT);
    assertThat(b.categoriesRight()).as("categories right in half B").isGreaterThanOrEqualTo(HALF_B_RIGHT);
  }

  /**
   * The held-out measure: a vocabulary written from one half's letters only (and general
   * knowledge), measured once on the other half, which its writer never saw. Each was started from
   * the shipped vocabulary less every phrase whose removal costs only the other half (so what the
   * other half alone needs is gone, general terms included), then extended by someone who saw only
   * that half's letters and labels; the two files are kept as test resources. The figures are the
   * ones measured that once; they may rise with the parser, never fall.
   */
  @Test
  void aVocabularyWrittenOnOneHalfReadsTheOtherAsMeasured() throws IOException {
    Path shared = SharedLettersAccess.require();
    Map<String, List<Label>> labels = labels();
    for (String writtenOn : List.of("A", "B")) {
      String measuredOn = writtenOn.equals("A") ? "B" : "A";
      String suffix = writtenOn.toLowerCase(Locale.ROOT);
      RequestClassifier written = RequestClassifier.of(
          resource("request-vocabulary-written-on-half-" + suffix + ".tsv"),
          resource("drugs-written-on-half-" + suffix + ".tsv"));
      Score score = measure(shared, half(labels, measuredOn), written);
      Score own = measure(shared, half(labels, writtenOn), written);
      System.out.printf("Vocabulary written on half %s: held-out half %s %d/%d (%.1f%%), misses %s;"
              + " own half %d/%d%n", writtenOn, measuredOn, score.categoriesRight(), score.items(),
          100.0 * score.categoriesRight() / score.items(), score.misses(), own.categoriesRight(),
          own.items());
      int[] measured = HELD_OUT.get(writtenOn);
      assertThat(score.items()).as("items of half " + measuredOn).isEqualTo(measured[1]);
      assertThat(score.categoriesRight()).as("held-out half " + measuredOn + " right")
          .isGreaterThanOrEqualTo(measured[0]);
    }
  }

  /** The letters of one half: in file order the 1st, 3rd, … letter is half A, the others B. */
  private static Map<String, List<Label>> half(Map<String, List<Label>> labels, String half) {
    Map<String, List<Label>> letters = new LinkedHashMap<>();
    int position = 0;
    for (Map.Entry<String, List<Label>> letter : labels.entrySet()) {
      if ((position++ % 2 == 0) == half.equals("A")) {
        letters.put(letter.getKey(), letter.getValue());
      }
    }
    return letters;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RequestClassifierCorpusTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name + " beside the test").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** What the classifier got right over some labelled letters. */
  private record Score(int items, int categoriesRight, int others, int drugItems,
      int drugClassesRight, int drugsRight, Map<String, Integer> confusion, List<String> misses) {}

  private static Score measure(Path shared, Map<String, List<Label>> labels) throws IOException {
    return measure(shared, labels, RequestClassifier.standard());
  }

  private static Score measure(Path shared, Map<String, List<Label>> labels,
      RequestClassifier classifier) throws IOException {
    ImrParser parser = ImrParser.create();
    int items = 0;
    int categoriesRight = 0;
    int others = 0;
    int drugItems = 0;
    int drugClassesRight = 0;
    int drugsRight = 0;
    Map<String, Integer> confusion = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (Map.Entry<String, List<Label>> letter : labels.entrySet()) {
      ParseResult result = parser.parse(shared.resolve(letter.getKey()));
      List<DisputedItem> parsed = result.determination().map(Determination::items).orElse(List.of());
      assertThat(parsed).as("items of " + letter.getKey()).hasSameSizeAs(letter.getValue());
      for (Label label : letter.getValue()) {
        DisputedItem item = parsed.get(label.item() - 1);
        RequestClassifier.Classification got = classifier.classify(item.request());
        items++;
        String category = got.category().name();
        String drugClass = got.drugClass().map(DrugClass::name).orElse("");
        String drug = got.drug().map(Drug::genericName).orElse("");
        if (category.equals(label.category())) {
          categoriesRight++;
        } else {
          confusion.merge(label.category() + " -> " + category, 1, Integer::sum);
        }
        if (category.equals("OTHER")) {
          others++;
        }
        if (!label.drugClass().isEmpty()) {
          drugItems++;
          drugClassesRight += drugClass.equals(label.drugClass()) ? 1 : 0;
          drugsRight += drug.equals(label.drug()) ? 1 : 0;
        }
        if (!category.equals(label.category()) || !drugClass.equals(label.drugClass())
            || !drug.equals(label.drug())) {
          misses.add(label.source() + " #" + label.item() + ": labelled " + label.category()
              + slash(label.drugClass(), label.drug()) + ", classified " + category
              + slash(drugClass, drug));
        }
      }
    }
    return new Score(items, categoriesRight, others, drugItems, drugClassesRight, drugsRight,
        confusion, misses);
  }

  private static String slash(String drugClass, String drug) {
    return drugClass.isEmpty() ? "" : "/" + drugClass + (drug.isEmpty() ? "" : "/" + drug);
  }

  /** The labels by letter, in file order. */
  private static Map<String, List<Label>> labels() throws IOException {
    Map<String, List<Label>> bySource = new LinkedHashMap<>();
    try (InputStream in = RequestClassifierCorpusTest.class.getResourceAsStream("/item-labels.tsv")) {
      assertThat(in).as("item-labels.tsv on the test class path").isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        assertThat(fields).as(line).hasSize(5);
        Label label = new Label(fields[0], Integer.parseInt(fields[1]), fields[2], fields[3], fields[4]);
        bySource.computeIfAbsent(label.source(), s -> new ArrayList<>()).add(label);
      }
    }
    bySource.values().forEach(list -> {
      for (int k = 0; k < list.size(); k++) {
        assertThat(list.get(k).item()).as("item numbers of " + list.get(k).source()).isEqualTo(k + 1);
      }
    });
    return bySource;
  }
}
