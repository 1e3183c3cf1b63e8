package dev.imr.parser.internal.grammar;

import dev.imr.parser.internal.text.Characters;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleStartState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jspecify.annotations.Nullable;

/** Predicates and token surgery the lexer grammar needs, kept here so the grammar holds grammar only. */
abstract class LetterLexerBase extends Lexer {

  // Tokens made by splitting one match, handed out before the next match.
  private final Deque<Token> pending = new ArrayDeque<>();
  private boolean olderHeadings;
  private boolean freeTextShortcut = true;

  LetterLexerBase(CharStream input) {
    super(input);
  }

  /**
   * Whether the headings of the older layouts are tokens of their own; off, they are text, as a
   * current letter may quote them.
   */
  public final void setOlderHeadings(boolean olderHeadings) {
    this.olderHeadings = olderHeadings;
  }

  /**
   * Whether free text is found without the automaton (see {@link #freeText}); on unless a test
   * compares the tokens with the automaton's own.
   */
  final void setFreeTextShortcut(boolean freeTextShortcut) {
    this.freeTextShortcut = freeTextShortcut;
  }

  /** True when the headings of the older layouts are read as such. */
  protected final boolean olderHeadings() {
    return olderHeadings;
  }

  /**
   * The characters any token of the body but free text can start with, read off the grammar's
   * own rules: a token that starts with any other character is free text, whatever follows.
   * (A holder, so that the generated lexer, a subclass, is initialised before it is read.)
   */
  private static final class BodyKeywords {
    static final IntervalSet STARTS =
        keywordStarts(LetterLexer._ATN, LetterLexer.BODY, LetterLexer.TEXT);
  }

  private static IntervalSet keywordStarts(ATN atn, int mode, int freeText) {
    IntervalSet starts = new IntervalSet();
    ATNState modeStart = atn.modeToStartState.get(mode);
    for (Transition toRule : modeStart.getTransitions()) {
      if (toRule.target instanceof RuleStartState rule
          && atn.ruleToTokenType[rule.ruleIndex] != freeText) {
        starts.addAll(atn.nextTokens(rule));
      }
    }
    return starts;
  }

  @Override
  public Token nextToken() {
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    if (freeTextShortcut && _mode == LetterLexer.BODY && _input instanceof Utf16CharStream text) {
      Token freeText = freeText(text);
      if (freeText != null) {
        return freeText;
      }
    }
    Token token = super.nextToken();
    if (token.getType() == LetterLexer.APPLICATION_RECEIVED_AROUND_VALUE) {
      return splitLabelAroundValue(token);
    }
    if (token.getType() == LetterLexer.DECISION && !atLineEnd()) {
      return colonOf(token);
    }
    return token;
  }

  /**
   * The free text at the current position if no other token can start there: the text rule
   * then matches up to the line's end or the next colon, which is found here without running
   * the lexer's automaton over every character of the body's prose.
   */
  private @Nullable Token freeText(Utf16CharStream text) {
    int start = text.index();
    int first = text.LA(1);
    if (first == IntStream.EOF || BodyKeywords.STARTS.contains(first)) {
      return null;
    }
    int end = text.freeTextEnd(start);
    int line = getLine();
    int column = getCharPositionInLine();
    text.seek(end);
    getInterpreter().setCharPositionInLine(column + (end - start));
    return _factory.create(_tokenFactorySourcePair, LetterLexer.TEXT, null,
        Token.DEFAULT_CHANNEL, start, end - 1, line, column);
  }

  /** True when the next character ends the line, as a decision word must. */
  private boolean atLineEnd() {
    int next = _input.LA(1);
    return next == '\n' || next == IntStream.EOF;
  }

  /**
   * The colon a decision that does not end its line starts, as the lexer would have matched it
   * had the rule not matched: only the colon rule matches there otherwise. Lexing goes on after
   * the colon.
   */
  private Token colonOf(Token decision) {
    int start = decision.getStartIndex();
    _input.seek(start + 1);
    getInterpreter().setLine(decision.getLine());
    getInterpreter().setCharPositionInLine(decision.getCharPositionInLine() + 1);
    return _factory.create(_tokenFactorySourcePair, LetterLexer.COLON, ":", Token.DEFAULT_CHANNEL,
        start, start, decision.getLine(), decision.getCharPositionInLine());
  }

  @Override
  public void reset() {
    pending.clear();
    super.reset();
  }

  /**
   * {@code Application <value> Received:} as the label (spanning its two words, the value
   * between) followed by the value, the order in which the header mapper pairs them.
   */
  private Token splitLabelAroundValue(Token token) {
    String text = token.getText();
    int start = token.getStartIndex();
    int valueStart = "Application".length();
    while (Characters.isSpace(text.charAt(valueStart))) {
      valueStart++;
    }
    int valueEnd = valueStart;
    while (!Characters.isSpace(text.charAt(valueEnd))) {
      valueEnd++;
    }
    CommonToken label = new CommonToken(token);
    label.setType(LetterLexer.APPLICATION_RECEIVED_LABEL);
    label.setText("Application Received:");
    CommonToken value = new CommonToken(token);
    value.setType(LetterLexer.H_WORD);
    value.setStartIndex(start + valueStart);
    value.setStopIndex(start + valueEnd - 1);
    value.setText(text.substring(valueStart, valueEnd));
    value.setCharPositionInLine(token.getCharPositionInLine() + valueStart);
    pending.add(value);
    return label;
  }
}
