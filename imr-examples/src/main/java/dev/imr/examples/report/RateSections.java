package dev.imr.examples.report;

import static dev.imr.examples.report.ReportText.count;
import static dev.imr.examples.report.ReportText.interval;
import static dev.imr.examples.report.ReportText.plural;
import static dev.imr.examples.report.ReportText.rate;
import static dev.imr.examples.report.ReportText.rateWithInterval;
import static dev.imr.examples.report.ReportText.text;

import dev.imr.examples.report.LetterStatistics.Rate;
import java.awt.Color;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The sections of {@link HtmlReport} that show overturn rates: each rate with what it is of
 * ({@code 12 of 140, 8.6%}) and its 95% Wilson interval, in a table and as bars; groups with
 * fewer decided items than the report's minimum are drawn apart, in grey. A chart whose groups
 * have no overturned item says so instead of drawing bars of nothing.
 */
final class RateSections {

  /** Bars in one chart; the table below it lists every group. */
  static final int CHART_BARS = 20;

  /** Requests and drugs listed. */
  static final int TOP_REQUESTS = 15;

  private final PageWriter page;
  private final int minItems;

  RateSections(PageWriter page, int minItems) {
    this.page = page;
    this.minItems = minItems;
  }

  /** What every rate section says of its rates, once. */
  private String howToRead() {
    return " The rate is of items with a decision; beside it, its 95% interval (Wilson): the"
        + " range a rate of many more such items would fall in, 19 times in 20, wide when the"
        + " group is small. Groups with fewer than " + minItems + " decided items are drawn in"
        + " grey apart.";
  }

  void section(String id, String heading, String intro, String groupHeader, List<Rate> rates,
      Function<@Nullable String, String> label, String query, @Nullable String footnote) {
    page.open(id, heading);
    page.append("<p>").append(text(intro)).append(howToRead()).append("</p>\n");
    if (rates.isEmpty()) {
      page.paragraph("empty", "No decided items.");
    } else {
      charts(heading, rates, label);
      table(id + "-table", groupHeader, rates, label);
    }
    if (footnote != null) {
      page.paragraph("note", text(footnote));
    }
    page.sql(null, query);
    page.close();
  }

  /**
   * The overturn rate of each month (or quarter, or year, as the time chart adds them up), by
   * the decision date of the letter; a table row for each period with a decided item.
   */
  void byPeriod(List<Rate> periods) {
    page.append("<h3>Overturn rate by decision date</h3>\n");
    if (periods.isEmpty()) {
      page.paragraph("empty", "No decided items.");
      return;
    }
    List<Rate> dated = periods.stream().filter(r -> r.key() != null).toList();
    if (!dated.isEmpty()) {
      Function<Rate, String> name = r -> r.key() + "   " + rateWithInterval(r);
      int width = ReportCharts.labelWidth(dated.stream().limit(CHART_BARS * 3).map(name).toList());
      chart("Overturn rate by decision date", dated, name, ReportCharts.BLUE, width,
          CHART_BARS * 3);
    }
    table("month-rates-table", "Decided in", periods,
        key -> key == null ? "No decision date" : key);
  }

  /** The requests and the drugs with most decided items, and how often each was overturned. */
  void frequent(RequestCounts counts) {
    page.open("requests", "Most frequent requests and drugs");
    page.append("<p>The requests that come up most, by their wording in the letter whatever its"
        + " case (each shown as one of its spellings), and the"
        + " drugs, by generic name among pharmaceutical items, with how often each was"
        + " overturned.").append(howToRead()).append("</p>\n");
    topTable("Requests", "top-requests-table", "Request", counts.topRequests(TOP_REQUESTS),
        key -> key == null ? "" : counts.spelling(key), counts.distinctRequests(),
        "different requests");
    topTable("Drugs", "top-drugs-table", "Drug", counts.topDrugs(TOP_REQUESTS),
        key -> key == null ? "" : key, counts.distinctDrugs(), "different drugs");
    page.sql("The first " + TOP_REQUESTS + " rows of each.", "top-requests", "top-drugs");
    page.close();
  }

  private void topTable(String caption, String id, String header, List<Rate> top,
      Function<@Nullable String, String> label, int distinct, String what) {
    page.append("<h3>").append(caption).append("</h3>\n");
    if (top.isEmpty()) {
      page.paragraph("empty", "None decided.");
      return;
    }
    table(id, header, top, label);
    if (distinct > top.size()) {
      page.paragraph("note", top.size() + " of " + count(distinct) + " " + what + ".");
    }
  }

  private void charts(String heading, List<Rate> rates, Function<@Nullable String, String> label) {
    List<Rate> enough = rates.stream().filter(r -> r.items() >= minItems).toList();
    List<Rate> few = rates.stream().filter(r -> r.items() < minItems).toList();
    Function<Rate, String> name = r -> label.apply(r.key()) + "   " + rateWithInterval(r);
    // The two charts of a section take one width of names, so that their scales line up.
    int labelWidth = ReportCharts.labelWidth(Stream.concat(
        enough.stream().limit(CHART_BARS), few.stream().limit(CHART_BARS)).map(name).toList());
    if (!enough.isEmpty()) {
      page.append("<h3>").append(minItems).append(" or more decided items</h3>\n");
      chart(heading, enough, name, ReportCharts.BLUE, labelWidth, CHART_BARS);
    }
    if (!few.isEmpty()) {
      page.append("<h3 class=\"few-heading\">Fewer than ").append(minItems)
          .append(" decided items</h3>\n");
      chart(heading + ", small groups", few, name, ReportCharts.GREY, labelWidth, CHART_BARS);
    }
  }

  private void table(String id, String groupHeader, List<Rate> rates,
      Function<@Nullable String, String> label) {
    page.table(id, "lrr", groupHeader, "Overturned", "95% interval");
    for (Rate rate : rates) {
      page.keyedRow(rate.key());
      page.append("<th scope=\"row\">").append(text(label.apply(rate.key())))
          .append("</th><td class=\"n rate\">").append(rate(rate))
          .append("</td><td class=\"n interval\">").append(interval(rate)).append("</td></tr>\n");
    }
    page.endTable();
  }

  /**
   * Bars of the rates, or, when none of their items was overturned, a line that says so: bars
   * of 0% would draw nothing, and an empty chart looks like a chart that failed.
   */
  private void chart(String caption, List<Rate> rates, Function<Rate, String> name, Color color,
      int labelWidth, int bars) {
    long decided = rates.stream().mapToLong(Rate::items).sum();
    if (rates.stream().allMatch(r -> r.overturned() == 0)) {
      page.append("<p class=\"empty none-overturned\">None overturned: 0 of ")
          .append(count(decided)).append(" decided ").append(plural(decided, "item"))
          .append(rates.size() > 1 ? " in " + count(rates.size()) + " groups" : "")
          .append(".</p>\n");
      return;
    }
    List<ReportCharts.Bar> shown = rates.stream().limit(bars)
        .map(r -> new ReportCharts.Bar(name.apply(r), 100.0 * r.overturned() / r.items()))
        .toList();
    page.figure(caption, () -> ReportCharts.rates(shown, color, labelWidth));
    if (rates.size() > bars) {
      page.paragraph("note", "The " + bars + " largest of " + count(rates.size())
          + " groups; the table lists all.");
    }
  }
}
