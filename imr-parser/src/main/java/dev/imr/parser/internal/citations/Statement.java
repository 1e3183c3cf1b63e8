package dev.imr.parser.internal.citations;

import dev.imr.model.CitationBasis;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.text.Characters;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.FoldedText;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.Sentences;
import dev.imr.parser.internal.text.SourceText;
import dev.imr.parser.internal.vocabulary.CitationVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * One guideline statement being read: its folded text, the citations found so far, its warnings,
 * and the scanning steps every citation reader shares (spaces, years, {@code and}, the {@link
 * Shape}s). Positions are offsets of the folded text, where white space is single spaces.
 */
final class Statement {

  /** At most this many warnings per statement; a pathological statement gets one more saying so. */
  static final int MAX_WARNINGS = 10;

  final SourceText source;
  final FoldedText folded;
  final String text;
  final CitationVocabulary vocabulary;
  final List<GuidelineCitation> citations = new ArrayList<>();
  boolean citesNothing;
  private final Diagnostics diagnostics;
  // One matcher a shape per thread, made when first needed and pointed at this statement's text
  // when first used for it (a bit of this set): statements are read one at a time.
  private static final ThreadLocal<Matcher[]> MATCHERS =
      ThreadLocal.withInitial(() -> new Matcher[Shape.COUNT]);
  private final Matcher[] matchers = MATCHERS.get();
  private int matchersOnText;
  private int warnings;

  Statement(SourceText source, FoldedText folded, Diagnostics diagnostics,
      CitationVocabulary vocabulary) {
    this.source = source;
    this.folded = folded;
    this.text = folded.text();
    this.diagnostics = diagnostics;
    this.vocabulary = vocabulary;
  }

  /** A citation of {@code [start, end)}: its text and span, the end trimmed. */
  GuidelineCitation.Builder citation(CitationBasis basis, int start, int end) {
    int trimmed = trimEnd(start, end);
    return GuidelineCitation.builder()
        .basis(basis)
        .text(text.substring(start, trimmed))
        .span(folded.span(source, start, trimmed));
  }

  /** Unreadable text: an OTHER citation with its text, and a warning. */
  void other(CitationBasis basis, int start, int end, String why) {
    citations.add(citation(basis, start, end).guideline(Guideline.OTHER).build());
    warn(start, end, why + ": '" + abbreviate(start, end) + "'; kept as an OTHER citation");
  }

  /** A warning about {@code [start, end)}, up to {@link #MAX_WARNINGS} a statement. */
  void warn(int start, int end, String message) {
    warnings++;
    Region region = folded.cleanRegion(start, end);
    if (warnings <= MAX_WARNINGS) {
      diagnostics.warning(DiagnosticCode.UNRECOGNISED_CITATION, message, region.start(), region.end());
    } else if (warnings == MAX_WARNINGS + 1) {
      diagnostics.warning(DiagnosticCode.UNEXPECTED_CONTENT,
          "more unreadable citations in this guideline statement; only the first " + MAX_WARNINGS
              + " are reported", region.start(), region.end());
    }
  }

  /** The text of {@code [start, end)}, cut to 80 characters for a message. */
  String abbreviate(int start, int end) {
    String quoted = text.substring(start, end);
    return quoted.length() <= 80 ? quoted : quoted.substring(0, 77) + "...";
  }

  // --- positions ------------------------------------------------------------------------------

  int skipSpaces(int p, int end) {
    while (p < end && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  int skipPunctuation(int p, int end) {
    while (p < end && " ,:;-/\u2013".indexOf(text.charAt(p)) >= 0) {
      p++;
    }
    return p;
  }

  /** {@code end} moved back over spaces and one closing period that closes no abbreviation. */
  int trimEnd(int start, int end) {
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > start && text.charAt(end - 1) == '.' && !endsWithAbbreviation(start, end)) {
      end--;
      while (end > start && text.charAt(end - 1) == ' ') {
        end--;
      }
    }
    return end;
  }

  /** True when the period before {@code periodEnd} closes an abbreviation ({@code ed.}, {@code pg.}). */
  private boolean endsWithAbbreviation(int start, int periodEnd) {
    int wordStart = periodEnd - 1;
    while (wordStart > start && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return wordStart < periodEnd - 1 && Sentences.isAbbreviation(text, wordStart, periodEnd);
  }

  /** The end of the sentence starting at {@code start}: after its mark, or {@code end}. */
  int sentenceEnd(int start, int end) {
    return Sentences.end(text, start, end);
  }

  int nextComma(int p, int end) {
    int comma = text.indexOf(',', p);
    return comma < 0 || comma > end ? end : comma;
  }

  /** True when only spaces stand between {@code p} and a comma, a period or {@code end}. */
  boolean endsField(int p, int end) {
    int q = skipSpaces(p, end);
    return q >= end || text.charAt(q) == ',' || text.charAt(q) == '.';
  }

  /**
   * True when a year ({@code 19xx} or {@code 20xx}) starts at {@code p} and ends by {@code end},
   * not followed by a digit, '/' or '-' (written out: a year is looked for after every name).
   */
  boolean yearAt(int p, int end) {
    if (p + 4 > end) {
      return false;
    }
    char century = text.charAt(p);
    char decade = text.charAt(p + 1);
    if (!(century == '1' && decade == '9' || century == '2' && decade == '0')
        || !Characters.isDigit(text.charAt(p + 2)) || !Characters.isDigit(text.charAt(p + 3))) {
      return false;
    }
    return p + 4 == end || !(Characters.isDigit(text.charAt(p + 4)) || text.charAt(p + 4) == '/'
        || text.charAt(p + 4) == '-');
  }

  /** The year {@link #yearAt} found at {@code p}. */
  int year(int p) {
    return Integer.parseInt(text, p, p + 4, 10);
  }

  /**
   * The end of {@code and} (in any case) and the white space after it at {@code p}, or -1 when
   * there is none (the pattern {@code and\s+} written out, as it is tried at every separator).
   */
  int andEnd(int p, int end) {
    if (p + 4 > end || Characters.asciiLower(text.charAt(p)) != 'a'
        || Characters.asciiLower(text.charAt(p + 1)) != 'n'
        || Characters.asciiLower(text.charAt(p + 2)) != 'd' || !Characters.isSpace(text.charAt(p + 3))) {
      return -1;
    }
    int q = p + 4;
    while (q < end && Characters.isSpace(text.charAt(q))) {
      q++;
    }
    return q;
  }

  /** A topic as written, without a trailing period and without parentheses around all of it. */
  String topic(int start, int end) {
    int e = trimEnd(start, end);
    int s = start;
    if (e - s >= 2 && text.charAt(s) == '(' && text.charAt(e - 1) == ')' && enclosesAll(s, e)) {
      s++;
      e--;
    }
    return text.substring(s, e).strip();
  }

  private boolean enclosesAll(int s, int e) {
    int depth = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0 && i < e - 1) {
          return false;
        }
      }
    }
    return depth == 0;
  }

  // --- shapes ---------------------------------------------------------------------------------

  boolean lookingAt(Shape shape, int p, int end) {
    return match(shape, p, end) != null;
  }

  /** The end of the shape's match starting at {@code p} and ending by {@code end}, or -1. */
  int matchEnd(Shape shape, int p, int end) {
    Matcher matcher = match(shape, p, end);
    return matcher == null ? -1 : matcher.end();
  }

  /**
   * The shape's match starting at {@code p} and ending by {@code end}, or null. The matcher is
   * this statement's one for the shape: read it before matching the shape again.
   */
  @Nullable Matcher match(Shape shape, int p, int end) {
    if (p >= end || !shape.mayStartWith(text.charAt(p))) {
      return null;
    }
    int ordinal = shape.ordinal();
    Matcher matcher = matchers[ordinal];
    if ((matchersOnText & (1 << ordinal)) == 0) {
      if (matcher == null) {
        matcher = shape.pattern.matcher(text);
        matchers[ordinal] = matcher;
      } else {
        matcher.reset(text);
      }
      matchersOnText |= 1 << ordinal;
    }
    return matcher.region(p, end).lookingAt() ? matcher : null;
  }

  /**
   * The shape's first match in {@code [from, end)}, or null, for a shape that does not look
   * behind its start (so a match at a position is the match from there on).
   */
  @Nullable Matcher find(Shape shape, int from, int end) {
    for (int i = from; i < end; i++) {
      Matcher matcher = match(shape, i, end);
      if (matcher != null) {
        return matcher;
      }
    }
    return null;
  }
}
