package dev.imr.parser.internal.citations;

import dev.imr.model.CitationBasis;
import dev.imr.parser.internal.vocabulary.CitationVocabulary;
import dev.imr.parser.internal.vocabulary.Phrases;
import java.util.regex.Pattern;

/**
 * The sentences of a statement that cite nothing themselves: {@code … did not cite any medical
 * evidence for its decision.} (the side cited nothing) and the statements of basis ({@code … did
 * not base their decision on the MTUS.}). Any other sentence there is unreadable and kept as an
 * OTHER citation, MTUS only where it says {@code MTUS} and not {@code Non-MTUS}.
 */
final class RemarkReader {

  private static final Pattern MTUS_WORD = Pattern.compile("\\bMTUS\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NON_MTUS_WORD =
      Pattern.compile("\\bnon[- ]?MTUS\\b", Pattern.CASE_INSENSITIVE);

  private final Statement s;

  RemarkReader(Statement statement) {
    this.s = statement;
  }

  /** Reads the sentences of {@code [start, end)}. */
  void read(int start, int end) {
    int sentenceStart = s.skipSpaces(start, end);
    while (sentenceStart < end) {
      int sentenceEnd = s.sentenceEnd(sentenceStart, end);
      Phrases.Match<CitationVocabulary.Remark> remark =
          s.vocabulary.remarks.find(s.text, sentenceStart, sentenceEnd);
      if (remark == null) {
        int trimmed = s.trimEnd(sentenceStart, sentenceEnd);
        if (trimmed > sentenceStart) {
          s.other(basisNamedIn(sentenceStart, trimmed), sentenceStart, trimmed,
              "a guideline statement sentence that is neither a citation ('Decision based on …')"
                  + " nor a known remark");
        }
      } else if (remark.value() == CitationVocabulary.Remark.NONE) {
        s.citesNothing = true;
      }
      sentenceStart = s.skipSpaces(sentenceEnd, end);
    }
  }

  /**
   * The basis of a sentence without a lead: MTUS only where it says {@code MTUS} and not {@code
   * Non-MTUS}; whatever the letter does not claim as MTUS is not.
   */
  private CitationBasis basisNamedIn(int start, int end) {
    boolean mtus = MTUS_WORD.matcher(s.text).region(start, end).find();
    boolean nonMtus = NON_MTUS_WORD.matcher(s.text).region(start, end).find();
    return mtus && !nonMtus ? CitationBasis.MTUS : CitationBasis.NON_MTUS;
  }
}
