// The fixed parts of an IMR determination letter. Free text is kept as `text` and mapped by the
// section mappers. The letter does not mark where a rationale ends and the next item's heading
// begins: ItemBoundaries decides it between lexing and parsing and makes the heading one TITLE
// token, so every item here starts with its own title.
parser grammar LetterParser;

options { tokenVocab = LetterLexer; superClass = LetterParserBase; }

// Sections in any order and the header anywhere, as damaged extractions leave them: the builder
// reads each where it stands and says what is out of place.
letter
    : header? (section header?)* EOF
    ;

section
    : howMade
    | caseSummary
    | issues
    ;

header
    : (headerLabel | headerValue)+
    ;

headerLabel
    : CASE_NUMBER_LABEL
    | DATE_ASSIGNED_LABEL
    | DATE_OF_INJURY_LABEL
    | DECISION_DATE_LABEL
    | UR_DENIAL_DATE_LABEL
    | PRIORITY_LABEL
    | APPLICATION_RECEIVED_LABEL
    ;

headerValue
    : H_WORD
    | H_COLON
    ;

// A section whose heading an extraction lost starts at the fixed sentence that opens it.
howMade
    : HOW_MADE text? credentials?
    | H_HOW_MADE_INTRO text? credentials?
    | credentials
    ;

credentials
    : CREDENTIALS_INTRO (licensure | specialties)*
    ;

licensure
    : LICENSURE_LABEL text?
    ;

specialties
    : SPECIALTY_LABEL text?
    ;

caseSummary
    : CASE_SUMMARY SUMMARY_INTRO? text?
    | SUMMARY_INTRO text?
    ;

issues
    : ISSUES ISSUES_INTRO? text? item*
    | ISSUES_INTRO text? item*
    ;

// A label left out by a damaged extraction loses only that label, and text between the decision
// and the first label (a stray line) only itself; the items mapper says which.
item
    : title? DECISION text? itemBody?  # decidedItem
    | title? itemBody            # undecidedItem
    ;

title
    : TITLE
    ;

itemBody
    : claimsGuideline reviewerGuideline? rationale?
    | reviewerGuideline rationale?
    | rationale
    ;

claimsGuideline
    : CLAIMS_GUIDELINE text?
    ;

reviewerGuideline
    : REVIEWER_GUIDELINE text?
    ;

rationale
    : RATIONALE text?
    ;

text
    : (TEXT | COLON)+
    ;

// The older layouts (2013 – early 2014) are known only by their headings: each heading and the
// text up to the next one; OlderLayoutMapper reads what it can. LetterReader starts here only
// when their headings are there and 'IMR ISSUES, DECISIONS AND RATIONALES' is not.
olderLetter
    : header? olderSection* EOF
    ;

olderSection
    : heading=(OLDER_HEADING | HOW_MADE | CASE_SUMMARY) olderText?
    ;

olderText
    : ~(OLDER_HEADING | HOW_MADE | CASE_SUMMARY | EOF)+
    ;
