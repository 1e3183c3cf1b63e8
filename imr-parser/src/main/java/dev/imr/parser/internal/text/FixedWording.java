package dev.imr.parser.internal.text;

/**
 * The letter form's fixed wording — section headings, labels, the fixed sentences that introduce
 * a part — spelled once, as the letters print them. Cleaning, the diagnostics' messages, the
 * grammar's error messages and the older layouts' recognition all take the words from here; the
 * lexer grammar spells them as token rules, and {@code FixedWordingTest} checks that the lexer
 * reads each entry here as its token. The 2013 notice's fixed sentences are read in its prose
 * ({@code prose.NoticeReader}), not as tokens; the test checks they stay text.
 */
public enum FixedWording {
  // Sections of the current layout (2014 on)
  HOW_MADE("HOW THE IMR FINAL DETERMINATION WAS MADE"),
  CASE_SUMMARY("CLINICAL CASE SUMMARY"),
  ISSUES("IMR ISSUES, DECISIONS AND RATIONALES"),
  /** How the 2013 letters head their items; the items read as in later letters. */
  ISSUES_2013("IMR DECISION(S) AND RATIONALE(S)"),

  // Fixed sentences and labels inside the sections
  CREDENTIALS_INTRO("The Expert Reviewer has the following credentials:"),
  LICENSURE("State(s) of Licensure:"),
  SPECIALTY("Certification(s)/Specialty:"),
  SUMMARY_INTRO("The expert reviewer developed the following clinical case summary based on a"
      + " review of the case file, including all medical records:"),
  ISSUES_INTRO("The Final Determination was based on decisions for the disputed items/services"
      + " set forth below:"),
  CLAIMS_GUIDELINE("Claims Administrator guideline:"),
  REVIEWER_GUIDELINE("MAXIMUS guideline:"),
  RATIONALE("Decision rationale:"),

  // Header labels
  CASE_NUMBER("Case Number:"),
  DATE_ASSIGNED("Date Assigned:"),
  DATE_OF_INJURY("Date of Injury:"),
  DECISION_DATE("Decision Date:"),
  UR_DENIAL_DATE("UR Denial Date:"),
  PRIORITY("Priority:"),
  APPLICATION_RECEIVED("Application Received:"),

  // Headings of the older layouts (2013 – early 2014)
  LETTERHEAD("MAXIMUS FEDERAL SERVICES, INC."),
  DOCUMENTS_REVIEWED("DOCUMENTS REVIEWED"),
  PROFESSIONAL_REVIEW("MEDICAL PROFESSIONAL REVIEW"),
  ISSUE_AT_DISPUTE("ISSUE AT DISPUTE:"),
  OLDER_CASE_SUMMARY("CASE SUMMARY:"),
  DOCUMENTS_FOR_DETERMINATION("DOCUMENTS REVIEWED FOR DETERMINATION:"),
  GUIDELINES_RELIED_UPON("MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND"
      + " WHY:"),
  RATIONALE_FOR_WHY("RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY"
      + " NECESSARY:"),
  REVIEWER_QUALIFICATIONS("MEDICAL REVIEWER QUALIFICATIONS:"),
  DECISION_NOTICE("INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE"),
  EXPERT_QUALIFICATIONS("Medical Qualifications of the Expert Reviewer:"),
  NOTICE_CASE_SUMMARY("Case Summary:"),

  // Fixed sentences of the 2013 decision notice, read in its prose (no tokens of their own)
  NOTICE_DATED("Dated:"),
  NOTICE_DETERMINATION("MAXIMUS Federal Services, Inc. has determined the request for"),
  NOTICE_NOT_NECESSARY("is not medically necessary and appropriate"),
  NOTICE_NECESSARY("is medically necessary and appropriate"),
  NOTICE_APPLICATION_FILED("An application for Independent Medical Review was filed on"),
  NOTICE_UR_DENIAL("disputing the Utilization Review Denial dated"),
  NOTICE_ASSIGNMENT("A Notice of Assignment and Request for Information was provided to the above"
      + " parties on"),
  NOTICE_DISCLAIMER("Disclaimer: The following case summary was taken directly from the utilization"
      + " review denial/modification dated");

  private final String words;

  FixedWording(String words) {
    this.words = words;
  }

  /** The words as the letters print them. */
  public String words() {
    return words;
  }

  /** The words in single quotes, as messages quote them. */
  public String quoted() {
    return "'" + words + "'";
  }

  /** The first {@code count} words: how a heading starts when a line break wraps it. */
  public String firstWords(int count) {
    int end = 0;
    for (int i = 0; i < count; i++) {
      int space = words.indexOf(' ', end + 1);
      if (space < 0) {
        return words;
      }
      end = space;
    }
    return words.substring(0, end);
  }
}
