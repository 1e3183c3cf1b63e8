package dev.imr.parser.internal.citations;

import dev.imr.model.CitationBasis;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.PageRange;
import dev.imr.parser.internal.vocabulary.CitationVocabulary;
import dev.imr.parser.internal.vocabulary.Phrases;
import java.util.List;

/**
 * ACOEM cited outside MTUS: {@code ACOEM Occupational Medicine Practice Guidelines, 3rd ed.,
 * Shoulder Disorders, pg. 64}; {@code American College of Occupational and Environmental Medicine
 * (ACOEM) Pain, Suffering, and the Restoration of Function Chapter}. A 2nd-edition chapter named
 * by its title gets its number; a later edition's chapters differ, so theirs are kept as titles.
 */
final class AcoemReader {

  private final Statement s;
  private final PageRanges pageRanges;
  private final AcoemChapters acoemChapters;

  AcoemReader(Statement statement, PageRanges pageRanges, AcoemChapters acoemChapters) {
    this.s = statement;
    this.pageRanges = pageRanges;
    this.acoemChapters = acoemChapters;
  }

  /** Reads {@code [start, end)}, whose ACOEM name ends at {@code afterName}. */
  void read(int start, int afterName, int end) {
    GuidelineCitation.Builder citation = s.citation(CitationBasis.NON_MTUS, start, end)
        .guideline(Guideline.ACOEM);
    boolean hasChapter = false;
    boolean ordinalEdition = false;
    int topicStart = -1;
    int topicEnd = -1;
    int p = s.skipPunctuation(afterName, end);
    while (p < end) {
      Phrases.Match<Boolean> skip = s.vocabulary.acoemSkips.longestAt(s.text, p, end);
      int ordinalEnd = s.matchEnd(Shape.ORDINAL_EDITION, p, end);
      int pagesLabelEnd = s.matchEnd(Shape.PAGES_LABEL, p, end);
      boolean chapterNumber = s.lookingAt(Shape.CHAPTER_NUMBER, p, end);
      Phrases.Match<CitationVocabulary.AcoemChapter> chapter =
          ordinalEdition ? null : s.vocabulary.acoemChapters.longestAt(s.text, p, end);
      int next;
      if (skip != null) {
        next = skip.end();
      } else if (ordinalEnd >= 0) {
        ordinalEdition = true; // a later edition than the one MTUS adopted: its chapters differ
        next = ordinalEnd;
      } else if (s.yearAt(p, end)) {
        citation.edition(s.year(p));
        next = p + 4;
      } else if (pagesLabelEnd >= 0) {
        int fieldEnd = s.nextComma(pagesLabelEnd, end);
        List<PageRange> pages = pageRanges.read(pagesLabelEnd, s.trimEnd(p, fieldEnd));
        if (pages != null) {
          citation.addAllPages(pages);
        }
        next = fieldEnd;
      } else if (chapterNumber || chapter != null) {
        next = acoemChapters.read(citation, p, end, s.nextComma(p, end));
        hasChapter = true;
        int wordEnd = s.matchEnd(Shape.CHAPTER_WORD, next, end);
        if (wordEnd >= 0) {
          next = wordEnd;
        }
      } else {
        int fieldEnd = s.nextComma(p, end);
        String field = s.text.substring(p, s.trimEnd(p, fieldEnd));
        if (!hasChapter) {
          citation.chapterTitle(AcoemChapters.titleCase(stripWord(field, "chapter")));
          hasChapter = true;
        } else {
          if (topicStart < 0) {
            topicStart = p;
          }
          topicEnd = s.trimEnd(p, fieldEnd);
        }
        next = fieldEnd;
      }
      p = s.skipPunctuation(Math.max(next, p + 1), end);
    }
    if (topicStart >= 0) {
      citation.topic(s.topic(topicStart, topicEnd));
    }
    s.citations.add(citation.build());
  }

  /** {@code field} without {@code word} at its end ({@code Shoulder Disorders chapter}). */
  private static String stripWord(String field, String word) {
    String stripped = field.strip();
    if (stripped.length() > word.length()
        && stripped.regionMatches(true, stripped.length() - word.length(), word, 0, word.length())
        && stripped.charAt(stripped.length() - word.length() - 1) == ' ') {
      return stripped.substring(0, stripped.length() - word.length()).strip();
    }
    return stripped;
  }
}
