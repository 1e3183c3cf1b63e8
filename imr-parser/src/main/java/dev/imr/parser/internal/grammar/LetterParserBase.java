package dev.imr.parser.internal.grammar;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/** What the generated parser needs beyond its grammar, kept here so the grammar holds grammar only. */
abstract class LetterParserBase extends Parser {

  LetterParserBase(TokenStream input) {
    super(input);
  }

  /**
   * Consumes a token. A run of free text ({@code text}) is read by its first and last token
   * alone, so its tokens are not added to the tree as nodes of their own: a node and the
   * context's list of them for every token of every text was a tenth of a letter's allocation.
   * Everywhere else, and in error recovery, the tree is built as ANTLR builds it.
   */
  @Override
  public Token consume() {
    if (_ctx instanceof LetterParser.TextContext && getBuildParseTree()
        && getParseListeners().isEmpty() && !_errHandler.inErrorRecoveryMode(this)) {
      Token token = getCurrentToken();
      if (token.getType() != Token.EOF) {
        getInputStream().consume();
      }
      return token;
    }
    return super.consume();
  }
}
