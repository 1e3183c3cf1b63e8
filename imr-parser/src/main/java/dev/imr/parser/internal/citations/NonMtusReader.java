package dev.imr.parser.internal.citations;

import dev.imr.model.CitationBasis;
import dev.imr.parser.internal.vocabulary.Phrases;

/**
 * A {@code Decision based on Non-MTUS Citation …} sentence: split into its documents at the
 * vocabulary's separators ({@code … and Other Medical Treatment Guidelines …}) and where {@code
 * and [the]} brings in another guideline by its name ({@code ACOEM guidelines and the Official
 * Disability Guidelines}), each read by the reader of its kind: 2014's {@code MTUS:} fields, ODG
 * (also when cited by a chapter alone), ACOEM, an MTUS guideline, or any other document.
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
    Phrases.Match<Boolean> separator = s.vocabulary.separators.find(s.text, partStart, end);
    while (partStart < end) {
      int separatorStart = separator == null ? end : separator.start();
      int named = andNamedGuideline(partStart, separatorStart);
      if (named >= 0) {
        // "<document> and [the] <guideline>": the "and" ends the document, the name starts the next
        int andAt = s.text.lastIndexOf(" and ", named);
        document(partStart, s.trimEnd(partStart, andAt));
        partStart = named;
        continue;
      }
      document(partStart, s.trimEnd(partStart, separatorStart));
      if (separator == null) {
        break;
      }
      partStart = s.skipSpaces(separator.end(), end);
      separator = s.vocabulary.separators.find(s.text, partStart, end);
    }
  }

  /**
   * Where the first guideline named after {@code and} or {@code and the} in {@code (from, end)}
   * starts ({@code … and the Official Disability Guidelines}), or -1. The name must stand as a
   * name: ODG's or ACOEM's, at a word's start, the document before it not empty.
   */
  private int andNamedGuideline(int from, int end) {
    for (int i = s.text.indexOf(" and ", from); i >= 0 && i + 5 < end;
        i = s.text.indexOf(" and ", i + 1)) {
      if (i <= from) {
        continue;
      }
      int name = i + 5;
      if (s.text.regionMatches(true, name, "the ", 0, 4)) {
        name += 4;
      }
      if (s.vocabulary.odgNames.longestAt(s.text, name, end) != null
          || s.vocabulary.acoemNames.longestAt(s.text, name, end) != null) {
        return name;
      }
    }
    return -1;
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
    if (odg.citedByChapter(start, end)) {
      odg.read(start, start, end);
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
