package dev.imr.parser.internal;

import dev.imr.parser.internal.grammar.LetterLexer;
import dev.imr.parser.internal.grammar.Utf16CharStream;
import dev.imr.parser.internal.text.SourceText;
import org.antlr.v4.runtime.Token;

/**
 * The floor of the parser's design for the benchmark: the generated lexer over a letter's cleaned
 * text, every token taken, nothing parsed or mapped. Lives beside the internals it reaches.
 */
public final class LexingOnly {

  private LexingOnly() {}

  /** The text the lexer reads for {@code input}: what {@link SourceText} makes of it. */
  public static String cleaned(CharSequence input) {
    return SourceText.of(input).clean();
  }

  /** Lexes {@code cleaned} as the parser first does (older headings on); the token count. */
  public static int tokens(String cleaned) {
    LetterLexer lexer = new LetterLexer(new Utf16CharStream(cleaned, "<benchmark>"));
    lexer.setOlderHeadings(true);
    lexer.removeErrorListeners();
    int count = 0;
    while (lexer.nextToken().getType() != Token.EOF) {
      count++;
    }
    return count;
  }
}
