package dev.imr.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One guideline or document a {@link GuidelineStatement} cites. A statement that chains several
 * guidelines ({@code MTUS Shoulder Complaints 2004, Section(s): Initial Care, and Elbow Complaints
 * 2007}) or adds a second sentence ({@code Decision based on Non-MTUS Citation …}) gives one
 * citation per guideline named.
 *
 * <p>Every era of the letters reads into the same fields: {@code ACOEM Chapter 12 Low Back
 * Complaints Page(s): 303-304} (2014), {@code Chronic Pain Medical Treatment 2009, Section(s):
 * Muscle relaxants (for pain)} (2015), {@code Low Back Complaints 2004, Section(s): Special
 * Studies} (2016–17) and {@code Official Disability Guidelines (ODG), Low Back (updated 11/16/16),
 * MRI} all give a guideline, its chapter and its topic. Text the parser could not read is an
 * {@link Guideline#OTHER} citation with only its {@link #text()}, and a diagnostic says so.
 */
@Value.Immutable
public abstract class GuidelineCitation {

  /** Only Immutables' class extends it. */
  GuidelineCitation() {}

  /** The citation as written, whitespace folded, without the {@code Decision based on …} lead. */
  public abstract String text();

  /** Where the citation stands in the input. */
  @Value.Auxiliary
  public abstract Optional<SourceSpan> span();

  /** Whether the letter cites it as MTUS or as a non-MTUS citation. */
  public abstract CitationBasis basis();

  /** Which guideline is cited; {@link Guideline#OTHER} for other documents and unreadable text. */
  public abstract Guideline guideline();

  /**
   * The year of the guideline's edition as cited ({@code 2004} in {@code Low Back Complaints
   * 2004}); empty when the citation gives none. Never guessed from the guideline's name.
   */
  public abstract Optional<Integer> edition();

  /**
   * The ACOEM chapter number, also when only the chapter's name is cited ({@code Low Back
   * Complaints 2004} is chapter 12); empty for other guidelines and for an ACOEM chapter the
   * 2nd edition does not have.
   */
  public abstract Optional<Integer> chapter();

  /**
   * The chapter's title in canonical title case: an ACOEM chapter ({@code Neck and Upper Back
   * Complaints} for {@code NECK AND UPPER BACK COMPLAINTS}) or an ODG chapter as written,
   * canonicalised ({@code Low Back} for {@code Low Back - Lumbar & Thoracic (Acute & Chronic)},
   * {@code Pain (Chronic)}, {@code Neck and Upper Back}). An ODG update date ({@code (updated
   * 11/23/16)}) is not part of it, nor is its qualifier ({@link #chapterQualifier()}). ODG's
   * preface, cited like a chapter ({@code ODG Preface – Physical Therapy}), is {@code Preface}.
   */
  public abstract Optional<String> chapterTitle();

  /**
   * The qualifier an ODG chapter is cited with, as written, without its parentheses ({@code Acute
   * & Chronic} in {@code Neck and Upper Back (Acute & Chronic) Chapter}, {@code Thoracic and
   * Lumbar, Acute and Chronic} in {@code Low Back (Thoracic and Lumbar, Acute and Chronic)}); it
   * belongs to the chapter, not to the topic. Empty when the chapter is cited without one.
   */
  public abstract Optional<String> chapterQualifier();

  /**
   * The chapter's canonical name from the parser's vocabulary, the same however the letter spells
   * the chapter: {@code Hip and Pelvis} for ODG's {@code Hip & Pelvis} and {@code Hips and
   * Pelvis}, {@code Neck and Upper Back} for {@code Neck & Upper Back}, {@code Neck and Upper Back
   * Complaints} for ACOEM chapter 8 however cited. Empty when the vocabulary does not know the
   * chapter; {@link #chapterTitle()} then holds it as the letter names it. Count and group by this
   * (falling back to {@link #chapterTitle()}), so that one chapter is not split by its spellings.
   * Not part of {@code equals}: it follows from the citation as written (and the vocabulary's
   * version).
   */
  @Value.Auxiliary
  public abstract Optional<String> canonicalChapter();

  /**
   * The section or topic as written ({@code Muscle relaxants (for pain)}, {@code NSAIDs, GI
   * symptoms & cardiovascular risk}); several sections stay one text, as their names hold commas
   * themselves.
   */
  public abstract Optional<String> topic();

  /** The pages cited, in the letter's order ({@code Page(s): 303-304}, {@code PAGES 177-178}). */
  public abstract List<PageRange> pages();

  /** The address of a cited web document, without a sentence's closing period. */
  public abstract Optional<String> url();

  /** The title of a cited document that is not one of the named guidelines. */
  public abstract Optional<String> title();

  /** Checks that numbers are plausible; Immutables calls it on every instance it makes. */
  @Value.Check
  void check() {
    edition().ifPresent(year -> {
      if (year < 1900 || year > 2999) {
        throw new IllegalStateException("edition year out of range: " + year);
      }
    });
    chapter().ifPresent(number -> {
      if (number < 1) {
        throw new IllegalStateException("chapter number must be positive: " + number);
      }
    });
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GuidelineCitation}. */
  public static final class Builder extends ImmutableGuidelineCitation.Builder {}
}
