package dev.imr.parser.internal.citations;

import dev.imr.model.CitationBasis;
import dev.imr.parser.internal.vocabulary.Phrases;

/**
 * A {@code Decision based on Non-MTUS Citation …} sentence: split into its documents at the
 * vocabulary's separators ({@code … and Other Medical Treatment Guidelines …}), each read by the
 * reader of its kind: 2014's {@code MTUS:} fields, ODG, ACOEM, an MTUS guideline, or any other
 * document.
 */
final class NonMtusReader {

  private final Statement s;
  private final Mtus2014Reader mtus2014;
  private final OdgReader odg;
  private final AcoemReader acoem;
  private final MtusGuidelineReader mtusGuidelines;
  private final DocumentReader documents;

  NonMtusReader(Statement statement, Mtus2014Reader mtus2014, OdgReader odg, AcoemReader acoem,
      MtusGuidelineReader mtusGuidelines, DocumentReader documents) {
    this.s = statement;
    this.mtus2014 = mtus2014;
    this.odg = odg;
    this.acoem = acoem;
    this.mtusGuidelines = mtusGuidelines;
    this.documents = documents;
  }

  /** Reads the sentence's body {@code [start, end)}. */
  void read(int start, int end) {
    int partStart = start;
    while (partStart < end) {
      Phrases.Match<Boolean> separator = s.vocabulary.separators.find(s.text, partStart, end);
      int partEnd = separator == null ? end : separator.start();
      document(partStart, s.trimEnd(partStart, partEnd));
      partStart = separator == null ? end : s.skipSpaces(separator.end(), end);
    }
  }

  private void document(int start, int end) {
    if (start >= end) {
      return;
    }
    int mtusColonEnd = s.matchEnd(Shape.MTUS_COLON, start, end);
    if (mtusColonEnd >= 0) {
      mtus2014.read(start, mtusColonEnd, end);
      return;
    }
    Phrases.Match<Boolean> odgName = s.vocabulary.odgNames.longestAt(s.text, start, end);
    if (odgName != null) {
      odg.read(start, odgName.end(), end);
      return;
    }
    Phrases.Match<Boolean> acoemName = s.vocabulary.acoemNames.longestAt(s.text, start, end);
    if (acoemName != null) {
      acoem.read(start, acoemName.end(), end);
      return;
    }
    if (s.vocabulary.mtusNames.longestAt(s.text, start, end) != null) {
      mtusGuidelines.read(CitationBasis.NON_MTUS, start, end);
      return;
    }
    documents.read(start, end);
  }
}
