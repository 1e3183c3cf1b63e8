package dev.imr.parser.internal.citations;

import dev.imr.model.CitationBasis;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.FoldedText;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import dev.imr.parser.internal.vocabulary.CitationVocabulary;
import dev.imr.parser.internal.vocabulary.Phrases;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the citations out of one guideline statement (the text after {@code Claims Administrator
 * guideline:} or {@code MAXIMUS guideline:}), in every era's form:
 *
 * <ul>
 *   <li>2014: {@code Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s):
 *       303-304.}, {@code … MTUS Chronic Pain Treatment Guidelines Muscle Relaxants (for pain)
 *       Page(s): 63-66.}, {@code … Non-MTUS Citation MTUS: ACOEM, CHAPTER 8 NECK AND UPPER BACK
 *       COMPLAINTS, PAGES 177-178}, {@code … Non-MTUS Citation <document>, http://…/.};
 *   <li>2015: {@code Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): …};
 *   <li>2016–17: chains ({@code MTUS Shoulder Complaints 2004, Section(s): Initial Care, and
 *       Elbow Complaints 2007, and …}) and ODG ({@code Non-MTUS Citation Official Disability
 *       Guidelines (ODG), Low Back (updated 11/16/16), MRI}).
 * </ul>
 *
 * <p>This class is the dispatch: it folds the statement, splits it into its sentences at each
 * {@code Decision based on …} lead, and hands each sentence to the reader of its kind: {@link
 * RemarkReader} for the sentences that cite nothing, {@link MtusChainReader} for an MTUS chain,
 * {@link NonMtusReader} for a non-MTUS sentence, which hands each of its documents on to {@link
 * Mtus2014Reader}, {@link OdgReader}, {@link AcoemReader}, {@link MtusGuidelineReader} or {@link
 * DocumentReader}. The names they know (guidelines, ACOEM chapters, ODG chapters) are data in
 * {@code citations.tsv} ({@link CitationVocabulary}), not code.
 *
 * <p>Text it cannot read becomes an {@link Guideline#OTHER} citation holding that text, with a
 * warning; it never throws for any text. A reader is immutable and thread-safe; each call works on
 * its own state. Time is linear in the statement's length: every pattern is applied at bounded
 * positions or to bounded windows.
 */
public final class CitationReader {

  /**
   * What a statement cites.
   *
   * @param citations the citations in statement order; empty when nothing is cited
   * @param citesNothing true when the statement says the side cited no evidence at all ({@code
   *     … did not cite any medical evidence for its decision.})
   */
  public record Result(List<GuidelineCitation> citations, boolean citesNothing) {
    public Result {
      citations = List.copyOf(citations);
    }
  }

  /** At most this many warnings per statement; a pathological statement gets one more saying so. */
  static final int MAX_WARNINGS = Statement.MAX_WARNINGS;

  private static final CitationReader STANDARD = new CitationReader(CitationVocabulary.standard());

  private final CitationVocabulary vocabulary;

  CitationReader(CitationVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** A reader with the vocabulary shipped in {@code citations.tsv}. */
  public static CitationReader standard() {
    return STANDARD;
  }

  /**
   * Reads the statement at {@code statement} of the cleaned text; spans point into {@code
   * source}'s input and warnings go to {@code diagnostics}.
   */
  public Result read(SourceText source, Region statement, Diagnostics diagnostics) {
    return read(source, FoldedText.of(source, statement), diagnostics);
  }

  /** Reads a statement already folded (the folding the model's text is taken from). */
  public Result read(SourceText source, FoldedText statement, Diagnostics diagnostics) {
    Statement s = new Statement(source, statement, diagnostics, vocabulary);
    if (s.text.isEmpty()) {
      return new Result(List.of(), false);
    }
    PageRanges pageRanges = new PageRanges(s);
    AcoemChapters acoemChapters = new AcoemChapters(s, pageRanges);
    MtusGuidelineReader mtusGuidelines = new MtusGuidelineReader(s, pageRanges, acoemChapters);
    RemarkReader remarks = new RemarkReader(s);
    MtusChainReader mtusChains = new MtusChainReader(s, mtusGuidelines);
    NonMtusReader nonMtus = new NonMtusReader(s, new Mtus2014Reader(s, pageRanges, acoemChapters),
        new OdgReader(s), new AcoemReader(s, pageRanges, acoemChapters), mtusGuidelines,
        new DocumentReader(s));
    for (Sentence sentence : sentences(s)) {
      CitationBasis basis = sentence.basis();
      if (basis == null) {
        remarks.read(sentence.start(), sentence.end());
        continue;
      }
      int start = s.skipSpaces(sentence.bodyStart(), sentence.end());
      int end = s.trimEnd(start, sentence.end());
      if (start >= end) {
        s.other(basis, sentence.start(), s.trimEnd(sentence.start(), sentence.end()),
            "a 'Decision based on' sentence that names no guideline");
      } else if (basis == CitationBasis.MTUS) {
        mtusChains.read(start, end);
      } else {
        nonMtus.read(start, end);
      }
    }
    return new Result(vocabulary.withCanonicalChapters(s.citations),
        s.citesNothing && s.citations.isEmpty());
  }

  /**
   * One sentence of a statement, {@code [start, end)} of the folded text: a citation sentence
   * whose lead gives the basis and whose body starts at {@code bodyStart}, or remarks (basis null).
   */
  private record Sentence(int start, int end, int bodyStart, @Nullable CitationBasis basis) {}

  /**
   * The sentences: each {@code Decision based on …} lead opens a citation sentence that runs to
   * the next lead; text before the first lead is remarks.
   */
  private List<Sentence> sentences(Statement s) {
    List<Sentence> sentences = new ArrayList<>();
    int length = s.text.length();
    Phrases.Match<CitationBasis> lead = vocabulary.leads.find(s.text, 0, length);
    int remarksEnd = lead == null ? length : lead.start();
    if (remarksEnd > 0) {
      sentences.add(new Sentence(0, remarksEnd, 0, null));
    }
    while (lead != null) {
      Phrases.Match<CitationBasis> next = vocabulary.leads.find(s.text, lead.end(), length);
      int end = next == null ? length : next.start();
      sentences.add(new Sentence(lead.start(), end, lead.end(), lead.value()));
      lead = next;
    }
    return sentences;
  }
}
