package dev.imr.parser.internal.citations;

import dev.imr.model.CitationBasis;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.SourceSpan;
import dev.imr.parser.internal.vocabulary.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Official Disability Guidelines. After the name come optional publisher and edition words
 * ({@code Work Loss Data Institute (21th Annual Edition), 2016}), then groups of chapters, each
 * possibly with its qualifier ({@code (Acute & Chronic)}, kept apart), {@code Chapter} and {@code
 * (updated MM/DD/YY)}, followed by a topic; every chapter gives a citation with its group's
 * topic. A new group starts where a chapter's name follows a comma or semicolon and stands alone
 * ({@code …, Physical therapy; ODG Forearm, Wrist and Hand (updated 12/20/16), …}). ODG's preface
 * is read as a chapter ({@code ODG Preface – Physical Therapy}), and ODG is also read where it is
 * cited by a chapter alone, without its name ({@link #citedByChapter}).
 */
final class OdgReader {

  // ODG named as a word, not inside one
  private static final Pattern ODG_WORD = Pattern.compile("\\bODG\\b", Pattern.CASE_INSENSITIVE);

  /** A chapter of a group: its canonical title and the qualifier written with it, if any. */
  private record Chapter(@Nullable String title, @Nullable String qualifier) {}

  private final Statement s;

  OdgReader(Statement statement) {
    this.s = statement;
  }

  /**
   * True when {@code [start, end)} cites ODG by a chapter without naming ODG first: the chapter
   * stands alone at {@code start} and a qualifier, a decoration or an update date follows it, or
   * the citation names ODG later ({@code Shoulder (Acute & Chronic), Physical Therapy, ODG Preface
   * – Physical Therapy}).
   */
  boolean citedByChapter(int start, int end) {
    Phrases.Match<String> chapter = chapterAt(start, end);
    if (chapter == null || !standsAlone(chapter.end(), end, false)) {
      return false;
    }
    int after = s.skipSpaces(chapter.end(), end);
    if (s.lookingAt(Shape.ODG_QUALIFIER, after, end) || s.lookingAt(Shape.UPDATED, after, end)
        || s.vocabulary.odgDecorations.longestAt(s.text, after, end) != null) {
      return true;
    }
    return ODG_WORD.matcher(s.text).region(chapter.end(), end).find();
  }

  /** Reads {@code [start, end)}, whose ODG name ends at {@code afterName}. */
  void read(int start, int afterName, int end) {
    Integer edition = null;
    int p = afterName;
    while (true) {
      p = s.skipPunctuation(p, end);
      int ordinalEnd = s.matchEnd(Shape.ORDINAL_EDITION, p, end);
      int chapterLabelEnd = s.matchEnd(Shape.CHAPTER_LABEL, p, end);
      Phrases.Match<Boolean> decoration = s.vocabulary.odgDecorations.longestAt(s.text, p, end);
      if (ordinalEnd >= 0) {
        p = ordinalEnd;
      } else if (s.yearAt(p, end)) {
        edition = s.year(p);
        p += 4;
      } else if (chapterLabelEnd >= 0) {
        p = chapterLabelEnd;
      } else if (decoration != null) {
        p = decoration.end();
      } else {
        break;
      }
    }
    int groupStart = start;
    int before = s.citations.size();
    while (p < end) {
      List<Chapter> chapters = new ArrayList<>();
      Phrases.Match<String> chapter = chapterAt(p, end);
      while (chapter != null) {
        @Nullable String[] qualifier = new @Nullable String[1];
        p = skipDecorations(chapter.end(), end, qualifier);
        chapters.add(new Chapter(chapter.value(), qualifier[0]));
        int next = afterListSeparator(p, end);
        chapter = next < 0 ? null : chapterAt(next, end);
        if (chapter != null && !standsAlone(chapter.end(), end, true)) {
          chapter = null; // "Low Back, Pain management": a topic, not a second chapter
        }
        if (chapter != null) {
          p = next;
        }
      }
      int topicStart = s.skipPunctuation(p, end);
      int[] boundary = groupBoundary(topicStart, end); // {topic end, next group start}
      int topicEnd = s.trimEnd(topicStart, boundary[0]);
      String topic = topicEnd > topicStart ? s.topic(topicStart, topicEnd) : null;
      int citationEnd = s.trimEnd(groupStart, boundary[0]);
      if (chapters.isEmpty()) {
        chapters.add(new Chapter(null, null));
      }
      // The chapters of one group share its text: one copy, however many chapters.
      String groupText = s.text.substring(groupStart, citationEnd);
      SourceSpan groupSpan = s.folded.span(s.source, groupStart, citationEnd);
      for (Chapter each : chapters) {
        GuidelineCitation.Builder citation = GuidelineCitation.builder().basis(CitationBasis.NON_MTUS)
            .text(groupText).span(groupSpan).guideline(Guideline.ODG);
        if (edition != null) {
          citation.edition(edition);
        }
        if (each.title() != null) {
          citation.chapterTitle(each.title());
        }
        if (each.qualifier() != null) {
          citation.chapterQualifier(each.qualifier());
        }
        if (topic != null) {
          citation.topic(topic);
        }
        s.citations.add(citation.build());
      }
      groupStart = boundary[1];
      p = boundary[1];
    }
    if (s.citations.size() == before) {
      // the name alone, or with its edition only
      GuidelineCitation.Builder citation = s.citation(CitationBasis.NON_MTUS, start, end)
          .guideline(Guideline.ODG);
      if (edition != null) {
        citation.edition(edition);
      }
      s.citations.add(citation.build());
    }
  }

  /** The ODG chapter named at {@code p}, {@code ODG} before it included, or null. */
  private Phrases.@Nullable Match<String> chapterAt(int p, int end) {
    int prefixEnd = s.matchEnd(Shape.ODG_PREFIX, p, end);
    int at = prefixEnd >= 0 ? prefixEnd : p;
    Phrases.Match<String> chapter = s.vocabulary.odgChapters.longestAt(s.text, at, end);
    return chapter == null ? null : new Phrases.Match<>(chapter.value(), p, chapter.end());
  }

  /**
   * Past what follows a chapter's name and is neither chapter nor topic: its qualifier (put in
   * {@code qualifier[0]}), {@code Chapter}, {@code (updated …)}, a date.
   */
  private int skipDecorations(int p, int end, @Nullable String[] qualifier) {
    while (true) {
      int q = s.skipSpaces(p, end);
      Matcher qualifierMatch = s.match(Shape.ODG_QUALIFIER, q, end);
      if (qualifierMatch != null) {
        if (qualifier[0] == null) {
          qualifier[0] = qualifierMatch.group(1).strip();
        }
        p = qualifierMatch.end();
        continue;
      }
      Phrases.Match<Boolean> decoration = s.vocabulary.odgDecorations.longestAt(s.text, q, end);
      int updatedEnd = s.matchEnd(Shape.UPDATED, q, end);
      int dateEnd = s.matchEnd(Shape.BARE_DATE, q, end);
      if (decoration != null) {
        p = decoration.end();
      } else if (updatedEnd >= 0) {
        p = updatedEnd;
      } else if (dateEnd >= 0) {
        p = dateEnd;
      } else {
        return p;
      }
    }
  }

  /** After a chapter: where the next chapter of the same list starts, or -1. */
  private int afterListSeparator(int p, int end) {
    int q = p;
    boolean separated = false;
    if (q < end && (s.text.charAt(q) == ',' || s.text.charAt(q) == ';')) {
      q++;
      separated = true;
    }
    q = s.skipSpaces(q, end);
    int andEnd = s.andEnd(q, end);
    if (andEnd >= 0) {
      q = andEnd;
      separated = true;
    } else if (q < end && s.text.charAt(q) == '&') {
      q = s.skipSpaces(q + 1, end);
      separated = true;
    }
    return separated && q < end ? q : -1;
  }

  /**
   * True when a chapter name ending at {@code nameEnd} is not the start of a longer phrase: the
   * part ends, punctuation or a decoration follows, or (in a list) {@code and} and another name.
   */
  private boolean standsAlone(int nameEnd, int end, boolean inList) {
    int after = s.skipSpaces(nameEnd, end);
    if (after >= end || ",;:.()-/\u2013".indexOf(s.text.charAt(after)) >= 0
        || s.vocabulary.odgDecorations.longestAt(s.text, after, end) != null) {
      return true;
    }
    return inList && (s.text.charAt(after) == '&' || s.andEnd(after, end) >= 0);
  }

  /**
   * Where the topic starting at {@code from} ends: at a comma or semicolon followed by a chapter
   * name that stands alone (followed by punctuation, a decoration or the end), else at {@code
   * end}. Returns {topic end, next group start}.
   */
  private int[] groupBoundary(int from, int end) {
    for (int i = from; i < end; i++) {
      char c = s.text.charAt(i);
      if (c != ',' && c != ';') {
        continue;
      }
      int q = s.skipSpaces(i + 1, end);
      int andEnd = s.andEnd(q, end);
      if (andEnd >= 0) {
        q = andEnd;
      }
      Phrases.Match<String> chapter = chapterAt(q, end);
      if (chapter == null) {
        continue;
      }
      if (standsAlone(chapter.end(), end, false)) {
        return new int[] {i, q};
      }
    }
    return new int[] {end, end};
  }
}
