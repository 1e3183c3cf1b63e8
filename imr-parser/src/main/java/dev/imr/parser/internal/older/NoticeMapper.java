package dev.imr.parser.internal.older;

import dev.imr.model.CaseSummary;
import dev.imr.model.LetterHeader;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.prose.DateReader;
import dev.imr.parser.internal.prose.Fact;
import dev.imr.parser.internal.prose.NoticeReader;
import dev.imr.parser.internal.prose.NoticeReader.DatedWords;
import dev.imr.parser.internal.prose.NoticeReader.Determination;
import dev.imr.parser.internal.sections.CaseSummaryMapper;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.FixedWording;
import dev.imr.parser.internal.text.Folding;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Maps what the 2013 decision notice states in its fixed sentences (FORMAT.md, "Older layouts"),
 * read by {@link NoticeReader}: the notice's date and the paragraph of the case's dates fill the
 * header's decision, application, UR denial and assignment dates; the numbered determinations,
 * listed twice, give the items once; the disclaimer that opens the case summary dates the
 * utilization review. Each of these the notice should state but does not, in words the parser
 * reads, is left empty and reported.
 */
final class NoticeMapper {

  private static final String LAYOUT = "'" + OlderLayoutMapper.Layout.DECISION_NOTICE.title() + "'";
  private static final int TEXT_LIMIT = 60;

  private final SourceText source;
  private final String clean;
  private final Diagnostics diagnostics;
  private final DateReader dates;

  NoticeMapper(SourceText source, Diagnostics diagnostics, DateReader dates) {
    this.source = source;
    this.clean = source.clean();
    this.diagnostics = diagnostics;
    this.dates = dates;
  }

  /**
   * The header the notice's dates give, on top of the labels of {@code labelled} when the letter
   * has any (a label's value stands); null when no date is read. {@code front} is the text before
   * the reviewer's qualifications and the case summary, in order; what is read is added to {@code
   * read}, and a date the notice should give but does not is reported at {@code place}.
   */
  @Nullable LetterHeader header(List<Region> front, @Nullable LetterHeader labelled, List<String> read,
      Region place) {
    DatedWords dated = null;
    DatedWords application = null;
    DatedWords denial = null;
    DatedWords assignment = null;
    for (Region region : front) {
      dated = dated != null ? dated : NoticeReader.dated(clean, region, dates);
      NoticeReader.CaseDates found = NoticeReader.caseDates(clean, region, dates);
      application = application != null ? application : found.application();
      denial = denial != null ? denial : found.urDenial();
      assignment = assignment != null ? assignment : found.assignment();
    }
    LetterHeader.Builder header = LetterHeader.builder();
    if (labelled != null) {
      header.from(labelled);
    }
    Span span = new Span();
    List<String> fields = new ArrayList<>();
    copy(dated, FixedWording.NOTICE_DATED, "decision", labelled, LetterHeader::decisionDate,
        header::decisionDate, span, fields, place);
    copy(application, FixedWording.NOTICE_APPLICATION_FILED, "application-received", labelled,
        LetterHeader::applicationReceived, header::applicationReceived, span, fields, place);
    copy(denial, FixedWording.NOTICE_UR_DENIAL, "UR denial", labelled,
        LetterHeader::urDenialDate, header::urDenialDate, span, fields, place);
    copy(assignment, FixedWording.NOTICE_ASSIGNMENT, "assigned", labelled,
        LetterHeader::dateAssigned, header::dateAssigned, span, fields, place);
    if (fields.isEmpty()) {
      return labelled;
    }
    read.add(0, "the " + dates(fields));
    if (labelled == null) {
      // the stretch of the notice its dates were read from; a labelled header keeps its own
      header.span(source.span(span.start, span.end));
    }
    return header.build();
  }

  /** {@code decision, application-received and assigned dates}; {@code decision date} for one. */
  private static String dates(List<String> fields) {
    if (fields.size() == 1) {
      return fields.get(0) + " date";
    }
    return String.join(", ", fields.subList(0, fields.size() - 1)) + " and "
        + fields.get(fields.size() - 1) + " dates";
  }

  /**
   * Copies the date after {@code wording} into the header, unless a label gave it already; says
   * so when the notice does not state it where {@code wording} should stand.
   */
  private void copy(@Nullable DatedWords words, FixedWording wording, String field,
      @Nullable LetterHeader labelled, Function<LetterHeader, Optional<LocalDate>> given,
      Consumer<LocalDate> value, Span span, List<String> read, Region place) {
    if (labelled != null && given.apply(labelled).isPresent()) {
      return;
    }
    if (words == null) {
      diagnostics.warning(DiagnosticCode.MISSING_PART, "no " + wording.quoted() + " in the "
          + LAYOUT + ": its " + field + " date is left empty", place.start(), place.end());
      return;
    }
    if (words.date() == null) {
      diagnostics.warning(DiagnosticCode.MISSING_HEADER_VALUE, wording.quoted()
          + " is followed by no date the parser reads: the " + field + " date is left empty",
          words.words().start(), words.end());
      return;
    }
    Fact.copy(words.date(), source, value, ignored -> span.add(words.words().start(),
        words.date().region().end()));
    read.add(field);
  }

  /**
   * The numbered determinations of {@code front}, each once: the list that follows the title
   * and the one after the dates paragraph state the same, so a number seen before is passed
   * over, and reported when its request or verdict differs from the first.
   */
  List<Determination> determinations(List<Region> front) {
    Map<Integer, Determination> byNumber = new LinkedHashMap<>();
    for (Region region : front) {
      for (Determination determination : NoticeReader.determinations(clean, region)) {
        Determination first = byNumber.putIfAbsent(determination.number(), determination);
        if (first != null && !sameDetermination(first, determination)) {
          diagnostics.warning(DiagnosticCode.UNEXPECTED_CONTENT, "determination "
              + determination.number() + ") is stated again in other words ('"
              + abbreviate(Folding.fold(source, determination.request().start(),
                  determination.request().end()))
              + "'); the first statement is read", determination.sentence().start(),
              determination.sentence().end());
        }
      }
    }
    return List.copyOf(byNumber.values());
  }

  /** The same request, blanks aside (a line break may lose a space), and the same verdict. */
  private boolean sameDetermination(Determination a, Determination b) {
    return Fact.valueOf(a.decision()) == Fact.valueOf(b.decision())
        && withoutBlanks(a.request()).equals(withoutBlanks(b.request()));
  }

  private String withoutBlanks(Region region) {
    return clean.substring(region.start(), region.end()).replaceAll("\\s+", "")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The case summary under {@code Case Summary:}: the utilization review's text that follows
   * the disclaimer, without the quotation marks around it, dated by the disclaimer. What follows
   * the closing quotation mark is named in {@code notRead}. Null when there is no text.
   */
  @Nullable CaseSummary caseSummary(Region text, Set<String> notRead) {
    DatedWords disclaimer = NoticeReader.disclaimer(clean, text, dates);
    Region narrative = disclaimer == null ? text
        : new Region(Math.min(disclaimer.end(), text.end()), text.end()).trim(clean);
    int closing = closingQuote(narrative);
    if (closing >= 0) {
      if (!new Region(closing + 1, narrative.end()).trim(clean).isEmpty()) {
        notRead.add("the text after the case summary's closing quotation mark");
      }
      narrative = new Region(narrative.start() + 1, closing).trim(clean);
    }
    if (narrative.isEmpty()) {
      return null;
    }
    CaseSummary summary = new CaseSummaryMapper(source, diagnostics, dates).summary(narrative);
    if (disclaimer == null) {
      diagnostics.warning(DiagnosticCode.MISSING_PART, "the case summary of the " + LAYOUT
          + " does not open with " + quote(FixedWording.NOTICE_DISCLAIMER) + ": the utilization"
          + " review date is only what the summary itself states", text.start(), text.start());
      return summary;
    }
    if (disclaimer.date() == null) {
      diagnostics.warning(DiagnosticCode.MISSING_PART, "the disclaimer of the case summary names"
          + " no date the parser reads: the utilization review date is only what the summary"
          + " itself states", disclaimer.words().start(), disclaimer.end());
      return summary;
    }
    CaseSummary.Builder dated = CaseSummary.builder().from(summary);
    Fact.copy(disclaimer.date(), source, dated::utilizationReviewDate,
        dated::utilizationReviewDateSpan);
    return dated.build();
  }

  /**
   * Where the quotation mark that closes a narrative opening with one stands: the first that
   * ends a line or the narrative. -1 when the narrative does not open with one or never closes it.
   */
  private int closingQuote(Region narrative) {
    if (narrative.isEmpty() || clean.charAt(narrative.start()) != '"') {
      return -1;
    }
    for (int i = narrative.start() + 1; i < narrative.end(); i++) {
      if (clean.charAt(i) == '"' && (i + 1 == narrative.end() || clean.charAt(i + 1) == '\n')) {
        return i;
      }
    }
    return -1;
  }

  private static String quote(FixedWording wording) {
    return "'" + wording.words() + " …'";
  }

  private static String abbreviate(String text) {
    return text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT - 3) + "...";
  }

  /** The smallest range of the cleaned text that holds every date read and its words. */
  private static final class Span {
    private int start = -1;
    private int end = -1;

    void add(int from, int to) {
      start = start < 0 ? from : Math.min(start, from);
      end = Math.max(end, to);
    }
  }
}
