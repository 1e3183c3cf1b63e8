package dev.imr.parser.internal.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.GuidelineStatement;
import dev.imr.model.LetterHeader;
import dev.imr.model.SourceSpan;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.internal.LetterReader;
import dev.imr.parser.internal.prose.CaseFactsReader;
import dev.imr.parser.internal.prose.DateReader;
import dev.imr.parser.internal.prose.ItemDetailsReader;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.Folding;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the citation, case-fact and item-detail readers over every real letter in {@code
 * ../shared} (read-only; skipped where absent) and reports what they found: statements,
 * citations by guideline, the citations that fell to OTHER, each case fact's fill rate and its
 * agreement with the letter's header, and what item titles yielded. It asserts only that little
 * falls to OTHER unread and that the facts agree with the header.
 */
class CitationCorpusReportTest {

  @Test
  void reportOnEveryRealLetter() throws IOException {
    Path shared = shared();
    List<Path> letters = new ArrayList<>();
    for (String folder : List.of("seeds", "corpus/dev")) {
      Path dir = shared.resolve(folder);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(letters::add);
        }
      }
    }
    assumeTrue(!letters.isEmpty(), "no letters in " + shared);

    Tally tally = new Tally();
    for (Path letter : letters) {
      String input = Files.readString(letter, StandardCharsets.UTF_8);
      LetterReader.Reading reading = LetterReader.read(input, letter.toString());
      Determination determination = reading.determination();
      assertThat(determination).as(letter.toString()).isNotNull();
      SourceText source = SourceText.of(input);
      Optional<LocalDate> decided = determination.header().flatMap(LetterHeader::decisionDate);
      DateReader dates = decided.map(d -> DateReader.withReferenceYear(d.getYear())).orElse(DateReader.withPivot());
      tally.letters++;
      determination.caseSummary().ifPresent(summary -> tally.facts(letter, source,
          region(source, summary.span().orElseThrow()), dates, determination.header()));
      for (DisputedItem item : determination.items()) {
        tally.items++;
        item.titleSpan().ifPresent(span -> tally.title(source, region(source, span), dates, item.title()));
        item.claimsAdministratorGuideline().ifPresent(s -> tally.statement(letter, source, s));
        item.reviewerGuideline().ifPresent(s -> tally.statement(letter, source, s));
      }
    }
    System.out.println(tally.report());

    assertThat(tally.citations).isGreaterThan(0);
    assertThat(tally.unread).as("citations left unread (OTHER with a warning)")
        .isLessThanOrEqualTo(tally.citations / 50);
    assertThat(tally.injuryAgrees).as("dates of injury agreeing with the header")
        .isGreaterThanOrEqualTo(tally.injuryComparable * 9 / 10);
    assertThat(tally.reviewAgrees).as("review dates agreeing with the header's UR denial date")
        .isGreaterThanOrEqualTo(tally.reviewComparable * 8 / 10);
  }

  /** What the readers found, summed over the letters. */
  private static final class Tally {
    int letters;
    int statements;
    int statementsCitingNothing;
    int statementsWithoutCitation;
    int citations;
    int unread;
    final Map<Guideline, Integer> byGuideline = new EnumMap<>(Guideline.class);
    final List<String> others = new ArrayList<>();
    int summaries;
    int ages;
    int sexes;
    int injuries;
    int reviews;
    int injuryComparable;
    int injuryAgrees;
    int reviewComparable;
    int reviewAgrees;
    final List<String> disagreements = new ArrayList<>();
    int items;
    int titles;
    int quantities;
    int datesOfService;
    int partials;

    void statement(Path letter, SourceText source, GuidelineStatement statement) {
      statements++;
      Region region = region(source, statement.span().orElseThrow());
      assertThat(Folding.fold(source.clean(), region.start(), region.end())).isEqualTo(statement.text());
      Diagnostics diagnostics = new Diagnostics(source);
      CitationReader.Result result = CitationReader.standard().read(source, region, diagnostics);
      List<Diagnostic> warnings = diagnostics.sorted();
      if (result.citesNothing()) {
        statementsCitingNothing++;
      } else if (result.citations().isEmpty()) {
        statementsWithoutCitation++;
      }
      for (GuidelineCitation citation : result.citations()) {
        citations++;
        byGuideline.merge(citation.guideline(), 1, Integer::sum);
        String original = citation.span().orElseThrow().textOf(source.original());
        String clean = SourceText.of(original).clean();
        assertThat(Folding.fold(clean, 0, clean.length())).isEqualTo(citation.text());
        if (citation.guideline() == Guideline.OTHER) {
          SourceSpan span = citation.span().orElseThrow();
          boolean warned = warnings.stream().anyMatch(w -> overlaps(w.span(), span));
          if (warned) {
            unread++;
          }
          others.add((warned ? "UNREAD   " : "document ") + letter.getFileName() + ": " + citation.text());
        }
      }
    }

    void facts(Path letter, SourceText source, Region narrative, DateReader dates, Optional<LetterHeader> header) {
      summaries++;
      CaseFactsReader.CaseFacts facts = CaseFactsReader.read(source.clean(), narrative, dates);
      ages += facts.age() == null ? 0 : 1;
      sexes += facts.sex() == null ? 0 : 1;
      injuries += facts.injury() == null ? 0 : 1;
      reviews += facts.review() == null ? 0 : 1;
      Optional<LocalDate> headerInjury = header.flatMap(LetterHeader::dateOfInjury);
      if (headerInjury.isPresent() && facts.dateOfInjury().isPresent()) {
        injuryComparable++;
        if (headerInjury.equals(facts.dateOfInjury())) {
          injuryAgrees++;
        } else {
          disagreements.add(letter.getFileName() + ": injury " + facts.dateOfInjury().get() + ", header "
              + headerInjury.get());
        }
      }
      Optional<LocalDate> headerReview = header.flatMap(LetterHeader::urDenialDate);
      if (headerReview.isPresent() && facts.utilizationReviewDate().isPresent()) {
        reviewComparable++;
        if (headerReview.equals(facts.utilizationReviewDate())) {
          reviewAgrees++;
        } else {
          disagreements.add(letter.getFileName() + ": review " + facts.utilizationReviewDate().get() + ", header UR denial "
              + headerReview.get());
        }
      }
    }

    void title(SourceText source, Region region, DateReader dates, String title) {
      titles++;
      ItemDetailsReader.ItemDetails details = ItemDetailsReader.read(source.clean(), region, dates);
      assertThat(ItemDetailsReader.read(title, dates).request().value())
          .isEqualTo(details.request().value());
      quantities += details.quantity() == null ? 0 : 1;
      datesOfService += details.dateOfService() == null ? 0 : 1;
      partials += details.isPartialApproval() ? 1 : 0;
    }

    String report() {
      StringBuilder out = new StringBuilder("\n=== Readers over the real letters ===\n");
      out.append("letters ").append(letters).append(", items ").append(items).append('\n');
      out.append("guideline statements ").append(statements).append(": citing nothing ")
          .append(statementsCitingNothing).append(", basis only ").append(statementsWithoutCitation).append('\n');
      out.append("citations ").append(citations).append(" ").append(byGuideline).append('\n');
      out.append("  typed (not OTHER) ").append(citations - byGuideline.getOrDefault(Guideline.OTHER, 0))
          .append(", OTHER documents ").append(byGuideline.getOrDefault(Guideline.OTHER, 0) - unread)
          .append(", OTHER unread (warned) ").append(unread).append('\n');
      others.forEach(o -> out.append("  ").append(o).append('\n'));
      out.append("case summaries ").append(summaries).append(": age ").append(rate(ages, summaries))
          .append(", sex ").append(rate(sexes, summaries)).append(", date of injury ").append(rate(injuries, summaries))
          .append(", utilization review date ").append(rate(reviews, summaries)).append('\n');
      out.append("  agree with header: date of injury ").append(injuryAgrees).append('/').append(injuryComparable)
          .append(", review date = UR denial date ").append(reviewAgrees).append('/').append(reviewComparable)
          .append('\n');
      disagreements.forEach(d -> out.append("  ").append(d).append('\n'));
      out.append("item titles ").append(titles).append(": quantity ").append(quantities).append(", date of service ")
          .append(datesOfService).append(", partial approvals ").append(partials).append('\n');
      return out.toString();
    }
  }

  private static String rate(int count, int of) {
    return count + "/" + of + (of == 0 ? "" : " (" + Math.round(100.0 * count / of) + "%)");
  }

  private static boolean overlaps(SourceSpan a, SourceSpan b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** The cleaned range of an input span. */
  static Region region(SourceText source, SourceSpan span) {
    return new Region(cleanOffset(source, span.start()), cleanOffset(source, span.end()));
  }

  /** The first cleaned offset whose input offset is at or after {@code original}. */
  static int cleanOffset(SourceText source, int original) {
    int low = 0;
    int high = source.clean().length();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (source.toOriginal(middle) < original) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * The {@code shared} folder beside the checkout (as {@code dev.imr.parser.SharedLetters} finds
   * it, {@code -Dimr.shared=DIR} first), or the test is skipped.
   */
  static Path shared() {
    String configured = System.getProperty("imr.shared");
    Path found = null;
    if (configured != null && !configured.isBlank()) {
      found = Files.isDirectory(Path.of(configured)) ? Path.of(configured) : null;
    } else {
      Path dir = Path.of("").toAbsolutePath();
      for (int up = 0; up < 4 && dir != null && found == null; up++, dir = dir.getParent()) {
        Path candidate = dir.resolve("shared");
        if (Files.isDirectory(candidate.resolve("seeds")) || Files.isDirectory(candidate.resolve("corpus"))) {
          found = candidate;
        }
      }
    }
    assumeTrue(found != null, "../shared (real IMR letters beside the checkout) is absent: report skipped");
    return found;
  }
}
