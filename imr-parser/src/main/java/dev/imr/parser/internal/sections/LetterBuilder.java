package dev.imr.parser.internal.sections;

import dev.imr.model.Determination;
import dev.imr.model.LetterHeader;
import dev.imr.model.SourceSpan;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.grammar.LetterParser.CaseSummaryContext;
import dev.imr.parser.internal.grammar.LetterParser.HeaderContext;
import dev.imr.parser.internal.grammar.LetterParser.HowMadeContext;
import dev.imr.parser.internal.grammar.LetterParser.IssuesContext;
import dev.imr.parser.internal.grammar.LetterParser.LetterContext;
import dev.imr.parser.internal.grammar.LetterParser.SectionContext;
import dev.imr.parser.internal.grammar.LetterParserBaseVisitor;
import dev.imr.parser.internal.grammar.SyntaxErrors;
import dev.imr.parser.internal.prose.DateReader;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.FixedWording;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
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
    HeaderContext header = letterHeader(letter);
    HowMadeContext howMade = firstSection(letter, SectionContext::howMade);
    CaseSummaryContext caseSummary = firstSection(letter, SectionContext::caseSummary);
    IssuesContext issues = issues(letter);
    boolean hasSection = howMade != null || caseSummary != null || issues != null;
    boolean hasHeader = header != null && HeaderMapper.looksLikeLetterHeader(header);
    if (!hasSection && !hasHeader) {
      int end = Math.min(source.clean().length(), source.clean().indexOf('\n') < 0
          ? source.clean().length() : source.clean().indexOf('\n'));
      diagnostics.error(DiagnosticCode.NOT_AN_IMR_LETTER,
          "not an IMR determination letter: expected a header (" + FixedWording.CASE_NUMBER.quoted()
              + " …) or the heading " + FixedWording.HOW_MADE.quoted(), 0, end);
      return null;
    }
    isLetter = true;
    for (HeaderContext block : letter.header()) {
      if (block == header) {
        noteHeaderPlace(letter, header);
        visitHeader(header);
      } else {
        // Text before the first heading that holds no label, or a second header block.
        new HeaderMapper(source, diagnostics).map(block).ifPresent(second -> {
          Region region = Region.of(block);
          diagnostics.warning(DiagnosticCode.UNEXPECTED_CONTENT, "a second header block; the"
              + " header is read from the first, at " + where(Region.of(header)),
              region.start(), region.end());
        });
      }
    }
    if (howMade != null && howMade.HOW_MADE() == null) {
      headingLost(FixedWording.HOW_MADE, howMade);
    }
    if (caseSummary != null && caseSummary.CASE_SUMMARY() == null) {
      headingLost(FixedWording.CASE_SUMMARY, caseSummary);
    }
    if (issues != null && issues.ISSUES() == null) {
      headingLost(FixedWording.ISSUES, issues);
    }
    // Credentials are looked for (and their absence reported) whether the section is there or not.
    visitHowMade(howMade);
    if (caseSummary != null) {
      visitCaseSummary(caseSummary);
    } else {
      int at = issues != null ? Math.max(0, issues.getStart().getStartIndex()) : 0;
      diagnostics.warning(DiagnosticCode.MISSING_PART,
          "no " + FixedWording.CASE_SUMMARY.quoted() + " section", at, at);
    }
    if (issues != null) {
      visitIssues(issues);
    } else {
      int end = source.clean().length();
      diagnostics.error(DiagnosticCode.MISSING_PART, "no " + FixedWording.ISSUES.quoted()
          + " section: the letter decides no item", end, end);
    }
    return null;
  }

  /** A section whose heading is missing is read from the sentence that opens it; that is said. */
  private void headingLost(FixedWording heading, ParserRuleContext section) {
    int at = Math.max(0, section.getStart().getStartIndex());
    diagnostics.warning(DiagnosticCode.MISSING_PART, "expected the heading " + heading.quoted()
        + " before " + SyntaxErrors.describe(section.getStart()) + "; the section is read from"
        + " there", at, at);
  }

  /** The header block: the first one that holds a label, else the text before the sections. */
  private static @Nullable HeaderContext letterHeader(LetterContext letter) {
    for (HeaderContext block : letter.header()) {
      if (HeaderMapper.hasLabels(block)) {
        return block;
      }
    }
    return first(letter.header());
  }

  /** A header that does not open the letter is read where it stands, and that is said. */
  private void noteHeaderPlace(LetterContext letter, HeaderContext header) {
    int index = letter.children.indexOf(header);
    boolean sectionBefore = letter.children.subList(0, index).stream()
        .anyMatch(child -> !(child instanceof HeaderContext));
    if (!sectionBefore || !HeaderMapper.hasLabels(header)) {
      return;
    }
    ParseTree next = letter.children.get(index + 1);
    Region region = Region.of(header);
    String place = next instanceof ParserRuleContext section && Region.of(section) != null
        ? "before the section " + SyntaxErrors.describe(section.getStart())
        : "after the letter's sections";
    diagnostics.info(DiagnosticCode.UNEXPECTED_CONTENT, "the header block stands " + place
        + ", not at the top of the letter: read from there", region.start(), region.end());
  }

  private String where(@Nullable Region region) {
    if (region == null) {
      return "the top";
    }
    SourceSpan span = region.span(source);
    return source.line(span.start()) + ":" + source.column(span.start());
  }

  /** The letter's items section, the first if an extraction left more than one. */
  public static @Nullable IssuesContext issues(LetterContext letter) {
    return firstSection(letter, SectionContext::issues);
  }

  private static <T> @Nullable T firstSection(LetterContext letter,
      Function<SectionContext, @Nullable T> kind) {
    for (SectionContext section : letter.section()) {
      T context = kind.apply(section);
      if (context != null) {
        return context;
      }
    }
    return null;
  }

  private static <T> @Nullable T first(List<T> contexts) {
    return contexts.isEmpty() ? null : contexts.get(0);
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
