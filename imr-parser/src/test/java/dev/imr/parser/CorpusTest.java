package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.Decision;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.ExpertReviewer;
import dev.imr.model.LetterHeader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real letter in {@code ../shared} against facts read off it by hand
 * ({@code corpus-facts.tsv}: header, item count, each decision, credentials, where the first
 * heading starts and the last ends) — not against the parser's own earlier output.
 */
class CorpusTest {

  private static final ImrParser PARSER = ImrParser.create();

  /** One row of corpus-facts.tsv. */
  record Facts(String source, String caseNumber, String dateAssigned, String dateOfInjury,
      String decisionDate, String urDenialDate, String applicationReceived, String priority,
      int itemCount, List<Decision> decisions, List<String> specialties,
      List<String> licensureStates, String firstTitleStart, String lastTitleEnd) {

    static Facts parse(String line) {
      String[] c = line.split("\t", -1);
      return new Facts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], Integer.parseInt(c[8]),
          Arrays.stream(c[9].split(",")).map(Decision::valueOf).toList(), list(c[10]), list(c[11]),
          c[12], c[13]);
    }

    private static List<String> list(String cell) {
      return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
    }
  }

  static List<Facts> facts() throws IOException {
    List<Facts> facts = new ArrayList<>();
    try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus-facts.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : lines) {
        if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("source\t")) {
          facts.add(Facts.parse(line));
        }
      }
    }
    return facts;
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
    assertThat(facts().stream().map(Facts::source)).containsExactlyInAnyOrderElementsOf(letters);
  }

  @TestFactory
  Stream<DynamicTest> everyRealLetterMatchesItsHandReadFacts() throws IOException {
    Path shared = SharedLetters.require();
    return facts().stream().map(facts -> DynamicTest.dynamicTest(facts.source(),
        () -> check(facts, PARSER.parse(shared.resolve(facts.source())))));
  }

  private static void check(Facts facts, ParseResult result) {
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(result.errors()).as("errors").isEmpty();
    softly.assertThat(result.determination()).as("determination").isPresent();
    Determination d = result.determination().orElseThrow();

    if (facts.caseNumber().isEmpty()) {
      softly.assertThat(d.header()).as("header").isEmpty();
    } else {
      LetterHeader h = d.header().orElseThrow();
      softly.assertThat(h.caseNumber()).as("caseNumber").contains(facts.caseNumber());
      softly.assertThat(h.dateAssigned()).as("dateAssigned").isEqualTo(date(facts.dateAssigned()));
      softly.assertThat(h.dateOfInjury()).as("dateOfInjury").isEqualTo(date(facts.dateOfInjury()));
      softly.assertThat(h.decisionDate()).as("decisionDate").isEqualTo(date(facts.decisionDate()));
      softly.assertThat(h.urDenialDate()).as("urDenialDate").isEqualTo(date(facts.urDenialDate()));
      softly.assertThat(h.applicationReceived()).as("applicationReceived")
          .isEqualTo(date(facts.applicationReceived()));
      softly.assertThat(h.priority()).as("priority").contains(facts.priority());
    }

    ExpertReviewer reviewer = d.reviewer().orElseThrow();
    softly.assertThat(reviewer.specialties()).as("specialties").isEqualTo(facts.specialties());
    softly.assertThat(reviewer.licensureStates()).as("licensureStates")
        .isEqualTo(facts.licensureStates());
    softly.assertThat(d.caseSummary()).as("caseSummary").isPresent();

    List<DisputedItem> items = d.items();
    softly.assertThat(items).as("items").hasSize(facts.itemCount());
    softly.assertThat(items.stream().map(i -> i.decision().orElse(null)).toList()).as("decisions")
        .isEqualTo(facts.decisions());
    for (int i = 0; i < items.size(); i++) {
      DisputedItem item = items.get(i);
      String at = "item " + (i + 1) + " '" + item.title() + "'";
      softly.assertThat(item.title()).as(at + " title").isNotBlank();
      softly.assertThat(item.claimsAdministratorGuideline().map(s -> s.text()).orElse(""))
          .as(at + " claims administrator guideline").isNotBlank();
      softly.assertThat(item.reviewerGuideline().map(s -> s.text()).orElse(""))
          .as(at + " reviewer guideline").isNotBlank();
      softly.assertThat(item.rationale().orElse("")).as(at + " rationale").isNotBlank();
      // A rationale that ran on into the next item would hold its decision or labels.
      softly.assertThat(item.rationale().orElse("")).as(at + " rationale")
          .doesNotContainPattern("(?i):\\s*(Upheld|Overturned)\\s*$")
          .doesNotContain("Claims Administrator guideline:", "MAXIMUS guideline:", "Decision rationale:");
    }
    if (!items.isEmpty()) {
      softly.assertThat(items.get(0).title()).as("first title").startsWith(facts.firstTitleStart());
      softly.assertThat(items.get(items.size() - 1).title()).as("last title")
          .endsWith(facts.lastTitleEnd());
    }
    softly.assertAll();
  }

  private static Optional<LocalDate> date(String iso) {
    return iso.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(iso));
  }
}
