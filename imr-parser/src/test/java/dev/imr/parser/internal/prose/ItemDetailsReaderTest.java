package dev.imr.parser.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.parser.internal.text.Region;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What invented item titles, in the shapes of real headings (FORMAT.md, "IMR ISSUES"), state: the
 * request IMR decided on, the quantity, the parts of a partial approval and the date of service
 * (empty cell: not stated).
 */
class ItemDetailsReaderTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      # a plain title: the request is the title, nothing else stated
      MRI of the left elbow without contrast | MRI of the left elbow without contrast | |
      # "QTY: n" after the name, in capitals
      CERVICAL FACET INJECTION UNDER FLUOROSCOPIC GUIDANCE QTY: 2 | CERVICAL FACET INJECTION UNDER FLUOROSCOPIC GUIDANCE QTY: 2 | 2 |
      # "quantity: n"
      Trigger point injections quantity: 4 | Trigger point injections quantity: 4 | 4 |
      # a count that opens the title
      1 MRI OF THE CERVICAL SPINE | 1 MRI OF THE CERVICAL SPINE | 1 |
      # a count of procedures
      2 facet blocks with sedation | 2 facet blocks with sedation | 2 |
      # a count before "X-RAY": the X is the study's name, not "times"
      1 X-RAY OF THE LEFT WRIST | 1 X-RAY OF THE LEFT WRIST | 1 |
      # a bare count closing the request after a comma
      EMG of the upper extremities, 2 | EMG of the upper extremities, 2 | 2 |
      # "#n" after a drug
      Naproxen 550mg #90 | Naproxen 550mg #90 | 90 |
      # "#n" after a comma
      Omeprazole 20mg, #60 | Omeprazole 20mg, #60 | 60 |
      # a count of sessions in words
      Eight sessions of massage therapy | Eight sessions of massage therapy | 8 |
      # a count of visits at the end
      Physical therapy for the neck, 8 visits | Physical therapy for the neck, 8 visits | 8 |
      # a count of sessions in brackets after a frequency
      Physical therapy 3 times a week for 4 weeks (12 sessions) | Physical therapy 3 times a week for 4 weeks (12 sessions) | 12 |
      # a count in brackets after the duration
      Aquatic therapy 2 times a week for 3 weeks (6) | Aquatic therapy 2 times a week for 3 weeks (6) | 6 |
      # after a label with a colon
      Associated surgical service: 3 ice packs | Associated surgical service: 3 ice packs | 3 |
      # a count of time is no quantity
      Two months rental of a cold therapy unit | Two months rental of a cold therapy unit | |
      # a frequency is no quantity
      Acupuncture 2 times a week for 4 weeks | Acupuncture 2 times a week for 4 weeks | |
      # a range is no quantity
      Post-op occupational therapy 8-12 sessions | Post-op occupational therapy 8-12 sessions | |
      # a strength is no quantity
      5 mg patches | 5 mg patches | |
      # a date of service after "for DOS"
      Retrospective lumbar facet injection for DOS 11/03/15 | Retrospective lumbar facet injection for DOS 11/03/15 | | 2015-11-03
      # a date of service in brackets
      Urine drug screen (DOS 12/02/16) | Urine drug screen (DOS 12/02/16) | | 2016-12-02
      # "DOS:" with a four-digit year, the title holding colons
      Retrospective request for cold unit DOS: 10/09/2016 | Retrospective request for cold unit DOS: 10/09/2016 | | 2016-10-09
      # "date of service"
      Office visit date of service 1/5/17 | Office visit date of service 1/5/17 | | 2017-01-05
      """)
  void readsWhatATitleStates(String title, String request, Integer quantity, LocalDate dateOfService) {
    ItemDetailsReader.ItemDetails details = ItemDetailsReader.read(title, DateReader.withReferenceYear(2017));
    assertThat(Fact.valueOf(details.request())).isEqualTo(request);
    assertThat(Fact.valueOf(details.quantity())).as("quantity").isEqualTo(quantity);
    assertThat(Fact.valueOf(details.dateOfService())).as("date of service").isEqualTo(dateOfService);
    assertThat(details.isPartialApproval()).isFalse();
    assertThat(Fact.valueOf(details.originalRequest())).isNull();
    assertThat(Fact.valueOf(details.authorizedPortion())).isNull();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      # "X was the original request. Y was authorized by the Claims Administrator. The remaining IMR eligible \
      portion of the original request, Z" with the decision's colon gone and no "is"
      Gabapentin 300mg #90 was the original request. Gabapentin 300mg #60 was authorized by the Claims \
      Administrator. The remaining IMR eligible portion of the original request, Gabapentin 300mg #30 \
      | Gabapentin 300mg #30 | 30 | Gabapentin 300mg #90 | Gabapentin 300mg #60
      # the same ending in "is"
      Massage therapy 10 visits was the original request. Massage therapy 4 visits was authorized by the Claims \
      Administrator. The remaining IMR eligible portion of the original request, Massage therapy 6 visits is \
      | Massage therapy 6 visits | 6 | Massage therapy 10 visits | Massage therapy 4 visits
      # counts in words: the quantity is the remaining portion's
      Ten aquatic therapy sessions for the knee was the original request. Four aquatic therapy sessions for the \
      knee was authorized by the Claims Administrator. The remaining IMR eligible \
      portion of the original request, Six aquatic therapy sessions for the knee \
      | Six aquatic therapy sessions for the knee | 6 | Ten aquatic therapy sessions for the knee | Four aquatic therapy sessions for the knee
      # the authorized part as a different service: "The Claims Administrator authorized Y, leaving the original \
      request IMR eligible. The original request, X is"
      Day rehabilitation program was the original request. The Claims Administrator authorized an initial \
      assessment only for a day rehabilitation program, leaving the original request IMR eligible. The \
      original request, Day rehabilitation program is \
      | Day rehabilitation program | | Day rehabilitation program | an initial assessment only for a day rehabilitation program
      # a combined study split: the remaining part is one of the two
      EMG/NCV of the left lower extremity was the original request. NCV of the left lower extremity was \
      authorized by the Claims Administrator. The remaining IMR eligible portion of \
      the original request, EMG of the left lower extremity is \
      | EMG of the left lower extremity | | EMG/NCV of the left lower extremity | NCV of the left lower extremity
      # a frequency with its count in brackets
      Physical therapy 2 times a week for 4 weeks (8) was the original request. Physical therapy 2 times a \
      week for 2 weeks (4) was authorized by the Claims Administrator. The remaining IMR eligible portion of \
      the original request, Physical therapy 2 times a week for 2 weeks (4) is \
      | Physical therapy 2 times a week for 2 weeks (4) | 4 | Physical therapy 2 times a week for 4 weeks (8) | Physical therapy 2 times a week for 2 weeks (4)
      """)
  void readsThePartsOfAPartialApproval(String title, String request, Integer quantity, String original,
      String authorized) {
    ItemDetailsReader.ItemDetails details = ItemDetailsReader.read(title, DateReader.withReferenceYear(2017));
    assertThat(details.isPartialApproval()).isTrue();
    assertThat(Fact.valueOf(details.request())).isEqualTo(request);
    assertThat(Fact.valueOf(details.quantity())).as("quantity").isEqualTo(quantity);
    assertThat(Fact.valueOf(details.originalRequest())).isEqualTo(original);
    assertThat(Fact.valueOf(details.authorizedPortion())).isEqualTo(authorized);
  }

  @Test
  void regionsPointAtThePartsInTheCleanedText() {
    String clean = "Splint was the original request. Splint\nrental was authorized by the Claims Administrator."
        + " The remaining IMR eligible portion of the original request, Splint purchase #1\nis";
    ItemDetailsReader.ItemDetails details = ItemDetailsReader.read(clean, new Region(0, clean.length()),
        DateReader.withPivot());
    assertThat(text(clean, details.request().region())).isEqualTo("Splint purchase #1");
    assertThat(text(clean, details.originalRequest().region())).isEqualTo("Splint");
    assertThat(text(clean, details.authorizedPortion().region())).isEqualTo("Splint\nrental");
    assertThat(text(clean, details.quantity().region())).isEqualTo("1");
    assertThat(Fact.valueOf(details.authorizedPortion())).isEqualTo("Splint rental");
  }

  private static String text(String clean, Region region) {
    return clean.substring(region.start(), region.end());
  }

  static Stream<Arguments> pathological() {
    int size = 1 << 20;
    return Stream.of(
        Arguments.of("partial-approval markers", repeat("x was the original request. ", size)),
        Arguments.of("authorized markers", "a was the original request. "
            + repeat("b was authorized by the Claims Administrator ", size)),
        Arguments.of("counts", repeat("12 x ", size)),
        Arguments.of("dates of service", repeat("DOS 1/ ", size)),
        Arguments.of("trailing blanks before is", repeat(" ", size) + "is"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathological")
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void aMegabyteOfPathologicalTitleIsReadQuickly(String name, String title) {
    assertThat(ItemDetailsReader.read(title, DateReader.withPivot())).isNotNull();
  }

  /** {@code unit} repeated to about {@code size} characters. */
  private static String repeat(String unit, int size) {
    return unit.repeat(Math.max(1, size / unit.length()));
  }
}
