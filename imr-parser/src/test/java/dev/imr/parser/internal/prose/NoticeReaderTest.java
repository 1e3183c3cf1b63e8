package dev.imr.parser.internal.prose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.Decision;
import dev.imr.parser.internal.text.Region;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixed sentences of the 2013 decision notice (FORMAT.md, "Older layouts") in invented
 * statements, as tables: text → what is read. {@code \n} in a cell is a line break; a sentence
 * may lose the space where a line broke ({@code notmedically}). An empty cell: nothing read.
 */
class NoticeReaderTest {

  private static final DateReader DATES = DateReader.withPivot();

  private static String text(String cell) {
    return cell.replace("\\n", "\n");
  }

  private static String at(String text, Region region) {
    return text.substring(region.start(), region.end());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      # one sentence on one line: not medically necessary, the denial stands
      1) MAXIMUS Federal Services, Inc. has determined the request for a cane is not medically necessary and appropriate. | 1 | a cane | UPHELD
      # medically necessary: the denial is overturned
      2) MAXIMUS Federal Services, Inc. has determined the request for a cane is medically necessary and appropriate. | 2 | a cane | OVERTURNED
      # the request wraps over a line; the verdict on the next
      1) MAXIMUS Federal Services, Inc. has determined the request for twelve visits of\\nphysical therapy is not\\nmedically necessary and appropriate. | 1 | twelve visits of\\nphysical therapy | UPHELD
      # the space lost at the line break: notmedically
      1) MAXIMUS Federal Services, Inc. has determined the request for a cane is notmedically necessary and appropriate. | 1 | a cane | UPHELD
      # lost between the request and the verdict, and inside the fixed words
      1) MAXIMUS Federal Services, Inc. has determined the requestfor a caneis medicallynecessary andappropriate. | 1 | a cane | OVERTURNED
      # a request that ends in the letters of the verb
      3) MAXIMUS Federal Services, Inc. has determined the request for an x-ray of the pelvis is not medically necessary and appropriate. | 3 | an x-ray of the pelvis | UPHELD
      # no verdict in the words the notice uses: the request runs to the end, no decision
      1) MAXIMUS Federal Services, Inc. has determined the request for a cane is under review. | 1 | a cane is under review. |
      """)
  void aNumberedDeterminationGivesItsRequestAndDecision(String sentence, int number, String request,
      Decision decision) {
    String text = "A decision has been made:\n" + text(sentence) + "\nMedical Qualifications";
    int end = text.indexOf("\nMedical");

    List<NoticeReader.Determination> found = NoticeReader.determinations(text, new Region(0, end));

    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.number()).isEqualTo(number);
      assertThat(at(text, d.request())).isEqualTo(text(request));
      assertThat(Fact.valueOf(d.decision())).isEqualTo(decision);
      assertThat(at(text, d.sentence())).startsWith(number + ")");
    });
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      # two determinations, each on its lines
      1) MAXIMUS Federal Services, Inc. has determined the request for a cane is not medically\\nnecessary and appropriate.\\n2) MAXIMUS Federal Services, Inc. has determined the request for a\\nwalker is medically necessary and appropriate. | a cane;a\\nwalker | UPHELD;OVERTURNED
      # run onto one line, as a re-wrapping extractor gives them
      1) MAXIMUS Federal Services, Inc. has determined the request for a cane is not medically necessary and appropriate. 2) MAXIMUS Federal Services, Inc. has determined the request for a walker is medically necessary and appropriate. | a cane;a walker | UPHELD;OVERTURNED
      # the first without a verdict ends where the second starts
      1) MAXIMUS Federal Services, Inc. has determined the request for a cane\\n2) MAXIMUS Federal Services, Inc. has determined the request for a walker is medically necessary and appropriate. | a cane;a walker | ;OVERTURNED
      """)
  void determinationsEndWhereTheNextStarts(String sentences, String requests, String decisions) {
    String text = text(sentences);

    List<NoticeReader.Determination> found =
        NoticeReader.determinations(text, new Region(0, text.length()));

    assertThat(found).extracting(d -> at(text, d.request()))
        .containsExactly(text(requests).split(";"));
    assertThat(found).extracting(d -> Fact.valueOf(d.decision()) == null ? ""
            : Fact.valueOf(d.decision()).name())
        .containsExactly(decisions.split(";", -1));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      # the title on three lines
      MAXIMUS FEDERAL SERVICES, INC.\\nNotice of Independent Medical Review Determination\\nDated: 11/5/2013 | 2013-11-05
      # run onto one line
      MAXIMUS FEDERAL SERVICES, INC. Notice of Independent Medical Review Determination Dated: 11/5/2013 | 2013-11-05
      # the space lost before and after the label
      Notice of Independent Medical Review DeterminationDated:11/5/2013 | 2013-11-05
      # blanks before the colon, a date written out
      Dated : November 5, 2013 | 2013-11-05
      # no valid date after the label
      Dated: 11/35/2013 |
      # no label
      Notice of Independent Medical Review Determination 11/5/2013 |
      """)
  void theNoticeIsDated(String title, LocalDate expected) {
    String text = text(title);

    NoticeReader.DatedWords dated = NoticeReader.dated(text, new Region(0, text.length()), DATES);

    if (!text.contains("Dated")) {
      assertThat(dated).isNull();
      return;
    }
    assertThat(dated).isNotNull();
    assertThat(Fact.valueOf(dated.date())).isEqualTo(expected);
    if (expected != null) {
      assertThat(at(text, dated.date().region())).contains("2013");
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      # the paragraph as the notice prints it
      An application for Independent Medical Review was filed on 7/22/2013 disputing the Utilization\\nReview Denial dated 7/9/2013. A Notice of Assignment and Request for Information was provided to\\nthe above parties on 8/1/2013. A decision has been made for each of the treatment and/or services\\nthat were in dispute: | 2013-07-22 | 2013-07-09 | 2013-08-01
      # spaces lost at the line breaks
      An application for Independent Medical Review was filed on 7/22/2013 disputing the UtilizationReview Denial dated 7/9/2013. A Notice of Assignment and Request for Information was provided tothe above parties on8/1/2013. | 2013-07-22 | 2013-07-09 | 2013-08-01
      # dates written out
      An application for Independent Medical Review was filed on July 22, 2013 disputing the Utilization Review Denial dated July 9, 2013. A Notice of Assignment and Request for Information was provided to the above parties on August 1, 2013. | 2013-07-22 | 2013-07-09 | 2013-08-01
      # the assignment sentence missing: its date is not guessed
      An application for Independent Medical Review was filed on 7/22/2013 disputing the Utilization Review Denial dated 7/9/2013. | 2013-07-22 | 2013-07-09 |
      # a date the join made ambiguous is no date
      An application for Independent Medical Review was filed on 7/22/2013 disputing the Utilization Review Denial dated 7-913. A Notice of Assignment and Request for Information was provided to the above parties on 8/1/2013. | 2013-07-22 | | 2013-08-01
      """)
  void theDatesParagraphDatesTheCase(String paragraph, LocalDate filed, LocalDate denial,
      LocalDate assigned) {
    String text = text(paragraph);

    NoticeReader.CaseDates dates = NoticeReader.caseDates(text, new Region(0, text.length()), DATES);

    assertThat(dates.application()).isNotNull();
    assertThat(Fact.valueOf(dates.application().date())).isEqualTo(filed);
    assertThat(dates.urDenial()).isNotNull();
    assertThat(Fact.valueOf(dates.urDenial().date())).isEqualTo(denial);
    if (text.contains("Notice of Assignment")) {
      assertThat(Fact.valueOf(dates.assignment().date())).isEqualTo(assigned);
    } else {
      assertThat(dates.assignment()).isNull();
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      # the disclaimer, its date written out, over two lines
      Disclaimer: The following case summary was taken directly from the utilization review\\ndenial/modification dated June 3, 2013.\\n"The patient is a 40 year old." | 2013-06-03 | "The patient
      # a numeric date, the space lost at the line break
      Disclaimer: The following case summary was taken directly from the utilization reviewdenial/modification dated 6/3/2013.\\n"The patient is a 40 year old." | 2013-06-03 | "The patient
      # no date the parser reads: the sentence still ends at its period
      Disclaimer: The following case summary was taken directly from the utilization review denial/modification dated.\\nThe patient is a 40 year old. | | The patient
      """)
  void theDisclaimerDatesTheUtilizationReview(String summary, LocalDate date, String after) {
    String text = text(summary);

    NoticeReader.DatedWords disclaimer =
        NoticeReader.disclaimer(text, new Region(0, text.length()), DATES);

    assertThat(disclaimer).isNotNull();
    assertThat(Fact.valueOf(disclaimer.date())).isEqualTo(date);
    assertThat(text.substring(disclaimer.end()).strip()).startsWith(after);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # a summary that does not open with the disclaimer
      "The patient is a 40 year old." Disclaimer: The following case summary was taken directly from the utilization review denial/modification dated 6/3/2013.
      # other words
      Note: this summary was written by the reviewer on 6/3/2013.
      """)
  void aSummaryWithoutTheDisclaimerGivesNone(String summary) {
    assertThat(NoticeReader.disclaimer(summary, new Region(0, summary.length()), DATES)).isNull();
  }
}
