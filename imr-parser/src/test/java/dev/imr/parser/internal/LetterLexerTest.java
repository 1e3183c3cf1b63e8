package dev.imr.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision token, whose line end {@link LetterLexerBase} checks after the match: where the
 * decision word does not end its line, the colon is a colon and lexing goes on after it, with the
 * lines and columns the lexer would have given.
 */
class LetterLexerTest {

  private static final String BODY = "IMR ISSUES, DECISIONS AND RATIONALES\n";

  static Stream<Arguments> decisions() {
    return Stream.of(
        // the decision ends its line
        Arguments.of("Knee brace: Upheld\nMore", List.of("TEXT 2:0 'Knee brace'",
            "DECISION 2:10 ': Upheld'", "TEXT 3:0 'More'")),
        // at the end of the text
        Arguments.of("Knee brace: Overturned", List.of("TEXT 2:0 'Knee brace'",
            "DECISION 2:10 ': Overturned'")),
        // trailing spaces before the line end
        Arguments.of("A:  upheld  \nB", List.of("TEXT 2:0 'A'", "DECISION 2:1 ':  upheld  '",
            "TEXT 3:0 'B'")),
        // the word alone on a later line
        Arguments.of("A:\n\nUpheld\nB", List.of("TEXT 2:0 'A'", "DECISION 2:1 ':\\n\\nUpheld'",
            "TEXT 5:0 'B'")),
        // the word goes on: a colon, then text
        Arguments.of("A: Upheld by the reviewer\nB", List.of("TEXT 2:0 'A'", "COLON 2:1 ':'",
            "TEXT 2:3 'Upheld by the reviewer'", "TEXT 3:0 'B'")),
        // text after spaces on the word's line
        Arguments.of("A: Upheld  x", List.of("TEXT 2:0 'A'", "COLON 2:1 ':'",
            "TEXT 2:3 'Upheld  x'")),
        // a later line's word that does not end its line: the lines after it still count
        Arguments.of("A:\nOverturned in part\nB", List.of("TEXT 2:0 'A'", "COLON 2:1 ':'",
            "TEXT 3:0 'Overturned in part'", "TEXT 4:0 'B'")),
        // a colon that ends a label-like text and a decision right after it
        Arguments.of("Note: x: Upheld", List.of("TEXT 2:0 'Note'", "COLON 2:4 ':'",
            "TEXT 2:6 'x'", "DECISION 2:7 ': Upheld'")));
  }

  @ParameterizedTest
  @MethodSource("decisions")
  void decisionEndsItsLine(String body, List<String> expected) {
    List<String> tokens = tokens(BODY + body);
    assertThat(tokens.subList(1, tokens.size())).containsExactlyElementsOf(expected);
  }

  /** The default-channel tokens as "TYPE line:column 'text'". */
  private static List<String> tokens(String text) {
    LetterLexer lexer = new LetterLexer(new Utf16CharStream(text, "test"));
    lexer.removeErrorListeners();
    List<String> tokens = new ArrayList<>();
    for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        tokens.add(LetterLexer.VOCABULARY.getSymbolicName(token.getType()) + " " + token.getLine()
            + ":" + token.getCharPositionInLine() + " '" + token.getText().replace("\n", "\\n")
            + "'");
      }
    }
    return tokens;
  }
}
