package dev.imr.parser.internal.grammar;

import dev.imr.parser.internal.text.FixedWording;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * Finds the header block where an extractor put it after a section heading (some put it last).
 * The lexer reads header labels only before the first heading, so such a block arrives as the
 * text of the section before it; the reader lexes it again from here as a header. A block is a
 * run of lines holding at least two of the header's labels (other lines short, as values are),
 * followed by a section heading or the end of the letter: prose that names a date of injury is
 * not one.
 */
public final class HeaderBlock {

  private HeaderBlock() {}

  private static final List<FixedWording> LABELS = List.of(FixedWording.CASE_NUMBER,
      FixedWording.DATE_ASSIGNED, FixedWording.DATE_OF_INJURY, FixedWording.DECISION_DATE,
      FixedWording.UR_DENIAL_DATE, FixedWording.PRIORITY, FixedWording.APPLICATION_RECEIVED);
  private static final Pattern LABEL = Pattern.compile(alternatives(LABELS, true));
  // The letters a label can start with: the pattern is tried only where one stands, which
  // finds what Matcher.find finds without trying every alternative at every character.
  private static final boolean[] LABEL_STARTS = firstLetters(LABELS);
  private static final Pattern SECTION = Pattern.compile("[ \\t]*(?:" + alternatives(List.of(
      FixedWording.HOW_MADE, FixedWording.CASE_SUMMARY, FixedWording.ISSUES), false) + ")");
  // A value alone on its line, or the second word of a broken label: short.
  private static final int VALUE_LINE = 40;

  /** The words of each entry, any run of white space between them. */
  private static String alternatives(List<FixedWording> wordings, boolean capture) {
    StringBuilder pattern = new StringBuilder();
    for (FixedWording wording : wordings) {
      if (!pattern.isEmpty()) {
        pattern.append('|');
      }
      String words = wording.words().endsWith(":")
          ? wording.words().substring(0, wording.words().length() - 1) : wording.words();
      pattern.append(capture ? "(" : "(?:")
          .append(Pattern.quote(words).replace(" ", "\\E\\s+\\Q"))
          .append(wording.words().endsWith(":") ? "[ \\t]*:" : "").append(')');
    }
    return pattern.toString();
  }

  private static boolean[] firstLetters(List<FixedWording> wordings) {
    boolean[] letters = new boolean[128];
    for (FixedWording wording : wordings) {
      letters[wording.words().charAt(0)] = true; // the labels are ASCII
    }
    return letters;
  }

  /** The first label at or after {@code from}, as {@code label.find(from)} finds it. */
  private static boolean findLabel(Matcher label, String clean, int from) {
    for (int at = from; at < clean.length(); at++) {
      char c = clean.charAt(at);
      if (c < LABEL_STARTS.length && LABEL_STARTS[c]
          && label.region(at, clean.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the header block starts in {@code clean} when the lexer found no header label before
   * the first section heading and a block stands further on; -1 otherwise.
   */
  public static int start(List<Token> tokens, String clean) {
    int firstSection = -1;
    for (Token token : tokens) {
      int type = token.getType();
      if (isHeaderLabel(type)) {
        return -1; // the header is where it belongs
      }
      if (type == LetterLexer.HOW_MADE || type == LetterLexer.CASE_SUMMARY || type == LetterLexer.ISSUES) {
        firstSection = token.getStopIndex() + 1;
        break;
      }
    }
    if (firstSection < 0) {
      return -1;
    }
    Matcher label = LABEL.matcher(clean);
    int from = firstSection;
    while (from < clean.length() && findLabel(label, clean, from)) {
      int lineStart = LandmarkFault.startIfBlankBefore(clean, label.start());
      if (lineStart < 0) {
        from = label.end();
        continue;
      }
      int stop = blockEnd(clean, lineStart);
      if (stop < 0) {
        return lineStart;
      }
      from = Math.max(stop, label.end()); // the lines looked at are not looked at again
    }
    return -1;
  }

  private static boolean isHeaderLabel(int type) {
    return switch (type) {
      case LetterLexer.CASE_NUMBER_LABEL, LetterLexer.DATE_ASSIGNED_LABEL,
          LetterLexer.DATE_OF_INJURY_LABEL, LetterLexer.DECISION_DATE_LABEL,
          LetterLexer.UR_DENIAL_DATE_LABEL, LetterLexer.PRIORITY_LABEL,
          LetterLexer.APPLICATION_RECEIVED_LABEL, LetterLexer.APPLICATION_RECEIVED_AROUND_VALUE -> true;
      default -> false;
    };
  }

  /**
   * -1 when header lines run from {@code start} to a section heading or the end; otherwise where
   * looking stopped.
   */
  private static int blockEnd(String clean, int start) {
    Set<Integer> kinds = new HashSet<>();
    int line = start;
    while (line < clean.length()) {
      int end = lineEnd(clean, line);
      String text = clean.substring(line, end);
      Matcher label = LABEL.matcher(text);
      boolean labelled = false;
      while (label.find()) {
        labelled = true;
        for (int group = 1; group <= label.groupCount(); group++) {
          if (label.group(group) != null) {
            kinds.add(group);
          }
        }
      }
      if (!labelled && !text.isBlank()) {
        if (SECTION.matcher(text).lookingAt()) {
          break;
        }
        if (text.strip().length() > VALUE_LINE) {
          return end; // prose: the run of labels was part of the text
        }
      }
      line = end + 1;
    }
    return kinds.size() >= 2 ? -1 : line;
  }

  private static int lineEnd(String clean, int at) {
    int end = clean.indexOf('\n', at);
    return end < 0 ? clean.length() : end;
  }
}
