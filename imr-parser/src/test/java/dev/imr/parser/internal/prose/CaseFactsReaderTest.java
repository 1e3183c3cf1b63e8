package dev.imr.parser.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.Sex;
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
 * The case facts of invented narratives written in the opening shapes and date formats of real
 * letters (FORMAT.md, "CLINICAL CASE SUMMARY"), as a table: narrative, reference year → age, sex,
 * date of injury, utilization review date (empty cell: not stated, nothing guessed).
 */
class CaseFactsReaderTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      # opening "The injured worker is a … year old male who sustained an industrial injury on" + M-D-YY
      The injured worker is a 51 year old male who sustained an industrial injury on 3-7-15. He reports knee pain. \
      The original utilization review (2-2-17) denied a request for a brace. | 2017 | 51 | MALE | 2015-03-07 | 2017-02-02
      # the body part between "injury" and the date; "prior denial was made on"
      The injured worker is a 45 year old female who reported an industrial injury to the right hand on \
      04/02/2014. A prior denial was made on 12/20/2016. | 2017 | 45 | FEMALE | 2014-04-02 | 2016-12-20
      # "injured his lower back on": the verb, then the body part, then the date
      This 46 year-old male injured his lower back on 09/09/2012 while lifting. | 2016 | 46 | MALE | 2012-09-09 |
      # "previously deemed not medically necessary on"
      The injured worker is a 60 year old male who sustained an industrial injury on 8/8/08. The request \
      was previously deemed not medically necessary on 11/30/2016. | 2017 | 60 | MALE | 2008-08-08 | 2016-11-30
      # a work accident never called an injury or claim gives no date of injury
      The injured worker is a 33 year old male who fell from a ladder at work on 3/3/2015. | 2016 | 33 | MALE | |
      # comma after sex, four-digit year with dashes, "On <date>, utilization review …"
      The injured worker is a 39 year old female, who sustained an industrial injury on 06-14-2016. \
      On 11-3-16, utilization review determined the request was not necessary. | 2016 | 39 | FEMALE | 2016-06-14 | 2016-11-03
      # opening "This case involves a now NN-year-old" + "occupational claim from" M/D/YYYY
      This case involves a now 47-year-old female with a history of an occupational claim from 02/19/2016. \
      These requests were previously non-certified on 12/01/2016. | 2017 | 47 | FEMALE | 2016-02-19 | 2016-12-01
      # opening "This NN year-old <sex> sustained an injury on" M/D/YY; "non-certified on"
      This 44 year-old male sustained an injury on 7/3/10 while employed by . The request was non-certified on \
      2/12/14 citing guidelines. | | 44 | MALE | 2010-07-03 | 2014-02-12
      # "with an industrial injury dated" MM-DD-YYYY; "Utilization Review determination on"
      The injured worker is a 58 year old female with an industrial injury dated 09-11-1997. Utilization Review \
      determination on 06-30-2015, partially approved the request. | 2015 | 58 | FEMALE | 1997-09-11 | 2015-06-30
      # opening "This is a NN-year-old male patient"; injury with a zero-padded date
      This is a 63-year-old male patient who sustained an industrial injury on 02/14/2007. A utilization review \
      on 09/02/14 was adverse. | 2014 | 63 | MALE | 2007-02-14 | 2014-09-02
      # no age at all: "industrial injury of <Month D, YYYY>", nothing else guessed
      The patient has filed a claim for shoulder pain and headaches associated with an industrial injury of \
      March 3, 2005. Thus far, the patient has been treated with medications. | | | | 2005-03-03 |
      # opening "The applicant is a NN-year-old"; "In a utilization review report dated <Month D, YYYY>"
      The applicant is a 61-year-old male who has filed a claim for wrist pain reportedly associated with an \
      industrial injury of April 2, 2016. In a utilization review report dated December 1, 2016, the claims \
      administrator failed to approve a request. | 2016 | 61 | MALE | 2016-04-02 | 2016-12-01
      # "industrial injury date of"; "On <date>, the request … was non-certified by Utilization Review"
      The injured worker is a 70 year old male with an industrial injury date of 10-02-2016. On 10-28-2016, the \
      request for a cane was non-certified by Utilization Review. | 2016 | 70 | MALE | 2016-10-02 | 2016-10-28
      # "with a date of injury on"; "Utilization Review non-certified"
      The injured worker is a 22 year old female with a date of injury on 11-01-2016. On 11-20-2016 Utilization \
      Review non-certified a request. | 2016 | 22 | FEMALE | 2016-11-01 | 2016-11-20
      # "The NN year old male injured worker suffered an industrial injury"; "The Utilization Review on"
      The 36 year old male injured worker suffered an industrial injury on 11-02-2016. The Utilization Review on \
      1-4-2017 determined non-certification. | 2017 | 36 | MALE | 2016-11-02 | 2017-01-04
      # "sustained an industrial injury <Month D, YYYY>" without "on"; "According to utilization review dated"
      The injured worker is a 30 year old female who sustained an industrial injury November 2, 2016. According \
      to utilization review dated December 20, 2016, the request is non-certified. | 2017 | 30 | FEMALE | 2016-11-02 | 2016-12-20
      # "is a(n) NN year old"; "The Utilization Review report, with a decision date of"
      According to medical records available for review, the injured worker is a(n) 45 year old female, who \
      sustained an industrial injury on 11-15-2016. The Utilization Review report, with a decision date of \
      12-08-2016, non-certified the request. | 2017 | 45 | FEMALE | 2016-11-15 | 2016-12-08
      # a sentence before the opening; "industrial-work injury"; "The UR dated"
      Though the records were faint, they were legible. The injured worker is a 27 year old male who sustained an \
      industrial-work injury on 10-26-16. The UR dated 1-13-17 denied the request. | 2017 | 27 | MALE | 2016-10-26 | 2017-01-13
      # "This is a NN year old male with a date of injury on"; "The original Utilization Review (UR) (date)"
      This is a 67 year old male with a date of injury on 10-25-2016. The original Utilization Review (UR) \
      (1-29-2017) denied a request. | 2017 | 67 | MALE | 2016-10-25 | 2017-01-29
      # "a work related injury on"; "denied by utilization review on <Month D, YYYY>"
      The injured worker is a 49 year old female who sustained a work related injury on October 14, 2016. Four \
      sessions were denied by utilization review on January 24, 2017. | 2017 | 49 | FEMALE | 2016-10-14 | 2017-01-24
      # "an outpatient claim" (a typo for occupational); "The prior determination on"
      This case involves a now 32-year-old male with history of an outpatient claim from 10/19/2016. The prior \
      determination on 12/10/2016 denied the request. | 2017 | 32 | MALE | 2016-10-19 | 2016-12-10
      # "previously reviewed and denied on"
      This case involves a now 55-year-old male with a history of an occupational claim from 10/18/2016. This case \
      has been previously reviewed and denied on 11/11/2016. | 2016 | 55 | MALE | 2016-10-18 | 2016-11-11
      # "A prior review dated"
      This case involves a now 53-year-old female with a history of an occupational claim from 10/24/2016. A prior \
      review dated 11/14/2016 indicated the request was not supported. | 2016 | 53 | FEMALE | 2016-10-24 | 2016-11-14
      # "the claims administrator" named after "On <Month D, YYYY>,"
      The applicant is a 57-year-old female who has filed a claim for back pain reportedly associated with an \
      industrial injury of October 29, 2016. On December 31, 2016, the claims administrator failed to approve a \
      request. | 2017 | 57 | FEMALE | 2016-10-29 | 2016-12-31
      # two-digit year before the reference century: 94 is 1994 in a 2016 letter
      The injured worker is a 64 year old female, who sustained an industrial injury on 3-9-94. | 2016 | 64 | FEMALE | 1994-03-09 |
      # two-digit years by the pivot when no reference year is known
      This 29 year-old female sustained an injury on 4/5/31 and again later. | | 29 | FEMALE | 1931-04-05 |
      # "y/o" for "year old"
      The patient is a 41 y/o male who sustained an industrial injury on 5/6/2013. | | 41 | MALE | 2013-05-06 |
      # sex stated without an age
      The patient is a female who sustained an industrial injury on 5/6/2013. | | | FEMALE | 2013-05-06 |
      # a date that does not exist is no date
      The injured worker is a 50 year old male who sustained an industrial injury on 2-30-16. | 2016 | 50 | MALE | |
      # "man"/"woman" for the sex
      The injured worker is a 33-year-old woman who was injured on 8/8/2015. | | 33 | FEMALE | 2015-08-08 |
      # nothing stated: nothing guessed
      Records were reviewed. The treating physician requested imaging. | 2016 | | | |
      """)
  void readsTheFactsOfEveryOpening(String narrative, Integer referenceYear, Integer age, Sex sex,
      LocalDate dateOfInjury, LocalDate reviewDate) {
    DateReader dates = referenceYear == null ? DateReader.withPivot() : DateReader.withReferenceYear(referenceYear);
    CaseFactsReader.CaseFacts facts = CaseFactsReader.read(narrative, dates);
    assertThat(facts.patientAge().orElse(null)).as("age").isEqualTo(age);
    assertThat(facts.patientSex().orElse(null)).as("sex").isEqualTo(sex);
    assertThat(facts.dateOfInjury().orElse(null)).as("date of injury").isEqualTo(dateOfInjury);
    assertThat(facts.utilizationReviewDate().orElse(null)).as("utilization review date").isEqualTo(reviewDate);
  }

  @Test
  void anAgeLaterInTheNarrativeIsSomeoneElses() {
    String narrative = "The injured worker sustained an industrial injury on 5/5/15. She drives. She lifts boxes."
        + " She cares for her 6 year old son and her 40 year old brother.";
    CaseFactsReader.CaseFacts facts = CaseFactsReader.read(narrative, DateReader.withPivot());
    assertThat(facts.age()).isNull();
    assertThat(facts.sex()).isNull();
    assertThat(facts.dateOfInjury()).contains(LocalDate.of(2015, 5, 5));
  }

  @Test
  void regionsPointAtTheWordsInTheCleanedText() {
    String clean = "CLINICAL CASE SUMMARY\nThe injured worker is a 48 year old\nmale who sustained an industrial"
        + " injury on 10-\n13-16. The UR dated 11-14-16 denied it.";
    int start = clean.indexOf("The injured");
    CaseFactsReader.CaseFacts facts = CaseFactsReader.read(clean, new Region(start, clean.length()),
        DateReader.withReferenceYear(2016));
    assertThat(text(clean, facts.age().region())).isEqualTo("48 year old");
    assertThat(text(clean, facts.sex().region())).isEqualTo("male");
    assertThat(facts.dateOfInjury()).contains(LocalDate.of(2016, 10, 13)); // the hyphenated line break joins
    assertThat(text(clean, facts.injury().region())).isEqualTo("10-\n13-16");
    assertThat(text(clean, facts.review().region())).isEqualTo("11-14-16");
  }

  private static String text(String clean, Region region) {
    return clean.substring(region.start(), region.end());
  }

  // --- dates ------------------------------------------------------------------------------------

  @ParameterizedTest(name = "[{index}] {0} ({1}) -> {2}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      # M/D/YY, the first format of FORMAT.md
      10/4/09            | 2014 | 2009-10-04
      # M/DD/YYYY
      5/01/2012          | 2014 | 2012-05-01
      # MM-DD-YYYY
      08-05-1994         | 2015 | 1994-08-05
      # MM-DD-YY in the reference year
      10-13-16           | 2016 | 2016-10-13
      # Month D, YYYY
      November 16, 2006  | 2014 | 2006-11-16
      # abbreviated month with a period
      Nov. 16, 2006      | 2014 | 2006-11-16
      # abbreviated month without the comma
      Sept 3 2015        | 2016 | 2015-09-03
      # ordinal day
      March 1st, 2016    | 2016 | 2016-03-01
      # ISO
      2016-11-16         | 2017 | 2016-11-16
      # a two-digit year one after the reference is still this century
      1-6-17             | 2016 | 2017-01-06
      # a two-digit year later than that is the last century
      1-6-18             | 2016 | 1918-01-06
      # the pivot: 30 is 2030, 31 is 1931
      1/1/30             |      | 2030-01-01
      1/1/31             |      | 1931-01-01
      # mixed separators are no date
      10-13/16           | 2016 |
      # no 13th month
      13/01/16           | 2016 |
      # no February 30th
      2/30/2016          | 2016 |
      # a spinal level is no date
      L4-5-6             | 2016 |
      """)
  void readsEveryDateFormat(String text, Integer referenceYear, LocalDate expected) {
    DateReader dates = referenceYear == null ? DateReader.withPivot() : DateReader.withReferenceYear(referenceYear);
    assertThat(dates.parse(text)).isEqualTo(expected);
  }

  @Test
  void findsDatesInProseButNotInsideOtherNumbers() {
    String text = "Seen 10-13-16 and 3.3.9 then 11/2/2016, L4-5-6, on December 6, 2016.";
    assertThat(DateReader.withReferenceYear(2016).findAll(text, 0, text.length()))
        .extracting(DateReader.Found::date)
        .containsExactly(LocalDate.of(2016, 10, 13), LocalDate.of(2016, 11, 2), LocalDate.of(2016, 12, 6));
  }

  // --- pathological input ------------------------------------------------------------------------

  static Stream<Arguments> pathological() {
    int size = 1 << 20;
    return Stream.of(
        Arguments.of("dates after injury words", repeat("injury on 1/1/01 claim of ", size)),
        Arguments.of("review anchors", repeat("utilization review on the of at ", size)),
        Arguments.of("sentences opening with On", repeat("On 1-2-16, the x. ", size)),
        Arguments.of("ages", repeat("12 year old 13 year old ", size)),
        Arguments.of("digits and dashes", repeat("1-", size)),
        Arguments.of("no sentence end", repeat("word ", size)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathological")
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void aMegabyteOfPathologicalNarrativeIsReadQuickly(String name, String narrative) {
    assertThat(CaseFactsReader.read(narrative, DateReader.withPivot())).isNotNull();
  }

  /** {@code unit} repeated to about {@code size} characters. */
  private static String repeat(String unit, int size) {
    return unit.repeat(Math.max(1, size / unit.length()));
  }
}
