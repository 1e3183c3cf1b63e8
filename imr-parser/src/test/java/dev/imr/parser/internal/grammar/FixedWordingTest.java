package dev.imr.parser.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.parser.internal.text.FixedWording;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The table of the form's fixed wording and the lexer grammar spell the same words: the lexer
 * reads every entry of {@link FixedWording} as its own token, not as text; the 2013 notice's fixed
 * sentences, read in its prose, stay text.
 */
class FixedWordingTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(FixedWording.class)
  void theLexerReadsTheWordingAsItsToken(FixedWording wording) {
    int expected = expectedToken(wording);
    if (expected == Token.INVALID_TYPE) {
      List<Token> tokens = tokens(FixedWording.HOW_MADE.words() + "\n" + wording.words() + "\n");
      assertThat(tokens.subList(1, tokens.size()))
          .as("tokens of the prose sentence '%s'", wording.words())
          .extracting(t -> LetterLexer.VOCABULARY.getSymbolicName(t.getType()))
          .isSubsetOf("TEXT", "COLON");
      return;
    }
    // Header labels are read before the first section; everything else after it.
    boolean header = expected >= LetterLexer.CASE_NUMBER_LABEL
        && expected <= LetterLexer.APPLICATION_RECEIVED_LABEL;
    String text = header ? wording.words() + " x\n"
        : FixedWording.HOW_MADE.words() + "\n" + wording.words() + "\n";
    List<Token> tokens = tokens(text);
    Token token = header ? tokens.get(0) : tokens.get(1);
    assertThat(LetterLexer.VOCABULARY.getSymbolicName(token.getType()))
        .as("token for '%s'", wording.words())
        .isEqualTo(LetterLexer.VOCABULARY.getSymbolicName(expected));
    assertThat(token.getText().strip()).isEqualTo(wording.words());
  }

  private static int expectedToken(FixedWording wording) {
    return switch (wording) {
      case HOW_MADE -> LetterLexer.HOW_MADE;
      case CASE_SUMMARY -> LetterLexer.CASE_SUMMARY;
      case ISSUES, ISSUES_2013 -> LetterLexer.ISSUES;
      case CREDENTIALS_INTRO -> LetterLexer.CREDENTIALS_INTRO;
      case LICENSURE -> LetterLexer.LICENSURE_LABEL;
      case SPECIALTY -> LetterLexer.SPECIALTY_LABEL;
      case SUMMARY_INTRO -> LetterLexer.SUMMARY_INTRO;
      case ISSUES_INTRO -> LetterLexer.ISSUES_INTRO;
      case CLAIMS_GUIDELINE -> LetterLexer.CLAIMS_GUIDELINE;
      case REVIEWER_GUIDELINE -> LetterLexer.REVIEWER_GUIDELINE;
      case RATIONALE -> LetterLexer.RATIONALE;
      case CASE_NUMBER -> LetterLexer.CASE_NUMBER_LABEL;
      case DATE_ASSIGNED -> LetterLexer.DATE_ASSIGNED_LABEL;
      case DATE_OF_INJURY -> LetterLexer.DATE_OF_INJURY_LABEL;
      case DECISION_DATE -> LetterLexer.DECISION_DATE_LABEL;
      case UR_DENIAL_DATE -> LetterLexer.UR_DENIAL_DATE_LABEL;
      case PRIORITY -> LetterLexer.PRIORITY_LABEL;
      case APPLICATION_RECEIVED -> LetterLexer.APPLICATION_RECEIVED_LABEL;
      case LETTERHEAD, DOCUMENTS_REVIEWED, PROFESSIONAL_REVIEW, ISSUE_AT_DISPUTE,
          OLDER_CASE_SUMMARY, DOCUMENTS_FOR_DETERMINATION, GUIDELINES_RELIED_UPON,
          RATIONALE_FOR_WHY, REVIEWER_QUALIFICATIONS, DECISION_NOTICE, EXPERT_QUALIFICATIONS,
          NOTICE_CASE_SUMMARY -> LetterLexer.OLDER_HEADING;
      case NOTICE_DATED, NOTICE_DETERMINATION, NOTICE_NOT_NECESSARY, NOTICE_NECESSARY,
          NOTICE_APPLICATION_FILED, NOTICE_UR_DENIAL, NOTICE_ASSIGNMENT, NOTICE_DISCLAIMER ->
          Token.INVALID_TYPE;
    };
  }

  private static List<Token> tokens(String text) {
    LetterLexer lexer = new LetterLexer(new Utf16CharStream(text, "<test>"));
    lexer.setOlderHeadings(true);
    lexer.removeErrorListeners();
    List<Token> tokens = new ArrayList<>();
    for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        tokens.add(token);
      }
    }
    return tokens;
  }
}
