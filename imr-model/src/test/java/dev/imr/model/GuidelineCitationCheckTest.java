package dev.imr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * {@link GuidelineCitation}'s invariants are checked on every instance, by a method that is not
 * part of the API.
 */
class GuidelineCitationCheckTest {

  @Test
  void theCheckIsNotPublicApi() throws NoSuchMethodException {
    int modifiers = GuidelineCitation.class.getDeclaredMethod("check").getModifiers();

    assertThat(Modifier.isPublic(modifiers)).isFalse();
    assertThat(Modifier.isProtected(modifiers)).isFalse();
    assertThat(GuidelineCitation.class.getMethods())
        .noneMatch(method -> method.getName().equals("check"));
  }

  @Test
  void theCheckStillRunsOnBuildingAndCopying() {
    GuidelineCitation citation = GuidelineCitation.builder().text("Invented 2004")
        .basis(CitationBasis.MTUS).guideline(Guideline.ACOEM).edition(2004).chapter(12).build();

    assertThatIllegalStateException().isThrownBy(() -> GuidelineCitation.builder()
        .text("Invented 204").basis(CitationBasis.MTUS).guideline(Guideline.ACOEM).edition(204)
        .build()).withMessageContaining("edition year out of range: 204");
    assertThatIllegalStateException()
        .isThrownBy(() -> ((ImmutableGuidelineCitation) citation).withChapter(0))
        .withMessageContaining("chapter number must be positive: 0");
  }
}
