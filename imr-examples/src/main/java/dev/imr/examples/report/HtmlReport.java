package dev.imr.examples.report;

import static dev.imr.examples.report.ReportText.count;
import static dev.imr.examples.report.ReportText.guidelineName;
import static dev.imr.examples.report.ReportText.monthName;
import static dev.imr.examples.report.ReportText.number;
import static dev.imr.examples.report.ReportText.optional;
import static dev.imr.examples.report.ReportText.percent;
import static dev.imr.examples.report.ReportText.periodOf;
import static dev.imr.examples.report.ReportText.plural;
import static dev.imr.examples.report.ReportText.rate;
import static dev.imr.examples.report.ReportText.text;

import dev.imr.examples.report.LetterStatistics.CitationUse;
import dev.imr.examples.report.LetterStatistics.Count;
import dev.imr.examples.report.LetterStatistics.ErrorLine;
import dev.imr.examples.report.LetterStatistics.GuidelineUse;
import dev.imr.examples.report.LetterStatistics.Rate;
import dev.imr.examples.report.LetterStatistics.ReasonCount;
import dev.imr.examples.report.LetterStatistics.Side;
import dev.imr.examples.report.LetterStatistics.Volume;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes the page of {@code imr report}: one HTML file with everything inline (styles, charts as
 * SVG), so that it opens offline, by mail and from an archive, with no script and nothing fetched.
 *
 * <p>Each section has a chart, a table with the exact counts, and the SQL from {@code report.sql}
 * that gives the same numbers over the database of {@code imr load}. A rate always shows what it
 * is of ({@code 12 of 140, 8.6%}), and a group with fewer decided items than {@code minItems} is
 * marked as such in its table and drawn in grey in a chart of its own.
 *
 * <p>Every text that comes from a letter or a file name is escaped with Commons Text; the rest is
 * this class's own markup.
 */
public final class HtmlReport {

  /** Bars in one chart; the table below it lists every group. */
  public static final int CHART_BARS = 20;

  /** Citations listed per side. */
  public static final int TOP_CITATIONS = 15;

  /** The colours of the reasons most given; the others are drawn together in grey. */
  private static final List<Color> REASON_COLORS = List.of(ReportCharts.BLUE,
      ReportCharts.ORANGE, ReportCharts.VERMILLION, ReportCharts.SKY, ReportCharts.GREEN,
      ReportCharts.PURPLE, ReportCharts.YELLOW);

  /** The settings of one report. */
  public record Settings(String title, int minItems, List<String> sources, String version,
      LocalDate date) {}

  private final LetterStatistics stats;
  private final Settings settings;
  private final StringBuilder html = new StringBuilder(1 << 20);
  private int charts;

  private HtmlReport(LetterStatistics stats, Settings settings) {
    this.stats = stats;
    this.settings = settings;
  }

  /** The page for {@code stats}. */
  public static String render(LetterStatistics stats, Settings settings) {
    return new HtmlReport(stats, settings).page();
  }

  private String page() {
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"").append(text(settings.version()))
        .append("\">\n<title>").append(text(settings.title())).append("</title>\n<style>\n")
        .append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
    header();
    volume();
    outcomes();
    rateSection("category", "Overturn rate by request category",
        "Each item is placed in one of the request categories DWC uses.",
        "Request category", stats.byCategory(), ReportLabels::category, "by-category",
        null);
    rateSection("drug-class", "Overturn rate by drug class",
        "Pharmaceutical items only, by the class of the drug requested.",
        "Drug class", stats.byDrugClass(), ReportLabels::drugClass, "by-drug-class", null);
    Rate unnamed = stats.withoutSpecialty();
    rateSection("specialty", "Overturn rate by reviewer specialty",
        "Specialties by their canonical names, so that one specialty is not split by its"
            + " spellings (Physical Medicine & Rehabilitation is Physical Medicine and"
            + " Rehabilitation). An item counts under each specialty of its reviewer, so the"
            + " groups add up to more than the items.",
        "Specialty", stats.bySpecialty(), key -> key == null ? "" : key, "by-specialty",
        unnamed.items() == 0 ? null
            : count(unnamed.items()) + " decided " + plural(unnamed.items(), "item")
                + " of letters that name no specialty " + (unnamed.items() == 1 ? "is" : "are")
                + " not in this table (" + rate(unnamed) + " overturned).");
    rateSection("guideline", "Overturn rate by guideline the reviewer cites",
        "An item counts once under each guideline its MAXIMUS guideline statement cites, and"
            + " under “No guideline cited” when it cites none.",
        "Guideline", stats.byGuideline(), ReportLabels::guideline, "by-guideline", null);
    upheldReasons();
    citations();
    errors();
    footer();
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private void header() {
    html.append("<header>\n<h1>").append(text(settings.title())).append("</h1>\n");
    html.append("<p class=\"lead\">What ").append(count(stats.letters())).append(" IMR ")
        .append(plural(stats.letters(), "determination letter"))
        .append(stats.letters() == 1 ? " says" : " say").append(" in aggregate");
    List<Volume> months = stats.byMonth().stream().filter(v -> v.month() != null).toList();
    if (!months.isEmpty()) {
      html.append(", decided from ").append(monthName(months.get(0).month()))
          .append(" to ").append(monthName(months.get(months.size() - 1).month()));
    }
    html.append(".</p>\n<dl class=\"totals\">\n");
    total("files", "Files", stats.files());
    total("letters", "Letters", stats.letters());
    total("items", "Items", stats.items());
    total("overturned", "Items overturned", stats.overturned());
    total("files-with-errors", "Files with errors", stats.filesWithErrors());
    html.append("</dl>\n<p class=\"note\">Items: ").append(count(stats.upheld()))
        .append(" upheld, ").append(count(stats.overturned())).append(" overturned");
    if (stats.undecided() > 0) {
      html.append(", ").append(count(stats.undecided())).append(" without a decision");
    }
    html.append(". ");
    if (stats.files() > stats.letters()) {
      long others = stats.files() - stats.letters();
      html.append(count(others)).append(" ").append(plural(others, "file"))
          .append(others == 1 ? " is" : " are").append(" not an IMR letter. ");
    }
    if (stats.repeated() > 0) {
      html.append(count(stats.repeated())).append(" more ").append(plural(stats.repeated(), "file"))
          .append(" repeated a letter already counted (the same case number, or the same file)"
              + " and ").append(stats.repeated() == 1 ? "was" : "were")
          .append(" not counted again, as <code>imr load</code> keeps one row per letter. ");
    }
    html.append("Read from ").append(String.join(", ",
        settings.sources().stream().map(s -> "<code>" + text(s) + "</code>").toList()))
        .append(" by ").append(text(settings.version())).append(" on ")
        .append(settings.date()).append(".</p>\n");
    sql(null, "totals");
    html.append("<nav><ol>\n");
    for (String[] entry : new String[][] {
        {"volume", "Letters and items over time"}, {"outcomes", "Outcomes"},
        {"category", "By request category"}, {"drug-class", "By drug class"},
        {"specialty", "By reviewer specialty"}, {"guideline", "By guideline cited"},
        {"reasons", "Why denials are upheld"},
        {"citations", "Citations by side"}, {"errors", "Files with errors"}}) {
      html.append("<li><a href=\"#").append(entry[0]).append("\">").append(entry[1])
          .append("</a></li>\n");
    }
    html.append("</ol></nav>\n</header>\n");
  }

  private void total(String key, String label, long value) {
    html.append("<div><dt>").append(label).append("</dt><dd data-total=\"").append(key)
        .append("\">").append(count(value)).append("</dd></div>\n");
  }

  private void volume() {
    open("volume", "Letters and items over time");
    List<Volume> dated = stats.byMonth().stream().filter(v -> v.month() != null).toList();
    Volume undated = stats.byMonth().stream().filter(v -> v.month() == null).findFirst()
        .orElse(null);
    Function<YearMonth, String> period = periodOf(dated.size());
    Map<String, long[]> periods = new LinkedHashMap<>();
    for (Volume volume : dated) {
      long[] sums = periods.computeIfAbsent(period.apply(volume.month()), p -> new long[2]);
      sums[0] += volume.letters();
      sums[1] += volume.items();
    }
    html.append("<p>By the decision date in the letter's header");
    if (dated.size() > 24) {
      html.append(", added up by ").append(dated.size() > 72 ? "year" : "quarter");
    }
    html.append(". Months without a letter show as zero.</p>\n");
    if (periods.isEmpty()) {
      html.append("<p class=\"empty\">No letter states a decision date.</p>\n");
    } else {
      List<String> labels = List.copyOf(periods.keySet());
      figure("Letters and items by decision date", () -> ReportCharts.volume(labels,
          periods.values().stream().map(sums -> sums[0]).toList(),
          periods.values().stream().map(sums -> sums[1]).toList()));
    }
    if (!periods.isEmpty() || undated != null) {
      table("volume-table", "lrr", "Decided in", "Letters", "Items");
      periods.forEach((label, sums) -> html.append("<tr data-key=\"").append(text(label))
          .append("\"><th scope=\"row\">").append(text(label)).append("</th>")
          .append(number(sums[0])).append(number(sums[1])).append("</tr>\n"));
      if (undated != null) {
        html.append("<tr><th scope=\"row\">No decision date</th>")
            .append(number(undated.letters())).append(number(undated.items())).append("</tr>\n");
      }
      html.append("</tbody></table>\n");
    }
    if (undated != null) {
      html.append("<p class=\"note\">A letter has no decision date when it has no header, as"
          + " letters before 2015 have not, or its header gives none.</p>\n");
    }
    sql(dated.size() > 24 ? "By month; the table adds the months up." : null, "by-month");
    close();
  }

  private void outcomes() {
    open("outcomes", "Outcomes");
    html.append("<p>A letter is <em>upheld</em> when every item is, <em>overturned</em> when"
        + " every item is, and <em>partially overturned</em> otherwise; it has no outcome when an"
        + " item states no decision.</p>\n<div class=\"pair\">\n");
    List<Count> outcomes = stats.outcomes();
    List<Count> decisions = new ArrayList<>();
    decisions.add(new Count("UPHELD", stats.upheld()));
    decisions.add(new Count("OVERTURNED", stats.overturned()));
    if (stats.undecided() > 0) {
      decisions.add(new Count(null, stats.undecided()));
    }
    shareBlock("Letters by outcome", "outcome-table", "Outcome", outcomes, stats.letters(),
        ReportLabels::outcome, ReportCharts::outcomeColor);
    shareBlock("Items by decision", "decision-table", "Decision",
        decisions.stream().filter(c -> c.count() > 0).toList(), stats.items(),
        ReportLabels::decision, ReportCharts::outcomeColor);
    html.append("</div>\n");
    sql(null, "outcomes", "decisions");
    close();
  }

  private void shareBlock(String caption, String tableId, String header, List<Count> counts,
      long whole, Function<@Nullable String, String> label,
      Function<@Nullable String, Color> color) {
    html.append("<div>\n<h3>").append(caption).append("</h3>\n");
    if (whole == 0) {
      html.append("<p class=\"empty\">None.</p>\n</div>\n");
      return;
    }
    List<ReportCharts.Slice> slices = counts.stream().map(c -> new ReportCharts.Slice(
        label.apply(c.key()) + ": " + count(c.count()) + " (" + percent(c.count(), whole) + ")",
        c.count(), color.apply(c.key()))).toList();
    figure(caption, () -> ReportCharts.shares(slices));
    table(tableId, "lrr", header, "Count", "Share");
    for (Count c : counts) {
      keyedRow(c.key());
      html.append("<th scope=\"row\">").append(text(label.apply(c.key()))).append("</th>")
          .append(number(c.count())).append("<td class=\"n share\">")
          .append(percent(c.count(), whole)).append("</td></tr>\n");
    }
    html.append("</tbody></table>\n</div>\n");
  }

  private void rateSection(String id, String heading, String intro, String groupHeader,
      List<Rate> rates, Function<@Nullable String, String> label, String query,
      @Nullable String footnote) {
    open(id, heading);
    int minItems = settings.minItems();
    html.append("<p>").append(text(intro)).append(" The rate is of items with a decision; groups"
        + " with fewer than ").append(minItems).append(" of them are marked <span class=\"few\">"
        + "few</span> and drawn in grey apart: their rates can be far off by chance.</p>\n");
    if (rates.isEmpty()) {
      html.append("<p class=\"empty\">No decided items.</p>\n");
    } else {
      List<Rate> enough = rates.stream().filter(r -> r.items() >= minItems).toList();
      List<Rate> few = rates.stream().filter(r -> r.items() < minItems).toList();
      Function<Rate, String> name = rate -> label.apply(rate.key()) + "   " + rate(rate);
      // The two charts of a section take one width of names, so that their scales line up.
      int labelWidth = ReportCharts.labelWidth(Stream.concat(
          enough.stream().limit(CHART_BARS), few.stream().limit(CHART_BARS)).map(name).toList());
      if (!enough.isEmpty()) {
        html.append("<h3>").append(minItems).append(" or more decided items</h3>\n");
        rateChart(heading, enough, name, ReportCharts.BLUE, labelWidth);
      }
      if (!few.isEmpty()) {
        html.append("<h3 class=\"few-heading\">Fewer than ").append(minItems)
            .append(" decided items</h3>\n");
        rateChart(heading + ", small groups", few, name, ReportCharts.GREY, labelWidth);
      }
    }
    if (!rates.isEmpty()) {
      rateTable(id, groupHeader, rates, label);
    }
    if (footnote != null) {
      html.append("<p class=\"note\">").append(text(footnote)).append("</p>\n");
    }
    sql(null, query);
    close();
  }

  private void rateTable(String id, String groupHeader, List<Rate> rates,
      Function<@Nullable String, String> label) {
    int minItems = settings.minItems();
    table(id + "-table", "lr", groupHeader, "Overturned");
    for (Rate rate : rates) {
      boolean isFew = rate.items() < minItems;
      keyedRow(rate.key(), isFew ? "few-row" : null);
      html.append("<th scope=\"row\">").append(text(label.apply(rate.key())));
      if (isFew) {
        html.append(" <span class=\"few\">few</span>");
      }
      html.append("</th><td class=\"n rate\">").append(rate(rate)).append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  private void rateChart(String caption, List<Rate> rates, Function<Rate, String> name,
      Color color, int labelWidth) {
    List<ReportCharts.Bar> bars = rates.stream().limit(CHART_BARS)
        .map(r -> new ReportCharts.Bar(name.apply(r), 100.0 * r.overturned() / r.items()))
        .toList();
    figure(caption, () -> ReportCharts.rates(bars, color, labelWidth));
    if (rates.size() > CHART_BARS) {
      html.append("<p class=\"note\">The ").append(CHART_BARS).append(" largest of ")
          .append(count(rates.size())).append(" groups; the table lists all.</p>\n");
    }
  }

  /**
   * The main reason (the first the parser reads from the rationale) of the upheld items of each
   * request category: the reasons most given over all categories each in a colour of their own,
   * the rest together, and the items without a recognised reason in light grey.
   */
  private void upheldReasons() {
    open("reasons", "Why denials are upheld");
    html.append("<p>The main reason the expert reviewer's rationale gives for each upheld item,"
        + " by request category: the first ground the parser recognises in the rationale. An item"
        + " whose rationale states none it recognises counts as <q>No reason recognised</q>.</p>\n");
    List<ReasonCount> counts = stats.upheldReasons();
    if (counts.stream().allMatch(c -> c.kind() == null)) {
      html.append("<p class=\"empty\">None: ").append(counts.isEmpty()
          ? "no item was upheld." : "no upheld item states a reason the parser recognises.")
          .append("</p>\n");
    } else {
      reasonsChart(counts);
    }
    if (!counts.isEmpty()) {
      table("upheld-reasons-table", "llr", "Request category", "Main reason", "Upheld items");
      for (ReasonCount c : counts) {
        keyedRow(c.kind() == null ? c.category() : c.category() + " " + c.kind());
        html.append("<th scope=\"row\">").append(text(ReportLabels.category(c.category())))
            .append("</th><td>").append(text(ReportLabels.reason(c.kind()))).append("</td>")
            .append(number(c.items())).append("</tr>\n");
      }
      html.append("</tbody></table>\n");
    }
    sql(null, "upheld-reasons");
    close();
  }

  private void reasonsChart(List<ReasonCount> counts) {
    Map<String, Long> byCategory = new LinkedHashMap<>();
    Map<String, Long> byKind = new LinkedHashMap<>();
    for (ReasonCount c : counts) {
      byCategory.merge(c.category(), c.items(), Long::sum);
      if (c.kind() != null) {
        byKind.merge(c.kind(), c.items(), Long::sum);
      }
    }
    List<String> categories = byCategory.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(CHART_BARS).map(Map.Entry::getKey).toList();
    List<String> kinds = byKind.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    List<String> coloured = kinds.stream().limit(REASON_COLORS.size()).toList();
    List<ReportCharts.Stack> stacks = new ArrayList<>();
    for (int i = 0; i < coloured.size(); i++) {
      String kind = coloured.get(i);
      stacks.add(stack(ReportLabels.reason(kind), categories, counts,
          c -> kind.equals(c.kind()), REASON_COLORS.get(i)));
    }
    if (kinds.size() > coloured.size()) {
      stacks.add(stack("Other reasons", categories, counts,
          c -> c.kind() != null && !coloured.contains(c.kind()), ReportCharts.GREY));
    }
    if (counts.stream().anyMatch(c -> c.kind() == null)) {
      stacks.add(stack(ReportLabels.reason(null), categories, counts, c -> c.kind() == null,
          ReportCharts.LIGHT_GREY));
    }
    List<String> labels = categories.stream().map(ReportLabels::category).toList();
    figure("Main reasons of upheld items by request category",
        () -> ReportCharts.stacked(labels, stacks, "Upheld items"));
    if (byCategory.size() > categories.size()) {
      html.append("<p class=\"note\">The ").append(CHART_BARS).append(" largest of ")
          .append(count(byCategory.size())).append(" categories; the table lists all.</p>\n");
    }
  }

  private static ReportCharts.Stack stack(String label, List<String> categories,
      List<ReasonCount> counts, Predicate<ReasonCount> part, Color color) {
    List<Long> perCategory = categories.stream().map(category -> counts.stream()
        .filter(c -> c.category().equals(category) && part.test(c))
        .mapToLong(ReasonCount::items).sum()).toList();
    return new ReportCharts.Stack(label + " (" + count(perCategory.stream()
        .mapToLong(Long::longValue).sum()) + ")", perCategory, color);
  }

  private void citations() {
    open("citations", "Citations by side");
    html.append("<p>What the claims administrator (its <q>Claims Administrator guideline</q>)"
        + " and the expert reviewer (the <q>MAXIMUS guideline</q>) base their decisions on."
        + " A statement that chains several guidelines counts once for each; a chapter goes by its"
        + " canonical name, so that one chapter is not split by its spellings.</p>\n");
    List<GuidelineUse> uses = stats.guidelineUses();
    if (uses.isEmpty()) {
      html.append("<p class=\"empty\">No citations.</p>\n");
    } else {
      List<GuidelineUse> charted = uses.stream().limit(CHART_BARS).toList();
      List<String> labels = charted.stream().map(ReportText::guidelineName).toList();
      figure("Citations by guideline and side", () -> ReportCharts.citations(labels,
          charted.stream().map(GuidelineUse::claimsAdministrator).toList(),
          charted.stream().map(GuidelineUse::reviewer).toList()));
    }
    if (!uses.isEmpty()) {
      table("guideline-uses-table", "lrrr", "Guideline", "Claims administrator",
          "Expert reviewer", "Both");
      for (GuidelineUse use : uses) {
        html.append("<tr data-key=\"").append(text(use.basis() + " " + use.guideline()))
            .append("\"><th scope=\"row\">").append(text(guidelineName(use))).append("</th>")
            .append(number(use.claimsAdministrator())).append(number(use.reviewer()))
            .append(number(use.total())).append("</tr>\n");
      }
      html.append("</tbody></table>\n");
    }
    sql(null, "guideline-uses");
    for (Side side : Side.values()) {
      html.append("<h3>Most cited by the ")
          .append(ReportLabels.side(side).toLowerCase(Locale.ROOT)).append("</h3>\n");
      List<CitationUse> top = stats.topCitations(side, TOP_CITATIONS);
      if (top.isEmpty()) {
        html.append("<p class=\"empty\">None.</p>\n");
        continue;
      }
      table("top-citations-" + side.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          "lllr", "Guideline", "Chapter", "Section or topic", "Times");
      for (CitationUse use : top) {
        html.append("<tr><td>").append(text(ReportLabels.basis(use.basis()) + " "
                + ReportLabels.guideline(use.guideline()))).append("</td><td>")
            .append(optional(use.chapterTitle())).append("</td><td>")
            .append(optional(use.topic())).append("</td>").append(number(use.count()))
            .append("</tr>\n");
      }
      html.append("</tbody></table>\n");
      long distinct = stats.distinctCitations(side);
      if (distinct > top.size()) {
        html.append("<p class=\"note\">").append(top.size()).append(" of ").append(count(distinct))
            .append(" different citations.</p>\n");
      }
    }
    sql("The tables above are the first " + TOP_CITATIONS + " rows of each side.",
        "top-citations");
    close();
  }

  private void errors() {
    open("errors", "Files with errors");
    String what = stats.strict() ? "errors and warnings (--strict)" : "errors";
    if (stats.errorCount() == 0) {
      html.append("<p class=\"empty\">No file had ").append(what).append(".</p>\n");
      sql(null, "errors");
      close();
      return;
    }
    html.append("<p>").append(count(stats.errorCount())).append(" ").append(text(what))
        .append(" in ").append(count(stats.filesWithErrors())).append(" ")
        .append(plural(stats.filesWithErrors(), "file"))
        .append(". A file with an error is still counted with what could be read of it;"
            + " a file that is not an IMR letter counts only as a file.</p>\n");
    table("error-codes-table", "lr", "Code", "Count");
    stats.errorCodes().forEach((code, n) -> html.append("<tr data-key=\"").append(text(code))
        .append("\"><th scope=\"row\"><code>").append(text(code)).append("</code></th>")
        .append(number(n)).append("</tr>\n"));
    html.append("</tbody></table>\n");
    table("errors-table", "lrrll", "File", "Line", "Column", "Code", "Message");
    for (ErrorLine error : stats.errors()) {
      html.append("<tr><td class=\"file\">").append(text(error.source())).append("</td>")
          .append(number(error.line())).append(number(error.column()))
          .append("<td><code>").append(text(error.code())).append("</code></td><td>")
          .append(text(error.message())).append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
    long unlisted = stats.errorCount() - stats.errors().size();
    if (unlisted > 0) {
      html.append("<p class=\"note\">And ").append(count(unlisted)).append(" more, not listed"
          + " here: <code>imr parse</code> reports each, and <code>imr load</code> keeps them in"
          + " its <code>diagnostic</code> table.</p>\n");
    }
    sql(stats.strict()
        ? "With --strict the report lists warnings too: add g.severity = 'WARNING'." : null,
        "errors");
    close();
  }

  private void footer() {
    html.append("<footer><p>Every number here is one that SQL gives over the database"
        + " <code>imr load</code> makes of the same files: each table shows its query. A letter"
        + " counts once however many files hold it, keyed by its case number (by its file when it"
        + " has none).</p></footer>\n");
  }

  private void open(String id, String heading) {
    html.append("<section id=\"").append(id).append("\">\n<h2>").append(text(heading))
        .append("</h2>\n");
  }

  private void close() {
    html.append("</section>\n");
  }

  /**
   * Opens a table and its body.
   *
   * @param align for each column, {@code l} for text or {@code r} for a number
   */
  private void table(String id, String align, String... headers) {
    if (align.length() != headers.length) {
      throw new IllegalArgumentException(align + " does not align " + List.of(headers));
    }
    html.append("<table id=\"").append(id).append("\">\n<thead><tr>");
    for (int i = 0; i < headers.length; i++) {
      html.append(align.charAt(i) == 'r' ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">")
          .append(text(headers[i])).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
  }

  private void keyedRow(@Nullable String key) {
    keyedRow(key, null);
  }

  /** A row that carries the database's value of its group; none for NULL. */
  private void keyedRow(@Nullable String key, @Nullable String cssClass) {
    html.append("<tr");
    if (key != null) {
      html.append(" data-key=\"").append(text(key)).append('"');
    }
    if (cssClass != null) {
      html.append(" class=\"").append(cssClass).append('"');
    }
    html.append('>');
  }

  /** Draws a chart into the page; a chart that cannot be drawn is said so, the table stays. */
  private void figure(String caption, ChartSupplier chart) {
    String prefix = "chart" + (++charts);
    html.append("<figure role=\"img\" aria-label=\"").append(text(caption)).append("\">\n");
    try {
      html.append(ReportCharts.svg(chart.get(), prefix)).append('\n');
    } catch (IOException | RuntimeException e) {
      cannotDraw(e);
    } catch (Error e) {
      // AWT reports a machine without fonts with a plain Error; anything worse goes on up.
      if (e instanceof VirtualMachineError && !(e instanceof InternalError)) {
        throw e;
      }
      cannotDraw(e);
    }
    html.append("</figure>\n");
  }

  private void cannotDraw(Throwable e) {
    html.append("<p class=\"empty\">The chart could not be drawn (").append(text(String.valueOf(e)))
        .append("); the table below has its numbers.</p>\n");
  }

  /** Builds a chart; drawing may fail where AWT cannot run. */
  @FunctionalInterface
  private interface ChartSupplier {
    Chart<?, ?> get();
  }

  /** The queries of {@code report.sql} that give a section's numbers, folded away. */
  private void sql(@Nullable String note, String... queries) {
    html.append("<details class=\"sql\"><summary>The same numbers in SQL</summary>\n");
    if (note != null) {
      html.append("<p class=\"note\">").append(text(note)).append("</p>\n");
    }
    for (String query : queries) {
      html.append("<pre><code data-query=\"").append(query).append("\">")
          .append(text(ReportQueries.get(query))).append("</code></pre>\n");
    }
    html.append("</details>\n");
  }
}
