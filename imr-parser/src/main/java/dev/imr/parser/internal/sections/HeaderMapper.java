package dev.imr.parser.internal.sections;

import dev.imr.model.LetterHeader;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.grammar.LetterLexer;
import dev.imr.parser.internal.grammar.LetterParser.HeaderContext;
import dev.imr.parser.internal.grammar.LetterParser;
import dev.imr.parser.internal.grammar.SyntaxErrors;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.Folding;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Maps the header block. Extractors put its two columns in any order (label then value, all
 * labels then all values, a label broken over lines), so each value goes to the earliest label
 * still waiting for a value of its kind.
 */
public final class HeaderMapper {

  private static final Pattern CASE_NUMBER = Pattern.compile("[A-Z]{2}\\d{2}-\\d{4,8}");
  private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern PRIORITY = Pattern.compile("\\p{L}+");

  private final SourceText source;
  private final Diagnostics diagnostics;
  // One matcher of each kind for all the header's words: a matcher costs more than a match.
  private final Matcher caseNumber = CASE_NUMBER.matcher("");
  private final Matcher priority = PRIORITY.matcher("");
  private final Matcher date = DATE.matcher("");

  public HeaderMapper(SourceText source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /** True when the block holds at least one header label (otherwise it is only stray text). */
  public static boolean hasLabels(HeaderContext header) {
    return !header.headerLabel().isEmpty();
  }

  /**
   * True when a block with no letter section after it is still an IMR letter's header: it names
   * a case number, or has most of the header's labels. A memo's lone "Priority:" or a claim
   * form's "Date of Injury:" is not enough.
   */
  static boolean looksLikeLetterHeader(HeaderContext header) {
    long kinds = header.headerLabel().stream().map(label -> label.getStart().getType()).distinct().count();
    boolean caseNumber = header.headerLabel().stream()
        .anyMatch(label -> label.getStart().getType() == LetterLexer.CASE_NUMBER_LABEL)
        && header.headerValue().stream().anyMatch(value -> CASE_NUMBER.matcher(value.getText()).matches());
    return caseNumber || kinds >= 4;
  }

  public Optional<LetterHeader> map(HeaderContext header) {
    LetterHeader.Builder builder = LetterHeader.builder();
    Waiting waiting = new Waiting();
    int strayStart = -1;
    int strayEnd = -1;
    for (ParseTree child : header.children) {
      if (child instanceof LetterParser.HeaderLabelContext label) {
        waiting.add(label.getStart());
        continue;
      }
      if (!(child instanceof LetterParser.HeaderValueContext value)) {
        continue;
      }
      Token word = value.getStart();
      if (!assign(word, waiting, builder)) {
        if (strayStart < 0) {
          strayStart = word.getStartIndex();
        }
        strayEnd = word.getStopIndex() + 1;
        continue;
      }
      reportStray(strayStart, strayEnd);
      strayStart = -1;
    }
    reportStray(strayStart, strayEnd);
    for (Token label : waiting.left()) {
      diagnostics.warning(DiagnosticCode.MISSING_HEADER_VALUE,
          "no value for " + SyntaxErrors.describe(label) + " in the header",
          label.getStartIndex(), label.getStopIndex() + 1);
    }
    if (!hasLabels(header)) {
      return Optional.empty();
    }
    Region region = Region.of(header);
    if (region != null) {
      builder.span(region.trim(source.clean()).span(source));
    }
    return Optional.of(builder.build());
  }

  private void reportStray(int start, int end) {
    if (start >= 0) {
      diagnostics.warning(DiagnosticCode.UNRECOGNISED_TEXT,
          "text in the header block that belongs to no label: "
              + Diagnostics.quote(Folding.fold(source, start, end)), start, end);
    }
  }

  /** Gives {@code word} to the first waiting label that takes it; false when none does. */
  /**
   * Gives {@code word} to the earliest waiting label that takes it; false when none does. The
   * three kinds of value (case number, priority, date) never look alike, so the earliest label
   * taking a word is the head of its kind's queue: a lookup, not a scan of every waiting label.
   */
  private boolean assign(Token word, Waiting waiting, LetterHeader.Builder builder) {
    String text = word.getText();
    if (caseNumber.reset(text).matches()) {
      Token label = waiting.caseNumbers.poll();
      if (label != null) {
        builder.caseNumber(text);
        return true;
      }
    } else if (priority.reset(text).matches()) {
      Token label = waiting.priorities.poll();
      if (label != null) {
        builder.priority(text);
        return true;
      }
    } else {
      if (date.reset(text).matches()) {
        Token label = waiting.dates.poll();
        if (label != null) {
          parseDate(date, word, label).ifPresent(value -> setDate(builder, label.getType(), value));
          return true;
        }
      }
    }
    return false;
  }

  /** The labels still waiting for a value, one queue per kind of value, each in letter order. */
  private static final class Waiting {
    final Deque<Token> caseNumbers = new ArrayDeque<>();
    final Deque<Token> priorities = new ArrayDeque<>();
    final Deque<Token> dates = new ArrayDeque<>();

    void add(Token label) {
      switch (label.getType()) {
        case LetterLexer.CASE_NUMBER_LABEL -> caseNumbers.addLast(label);
        case LetterLexer.PRIORITY_LABEL -> priorities.addLast(label);
        default -> dates.addLast(label);
      }
    }

    /** Every label left without a value, in letter order. */
    List<Token> left() {
      List<Token> left = new ArrayList<>(caseNumbers);
      left.addAll(priorities);
      left.addAll(dates);
      left.sort(Comparator.comparingInt(Token::getStartIndex));
      return left;
    }
  }

  private Optional<LocalDate> parseDate(Matcher date, Token word, Token label) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(date.group(3)),
          Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2))));
    } catch (DateTimeException e) {
      diagnostics.error(DiagnosticCode.INVALID_HEADER_VALUE,
          "'" + word.getText() + "' after " + SyntaxErrors.describe(label)
              + " is not a valid MM/DD/YYYY date",
          word.getStartIndex(), word.getStopIndex() + 1);
      return Optional.empty();
    }
  }

  private static void setDate(LetterHeader.Builder builder, int labelType, LocalDate value) {
    switch (labelType) {
      case LetterLexer.DATE_ASSIGNED_LABEL -> builder.dateAssigned(value);
      case LetterLexer.DATE_OF_INJURY_LABEL -> builder.dateOfInjury(value);
      case LetterLexer.DECISION_DATE_LABEL -> builder.decisionDate(value);
      case LetterLexer.UR_DENIAL_DATE_LABEL -> builder.urDenialDate(value);
      case LetterLexer.APPLICATION_RECEIVED_LABEL -> builder.applicationReceived(value);
      default -> throw new IllegalArgumentException("not a date label: " + labelType);
    }
  }

}
