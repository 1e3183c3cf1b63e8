package dev.imr.parser.internal.citations;

import dev.imr.model.CitationBasis;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.PageRange;
import dev.imr.parser.internal.vocabulary.CitationVocabulary;
import dev.imr.parser.internal.vocabulary.Phrases;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 2014's non-MTUS citation of an MTUS guideline: {@code MTUS: ACOEM, CHAPTER 8 NECK AND UPPER
 * BACK COMPLAINTS, PAGES 177-178} or {@code MTUS: EPIDURAL STEROID INJECTIONS (ESIs), CHRONIC PAIN
 * MEDICAL TREATMENT GUIDELINES, 46}: comma-separated fields in any order.
 */
final class Mtus2014Reader {

  private final Statement s;
  private final PageRanges pageRanges;
  private final AcoemChapters acoemChapters;

  Mtus2014Reader(Statement statement, PageRanges pageRanges, AcoemChapters acoemChapters) {
    this.s = statement;
    this.pageRanges = pageRanges;
    this.acoemChapters = acoemChapters;
  }

  /** Reads {@code [start, end)}, whose fields start at {@code fieldsStart} after {@code MTUS:}. */
  void read(int start, int fieldsStart, int end) {
    GuidelineCitation.Builder citation = s.citation(CitationBasis.NON_MTUS, start, end);
    @Nullable Guideline guideline = null;
    int topicStart = -1;
    int topicEnd = -1;
    int p = s.skipSpaces(fieldsStart, end);
    while (p < end) {
      int fieldEnd = s.nextComma(p, end);
      Phrases.Match<Boolean> acoem = s.vocabulary.acoemNames.longestAt(s.text, p, end);
      Phrases.Match<CitationVocabulary.MtusName> name = s.vocabulary.mtusNames.longestAt(s.text, p, end);
      int chapterNumberEnd = s.matchEnd(Shape.CHAPTER_NUMBER, p, end);
      if (acoem != null) {
        guideline = Guideline.ACOEM;
        int chapterAt = s.skipSpaces(acoem.end(), end);
        fieldEnd = s.endsField(acoem.end(), end) ? s.nextComma(acoem.end(), end)
            : s.nextComma(acoemChapters.read(citation, chapterAt, end, s.nextComma(chapterAt, end)), end);
      } else if (chapterNumberEnd >= 0) {
        guideline = Guideline.ACOEM;
        int titleLimit = s.nextComma(chapterNumberEnd, end);
        fieldEnd = s.nextComma(acoemChapters.read(citation, p, end, titleLimit), end);
      } else if (name != null && s.endsField(name.end(), end)) {
        guideline = name.value().guideline();
        if (name.value().chapter() != null) {
          citation.chapter(name.value().chapter());
        }
        if (name.value().title() != null) {
          citation.chapterTitle(name.value().title());
        }
        fieldEnd = s.nextComma(name.end(), end);
      } else if (pageRanges.isField(p, fieldEnd)) {
        List<PageRange> pages = pageRanges.read(pageRanges.numbersStart(p, fieldEnd), s.trimEnd(p, fieldEnd));
        if (pages != null) {
          citation.addAllPages(pages);
        }
      } else if (s.yearAt(p, fieldEnd) && s.trimEnd(p, fieldEnd) - p == 4) {
        citation.edition(s.year(p));
      } else {
        if (topicStart < 0) {
          topicStart = p;
        }
        topicEnd = s.trimEnd(p, fieldEnd);
      }
      p = fieldEnd < end ? s.skipSpaces(fieldEnd + 1, end) : end;
    }
    if (topicStart >= 0) {
      citation.topic(s.topic(topicStart, topicEnd));
    }
    if (guideline == null) {
      citation.guideline(Guideline.OTHER);
      s.warn(start, end, "a 2014 'MTUS:' citation that names no known guideline: '"
          + s.abbreviate(start, end) + "'; kept as an OTHER citation");
    } else {
      citation.guideline(guideline);
    }
    s.citations.add(citation.build());
  }
}
