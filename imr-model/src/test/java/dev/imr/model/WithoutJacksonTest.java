package dev.imr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model on a class path without Jackson, as a user who does not want JSON has it. The build
 * runs this class alone with Jackson left out of the class path (see imr-model's pom).
 */
class WithoutJacksonTest {

  @BeforeAll
  static void onlyWhereJacksonIsLeftOut() {
    // A -Dtest=… filter can bring this class into the ordinary run, where Jackson is present.
    assumeTrue(Boolean.getBoolean("imr.withoutJackson"),
        "runs in the build's without-jackson execution only");
  }

  @Test
  void jacksonIsAbsentHere() {
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void modelIsBuiltComparedAndPrintedWithoutJackson() {
    Determination letter = Determination.builder()
        .header(LetterHeader.builder().caseNumber("CM99-0000902")
            .decisionDate(LocalDate.of(2017, 1, 5)).build())
        .addItems(DisputedItem.builder().title("Invented item").decision(Decision.UPHELD)
            .claimsAdministratorGuideline(GuidelineStatement.builder().text("Invented basis.")
                .addCitations(GuidelineCitation.builder().text("Invented 2004")
                    .basis(CitationBasis.MTUS).guideline(Guideline.ACOEM).edition(2004)
                    .addPages(PageRange.of(46)).build())
                .build())
            .build())
        .build();

    assertThat(letter.outcome()).contains(Outcome.UPHELD);
    assertThat(letter).isEqualTo(Determination.builder().from(letter).build());
    assertThat(letter.toString()).contains("CM99-0000902");
  }
}
