package dev.imr.parser.internal;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;

/** Predicates the lexer grammar calls, kept here so the grammar holds grammar only. */
abstract class LetterLexerBase extends Lexer {

  LetterLexerBase(CharStream input) {
    super(input);
  }

  /** True when the next character ends the line, as a decision word must. */
  protected final boolean atLineEnd() {
    int next = _input.LA(1);
    return next == '\n' || next == IntStream.EOF;
  }
}
