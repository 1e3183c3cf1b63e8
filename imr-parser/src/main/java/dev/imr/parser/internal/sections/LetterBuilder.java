package dev.imr.parser.internal.sections;

import dev.imr.model.Determination;
import dev.imr.model.LetterHeader;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.grammar.LetterParser.CaseSummaryContext;
import dev.imr.parser.internal.grammar.LetterParser.HeaderContext;
import dev.imr.parser.internal.grammar.LetterParser.HowMadeContext;
import dev.imr.parser.internal.grammar.LetterParser.IssuesContext;
import dev.imr.parser.internal.grammar.LetterParser.LetterContext;
import dev.imr.parser.internal.grammar.LetterParserBaseVisitor;
import dev.imr.parser.internal.prose.DateReader;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.FixedWording;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Determination} from a current letter's parse tree: a visitor of the grammar's
 * {@code letter} rule that hands each section to its own class — {@link HeaderMapper}, {@link
 * ReviewerMapper}, {@link CaseSummaryMapper}, {@link ItemsMapper} — in the order the letter's
 * facts depend on (the header's decision date dates the narrative's two-digit years).
 */
public final class LetterBuilder extends LetterParserBaseVisitor<Void> {

  private final SourceText source;
  private final Diagnostics diagnostics;
  private final Determination.Builder determination = Determination.builder();
  private DateReader dates = DateReader.withPivot();
  private boolean isLetter;

  public LetterBuilder(SourceText source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /** The determination, or null when nothing in the input belongs to an IMR letter. */
  public @Nullable Determination build(LetterContext letter) {
    visit(letter);
    return isLetter ? determination.build() : null;
  }

  @Override
  public Void visitLetter(LetterContext letter) {
    boolean hasSection = letter.howMade() != null || letter.caseSummary() != null || letter.issues() != null;
    boolean hasHeader = letter.header() != null && HeaderMapper.looksLikeLetterHeader(letter.header());
    if (!hasSection && !hasHeader) {
      int end = Math.min(source.clean().length(), source.clean().indexOf('\n') < 0
          ? source.clean().length() : source.clean().indexOf('\n'));
      diagnostics.error(DiagnosticCode.NOT_AN_IMR_LETTER,
          "not an IMR determination letter: expected a header (" + FixedWording.CASE_NUMBER.quoted()
              + " …) or the heading " + FixedWording.HOW_MADE.quoted(), 0, end);
      return null;
    }
    isLetter = true;
    if (letter.header() != null) {
      visitHeader(letter.header());
    }
    // Credentials are looked for (and their absence reported) whether the section is there or not.
    visitHowMade(letter.howMade());
    if (letter.caseSummary() != null) {
      visitCaseSummary(letter.caseSummary());
    } else {
      int at = letter.issues() != null ? Math.max(0, letter.issues().getStart().getStartIndex()) : 0;
      diagnostics.warning(DiagnosticCode.MISSING_PART,
          "no " + FixedWording.CASE_SUMMARY.quoted() + " section", at, at);
    }
    if (letter.issues() != null) {
      visitIssues(letter.issues());
    } else {
      int end = source.clean().length();
      diagnostics.error(DiagnosticCode.MISSING_PART, "no " + FixedWording.ISSUES.quoted()
          + " section: the letter decides no item", end, end);
    }
    return null;
  }

  @Override
  public Void visitHeader(HeaderContext header) {
    Optional<LetterHeader> read = new HeaderMapper(source, diagnostics).map(header);
    read.ifPresent(determination::header);
    // Two-digit years in the narrative are read relative to the letter's own decision date.
    read.flatMap(LetterHeader::decisionDate)
        .ifPresent(date -> dates = DateReader.withReferenceYear(date.getYear()));
    return null;
  }

  @Override
  public Void visitHowMade(@Nullable HowMadeContext howMade) {
    Region reviewerExpectedAt = howMade == null ? null : Region.of(howMade.HOW_MADE());
    new ReviewerMapper(source, diagnostics)
        .map(howMade, reviewerExpectedAt == null ? new Region(0, 0) : reviewerExpectedAt)
        .ifPresent(determination::reviewer);
    return null;
  }

  @Override
  public Void visitCaseSummary(CaseSummaryContext caseSummary) {
    new CaseSummaryMapper(source, diagnostics, dates).map(caseSummary)
        .ifPresent(determination::caseSummary);
    return null;
  }

  @Override
  public Void visitIssues(IssuesContext issues) {
    determination.addAllItems(new ItemsMapper(source, diagnostics, dates).map(issues));
    return null;
  }
}
