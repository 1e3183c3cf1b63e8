package dev.imr.parser.internal.vocabulary;

import dev.imr.model.CitationBasis;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The names the citation reader knows, read from {@code citations.tsv} (a {@link VocabularyFile}):
 * the words that open a citation sentence, the sentences that cite nothing, the MTUS guidelines,
 * the ACOEM chapters and the ODG chapters. Immutable once loaded; {@link #standard()} is shared.
 */
public final class CitationVocabulary {

  /** What a sentence without a citation says. */
  public enum Remark {
    /** The side cited nothing at all. */
    NONE,
    /** The side states its basis ({@code did not base their decision on the MTUS}). */
    BASIS
  }

  /**
   * A guideline MTUS names: one of its own guidelines, an ACOEM chapter ({@code chapter} set) or
   * a part of ACOEM spanning chapters ({@code firstChapter}–{@code lastChapter}).
   */
  public record MtusName(Guideline guideline, @Nullable Integer chapter, @Nullable String title,
      int firstChapter, int lastChapter) {}

  /** An ACOEM chapter. */
  public record AcoemChapter(int number, String title) {}

  private static final CitationVocabulary STANDARD = load("citations.tsv");

  public final Phrases<CitationBasis> leads;
  public final Phrases<Remark> remarks;
  public final Phrases<MtusName> mtusNames;
  public final Phrases<AcoemChapter> acoemChapters;
  public final Phrases<Boolean> acoemNames;
  public final Phrases<Boolean> acoemSkips;
  public final Phrases<Boolean> odgNames;
  public final Phrases<String> odgChapters;
  public final Phrases<Boolean> odgDecorations;
  public final Phrases<Boolean> separators;
  /** Canonical ACOEM chapter titles by number. */
  public final Map<Integer, String> acoemTitles;

  private CitationVocabulary(Reader reader) {
    this.leads = reader.leads.build();
    this.remarks = reader.remarks.build();
    this.mtusNames = reader.mtusNames.build();
    this.acoemChapters = reader.acoemChapters.build();
    this.acoemNames = reader.acoemNames.build();
    this.acoemSkips = reader.acoemSkips.build();
    this.odgNames = reader.odgNames.build();
    this.odgChapters = reader.odgChapters.build();
    this.odgDecorations = reader.odgDecorations.build();
    this.separators = reader.separators.build();
    this.acoemTitles = Map.copyOf(reader.acoemTitles);
  }

  /**
   * {@code citations}, each with the canonical name of its chapter where this vocabulary knows
   * the chapter (see {@link #canonicalChapter}); the others as they are.
   */
  public List<GuidelineCitation> withCanonicalChapters(List<GuidelineCitation> citations) {
    List<GuidelineCitation> named = new ArrayList<>(citations.size());
    for (GuidelineCitation citation : citations) {
      Optional<String> canonical = canonicalChapter(citation);
      named.add(canonical.isEmpty() ? citation
          : GuidelineCitation.builder().from(citation).canonicalChapter(canonical.get()).build());
    }
    return named;
  }

  /**
   * The canonical name of a citation's chapter: the vocabulary's title of the ACOEM chapter (or
   * part) or ODG chapter that its {@code chapterTitle} names in full, in any of the spellings the
   * vocabulary lists, or else of the MTUS ACOEM chapter its number names; empty for other
   * guidelines and for a chapter the vocabulary does not know.
   */
  public Optional<String> canonicalChapter(GuidelineCitation citation) {
    String title = citation.chapterTitle().orElse(null);
    if (title == null) {
      return Optional.empty();
    }
    if (citation.guideline() == Guideline.ODG) {
      return Optional.ofNullable(whole(odgChapters, title));
    }
    if (citation.guideline() == Guideline.ACOEM) {
      AcoemChapter chapter = whole(acoemChapters, title);
      if (chapter != null) {
        return Optional.of(chapter.title());
      }
      MtusName part = whole(mtusNames, title);
      if (part != null && part.guideline() == Guideline.ACOEM) {
        return Optional.ofNullable(part.title());
      }
      // MTUS adopted the 2nd edition, whose chapter numbers the vocabulary knows.
      if (citation.basis() == CitationBasis.MTUS && citation.chapter().isPresent()) {
        return Optional.ofNullable(acoemTitles.get(citation.chapter().get()));
      }
    }
    return Optional.empty();
  }

  /** The value of the name that is all of {@code text}, or null. */
  private static <V> @Nullable V whole(Phrases<V> names, String text) {
    Phrases.Match<V> match = names.longestAt(text, 0, text.length());
    return match != null && match.end() == text.length() ? match.value() : null;
  }

  /** The vocabulary shipped with the parser. */
  public static CitationVocabulary standard() {
    return STANDARD;
  }

  /** Reads a vocabulary resource next to this class. */
  static CitationVocabulary load(String resource) {
    return of(VocabularyFile.read(resource));
  }

  /**
   * A vocabulary of {@code lines} in the format of {@code citations.tsv}.
   *
   * @throws IllegalArgumentException naming {@code name} and the line, when a line cannot be read
   */
  public static CitationVocabulary parse(String name, List<String> lines) {
    return of(VocabularyFile.parse(name, lines));
  }

  private static CitationVocabulary of(List<VocabularyFile.Entry> entries) {
    Reader reader = new Reader();
    for (VocabularyFile.Entry entry : entries) {
      try {
        reader.read(entry);
      } catch (IllegalArgumentException failure) {
        throw entry.located(failure);
      }
    }
    return new CitationVocabulary(reader);
  }

  /** The names of the entries read so far, kind by kind. */
  private static final class Reader {
    final Phrases.Builder<CitationBasis> leads = Phrases.builder();
    final Phrases.Builder<Remark> remarks = Phrases.builder();
    final Phrases.Builder<MtusName> mtusNames = Phrases.builder();
    final Phrases.Builder<AcoemChapter> acoemChapters = Phrases.builder();
    final Phrases.Builder<Boolean> acoemNames = Phrases.builder();
    final Phrases.Builder<Boolean> acoemSkips = Phrases.builder();
    final Phrases.Builder<Boolean> odgNames = Phrases.builder();
    final Phrases.Builder<String> odgChapters = Phrases.builder();
    final Phrases.Builder<Boolean> odgDecorations = Phrases.builder();
    final Phrases.Builder<Boolean> separators = Phrases.builder();
    final Map<Integer, String> acoemTitles = new TreeMap<>();

    void read(VocabularyFile.Entry e) {
      switch (e.kind()) {
        case "lead" -> {
          e.expectFields(3, 3, "lead, basis and words");
          leads.add(e.field(2), e.constant(1, CitationBasis.class, "citation basis"));
        }
        case "none", "basis" -> remarks.add(single(e), e.kind().equals("none") ? Remark.NONE : Remark.BASIS);
        case "mtus" -> {
          e.expectFields(3, 3, "mtus, guideline and name");
          mtusNames.add(e.field(2),
              new MtusName(e.constant(1, Guideline.class, "guideline"), null, null, 0, 0));
        }
        case "acoem" -> {
          e.expectFields(3, 4, "acoem, number, title and other names");
          int number = e.number(1);
          String title = e.field(2);
          AcoemChapter chapter = new AcoemChapter(number, title);
          acoemTitles.put(number, title);
          MtusName asMtus = new MtusName(Guideline.ACOEM, number, title, number, number);
          List<String> names = new ArrayList<>(List.of(title));
          names.addAll(e.list(3));
          for (String name : names) {
            acoemChapters.add(name, chapter);
            mtusNames.add(name, asMtus);
          }
        }
        case "acoem-part" -> {
          e.expectFields(4, 4, "acoem-part, title, first and last chapter");
          mtusNames.add(e.field(1),
              new MtusName(Guideline.ACOEM, null, e.field(1), e.number(2), e.number(3)));
        }
        case "acoem-name" -> acoemNames.add(single(e), true);
        case "acoem-skip" -> acoemSkips.add(single(e), true);
        case "odg-name" -> odgNames.add(single(e), true);
        case "odg" -> {
          e.expectFields(2, 3, "odg, title and other names");
          String title = e.field(1);
          odgChapters.add(title, title);
          for (String name : e.list(2)) {
            odgChapters.add(name, title);
          }
        }
        case "odg-decoration" -> odgDecorations.add(single(e), true);
        case "separator" -> separators.add(single(e), true);
        default -> throw e.unknownKind();
      }
    }

    private static String single(VocabularyFile.Entry e) {
      e.expectFields(2, 2, e.kind() + " and words");
      return e.field(1);
    }
  }
}
