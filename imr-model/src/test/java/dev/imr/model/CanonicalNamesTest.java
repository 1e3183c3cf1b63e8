package dev.imr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Canonical names beside the names as written: reviewer specialties and guideline chapters. */
class CanonicalNamesTest {

  @Test
  void specialtiesKeepTheirSpellingBesideOneCanonicalNameEach() {
    ExpertReviewer reviewer = ExpertReviewer.builder()
        .addSpecialties("Physical Medicine & Rehabilitation", "Sports Medicinea")
        .addCanonicalSpecialties("Physical Medicine and Rehabilitation", "Sports Medicinea")
        .build();

    assertThat(reviewer.specialties()).containsExactly("Physical Medicine & Rehabilitation",
        "Sports Medicinea");
    assertThat(reviewer.canonicalSpecialties()).containsExactly(
        "Physical Medicine and Rehabilitation", "Sports Medicinea");
    assertThat(reviewer).isEqualTo(ExpertReviewer.builder()
        .addSpecialties("Physical Medicine & Rehabilitation", "Sports Medicinea").build());
  }

  @Test
  void canonicalSpecialtiesMayBeLeftOutButNotMiscounted() {
    assertThat(ExpertReviewer.builder().addSpecialties("Neurology").build().canonicalSpecialties())
        .isEmpty();
    assertThatThrownBy(() -> ExpertReviewer.builder().addSpecialties("Neurology", "Psychiatry")
        .addCanonicalSpecialties("Neurology").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 names for 2 specialties");
  }

  @Test
  void aChapterKeepsItsTitleBesideItsCanonicalName() {
    GuidelineCitation known = GuidelineCitation.builder().text("Invented, Hips and Pelvis")
        .basis(CitationBasis.NON_MTUS).guideline(Guideline.ODG).chapterTitle("Hips and Pelvis")
        .canonicalChapter("Hip and Pelvis").build();
    GuidelineCitation unknown = GuidelineCitation.builder().text("Invented Disorders")
        .basis(CitationBasis.NON_MTUS).guideline(Guideline.ACOEM)
        .chapterTitle("Invented Disorders").build();

    assertThat(known.chapterTitle()).contains("Hips and Pelvis");
    assertThat(known.canonicalChapter()).contains("Hip and Pelvis");
    assertThat(unknown.canonicalChapter()).isEmpty();
    // derived from the citation as written, so not part of equality
    assertThat(known).isEqualTo(GuidelineCitation.builder().from(known)
        .canonicalChapter("Hip").build());
  }
}
