package dev.imr.parser.internal;

import dev.imr.model.CaseSummary;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.LetterParser.CaseSummaryContext;
import java.util.Optional;

/** Maps the narrative under {@code CLINICAL CASE SUMMARY}. */
final class CaseSummaryMapper {

  private final SourceText source;
  private final Diagnostics diagnostics;

  CaseSummaryMapper(SourceText source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  Optional<CaseSummary> map(CaseSummaryContext summary) {
    Region heading = Region.of(summary.CASE_SUMMARY());
    Region narrative = Region.of(summary.text());
    if (narrative == null) {
      int at = heading == null ? 0 : heading.end();
      diagnostics.warning(DiagnosticCode.MISSING_PART,
          "'CLINICAL CASE SUMMARY' has no narrative", at, at);
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
    return Optional.of(CaseSummary.builder()
        .text(narrative.folded(source.clean()))
        .span(narrative.span(source))
        .build());
  }
}
