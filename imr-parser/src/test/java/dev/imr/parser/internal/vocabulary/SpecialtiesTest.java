package dev.imr.parser.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.parser.internal.vocabulary.Specialties.Piece;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Splitting inline credentials where "and" both joins specialty names and stands inside them. */
class SpecialtiesTest {

  /** Expected pieces as "Name" (known) or "?Name" (unknown, kept whole as written). */
  static Stream<Arguments> inlineLists() {
    return Stream.of(
        // one name
        Arguments.of("Occupational Medicine", List.of("Occupational Medicine")),
        // "and" inside the first name, "and" between the names
        Arguments.of("Physical Medicine and Rehabilitation and Pain Medicine",
            List.of("Physical Medicine and Rehabilitation", "Pain Medicine")),
        // one name holding "and" is not split into Physical Medicine + Rehabilitation
        Arguments.of("Physical Medicine and Rehabilitation",
            List.of("Physical Medicine and Rehabilitation")),
        // "and" inside the second name
        Arguments.of("Internal Medicine and Hospice and Palliative Medicine",
            List.of("Internal Medicine", "Hospice and Palliative Medicine")),
        // "&" inside a name, comma between names, spelling kept
        Arguments.of("Physical Medicine & Rehabilitation, Pain Management",
            List.of("Physical Medicine & Rehabilitation", "Pain Management")),
        // a comma list ending in "and"
        Arguments.of("Preventive Medicine, Occupational Medicine and Family Practice",
            List.of("Preventive Medicine", "Occupational Medicine", "Family Practice")),
        // a name with two "and"s' worth of words, written with "and"
        Arguments.of("Public Health and General Preventive Medicine",
            List.of("Public Health and General Preventive Medicine")),
        // the longest known name wins: Hand Surgery, not Surgery
        Arguments.of("Hand Surgery and Surgery", List.of("Hand Surgery", "Surgery")),
        // a typo is an unknown name kept whole
        Arguments.of("Orthopedic Surgery and Sports Medicinea",
            List.of("Orthopedic Surgery", "?Sports Medicinea")),
        // an unknown name before a known one
        Arguments.of("Aerospace Medicine and Pain Medicine",
            List.of("?Aerospace Medicine", "Pain Medicine")),
        // letter case is kept as written
        Arguments.of("PAIN MEDICINE and neurology", List.of("PAIN MEDICINE", "neurology")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("inlineLists")
  void splitsInlineLists(String list, List<String> expected) {
    List<Piece> pieces = Specialties.splitInline(list);

    assertThat(pieces).extracting(p -> (p.known() ? "" : "?") + p.name())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void knowsNamesWhateverTheirCaseOrAmpersand() {
    for (String known : Arrays.asList("Physical Medicine & Rehabilitation",
        "Physical Medicine and Rehabilitation", "sports medicine", "  Pain  Management ",
        "Hospice and Palliative Medicine", "Chiropractor")) {
      assertThat(Specialties.isKnown(known)).as(known).isTrue();
    }
    for (String unknown : Arrays.asList("Sports Medicinea", "Medicine", "", "Rehabilitation")) {
      assertThat(Specialties.isKnown(unknown)).as(unknown).isFalse();
    }
  }

  @Test
  void aKnownNameHasOneCanonicalSpellingAndAnUnknownOneKeepsItsOwn() {
    for (String spelling : Arrays.asList("Physical Medicine & Rehabilitation",
        "physical medicine and rehabilitation", "Physical  Medicine & Rehabilitation ")) {
      assertThat(Specialties.canonical(spelling)).as(spelling)
          .contains("Physical Medicine and Rehabilitation");
    }
    assertThat(Specialties.canonical("Orthopaedic Surgery")).contains("Orthopedic Surgery");
    assertThat(Specialties.canonical("Hospice & Palliative Medicine"))
        .contains("Hospice and Palliative Medicine");
    assertThat(Specialties.canonical("Sports Medicinea")).isEmpty();
    assertThat(Specialties.canonicalOrAsWritten(" Sports Medicinea ")).isEqualTo("Sports Medicinea");
    assertThat(Specialties.canonicalOrAsWritten("PAIN MEDICINE")).isEqualTo("Pain Medicine");
  }
}
