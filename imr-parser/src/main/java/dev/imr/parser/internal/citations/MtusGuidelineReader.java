package dev.imr.parser.internal.citations;

import dev.imr.model.CitationBasis;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.parser.internal.vocabulary.CitationVocabulary;
import dev.imr.parser.internal.vocabulary.Phrases;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One MTUS guideline as cited: {@code <name> [<year>][, Section(s): <topic>]} (2015 on), 2014's
 * {@code <name> [<topic>] Page(s): <pages>} and {@code ACOEM Chapter <n> <title> Page(s): <pages>},
 * in an MTUS chain or cited as non-MTUS. A name the vocabulary lacks is kept as an OTHER citation
 * with its title, and said.
 */
final class MtusGuidelineReader {

  // A year, where a name the vocabulary lacks ends.
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d(?![\\d/-])");

  private final Statement s;
  private final PageRanges pageRanges;
  private final AcoemChapters acoemChapters;

  MtusGuidelineReader(Statement statement, PageRanges pageRanges, AcoemChapters acoemChapters) {
    this.s = statement;
    this.pageRanges = pageRanges;
    this.acoemChapters = acoemChapters;
  }

  /** Reads the guideline cited in {@code [start, end)}. */
  void read(CitationBasis basis, int start, int end) {
    if (start >= end) {
      return;
    }
    GuidelineCitation.Builder citation = s.citation(basis, start, end);
    int p = start;
    Phrases.Match<Boolean> acoem = s.vocabulary.acoemNames.longestAt(s.text, p, end);
    Phrases.Match<CitationVocabulary.MtusName> name = s.vocabulary.mtusNames.longestAt(s.text, p, end);
    CitationVocabulary.@Nullable MtusName part = null;
    if (acoem != null && (name == null || acoem.end() >= name.end())) {
      citation.guideline(Guideline.ACOEM);
      int chapterAt = s.skipSpaces(acoem.end(), end);
      p = acoemChapters.read(citation, chapterAt, end, end);
    } else if (name != null) {
      CitationVocabulary.MtusName value = name.value();
      citation.guideline(value.guideline());
      if (value.chapter() != null) {
        citation.chapter(value.chapter());
      }
      if (value.title() != null) {
        citation.chapterTitle(value.title());
      }
      if (value.chapter() == null && value.firstChapter() > 0) {
        part = value;
      }
      p = name.end();
    } else {
      // A guideline the vocabulary does not know: keep its shape, type it OTHER, say so.
      Matcher year = YEAR.matcher(s.text).region(start, end);
      int nameEnd = end;
      while (year.find()) {
        if (year.start() > start && s.text.charAt(year.start() - 1) == ' ') {
          nameEnd = year.start();
          break;
        }
      }
      citation.guideline(Guideline.OTHER);
      citation.title(s.text.substring(start, s.trimEnd(start, nameEnd)));
      p = nameEnd;
      s.warn(start, end, "an MTUS guideline this parser does not know: '" + s.abbreviate(start, end)
          + "'; kept as an OTHER citation");
    }
    Tail tail = Tail.read(s, pageRanges, s.skipSpaces(p, end), end);
    tail.applyTo(citation);
    if (part != null && tail.topicStart >= 0) {
      // "General Approaches 2004, Section(s): Initial Approaches to Treatment" names chapter 3.
      Phrases.Match<CitationVocabulary.AcoemChapter> chapter =
          s.vocabulary.acoemChapters.longestAt(s.text, tail.topicStart, tail.topicEnd);
      if (chapter != null && chapter.end() == tail.topicEnd
          && chapter.value().number() >= part.firstChapter()
          && chapter.value().number() <= part.lastChapter()) {
        citation.chapter(chapter.value().number()).chapterTitle(chapter.value().title());
      }
    }
    s.citations.add(citation.build());
  }
}
