package dev.imr.parser.internal.sections;

import dev.imr.model.CaseSummary;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.grammar.LetterParser.CaseSummaryContext;
import dev.imr.parser.internal.prose.CaseFactsReader;
import dev.imr.parser.internal.prose.DateReader;
import dev.imr.parser.internal.prose.Fact;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.FixedWording;
import dev.imr.parser.internal.text.FoldedText;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import java.util.Optional;

/** Maps the narrative under {@code CLINICAL CASE SUMMARY}. */
public final class CaseSummaryMapper {

  private final SourceText source;
  private final Diagnostics diagnostics;
  private final DateReader dates;

  public CaseSummaryMapper(SourceText source, Diagnostics diagnostics, DateReader dates) {
    this.source = source;
    this.diagnostics = diagnostics;
    this.dates = dates;
  }

  Optional<CaseSummary> map(CaseSummaryContext summary) {
    Region heading = Region.of(summary.CASE_SUMMARY());
    Region narrative = Region.of(summary.text());
    if (narrative == null) {
      int at = heading == null ? 0 : heading.end();
      diagnostics.warning(DiagnosticCode.MISSING_PART,
          FixedWording.CASE_SUMMARY.quoted() + " has no narrative", at, at);
      return Optional.empty();
    }
    narrative = narrative.trim(source.clean());
    if (summary.SUMMARY_INTRO() == null) {
      diagnostics.warning(DiagnosticCode.MISSING_PART,
          "expected the introduction 'The expert reviewer developed the following clinical case"
              + " summary based on a review of the case file, including all medical records:'; the"
              + " narrative is taken to start right after the heading",
          narrative.start(), narrative.start());
    }
    return Optional.of(summary(narrative));
  }

  /** The summary of a narrative: its folded text and the facts it states, each with its span. */
  public CaseSummary summary(Region narrative) {
    // Folded once: the model's text and the reader of its facts share it.
    FoldedText folded = FoldedText.of(source, narrative);
    CaseFactsReader.CaseFacts facts = CaseFactsReader.read(folded, dates);
    CaseSummary.Builder built = CaseSummary.builder()
        .text(folded.text())
        .span(narrative.span(source));
    Fact.copy(facts.age(), source, built::patientAge, built::patientAgeSpan);
    Fact.copy(facts.sex(), source, built::patientSex, built::patientSexSpan);
    Fact.copy(facts.injury(), source, built::dateOfInjury, built::dateOfInjurySpan);
    Fact.copy(facts.review(), source, built::utilizationReviewDate,
        built::utilizationReviewDateSpan);
    return built.build();
  }
}
