package dev.imr.parser.internal.grammar;

import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.FixedWording;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's recovery into diagnostics that speak the letter's words: "expected 'MAXIMUS
 * guideline:' before 'Decision rationale:'" rather than token names.
 */
public final class SyntaxErrors extends DefaultErrorStrategy {

  private final Diagnostics diagnostics;

  public SyntaxErrors(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** A listener that reports what the strategy did not (lexer errors, should any occur). */
  public BaseErrorListener listener() {
    return new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
          int charPositionInLine, String msg, RecognitionException e) {
        if (offendingSymbol instanceof Token token) {
          report(token, msg);
        }
      }
    };
  }

  @Override
  protected void reportMissingToken(Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    Token found = recognizer.getCurrentToken();
    IntervalSet expected = getExpectedTokens(recognizer);
    String message = found.getType() == Token.EOF
        ? "the letter ends where " + describe(withoutText(expected)) + " was expected"
        : "expected " + describe(expected) + " before " + describe(found);
    recordAt(found, DiagnosticCode.MISSING_PART, message);
  }

  @Override
  protected void reportUnwantedToken(Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    Token found = recognizer.getCurrentToken();
    recordAt(found, DiagnosticCode.UNEXPECTED_CONTENT, "unexpected " + describe(found)
        + "; expected " + describe(getExpectedTokens(recognizer)));
  }

  @Override
  protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
    reportFound(e.getOffendingToken(), e.getExpectedTokens());
  }

  @Override
  protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
    reportFound(e.getOffendingToken(), e.getExpectedTokens());
  }

  private void reportFound(Token found, IntervalSet expected) {
    if (found.getType() == Token.EOF) {
      // A letter that ends early lacks a part; say which, where it was due.
      recordAt(found, DiagnosticCode.MISSING_PART,
          "the letter ends where " + describe(withoutText(expected)) + " was expected");
    } else {
      recordAt(found, DiagnosticCode.UNEXPECTED_CONTENT,
          "unexpected " + describe(found) + "; expected " + describe(expected));
    }
  }

  /** The expected parts of the form, leaving out free text when a part is among them. */
  private static IntervalSet withoutText(IntervalSet expected) {
    IntervalSet parts = new IntervalSet(expected);
    parts.remove(LetterLexer.TEXT);
    parts.remove(LetterLexer.COLON);
    parts.remove(LetterLexer.TITLE);
    return parts.isNil() ? expected : parts;
  }

  @Override
  protected void reportFailedPredicate(Parser recognizer,
      org.antlr.v4.runtime.FailedPredicateException e) {
    recordAt(e.getOffendingToken(), DiagnosticCode.UNEXPECTED_CONTENT,
        "unexpected " + describe(e.getOffendingToken()));
  }

  private void report(Token token, String message) {
    recordAt(token, DiagnosticCode.UNEXPECTED_CONTENT, message);
  }

  private void recordAt(Token token, DiagnosticCode code, String message) {
    int start = token.getType() == Token.EOF ? token.getStartIndex() : token.getStartIndex();
    int end = token.getType() == Token.EOF ? start : token.getStopIndex() + 1;
    diagnostics.error(code, message, Math.max(0, start), Math.max(0, end));
  }

  /** The letter's own words for a set of token types. */
  public static String describe(IntervalSet types) {
    List<String> names = new ArrayList<>();
    for (int type : types.toList()) {
      String name = name(type);
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      return "nothing";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  public static String describe(Token token) {
    if (token.getType() == Token.EOF) {
      return "the end of the letter";
    }
    String text = token.getText().replaceAll("\\s+", " ").strip();
    if (text.length() > 40) {
      text = text.substring(0, 37) + "...";
    }
    return "'" + text + "'";
  }

  static String name(int type) {
    return switch (type) {
      case Token.EOF -> "the end of the letter";
      case LetterLexer.HOW_MADE -> FixedWording.HOW_MADE.quoted();
      case LetterLexer.H_HOW_MADE_INTRO -> "the reviewer's paragraph ('MAXIMUS Federal Services sent …')";
      case LetterLexer.CASE_SUMMARY -> FixedWording.CASE_SUMMARY.quoted();
      case LetterLexer.ISSUES -> FixedWording.ISSUES.quoted();
      case LetterLexer.CREDENTIALS_INTRO -> FixedWording.CREDENTIALS_INTRO.quoted();
      case LetterLexer.LICENSURE_LABEL -> FixedWording.LICENSURE.quoted();
      case LetterLexer.SPECIALTY_LABEL -> FixedWording.SPECIALTY.quoted();
      case LetterLexer.SUMMARY_INTRO -> "the clinical case summary's introduction";
      case LetterLexer.ISSUES_INTRO -> "the disputed items' introduction";
      case LetterLexer.CLAIMS_GUIDELINE -> FixedWording.CLAIMS_GUIDELINE.quoted();
      case LetterLexer.REVIEWER_GUIDELINE -> FixedWording.REVIEWER_GUIDELINE.quoted();
      case LetterLexer.RATIONALE -> FixedWording.RATIONALE.quoted();
      case LetterLexer.DECISION -> "': Upheld' or ': Overturned'";
      // An item's heading is text the letter does not mark; it reads as text here too.
      case LetterLexer.TEXT, LetterLexer.COLON, LetterLexer.TITLE, LetterLexer.H_WORD,
          LetterLexer.H_COLON -> "text";
      case LetterLexer.CASE_NUMBER_LABEL -> FixedWording.CASE_NUMBER.quoted();
      case LetterLexer.DATE_ASSIGNED_LABEL -> FixedWording.DATE_ASSIGNED.quoted();
      case LetterLexer.DATE_OF_INJURY_LABEL -> FixedWording.DATE_OF_INJURY.quoted();
      case LetterLexer.DECISION_DATE_LABEL -> FixedWording.DECISION_DATE.quoted();
      case LetterLexer.UR_DENIAL_DATE_LABEL -> FixedWording.UR_DENIAL_DATE.quoted();
      case LetterLexer.PRIORITY_LABEL -> FixedWording.PRIORITY.quoted();
      case LetterLexer.APPLICATION_RECEIVED_LABEL -> FixedWording.APPLICATION_RECEIVED.quoted();
      default -> LetterLexer.VOCABULARY.getDisplayName(type);
    };
  }
}
