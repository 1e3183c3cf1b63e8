package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.CaseSummary;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.ExpertReviewer;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.GuidelineStatement;
import dev.imr.model.Sex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real letter in {@code ../shared} against the typed facts read off it by hand ({@code
 * corpus-typed-facts.tsv}): the case summary's age, sex, date of injury and utilization review
 * date, whether the reviewer is said to be board certified, and per item the quantity, date of
 * service, partial approval and the guidelines each side cites. Each letter is one test that
 * lists every disagreement with where it is.
 */
class CorpusTypedFactsTest {

  private static final ImrParser PARSER = ImrParser.create();

  /** A {@code letter} row. */
  record LetterFacts(String source, Optional<Integer> patientAge, Optional<Sex> patientSex,
      Optional<LocalDate> dateOfInjury, Optional<LocalDate> utilizationReviewDate,
      Optional<Boolean> boardCertified) {

    static LetterFacts parse(String[] c) {
      return new LetterFacts(c[1], cell(c[2]).map(Integer::valueOf), cell(c[3]).map(Sex::valueOf),
          cell(c[4]).map(LocalDate::parse), cell(c[5]).map(LocalDate::parse),
          cell(c[6]).map(Boolean::valueOf));
    }
  }

  /** An {@code item} row. */
  record ItemFacts(String source, int index, Optional<Integer> quantity,
      Optional<LocalDate> dateOfService, boolean partialApproval,
      List<Guideline> claimsAdministratorGuidelines, List<Integer> claimsAdministratorChapters,
      List<Guideline> reviewerGuidelines, List<Integer> reviewerChapters) {

    static ItemFacts parse(String[] c) {
      if (!c[5].equals("true") && !c[5].equals("false")) {
        throw new IllegalArgumentException("partialApproval must be true or false: " + c[5]);
      }
      return new ItemFacts(c[1], Integer.parseInt(c[2]), cell(c[3]).map(Integer::valueOf),
          cell(c[4]).map(LocalDate::parse), Boolean.parseBoolean(c[5]),
          list(c[6]).stream().map(Guideline::valueOf).toList(),
          list(c[7]).stream().map(Integer::valueOf).toList(),
          list(c[8]).stream().map(Guideline::valueOf).toList(),
          list(c[9]).stream().map(Integer::valueOf).toList());
    }
  }

  /** A letter's row and its item rows in order. */
  record Facts(LetterFacts letter, List<ItemFacts> items) {}

  private static InputStream factsFile() {
    return CorpusTypedFactsTest.class.getResourceAsStream("/corpus-typed-facts.tsv");
  }

  private static Optional<String> cell(String cell) {
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  private static List<String> list(String cell) {
    return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(";"));
  }

  /** The facts by source, in file order. */
  static Map<String, Facts> facts() throws IOException {
    Map<String, LetterFacts> letters = new LinkedHashMap<>();
    Map<String, List<ItemFacts>> items = new LinkedHashMap<>();
    try (InputStream in = factsFile()) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int n = 0; n < lines.length; n++) {
        String line = lines[n];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        try {
          switch (c[0]) {
            case "letter" -> letters.put(c[1], LetterFacts.parse(c));
            case "item" ->
                items.computeIfAbsent(c[1], k -> new ArrayList<>()).add(ItemFacts.parse(c));
            default -> throw new IllegalArgumentException("unknown row kind '" + c[0] + "'");
          }
        } catch (RuntimeException e) {
          throw new IllegalStateException(
              "corpus-typed-facts.tsv:" + (n + 1) + ": " + e.getMessage(), e);
        }
      }
    }
    Map<String, Facts> facts = new LinkedHashMap<>();
    letters.forEach((source, letter) ->
        facts.put(source, new Facts(letter, items.getOrDefault(source, List.of()))));
    return facts;
  }

  /** The file itself is well formed: a letter row for every item row, items numbered 1…n. */
  @Test
  void factsAreWellFormed() throws IOException {
    Map<String, Facts> facts = facts();
    SoftAssertions soft = new SoftAssertions();
    for (Facts letter : facts.values()) {
      soft.assertThat(letter.items().stream().map(ItemFacts::index).toList())
          .as(letter.letter().source() + " item numbers")
          .isEqualTo(IntStream.rangeClosed(1, letter.items().size()).boxed().toList());
    }
    try (InputStream in = factsFile()) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> line.startsWith("item\t"))
          .map(line -> line.split("\t", -1)[1])
          .distinct()
          .forEach(source ->
              soft.assertThat(facts).as("letter row for " + source).containsKey(source));
    }
    soft.assertAll();
  }

  @Test
  void factsCoverEveryLetterInShared() throws IOException {
    Path shared = SharedLetters.require();
    List<String> letters = new ArrayList<>();
    for (String folder : List.of("seeds", "corpus/dev")) {
      try (Stream<Path> files = Files.list(shared.resolve(folder))) {
        files.filter(f -> f.toString().endsWith(".txt"))
            .forEach(f -> letters.add(folder + "/" + f.getFileName()));
      }
    }
    assertThat(facts().keySet()).containsExactlyInAnyOrderElementsOf(letters);
  }

  @TestFactory
  Stream<DynamicTest> everyRealLetterMatchesItsTypedFacts() throws IOException {
    Path shared = SharedLetters.require();
    return facts().values().stream().map(facts -> DynamicTest.dynamicTest(facts.letter().source(),
        () -> check(facts, PARSER.parse(shared.resolve(facts.letter().source())))));
  }

  private static void check(Facts facts, ParseResult result) {
    Determination d = result.determination().orElseThrow(
        () -> new AssertionError(facts.letter().source() + ": no determination"));
    SoftAssertions soft = new SoftAssertions();
    LetterFacts letter = facts.letter();
    String in = letter.source() + ": "; // each disagreement says which letter it is in

    Optional<CaseSummary> summary = d.caseSummary();
    soft.assertThat(summary.flatMap(CaseSummary::patientAge)).as(in + "case summary patientAge")
        .isEqualTo(letter.patientAge());
    soft.assertThat(summary.flatMap(CaseSummary::patientSex)).as(in + "case summary patientSex")
        .isEqualTo(letter.patientSex());
    soft.assertThat(summary.flatMap(CaseSummary::dateOfInjury)).as(in + "case summary dateOfInjury")
        .isEqualTo(letter.dateOfInjury());
    soft.assertThat(summary.flatMap(CaseSummary::utilizationReviewDate))
        .as(in + "case summary utilizationReviewDate").isEqualTo(letter.utilizationReviewDate());
    soft.assertThat(d.reviewer().flatMap(ExpertReviewer::boardCertified))
        .as(in + "reviewer boardCertified").isEqualTo(letter.boardCertified());

    List<DisputedItem> items = d.items();
    soft.assertThat(items).as(in + "items").hasSameSizeAs(facts.items());
    for (int i = 0; i < Math.min(items.size(), facts.items().size()); i++) {
      DisputedItem item = items.get(i);
      ItemFacts expected = facts.items().get(i);
      String at = in + "item " + expected.index() + " '" + abbreviate(item.title()) + "' ";
      soft.assertThat(item.quantity()).as(at + "quantity").isEqualTo(expected.quantity());
      soft.assertThat(item.dateOfService()).as(at + "dateOfService")
          .isEqualTo(expected.dateOfService());
      // A partial approval's request is the remaining portion, so it is not the whole title.
      soft.assertThat(!item.request().equals(item.title()))
          .as(at + "request is a part of the title")
          .isEqualTo(expected.partialApproval());
      soft.assertThat(item.originalRequest().isPresent()).as(at + "originalRequest present")
          .isEqualTo(expected.partialApproval());
      soft.assertThat(item.authorizedPortion().isPresent()).as(at + "authorizedPortion present")
          .isEqualTo(expected.partialApproval());
      List<GuidelineCitation> ca = citations(item.claimsAdministratorGuideline());
      List<GuidelineCitation> reviewer = citations(item.reviewerGuideline());
      soft.assertThat(guidelines(ca)).as(at + "Claims Administrator guidelines")
          .isEqualTo(expected.claimsAdministratorGuidelines());
      soft.assertThat(chapters(ca)).as(at + "Claims Administrator ACOEM chapters")
          .isEqualTo(expected.claimsAdministratorChapters());
      soft.assertThat(guidelines(reviewer)).as(at + "MAXIMUS guidelines")
          .isEqualTo(expected.reviewerGuidelines());
      soft.assertThat(chapters(reviewer)).as(at + "MAXIMUS ACOEM chapters")
          .isEqualTo(expected.reviewerChapters());
    }
    soft.assertAll();
  }

  private static List<GuidelineCitation> citations(Optional<GuidelineStatement> statement) {
    return statement.map(GuidelineStatement::citations).orElse(List.of());
  }

  private static List<Guideline> guidelines(List<GuidelineCitation> citations) {
    return citations.stream().map(GuidelineCitation::guideline).toList();
  }

  private static List<Integer> chapters(List<GuidelineCitation> citations) {
    return citations.stream()
        .filter(c -> c.guideline() == Guideline.ACOEM)
        .flatMap(c -> c.chapter().stream())
        .toList();
  }

  private static String abbreviate(String title) {
    return title.length() <= 50 ? title : title.substring(0, 47) + "...";
  }
}
