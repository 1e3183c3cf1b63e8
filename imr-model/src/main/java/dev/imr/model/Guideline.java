package dev.imr.model;

/** Which guideline a {@link GuidelineCitation} names. */
public enum Guideline {
  /** The MTUS Chronic Pain Medical Treatment Guidelines (2009, 2016). */
  CHRONIC_PAIN,
  /** The MTUS Opioid Treatment Guidelines (2016). */
  OPIOIDS,
  /** The MTUS Acupuncture Medical Treatment Guidelines (2007). */
  ACUPUNCTURE,
  /** The MTUS Postsurgical Treatment Guidelines (2009). */
  POSTSURGICAL,
  /**
   * The ACOEM Occupational Medicine Practice Guidelines, whose 2nd-edition chapters (2004, Elbow
   * Complaints 2007) MTUS adopted; {@link GuidelineCitation#chapter()} says which chapter.
   */
  ACOEM,
  /** The Official Disability Guidelines (ODG); {@link GuidelineCitation#chapterTitle()} says which chapter. */
  ODG,
  /**
   * Any other document (a journal article, a drug monograph, another society's policy), or
   * citation text the parser could not read; {@link GuidelineCitation#title()} names the document
   * when it could be read.
   */
  OTHER
}
