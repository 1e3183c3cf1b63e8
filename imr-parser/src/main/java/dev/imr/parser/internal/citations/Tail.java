package dev.imr.parser.internal.citations;

import dev.imr.model.GuidelineCitation;
import dev.imr.model.PageRange;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What follows a guideline's name in a citation: {@code [<year> [Guidelines]][, Section(s):]
 * [<topic>] [Page(s): <pages>]}, as in {@code 2009, Section(s): Muscle relaxants (for pain)},
 * {@code 2016 Guidelines, Section(s): Opioids, criteria for use} and {@code Muscle Relaxants (for
 * pain) Page(s): 63-66}.
 */
final class Tail {

  @Nullable Integer edition;
  @Nullable String topic;
  int topicStart = -1;
  int topicEnd = -1;
  @Nullable List<PageRange> pages;

  private Tail() {}

  /** Reads the tail at {@code p} up to {@code end}. */
  static Tail read(Statement s, PageRanges pageRanges, int p, int end) {
    Tail tail = new Tail();
    if (s.yearAt(p, end)) {
      tail.edition = s.year(p);
      p = s.skipPunctuation(p + 4, end);
      // "2016 Guidelines, Section(s): …": the word names the guideline, it is no topic
      int wordEnd = s.matchEnd(Shape.GUIDELINES_WORD, p, end);
      if (wordEnd >= 0) {
        int after = s.skipPunctuation(wordEnd, end);
        if (after >= end || s.lookingAt(Shape.SECTIONS_LABEL, after, end)) {
          p = after;
        }
      }
    } else {
      p = s.skipPunctuation(p, end);
    }
    int sectionsEnd = s.matchEnd(Shape.SECTIONS_LABEL, p, end);
    if (sectionsEnd >= 0) {
      p = sectionsEnd;
    }
    int pagesAt = pageRanges.labelOrEnd(p, end);
    if (pagesAt < end) {
      int labelEnd = s.matchEnd(Shape.PAGES_LABEL, pagesAt, end);
      if (labelEnd >= 0) {
        tail.pages = pageRanges.read(labelEnd, end);
      }
    }
    int topicEnd = s.trimEnd(p, pagesAt);
    while (topicEnd > p && ",;:".indexOf(s.text.charAt(topicEnd - 1)) >= 0) {
      topicEnd = s.trimEnd(p, topicEnd - 1);
    }
    if (topicEnd > p) {
      tail.topicStart = p;
      tail.topicEnd = topicEnd;
      tail.topic = s.topic(p, topicEnd);
    }
    return tail;
  }

  void applyTo(GuidelineCitation.Builder citation) {
    if (edition != null) {
      citation.edition(edition);
    }
    if (topic != null) {
      citation.topic(topic);
    }
    if (pages != null) {
      citation.addAllPages(pages);
    }
  }
}
