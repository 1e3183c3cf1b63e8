package dev.imr.parser.internal.grammar;

import static dev.imr.parser.internal.grammar.LandmarkFault.lineEndWithin;
import static dev.imr.parser.internal.grammar.LandmarkFault.standsAlone;
import static dev.imr.parser.internal.grammar.LandmarkFault.startIfBlankBefore;

import dev.imr.parser.internal.text.FixedWording;
import dev.imr.parser.internal.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * The letter's landmarks given twice: a section heading or a fixed sentence the letter holds
 * once, found again further on (a page header repeating the heading, a line doubled by the
 * extraction), and a credentials line doubled as it stands. Found on the lexer's tokens so that
 * a heading broken over lines is known as well as a whole one.
 */
public final class Landmarks {

  private Landmarks() {}

  /** The landmarks given once in a letter: any later occurrence is a repeat. */
  private static final int[] ONCE = {LetterLexer.HOW_MADE, LetterLexer.CASE_SUMMARY,
      LetterLexer.ISSUES, LetterLexer.CREDENTIALS_INTRO, LetterLexer.SUMMARY_INTRO,
      LetterLexer.ISSUES_INTRO};

  // A credentials line is short; a longer one is not compared (nor a huge input's line).
  private static final int LINE_LIMIT = 400;

  /** Repeated landmarks among {@code tokens} (all channels, as lexed). */
  public static List<LandmarkFault> repeats(List<Token> tokens, SourceText source) {
    String clean = source.clean();
    List<LandmarkFault> repeats = new ArrayList<>();
    Map<Integer, Token> seen = new HashMap<>();
    Map<String, Token> credentialLines = new HashMap<>();
    for (Token token : tokens) {
      int type = token.getType();
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      int start = token.getStartIndex();
      int end = token.getStopIndex() + 1;
      if (isOnce(type)) {
        Token first = seen.putIfAbsent(type, token);
        if (first != null) {
          boolean alone = standsAlone(clean, start, end);
          repeats.add(new LandmarkFault(List.of(token), alone ? startIfBlankBefore(clean, start) : start,
              end, SyntaxErrors.describe(token) + " again (first at "
                  + ItemLabels.place(first, source) + ")", alone, true, false));
        }
      } else if ((type == LetterLexer.LICENSURE_LABEL || type == LetterLexer.SPECIALTY_LABEL)
          && startIfBlankBefore(clean, start) >= 0 && lineEndWithin(clean, end, LINE_LIMIT) >= 0) {
        // Several credentials lines are the form; the same line twice is a doubled line.
        int lineEnd = lineEndWithin(clean, end, LINE_LIMIT);
        String line = clean.substring(start, lineEnd).strip();
        Token first = credentialLines.putIfAbsent(line, token);
        if (first != null) {
          repeats.add(new LandmarkFault(List.of(token), startIfBlankBefore(clean, start), lineEnd,
              "the line " + SyntaxErrors.describe(token) + " … again (first at "
                  + ItemLabels.place(first, source) + ")", true, true, false));
        }
      }
    }
    partialSentences(tokens, source, seen, repeats);
    return repeats;
  }

  /**
   * A line that is the first words of a fixed sentence the letter holds elsewhere (a wrapped
   * sentence's first line given again): alone on its line, it is a repeat too.
   */
  private static void partialSentences(List<Token> tokens, SourceText source,
      Map<Integer, Token> seen, List<LandmarkFault> repeats) {
    String clean = source.clean();
    for (Token token : tokens) {
      if (token.getChannel() != Token.DEFAULT_CHANNEL || token.getType() != LetterLexer.TEXT) {
        continue;
      }
      int start = token.getStartIndex();
      int end = token.getStopIndex() + 1;
      if (end - start < PARTIAL_MIN || end - start > LINE_LIMIT || !standsAlone(clean, start, end)) {
        continue;
      }
      if (!clean.startsWith("The ", start)) {
        continue; // every fixed sentence starts so: most lines are passed over here
      }
      for (int k = 0; k < SENTENCES.length; k++) {
        Token first = seen.get(SENTENCE_TYPES[k]);
        if (first != null && firstWordsOf(SENTENCES[k].words(), clean, start, end)) {
          repeats.add(new LandmarkFault(List.of(token), startIfBlankBefore(clean, start), end,
              "the first words of " + SyntaxErrors.describe(first) + " again (the sentence at "
                  + ItemLabels.place(first, source) + ")", true, true, false));
        }
      }
    }
  }

  /**
   * True when {@code [start, end)} of {@code clean}, each run of white space read as one space and
   * stripped, is at least {@link #PARTIAL_MIN} long and begins {@code sentence}. Compared in place:
   * most lines that start as a fixed sentence does are not one.
   */
  private static boolean firstWordsOf(String sentence, String clean, int start, int end) {
    int stop = end;
    while (stop > start && isRegexSpace(clean.charAt(stop - 1))) {
      stop--;
    }
    int matched = 0;
    for (int i = start; i < stop; ) {
      char c = clean.charAt(i);
      if (c != ' ' && Character.isWhitespace(c) && !isRegexSpace(c)) {
        // white space that strip() would take and \s would not: compared as the words were
        String words = SPACES.matcher(clean.substring(start, end)).replaceAll(" ").strip();
        return words.length() >= PARTIAL_MIN && sentence.startsWith(words);
      }
      if (isRegexSpace(c)) {
        while (isRegexSpace(clean.charAt(i))) {
          i++; // the run ends before stop, which follows a character that is not white space
        }
        c = ' ';
      } else {
        i++;
      }
      if (matched == sentence.length() || sentence.charAt(matched) != c) {
        return false;
      }
      matched++;
    }
    return matched >= PARTIAL_MIN;
  }

  /** What the pattern {@code \s} matches. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  // The first line of a wrapped fixed sentence is this long at least.
  private static final int PARTIAL_MIN = 40;
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final FixedWording[] SENTENCES = {FixedWording.CREDENTIALS_INTRO,
      FixedWording.SUMMARY_INTRO, FixedWording.ISSUES_INTRO};
  private static final int[] SENTENCE_TYPES = {LetterLexer.CREDENTIALS_INTRO,
      LetterLexer.SUMMARY_INTRO, LetterLexer.ISSUES_INTRO};

  private static boolean isOnce(int type) {
    for (int once : ONCE) {
      if (once == type) {
        return true;
      }
    }
    return false;
  }
}
