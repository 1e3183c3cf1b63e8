package dev.imr.parser.internal.sections;

import dev.imr.model.Determination;
import dev.imr.model.LetterHeader;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.grammar.LetterParser.LetterContext;
import dev.imr.parser.internal.prose.DateReader;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Maps a letter's parse tree to a {@link Determination}, one section mapper per part. */
public final class LetterMapper {

  private final SourceText source;
  private final Diagnostics diagnostics;

  public LetterMapper(SourceText source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /** The determination, or null when nothing in the input belongs to an IMR letter. */
  public @Nullable Determination map(LetterContext letter) {
    boolean hasSection = letter.howMade() != null || letter.caseSummary() != null || letter.issues() != null;
    boolean hasHeader = letter.header() != null && HeaderMapper.looksLikeLetterHeader(letter.header());
    if (!hasSection && !hasHeader) {
      int end = Math.min(source.clean().length(), source.clean().indexOf('\n') < 0
          ? source.clean().length() : source.clean().indexOf('\n'));
      diagnostics.error(DiagnosticCode.NOT_AN_IMR_LETTER,
          "not an IMR determination letter: expected a header ('Case Number:' …) or the heading"
              + " 'HOW THE IMR FINAL DETERMINATION WAS MADE'", 0, end);
      return null;
    }
    Determination.Builder determination = Determination.builder();
    Optional<LetterHeader> header = letter.header() == null ? Optional.empty()
        : new HeaderMapper(source, diagnostics).map(letter.header());
    header.ifPresent(determination::header);
    // Two-digit years in the narrative are read relative to the letter's own decision date.
    DateReader dates = header.flatMap(LetterHeader::decisionDate)
        .map(date -> DateReader.withReferenceYear(date.getYear()))
        .orElseGet(DateReader::withPivot);
    Region reviewerExpectedAt = letter.howMade() != null ? Region.of(letter.howMade().HOW_MADE())
        : new Region(0, 0);
    if (reviewerExpectedAt == null) {
      reviewerExpectedAt = new Region(0, 0);
    }
    new ReviewerMapper(source, diagnostics).map(letter.howMade(), reviewerExpectedAt)
        .ifPresent(determination::reviewer);
    if (letter.caseSummary() != null) {
      new CaseSummaryMapper(source, diagnostics, dates).map(letter.caseSummary())
          .ifPresent(determination::caseSummary);
    } else {
      int at = letter.issues() != null ? Math.max(0, letter.issues().getStart().getStartIndex()) : 0;
      diagnostics.warning(DiagnosticCode.MISSING_PART,
          "no 'CLINICAL CASE SUMMARY' section", at, at);
    }
    if (letter.issues() != null) {
      determination.addAllItems(new ItemsMapper(source, diagnostics, dates).map(letter.issues()));
    } else {
      int end = source.clean().length();
      diagnostics.error(DiagnosticCode.MISSING_PART,
          "no 'IMR ISSUES, DECISIONS AND RATIONALES' section: the letter decides no item", end, end);
    }
    return determination.build();
  }
}
