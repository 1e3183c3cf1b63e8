package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.imr.examples.report.LetterStatistics.Rate;
import dev.imr.examples.report.ReportText;
import dev.imr.examples.report.WilsonInterval;
import org.junit.jupiter.api.Test;

/**
 * The 95% Wilson interval against published values: Newcombe (1998), "Two-sided confidence
 * intervals for the single proportion", Statistics in Medicine 17, table I, method 3 (the score
 * method without continuity correction), given to four decimals.
 */
class WilsonIntervalTest {

  @Test
  void matchesNewcombesPublishedIntervals() {
    assertInterval(81, 263, 0.2553, 0.3662);
    assertInterval(15, 148, 0.0624, 0.1605);
    assertInterval(0, 20, 0.0, 0.1611);
    assertInterval(1, 29, 0.0061, 0.1718);
  }

  @Test
  void staysWithinZeroAndOneAndIsExactAtTheEnds() {
    assertThat(WilsonInterval.of(0, 1)).isEqualTo(new WilsonInterval(0, WilsonInterval.of(0, 1)
        .upper()));
    assertThat(WilsonInterval.of(10, 10).upper()).isEqualTo(1.0);
    assertThat(WilsonInterval.of(10, 10).lower()).isCloseTo(0.7225, within(5e-5));
    // Symmetric about a half.
    WilsonInterval half = WilsonInterval.of(1, 2);
    assertThat(half.lower() + half.upper()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void theReportWritesItToATenthOfAPoint() {
    assertThat(ReportText.interval(new Rate("X", 2, 1))).isEqualTo("9.5–90.5%");
    assertThat(ReportText.interval(new Rate("X", 263, 81))).isEqualTo("25.5–36.6%");
    assertThat(ReportText.interval(new Rate("X", 0, 0))).isEqualTo("–");
    assertThat(ReportText.rateWithInterval(new Rate("X", 20, 0)))
        .isEqualTo("0 of 20, 0.0% (95%: 0.0–16.1%)");
  }

  @Test
  void refusesWhatIsNoRate() {
    assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.of(0, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.of(3, 2));
    assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.of(-1, 2));
  }

  private static void assertInterval(long successes, long trials, double lower, double upper) {
    WilsonInterval interval = WilsonInterval.of(successes, trials);
    assertThat(interval.lower()).as(successes + "/" + trials).isCloseTo(lower, within(5e-5));
    assertThat(interval.upper()).as(successes + "/" + trials).isCloseTo(upper, within(5e-5));
  }
}
