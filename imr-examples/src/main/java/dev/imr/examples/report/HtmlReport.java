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
  public static final int CHART_BARS = RateSections.CHART_BARS;

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
  private final PageWriter page = new PageWriter();
  private final RateSections rates;

  private HtmlReport(LetterStatistics stats, Settings settings) {
    this.stats = stats;
    this.settings = settings;
    this.rates = new RateSections(page, settings.minItems());
  }

  /** The page for {@code stats}. */
  public static String render(LetterStatistics stats, Settings settings) {
    return new HtmlReport(stats, settings).page();
  }

  private String page() {
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"").append(text(settings.version()))
        .append("\">\n<title>").append(text(settings.title())).append("</title>\n<style>\n")
        .append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
    header();
    volume();
    outcomes();
    rates.section("category", "Overturn rate by request category",
        "Each item is placed in one of the request categories DWC uses.",
        "Request category", stats.byCategory(), ReportLabels::category, "by-category",
        null);
    rates.section("drug-class", "Overturn rate by drug class",
        "Pharmaceutical items only, by the class of the drug requested.",
        "Drug class", stats.byDrugClass(), ReportLabels::drugClass, "by-drug-class", null);
    Rate unnamed = stats.withoutSpecialty();
    rates.section("specialty", "Overturn rate by reviewer specialty",
        "Specialties by their canonical names, so that one specialty is not split by its"
            + " spellings (Physical Medicine & Rehabilitation is Physical Medicine and"
            + " Rehabilitation). An item counts under each specialty of its reviewer, so the"
            + " groups add up to more than the items.",
        "Specialty", stats.bySpecialty(), key -> key == null ? "" : key, "by-specialty",
        unnamed.items() == 0 ? null
            : count(unnamed.items()) + " decided " + plural(unnamed.items(), "item")
                + " of letters that name no specialty " + (unnamed.items() == 1 ? "is" : "are")
                + " not in this table (" + rate(unnamed) + " overturned).");
    rates.section("guideline", "Overturn rate by guideline the reviewer cites",
        "An item counts once under each guideline its MAXIMUS guideline statement cites, and"
            + " under “No guideline cited” when it cites none.",
        "Guideline", stats.byGuideline(), ReportLabels::guideline, "by-guideline", null);
    rates.frequent(stats.requests());
    upheldReasons();
    citations();
    LetterTable.write(page, stats.letterList());
    errors();
    footer();
    page.append("</main>\n</body>\n</html>\n");
    return page.page();
  }

  /**
   * What was read, in words and in totals: the files read, and of them the letters, the
   * duplicates (a letter counted once however many files hold it) and the files that are not
   * letters, which add up to the files read.
   */
  private void header() {
    page.append("<header>\n<h1>").append(text(settings.title())).append("</h1>\n");
    page.append("<p class=\"lead\">Read ").append(count(stats.filesRead())).append(" ")
        .append(plural(stats.filesRead(), "file")).append(": ").append(count(stats.letters()))
        .append(" IMR ").append(plural(stats.letters(), "letter"));
    if (stats.repeated() > 0) {
      page.append(", ").append(count(stats.repeated())).append(" ")
          .append(plural(stats.repeated(), "duplicate"));
    }
    if (stats.notLetters() > 0) {
      page.append(", ").append(count(stats.notLetters())).append(" ")
          .append(plural(stats.notLetters(), "file")).append(" that ")
          .append(stats.notLetters() == 1 ? "is" : "are").append(" not an IMR letter");
    }
    page.append(".");
    List<Volume> months = stats.byMonth().stream().filter(v -> v.month() != null).toList();
    if (!months.isEmpty()) {
      page.append(" Decided from ").append(monthName(months.get(0).month()))
          .append(" to ").append(monthName(months.get(months.size() - 1).month())).append(".");
    }
    page.append("</p>\n<dl class=\"totals\">\n");
    total("files-read", "Files read", stats.filesRead());
    total("letters", "Letters", stats.letters());
    total("duplicates", "Duplicates", stats.repeated());
    total("not-letters", "Not letters", stats.notLetters());
    total("items", "Items", stats.items());
    total("overturned", "Items overturned", stats.overturned());
    total("files-with-errors", "Files with errors", stats.filesWithErrors());
    page.append("</dl>\n<p class=\"note\">Items: ").append(count(stats.upheld()))
        .append(" upheld, ").append(count(stats.overturned())).append(" overturned");
    if (stats.undecided() > 0) {
      page.append(", ").append(count(stats.undecided())).append(" without a decision");
    }
    page.append(". ");
    if (stats.repeated() > 0) {
      page.append("A duplicate is a file whose letter was already read (the same case number,"
          + " as the PDF and the text of one letter share, or the same file): it is counted"
          + " once, as <code>imr load</code> keeps one row per letter. ");
    }
    page.append("Read from ").append(String.join(", ",
        settings.sources().stream().map(s -> "<code>" + text(s) + "</code>").toList()))
        .append(" by ").append(text(settings.version())).append(" on ")
        .append(settings.date()).append(".</p>\n");
    page.sql("The database has a row for each letter and each file that is not one; the"
        + " duplicates are not in it.", "totals");
    page.append("<nav><ol>\n");
    for (String[] entry : new String[][] {
        {"volume", "Letters and items over time"}, {"outcomes", "Outcomes"},
        {"category", "By request category"}, {"drug-class", "By drug class"},
        {"specialty", "By reviewer specialty"}, {"guideline", "By guideline cited"},
        {"requests", "Most frequent requests and drugs"},
        {"reasons", "Why denials are upheld"}, {"citations", "Citations by side"},
        {"letters", "Every letter"}, {"errors", "Files with errors"}}) {
      page.append("<li><a href=\"#").append(entry[0]).append("\">").append(entry[1])
          .append("</a></li>\n");
    }
    page.append("</ol></nav>\n</header>\n");
  }

  private void total(String key, String label, long value) {
    page.append("<div><dt>").append(label).append("</dt><dd data-total=\"").append(key)
        .append("\">").append(count(value)).append("</dd></div>\n");
  }

  private void volume() {
    page.open("volume", "Letters and items over time");
    List<Volume> dated = stats.byMonth().stream().filter(v -> v.month() != null).toList();
    Volume undated = stats.byMonth().stream().filter(v -> v.month() == null).findFirst()
        .orElse(null);
    Function<YearMonth, String> period = periodOf(dated.size());
    Map<String, long[]> periods = new LinkedHashMap<>();
    for (Volume volume : dated) {
      long[] sums = periods.computeIfAbsent(period.apply(volume.month()), p -> new long[4]);
      sums[0] += volume.letters();
      sums[1] += volume.items();
      sums[2] += volume.decided();
      sums[3] += volume.overturned();
    }
    page.append("<p>By the decision date in the letter's header");
    if (dated.size() > 24) {
      page.append(", added up by ").append(dated.size() > 72 ? "year" : "quarter");
    }
    page.append(". Months without a letter show as zero.</p>\n");
    if (periods.isEmpty()) {
      page.paragraph("empty", "No letter states a decision date.");
    } else {
      List<String> labels = List.copyOf(periods.keySet());
      page.figure("Letters and items by decision date", () -> ReportCharts.volume(labels,
          periods.values().stream().map(sums -> sums[0]).toList(),
          periods.values().stream().map(sums -> sums[1]).toList()));
    }
    if (!periods.isEmpty() || undated != null) {
      page.table("volume-table", "lrr", "Decided in", "Letters", "Items");
      periods.forEach((label, sums) -> page.append("<tr data-key=\"").append(text(label))
          .append("\"><th scope=\"row\">").append(text(label)).append("</th>")
          .append(number(sums[0])).append(number(sums[1])).append("</tr>\n"));
      if (undated != null) {
        page.append("<tr><th scope=\"row\">No decision date</th>")
            .append(number(undated.letters())).append(number(undated.items())).append("</tr>\n");
      }
      page.endTable();
    }
    if (undated != null) {
      page.paragraph("note", "A letter has no decision date when it has no header, as"
          + " letters before 2015 have not, or its header gives none.");
    }
    List<Rate> periodRates = new ArrayList<>();
    periods.forEach((label, sums) -> {
      if (sums[2] > 0) {
        periodRates.add(new Rate(label, sums[2], sums[3]));
      }
    });
    if (undated != null && undated.decided() > 0) {
      periodRates.add(undated.rate());
    }
    rates.byPeriod(periodRates);
    page.sql(dated.size() > 24 ? "By month; the tables add the months up." : null, "by-month",
        "month-rates");
    page.close();
  }

  private void outcomes() {
    page.open("outcomes", "Outcomes");
    page.append("<p>A letter is <em>upheld</em> when every item is, <em>overturned</em> when"
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
    page.append("</div>\n");
    page.sql(null, "outcomes", "decisions");
    page.close();
  }

  private void shareBlock(String caption, String tableId, String header, List<Count> counts,
      long whole, Function<@Nullable String, String> label,
      Function<@Nullable String, Color> color) {
    page.append("<div>\n<h3>").append(caption).append("</h3>\n");
    if (whole == 0) {
      page.append("<p class=\"empty\">None.</p>\n</div>\n");
      return;
    }
    List<ReportCharts.Slice> slices = counts.stream().map(c -> new ReportCharts.Slice(
        label.apply(c.key()) + ": " + count(c.count()) + " (" + percent(c.count(), whole) + ")",
        c.count(), color.apply(c.key()))).toList();
    page.figure(caption, () -> ReportCharts.shares(slices));
    page.table(tableId, "lrr", header, "Count", "Share");
    for (Count c : counts) {
      page.keyedRow(c.key());
      page.append("<th scope=\"row\">").append(text(label.apply(c.key()))).append("</th>")
          .append(number(c.count())).append("<td class=\"n share\">")
          .append(percent(c.count(), whole)).append("</td></tr>\n");
    }
    page.append("</tbody></table>\n</div>\n");
  }

  /**
   * The main reason (the first the parser reads from the rationale) of the upheld items of each
   * request category: the reasons most given over all categories each in a colour of their own,
   * the rest together, and the items without a recognised reason in light grey.
   */
  private void upheldReasons() {
    page.open("reasons", "Why denials are upheld");
    page.append("<p>The main reason the expert reviewer's rationale gives for each upheld item,"
        + " by request category: the first ground the parser recognises in the rationale. An item"
        + " whose rationale states none it recognises counts as <q>No reason recognised</q>.</p>\n");
    List<ReasonCount> counts = stats.upheldReasons();
    if (counts.stream().allMatch(c -> c.kind() == null)) {
      page.append("<p class=\"empty\">None: ").append(counts.isEmpty()
          ? "no item was upheld." : "no upheld item states a reason the parser recognises.")
          .append("</p>\n");
    } else {
      reasonsChart(counts);
    }
    if (!counts.isEmpty()) {
      page.table("upheld-reasons-table", "llr", "Request category", "Main reason", "Upheld items");
      for (ReasonCount c : counts) {
        page.keyedRow(c.kind() == null ? c.category() : c.category() + " " + c.kind());
        page.append("<th scope=\"row\">").append(text(ReportLabels.category(c.category())))
            .append("</th><td>").append(text(ReportLabels.reason(c.kind()))).append("</td>")
            .append(number(c.items())).append("</tr>\n");
      }
      page.endTable();
    }
    page.sql(null, "upheld-reasons");
    page.close();
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
    page.figure("Main reasons of upheld items by request category",
        () -> ReportCharts.stacked(labels, stacks, "Upheld items"));
    if (byCategory.size() > categories.size()) {
      page.append("<p class=\"note\">The ").append(CHART_BARS).append(" largest of ")
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
    page.open("citations", "Citations by side");
    page.append("<p>What the claims administrator (its <q>Claims Administrator guideline</q>)"
        + " and the expert reviewer (the <q>MAXIMUS guideline</q>) base their decisions on."
        + " A statement that chains several guidelines counts once for each; a chapter goes by its"
        + " canonical name, so that one chapter is not split by its spellings.</p>\n");
    List<GuidelineUse> uses = stats.guidelineUses();
    if (uses.isEmpty()) {
      page.append("<p class=\"empty\">No citations.</p>\n");
    } else {
      List<GuidelineUse> charted = uses.stream().limit(CHART_BARS).toList();
      List<String> labels = charted.stream().map(ReportText::guidelineName).toList();
      page.figure("Citations by guideline and side", () -> ReportCharts.citations(labels,
          charted.stream().map(GuidelineUse::claimsAdministrator).toList(),
          charted.stream().map(GuidelineUse::reviewer).toList()));
    }
    if (!uses.isEmpty()) {
      page.table("guideline-uses-table", "lrrr", "Guideline", "Claims administrator",
          "Expert reviewer", "Both");
      for (GuidelineUse use : uses) {
        page.append("<tr data-key=\"").append(text(use.basis() + " " + use.guideline()))
            .append("\"><th scope=\"row\">").append(text(guidelineName(use))).append("</th>")
            .append(number(use.claimsAdministrator())).append(number(use.reviewer()))
            .append(number(use.total())).append("</tr>\n");
      }
      page.endTable();
    }
    page.sql(null, "guideline-uses");
    for (Side side : Side.values()) {
      page.append("<h3>Most cited by the ")
          .append(ReportLabels.side(side).toLowerCase(Locale.ROOT)).append("</h3>\n");
      List<CitationUse> top = stats.topCitations(side, TOP_CITATIONS);
      if (top.isEmpty()) {
        page.append("<p class=\"empty\">None.</p>\n");
        continue;
      }
      page.table("top-citations-" + side.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          "lllr", "Guideline", "Chapter", "Section or topic", "Times");
      for (CitationUse use : top) {
        page.append("<tr><td>").append(text(ReportLabels.basis(use.basis()) + " "
                + ReportLabels.guideline(use.guideline()))).append("</td><td>")
            .append(optional(use.chapterTitle())).append("</td><td>")
            .append(optional(use.topic())).append("</td>").append(number(use.count()))
            .append("</tr>\n");
      }
      page.endTable();
      long distinct = stats.distinctCitations(side);
      if (distinct > top.size()) {
        page.append("<p class=\"note\">").append(top.size()).append(" of ").append(count(distinct))
            .append(" different citations.</p>\n");
      }
    }
    page.sql("The tables above are the first " + TOP_CITATIONS + " rows of each side.",
        "top-citations");
    page.close();
  }

  private void errors() {
    page.open("errors", "Files with errors");
    String what = stats.strict() ? "errors and warnings (--warnings-as-errors)" : "errors";
    if (stats.errorCount() == 0) {
      page.append("<p class=\"empty\">No file had ").append(what).append(".</p>\n");
      page.sql(null, "errors");
      page.close();
      return;
    }
    page.append("<p>").append(count(stats.errorCount())).append(" ").append(text(what))
        .append(" in ").append(count(stats.filesWithErrors())).append(" ")
        .append(plural(stats.filesWithErrors(), "file"))
        .append(". A file with an error is still counted with what could be read of it;"
            + " a file that is not an IMR letter counts only as a file.</p>\n");
    page.table("error-codes-table", "lr", "Code", "Count");
    stats.errorCodes().forEach((code, n) -> page.append("<tr data-key=\"").append(text(code))
        .append("\"><th scope=\"row\"><code>").append(text(code)).append("</code></th>")
        .append(number(n)).append("</tr>\n"));
    page.endTable();
    page.table("errors-table", "lrrll", "File", "Line", "Column", "Code", "Message");
    for (ErrorLine error : stats.errors()) {
      page.append("<tr><td class=\"file\">").append(text(error.source())).append("</td>")
          .append(number(error.line())).append(number(error.column()))
          .append("<td><code>").append(text(error.code())).append("</code></td><td>")
          .append(text(error.message())).append("</td></tr>\n");
    }
    page.endTable();
    long unlisted = stats.errorCount() - stats.errors().size();
    if (unlisted > 0) {
      page.append("<p class=\"note\">And ").append(count(unlisted)).append(" more, not listed"
          + " here: <code>imr parse</code> reports each, and <code>imr load</code> keeps them in"
          + " its <code>diagnostic</code> table.</p>\n");
    }
    page.sql(stats.strict()
        ? "With --warnings-as-errors the report lists warnings too: add g.severity = 'WARNING'." : null,
        "errors");
    page.close();
  }

  private void footer() {
    page.append("<footer><p>Every number here is one that SQL gives over the database"
        + " <code>imr load</code> makes of the same files: each table shows its query. A letter"
        + " counts once however many files hold it, keyed by its case number (by its file when it"
        + " has none).</p></footer>\n");
  }

}
