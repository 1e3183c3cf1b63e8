package dev.imr.examples.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import dev.imr.examples.report.LetterStatistics.GuidelineUse;
import dev.imr.examples.report.LetterStatistics.Rate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** How the report writes numbers, rates, periods, names and text into its HTML. */
public final class ReportText {

  private ReportText() {}

  static String guidelineName(GuidelineUse use) {
    return ReportLabels.basis(use.basis()) + " " + ReportLabels.guideline(use.guideline());
  }

  /** The periods of the time chart: months for two years, else quarters for six, else years. */
  static Function<YearMonth, String> periodOf(int months) {
    if (months <= 24) {
      return YearMonth::toString;
    } else if (months <= 72) {
      return month -> month.getYear() + " Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }
    return month -> String.valueOf(month.getYear());
  }

  static String monthName(@Nullable YearMonth month) {
    return month == null ? "" : month.toString();
  }

  /** {@code 12 of 140, 8.6%}. */
  public static String rate(Rate rate) {
    return count(rate.overturned()) + " of " + count(rate.items()) + ", "
        + percent(rate.overturned(), rate.items());
  }

  /**
   * The 95% Wilson interval of a rate, to a tenth of a point: {@code 5.0–14.4%}; a dash when no
   * item has a decision.
   */
  public static String interval(Rate rate) {
    if (rate.items() == 0) {
      return "–";
    }
    WilsonInterval interval = WilsonInterval.of(rate.overturned(), rate.items());
    return String.format(Locale.ROOT, "%.1f–%.1f%%", 100 * interval.lower(),
        100 * interval.upper());
  }

  /** {@code 12 of 140, 8.6% (95%: 5.0–14.4%)}, as a chart names a bar. */
  public static String rateWithInterval(Rate rate) {
    return rate(rate) + " (95%: " + interval(rate) + ")";
  }

  /** A share with one decimal: {@code 8.6%}. */
  public static String percent(long part, long whole) {
    return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /** A count with thousands separated: {@code 12,345}. */
  public static String count(long n) {
    return String.format(Locale.US, "%,d", n);
  }

  static String number(long n) {
    return "<td class=\"n\">" + count(n) + "</td>";
  }

  static String plural(long n, String noun) {
    return n == 1 ? noun : noun + "s";
  }

  static String optional(@Nullable String value) {
    return value == null ? "<span class=\"none\">–</span>" : text(value);
  }

  /** Text for HTML content or a double-quoted attribute. */
  static String text(String value) {
    return escapeHtml4(value);
  }
}
