// Tokens of an IMR determination letter, read from text the SourceText cleaner has normalised:
// '\n' line ends, no trailing spaces, blank lines empty. The header block is read word by word
// (its labels and values come in any order); the body in coarse runs of text, with the fixed
// headings and labels of the form as tokens of their own.
lexer grammar LetterLexer;

options { superClass = LetterLexerBase; }

// An item's heading: the text before its decision, marked by ItemBoundaries after lexing (no
// lexer rule makes it; the end of a rationale and the next heading are told apart by lines).
tokens { TITLE }

HOW_MADE              : HOW_MADE_WORDS -> mode(BODY);
H_CASE_SUMMARY        : CASE_SUMMARY_WORDS -> type(CASE_SUMMARY), mode(BODY);
H_ISSUES              : ISSUES_WORDS -> type(ISSUES), mode(BODY);
// Headings of the older layouts (2013 – early 2014), only when LetterReader asks for them.
H_OLDER_HEADING       : OLDER_HEADING_WORDS {olderHeadings()}? -> type(OLDER_HEADING), mode(BODY);

// The sentences that open a section stand for its heading when an extraction lost the heading.
H_HOW_MADE_INTRO      : 'MAXIMUS' W 'Federal' W 'Services' W 'sent' W 'the' W 'complete' W 'case' W 'file'
                        -> mode(BODY);
H_CREDENTIALS_INTRO   : CREDENTIALS_INTRO_WORDS -> type(CREDENTIALS_INTRO), mode(BODY);
H_SUMMARY_INTRO       : SUMMARY_INTRO_WORDS -> type(SUMMARY_INTRO), mode(BODY);

CASE_NUMBER_LABEL          : 'Case' SP 'Number' HS ':';
DATE_ASSIGNED_LABEL        : 'Date' SP 'Assigned' HS ':';
DATE_OF_INJURY_LABEL       : 'Date' SP 'of' SP 'Injury' HS ':';
DECISION_DATE_LABEL        : 'Decision' SP 'Date' HS ':';
UR_DENIAL_DATE_LABEL       : 'UR' SP 'Denial' SP 'Date' HS ':';
PRIORITY_LABEL             : 'Priority' HS ':';
APPLICATION_RECEIVED_LABEL : 'Application' SP 'Received' HS ':';
// pdftotext -layout sets the label's second word under its first, after the value
// ("Application   11/15/2016" / "Received:"); LetterLexerBase splits it into label and value.
APPLICATION_RECEIVED_AROUND_VALUE : 'Application' [ \t]+ ~[ \t\n:]+ [ \t]* '\n' [ \t]* 'Received' HS ':';

H_WORD  : ~[ \t\n:]+;
H_COLON : ':';
H_SPACE : [ \t\n]+ -> channel(HIDDEN);

mode BODY;

B_HOW_MADE         : HOW_MADE_WORDS -> type(HOW_MADE);
CREDENTIALS_INTRO  : CREDENTIALS_INTRO_WORDS;
LICENSURE_LABEL    : 'State(s)' W 'of' W 'Licensure' HS ':';
SPECIALTY_LABEL    : 'Certification(s)/Specialty' HS ':';
CASE_SUMMARY       : CASE_SUMMARY_WORDS;
SUMMARY_INTRO      : SUMMARY_INTRO_WORDS;
ISSUES             : ISSUES_WORDS;
OLDER_HEADING      : OLDER_HEADING_WORDS {olderHeadings()}?;
ISSUES_INTRO       : 'The' W 'Final' W 'Determination' W 'was' W 'based' W 'on' W 'decisions' W 'for' W 'the'
                     W 'disputed' W 'items/services' W 'set' W 'forth' W 'below' HS ':';
CLAIMS_GUIDELINE   : 'Claims' W 'Administrator' W 'guideline' HS ':';
REVIEWER_GUIDELINE : 'MAXIMUS' W 'guideline' HS ':';
RATIONALE          : 'Decision' W 'rationale' HS ':';
// The decision may stand on the heading's line or alone on a later one; it ends its line, which
// LetterLexerBase checks after the match: a predicate here would keep ANTLR from caching the
// lexer's DFA states at every decision.
DECISION           : ':' [ \t\n]* DECISION_WORD HS;
TEXT               : ~[ \t\n:] ~[\n:]*;
COLON              : ':';
SPACE              : [ \t\n]+ -> channel(HIDDEN);

fragment HOW_MADE_WORDS     : 'HOW' W 'THE' W 'IMR' W 'FINAL' W 'DETERMINATION' W 'WAS' W 'MADE';
fragment CREDENTIALS_INTRO_WORDS
    : 'The' W 'Expert' W 'Reviewer' W 'has' W 'the' W 'following' W 'credentials' HS ':';
fragment SUMMARY_INTRO_WORDS
    : 'The' W 'expert' W 'reviewer' W 'developed' W 'the' W 'following' W 'clinical' W 'case' W 'summary'
      W 'based' W 'on' W 'a' W 'review' W 'of' W 'the' W 'case' W 'file,' W 'including' W 'all' W
      'medical' W 'records' HS ':';
fragment CASE_SUMMARY_WORDS : 'CLINICAL' W 'CASE' W 'SUMMARY';
// The 2013 letters head their items 'IMR DECISION(S) AND RATIONALE(S)'; the items read alike.
fragment ISSUES_WORDS       : 'IMR' W 'ISSUES,' W 'DECISIONS' W 'AND' W 'RATIONALES'
                            | 'IMR' W 'DECISION(S)' W 'AND' W 'RATIONALE(S)';
fragment OLDER_HEADING_WORDS
    : 'MAXIMUS' W 'FEDERAL' W 'SERVICES,' W 'INC.'
    | 'DOCUMENTS' W 'REVIEWED' (W 'FOR' W 'DETERMINATION' HS ':')?
    | 'MEDICAL' W 'PROFESSIONAL' W 'REVIEW'
    | 'ISSUE' W 'AT' W 'DISPUTE' HS ':'
    | 'CASE' W 'SUMMARY' HS ':'
    | 'MEDICAL' W 'TREATMENT' W 'GUIDELINE(S)' W 'RELIED' W 'UPON' W 'BY' W 'PROFESSIONAL' W 'REVIEWER'
      W 'AND' W 'WHY' HS ':'
    | 'RATIONALE' W 'FOR' W 'WHY' W 'THE' W 'REQUESTED' W 'TREATMENT/SERVICE' W 'IS/WAS' W 'NOT' W
      'MEDICALLY' W 'NECESSARY' HS ':'
    | 'MEDICAL' W 'REVIEWER' W 'QUALIFICATIONS' HS ':'
    | 'INDEPENDENT' W 'MEDICAL' W 'REVIEW' W 'DECISION' W 'AND' W 'RATIONALE'
    | 'Medical' W 'Qualifications' W 'of' W 'the' W 'Expert' W 'Reviewer' HS ':'
    | 'Case' W 'Summary' HS ':'
    ;
fragment DECISION_WORD : [Uu] [Pp] [Hh] [Ee] [Ll] [Dd] | [Oo] [Vv] [Ee] [Rr] [Tt] [Uu] [Rr] [Nn] [Ee] [Dd];
// Between the words of a heading or label: spaces, or a single line break when a line wraps.
fragment W  : [ \t]+ | [ \t]* '\n' [ \t]*;
// Between the words of a header label, where columns may push words further apart.
fragment SP : [ \t\n]+;
fragment HS : [ \t]*;
