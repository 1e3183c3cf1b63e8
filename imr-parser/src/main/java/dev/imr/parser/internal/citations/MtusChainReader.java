package dev.imr.parser.internal.citations;

import dev.imr.model.CitationBasis;
import dev.imr.parser.internal.vocabulary.CitationVocabulary;
import dev.imr.parser.internal.vocabulary.Phrases;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An MTUS sentence, split into one citation per guideline of its chain: {@code Shoulder
 * Complaints 2004, Section(s): Initial Care, and Elbow Complaints 2007, and Forearm, Wrist, and
 * Hand Complaints 2004}. A part starts where a known name follows a separator with its year or
 * pages, or where, after {@code , and}, a name the vocabulary lacks stands with its year.
 */
final class MtusChainReader {

  // A guideline this vocabulary does not know, in the chain's shape "<Name> <year>": bounded.
  private static final Pattern UNKNOWN_CHAINED_NAME =
      Pattern.compile("[A-Z][A-Za-z&'/ -]{0,60}?\\s(?:19|20)\\d\\d(?!\\d)");
  private static final int UNKNOWN_NAME_WINDOW = 80;

  private final Statement s;
  private final MtusGuidelineReader guidelines;

  MtusChainReader(Statement statement, MtusGuidelineReader guidelines) {
    this.s = statement;
    this.guidelines = guidelines;
  }

  /** Reads the chain in {@code [start, end)}. */
  void read(int start, int end) {
    int partStart = start;
    int i = knownNameEnd(start, end); // the first name's own commas separate nothing
    while (i < end) {
      char c = s.text.charAt(i);
      int next = -1;
      boolean strongSeparator = false;
      if (c == ',' || c == ';') {
        next = s.skipSpaces(i + 1, end);
        int andEnd = s.andEnd(next, end);
        if (andEnd >= 0) {
          next = andEnd;
          strongSeparator = true;
        }
      } else if (c == ' ' && i > partStart && s.text.charAt(i - 1) != ','
          && s.text.regionMatches(true, i + 1, "and ", 0, 4)) {
        next = s.skipSpaces(i + 5, end);
      }
      int nameEnd = next > 0 && next < end ? chainedGuidelineEnd(next, end, strongSeparator) : -1;
      if (nameEnd > 0) {
        guidelines.read(CitationBasis.MTUS, partStart, s.trimEnd(partStart, i));
        partStart = next;
        i = nameEnd; // the name's own commas and "and"s separate nothing
        continue;
      }
      i++;
    }
    guidelines.read(CitationBasis.MTUS, partStart, s.trimEnd(partStart, end));
  }

  /** The end of the MTUS or ACOEM name at {@code at}, or {@code at}. */
  private int knownNameEnd(int at, int end) {
    Phrases.Match<CitationVocabulary.MtusName> name = s.vocabulary.mtusNames.longestAt(s.text, at, end);
    Phrases.Match<Boolean> acoem = s.vocabulary.acoemNames.longestAt(s.text, at, end);
    int nameEnd = name == null ? at : name.end();
    return acoem == null ? nameEnd : Math.max(nameEnd, acoem.end());
  }

  /**
   * Where the name of a chained guideline starting at {@code at} ends (a known name followed by
   * its year or pages, or after ", and" an unknown name with its year), or -1.
   */
  private int chainedGuidelineEnd(int at, int end, boolean strongSeparator) {
    int p = at;
    if (s.text.regionMatches(true, p, "MTUS ", 0, 5)) {
      p = s.skipSpaces(p + 5, end);
    }
    Phrases.Match<CitationVocabulary.MtusName> name = s.vocabulary.mtusNames.longestAt(s.text, p, end);
    if (name != null) {
      int after = s.skipSpaces(name.end(), end);
      if (s.yearAt(after, end) || s.lookingAt(Shape.PAGES_LABEL, after, end)) {
        return name.end();
      }
    }
    Phrases.Match<Boolean> acoem = s.vocabulary.acoemNames.longestAt(s.text, p, end);
    if (acoem != null && s.lookingAt(Shape.CHAPTER_NUMBER, s.skipSpaces(acoem.end(), end), end)) {
      return acoem.end();
    }
    if (strongSeparator) {
      // "…, and <Name> <year>" with a name the vocabulary lacks: a part of its own, read as OTHER.
      int windowEnd = Math.min(end, p + UNKNOWN_NAME_WINDOW);
      Matcher unknown = UNKNOWN_CHAINED_NAME.matcher(s.text).region(p, windowEnd);
      if (unknown.lookingAt()) {
        int after = s.skipSpaces(unknown.end(), end);
        if (after >= end || ",.;".indexOf(s.text.charAt(after)) >= 0) {
          return unknown.end();
        }
      }
    }
    return -1;
  }
}
