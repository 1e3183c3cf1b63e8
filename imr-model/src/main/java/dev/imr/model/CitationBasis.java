package dev.imr.model;

/**
 * Whether a {@link GuidelineCitation} is given as part of the Medical Treatment Utilization
 * Schedule, as the letter states it: {@code Decision based on MTUS …} or {@code Decision based on
 * Non-MTUS Citation …}.
 *
 * <p>The letter's word is kept even where it looks odd: a 2014 {@code Non-MTUS Citation MTUS:
 * ACOEM, CHAPTER 8 …} cites an MTUS chapter but is {@link #NON_MTUS}.
 */
public enum CitationBasis {
  /** Cited after {@code Decision based on MTUS}. */
  MTUS,
  /** Cited after {@code Decision based on Non-MTUS Citation}. */
  NON_MTUS
}
