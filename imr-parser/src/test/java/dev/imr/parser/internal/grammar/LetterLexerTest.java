package dev.imr.parser.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.imr.parser.SharedLettersAccess;
import dev.imr.parser.internal.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
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

  /**
   * Pieces of letters: the form's headings and labels (whole, cut short and run together),
   * decision words, colons, white space and prose starting with every kind of character.
   */
  private static final List<String> PIECES = List.of("IMR ISSUES, DECISIONS AND RATIONALES",
      "CLINICAL CASE SUMMARY", "HOW THE IMR FINAL DETERMINATION WAS MADE", "Claims Administrator"
          + " guideline:", "MAXIMUS guideline:", "Decision rationale:", "Decision", "The Expert"
          + " Reviewer has the following credentials:", "The", "State(s) of Licensure:",
      "Certification(s)/Specialty:", "Case Summary:", "CASE SUMMARY:", "MEDICAL REVIEWER",
      "Case Number:", "Date of Injury:", ": Upheld", ":\n\nOverturned", "Upheld", ":", " ", "  ",
      "\t", "\n", "\n\n", "the knee", "Request for", "12 sessions", "(ODG)", "x", "Mri", "Dr.",
      "S1", "CT", "IMR", "MAXIMUS", "Tramadol 50mg #60");

  /**
   * The free-text shortcut gives exactly the tokens the automaton gives — type, channel, offsets,
   * line and column — for any run of pieces, with the older layouts' headings read or not.
   */
  @Test
  void freeTextShortcutGivesTheAutomatonsTokens() {
    qt().withExamples(3000)
        .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 40))
        .checkAssert(pieces -> {
          StringBuilder text = new StringBuilder();
          pieces.forEach(piece -> text.append(PIECES.get(piece)));
          for (boolean older : new boolean[] {true, false}) {
            assertThat(tokens(text.toString(), true, older))
                .isEqualTo(tokens(text.toString(), false, older));
          }
        });
  }

  /** The same over the real letters, cleaned, when they are beside the checkout. */
  @Test
  void freeTextShortcutGivesTheAutomatonsTokensOnRealLetters() throws IOException {
    Path shared = SharedLettersAccess.require();
    List<Path> letters = SharedLettersAccess.files(shared, ".txt");
    assertThat(letters).isNotEmpty();
    for (Path letter : letters) {
      String clean = SourceText.of(Files.readString(letter)).clean();
      assertThat(tokens(clean, true, true)).as(letter.getFileName().toString())
          .isEqualTo(tokens(clean, false, true));
    }
  }

  /** The default-channel tokens as "TYPE line:column 'text'". */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    for (String token : tokens(text, true, false)) {
      if (token.startsWith("0 ") && !token.startsWith("0 EOF ")) {
        tokens.add(token.substring(2).replaceFirst(" \\[\\d+, \\d+\\]", ""));
      }
    }
    return tokens;
  }

  /** Every token as "channel TYPE line:column [start, stop] 'text'". */
  private static List<String> tokens(String text, boolean shortcut, boolean olderHeadings) {
    LetterLexer lexer = new LetterLexer(new Utf16CharStream(text, "test"));
    lexer.removeErrorListeners();
    lexer.setFreeTextShortcut(shortcut);
    lexer.setOlderHeadings(olderHeadings);
    List<String> tokens = new ArrayList<>();
    for (Token token = lexer.nextToken(); ; token = lexer.nextToken()) {
      tokens.add(token.getChannel() + " " + LetterLexer.VOCABULARY.getSymbolicName(token.getType())
          + " " + token.getLine() + ":" + token.getCharPositionInLine() + " ["
          + token.getStartIndex() + ", " + token.getStopIndex() + "] '"
          + token.getText().replace("\n", "\\n") + "'");
      if (token.getType() == Token.EOF) {
        return tokens;
      }
    }
  }
}
