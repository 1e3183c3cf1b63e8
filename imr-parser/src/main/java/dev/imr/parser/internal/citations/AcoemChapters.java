package dev.imr.parser.internal.citations;

import dev.imr.model.GuidelineCitation;
import dev.imr.parser.internal.vocabulary.CitationVocabulary;
import dev.imr.parser.internal.vocabulary.Phrases;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * An ACOEM chapter after the name {@code ACOEM}: {@code Chapter <n>}, the chapter's title, or
 * both ({@code CHAPTER 8 NECK AND UPPER BACK COMPLAINTS}), read into the chapter number and its
 * title in title case.
 */
final class AcoemChapters {

  private static final Set<String> SMALL_WORDS =
      Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with");

  private final Statement s;
  private final PageRanges pageRanges;

  AcoemChapters(Statement statement, PageRanges pageRanges) {
    this.s = statement;
    this.pageRanges = pageRanges;
  }

  /**
   * Reads {@code Chapter <n>} and the chapter's title at {@code p} into {@code citation}, a title
   * the vocabulary lacks ending by {@code titleLimit}; returns where the reading stopped.
   */
  int read(GuidelineCitation.Builder citation, int p, int end, int titleLimit) {
    Integer number = null;
    Matcher chapterNumber = s.match(Shape.CHAPTER_NUMBER, p, end);
    if (chapterNumber != null) {
      number = Integer.parseInt(s.text, chapterNumber.start(1), chapterNumber.end(1), 10);
      p = s.skipSpaces(chapterNumber.end(), end);
    }
    Phrases.Match<CitationVocabulary.AcoemChapter> title =
        s.vocabulary.acoemChapters.longestAt(s.text, p, end);
    if (title != null) {
      if (number != null && number != title.value().number()) {
        s.warn(p, title.end(), "ACOEM chapter " + number + " is cited with the title of chapter "
            + title.value().number() + " ('" + title.value().title() + "'); the number is kept");
      }
      citation.chapterTitle(title.value().title());
      p = title.end();
      if (number == null) {
        number = title.value().number();
      }
    } else if (number != null && s.vocabulary.acoemTitles.containsKey(number)) {
      int titleEnd = pageRanges.labelOrEnd(p, Math.min(end, titleLimit));
      if (titleEnd > p) {
        citation.chapterTitle(titleCase(s.text.substring(p, s.trimEnd(p, titleEnd))));
        p = titleEnd;
      } else {
        citation.chapterTitle(s.vocabulary.acoemTitles.get(number));
      }
    }
    if (number != null && number > 0) {
      citation.chapter(number);
    }
    return p;
  }

  /**
   * Title case for a title written in capitals ({@code NECK AND UPPER BACK COMPLAINTS} gives
   * {@code Neck and Upper Back Complaints}); a title in mixed case is kept as written.
   */
  static String titleCase(String title) {
    String stripped = title.strip();
    if (!stripped.equals(stripped.toUpperCase(Locale.ROOT))) {
      return stripped;
    }
    StringBuilder out = new StringBuilder(stripped.length());
    int i = 0;
    boolean first = true;
    while (i < stripped.length()) {
      char c = stripped.charAt(i);
      if (!Character.isLetter(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < stripped.length() && Character.isLetter(stripped.charAt(end))) {
        end++;
      }
      String word = stripped.substring(i, end).toLowerCase(Locale.ROOT);
      boolean afterOpening = i > 0 && "(-/".indexOf(stripped.charAt(i - 1)) >= 0;
      if (!first && !afterOpening && SMALL_WORDS.contains(word)) {
        out.append(word);
      } else {
        out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
      first = false;
      i = end;
    }
    return out.toString();
  }
}
