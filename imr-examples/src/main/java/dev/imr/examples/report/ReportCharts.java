package dev.imr.examples.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.HorizontalBarChartBuilder;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.PieSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.HorizontalBarStyler;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;

/**
 * The charts of {@code imr report}, drawn by XChart as SVG to put inline in the page. XChart draws
 * text as outlines, so a chart looks the same in every browser whatever fonts it has, and a
 * letter's words in a label cannot break the markup.
 *
 * <p>Every chart shows counts: a rate's label says how many items it is of.
 */
public final class ReportCharts {

  /** The width of every chart, in CSS pixels; the page scales them down on narrow screens. */
  public static final int WIDTH = 960;

  /** Colours that colour-blind readers tell apart (Okabe and Ito). */
  public static final Color BLUE = new Color(0x0072B2);
  public static final Color ORANGE = new Color(0xE69F00);
  public static final Color VERMILLION = new Color(0xD55E00);
  public static final Color SKY = new Color(0x56B4E9);
  public static final Color GREEN = new Color(0x009E73);
  public static final Color YELLOW = new Color(0xF0E442);
  public static final Color PURPLE = new Color(0xCC79A7);
  /** Groups too small for their rate to mean much. */
  public static final Color GREY = new Color(0x9E9E9E);
  public static final Color LIGHT_GREY = new Color(0xD9D9D9);

  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final int BAR_HEIGHT = 28;

  private static final Pattern XML_PROLOGUE = Pattern.compile("\\A\\s*<\\?xml[^>]*>\\s*"
      + "(<!DOCTYPE[^>]*>\\s*)?");
  private static final Pattern CLIP_ID = Pattern.compile("(id=\"|url\\(#)(clip-?\\d+)");
  private static final Pattern NAMESPACES = Pattern.compile(" xmlns(:xlink)?=\"[^\"]*\"");
  private static final Pattern LONG_DECIMAL = Pattern.compile("(\\d\\.\\d{2})\\d+");

  private ReportCharts() {}

  /** One bar: its label and its length. */
  public record Bar(String label, double value) {}

  /** One part of stacked bars: its label, its count in each bar, and its colour. */
  public record Stack(String label, List<Long> counts, Color color) {}

  /** One slice of a pie: its label (with its count) and its size. */
  public record Slice(String label, long count, Color color) {}

  /**
   * Letters and items per period, side by side.
   *
   * @param periods the periods' labels, in time order
   */
  public static Chart<?, ?> volume(List<String> periods, List<Long> letters, List<Long> items) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(360)
        .xAxisTitle("Decision date").yAxisTitle("Count").build();
    CategoryStyler styler = chart.getStyler();
    style(styler);
    styler.setSeriesColors(new Color[] {BLUE, SKY});
    // Below the plot: inside, the legend's box would hide the top of the first bars.
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setPlotGridVerticalLinesVisible(false);
    styler.setYAxisDecimalPattern("#,##0");
    styler.setYAxisMin(0.0);
    styler.setAvailableSpaceFill(0.8);
    // Labels of many periods would run into each other lying down; standing, they are a line
    // high apart, and XChart would leave out every other one at its usual spacing.
    styler.setXAxisLabelRotation(periods.size() > 12 ? 90 : 0);
    styler.setXAxisTickMarkSpacingHint(periods.size() > 12 ? 18 : 60);
    styler.setLabelsVisible(periods.size() <= 24);
    styler.setLabelsFont(SMALL_FONT);
    styler.setLabelsFontColor(Color.DARK_GRAY);
    styler.setLabelsFontColorAutomaticEnabled(false);
    // Numbers above the bars, with room for them above the highest.
    styler.setLabelsPosition(1.06);
    long highest = Math.max(letters.stream().mapToLong(Long::longValue).max().orElse(0),
        items.stream().mapToLong(Long::longValue).max().orElse(0));
    styler.setYAxisMax(Math.max(1, highest * 1.12));
    chart.addSeries("Letters", periods, letters);
    chart.addSeries("Items", periods, items);
    return chart;
  }

  /** Shares of a whole, each slice's count and percentage in the legend. */
  public static Chart<?, ?> shares(List<Slice> slices) {
    PieChart chart = new PieChartBuilder().width(WIDTH / 2).height(300).build();
    PieStyler styler = chart.getStyler();
    style(styler);
    styler.setDefaultSeriesRenderStyle(PieSeries.PieSeriesRenderStyle.Donut);
    styler.setDonutThickness(0.45);
    styler.setLabelsVisible(false);
    styler.setSumVisible(false);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setPlotContentSize(0.9);
    styler.setSeriesColors(slices.stream().map(Slice::color).toArray(Color[]::new));
    for (Slice slice : slices) {
      chart.addSeries(slice.label(), slice.count());
    }
    return chart;
  }

  /**
   * Overturn rates as horizontal bars on a scale of 0 to 100%, each named with what it is of
   * ({@code Surgery  5 of 30, 16.7%}).
   *
   * @param labelWidth the width, in pixels, of the names' column; charts meant to be compared
   *     take the same, so that their scales line up (see {@link #labelWidth(List)})
   */
  public static Chart<?, ?> rates(List<Bar> bars, Color color, int labelWidth) {
    HorizontalBarChart chart = new HorizontalBarChartBuilder().width(WIDTH)
        .height(70 + BAR_HEIGHT * Math.max(bars.size(), 2))
        .xAxisTitle("Overturned, % of decided items").build();
    HorizontalBarStyler styler = chart.getStyler();
    style(styler);
    styler.setSeriesColors(new Color[] {color});
    styler.setLegendVisible(false);
    styler.setPlotGridHorizontalLinesVisible(false);
    styler.setYAxisTitleVisible(false);
    styler.setYAxisLeftWidthHint(labelWidth);
    // One scale for every rate in the report, so that a short bar always means a low rate.
    styler.setXAxisMin(0.0);
    styler.setXAxisMax(100.0);
    styler.setXAxisDecimalPattern("0'%'");
    styler.setAvailableSpaceFill(0.7);
    // Closer than the bars, so that XChart names every bar (see barLabels); the scale's ticks
    // then start this close and spread until their labels fit.
    styler.setXAxisTickMarkSpacingHint(BAR_HEIGHT - 6);
    chart.addSeries("Overturned", withSteadyTicks(bars.stream().map(Bar::value).toList()),
        bars.stream().map(Bar::label).toList());
    return chart;
  }

  /**
   * The bars' values, the longest a thousandth of a point shorter (or, when all are 0, one a
   * thousandth longer) when XChart would otherwise put the scale's ticks at the values only:
   * it does when 0, the values in order and 100, each taken once, are evenly spaced (0% and
   * 100%, or 0%, 50% and 100%), and the scale then lacks its steps of 10%. A thousandth of a
   * point is far below a pixel, and the numbers shown come from the counts, not from the bars.
   */
  public static List<Double> withSteadyTicks(List<Double> values) {
    LinkedHashSet<Double> onAxis = new LinkedHashSet<>();
    onAxis.add(0.0);
    onAxis.addAll(values);
    onAxis.add(100.0);
    List<Double> marks = new ArrayList<>(onAxis);
    double step = marks.get(1) - marks.get(0);
    for (int i = 2; i < marks.size(); i++) {
      if (Math.abs(marks.get(i) - marks.get(i - 1) - step) >= 1e-4) {
        return values;
      }
    }
    if (values.isEmpty()) {
      return values;
    }
    List<Double> steadied = new ArrayList<>(values);
    int longest = 0;
    for (int i = 1; i < steadied.size(); i++) {
      if (steadied.get(i) > steadied.get(longest)) {
        longest = i;
      }
    }
    double value = steadied.get(longest);
    steadied.set(longest, value > 0 ? value - 0.001 : value + 0.001);
    return steadied;
  }

  /** The width of the widest of {@code labels} as the charts draw them, with a margin. */
  public static int labelWidth(List<String> labels) {
    FontRenderContext context = new FontRenderContext(null, true, true);
    double widest = labels.stream()
        .mapToDouble(label -> FONT.getStringBounds(label, context).getWidth()).max().orElse(0);
    return (int) Math.ceil(widest) + 24;
  }

  /** Citations of each guideline by the two sides, side by side. */
  public static Chart<?, ?> citations(List<String> guidelines, List<Long> claimsAdministrator,
      List<Long> reviewer) {
    HorizontalBarChart chart = new HorizontalBarChartBuilder().width(WIDTH)
        .height(90 + 2 * BAR_HEIGHT * Math.max(guidelines.size(), 1))
        .xAxisTitle("Citations").build();
    HorizontalBarStyler styler = chart.getStyler();
    style(styler);
    styler.setSeriesColors(new Color[] {ORANGE, BLUE});
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setPlotGridHorizontalLinesVisible(false);
    styler.setYAxisTitleVisible(false);
    styler.setXAxisMin(0.0);
    styler.setXAxisDecimalPattern("#,##0");
    styler.setAvailableSpaceFill(0.8);
    barLabels(styler);
    // Less than the height of a guideline's two bars, so that XChart names every guideline.
    styler.setXAxisTickMarkSpacingHint(2 * BAR_HEIGHT - 8);
    chart.addSeries(ReportLabels.side(LetterStatistics.Side.CLAIMS_ADMINISTRATOR),
        claimsAdministrator, guidelines);
    chart.addSeries(ReportLabels.side(LetterStatistics.Side.REVIEWER), reviewer, guidelines);
    return chart;
  }

  /**
   * Items of each group as one bar, split into stacked parts ({@code stacks}, the legend's
   * entries, in order from the bottom).
   *
   * @param groups the bars' labels
   * @param stacks each part's count in every bar, in the order of {@code groups}
   */
  public static Chart<?, ?> stacked(List<String> groups, List<Stack> stacks, String yTitle) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(420)
        .yAxisTitle(yTitle).build();
    CategoryStyler styler = chart.getStyler();
    style(styler);
    styler.setStacked(true);
    styler.setSeriesColors(stacks.stream().map(Stack::color).toArray(Color[]::new));
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setPlotGridVerticalLinesVisible(false);
    styler.setXAxisTitleVisible(false);
    styler.setYAxisDecimalPattern("#,##0");
    styler.setYAxisMin(0.0);
    styler.setAvailableSpaceFill(0.7);
    styler.setXAxisLabelRotation(groups.size() > 5 ? 45 : 0);
    for (Stack stack : stacks) {
      chart.addSeries(stack.label(), groups, stack.counts());
    }
    return chart;
  }

  /**
   * The chart as an {@code <svg>} element to put inline in HTML: without the XML prologue and
   * namespace declarations, which HTML supplies itself, with coordinates to a hundredth of a
   * pixel, and with its clip-path ids made unique in the page by {@code prefix}, since all inline
   * SVG shares the page's ids and XChart numbers its clips per chart.
   */
  public static String svg(Chart<?, ?> chart, String prefix) throws IOException {
    String svg = new String(ChartEncoder.getBytes(chart, "svg"), StandardCharsets.UTF_8);
    svg = XML_PROLOGUE.matcher(svg).replaceFirst("");
    int rootEnd = svg.indexOf('>');
    if (!svg.startsWith("<svg") || rootEnd < 0) {
      throw new IOException("the chart encoder wrote no SVG");
    }
    svg = NAMESPACES.matcher(svg.substring(0, rootEnd)).replaceAll("") + svg.substring(rootEnd);
    // XChart draws text as outlines with coordinates to 1e-9 of a pixel; a hundredth is more than
    // a screen shows, and the page is then less than half the size.
    svg = LONG_DECIMAL.matcher(svg).replaceAll("$1");
    return CLIP_ID.matcher(svg).replaceAll(match ->
        Matcher.quoteReplacement(match.group(1) + prefix + "-" + match.group(2)));
  }

  /**
   * Each bar's number just past its end, so that a bar of 0 still shows it.
   *
   * <p>In a horizontal bar chart XChart's x-axis spacing hint sets both how close the names on
   * the left may be (closer ones are left out) and how close the ticks of the scale are.
   */
  private static void barLabels(HorizontalBarStyler styler) {
    styler.setLabelsVisible(true);
    styler.setLabelsFont(SMALL_FONT);
    styler.setLabelsFontColorAutomaticEnabled(false);
    styler.setLabelsFontColor(Color.BLACK);
    styler.setLabelsPosition(1.02);
  }

  /** What every chart shares: white, no frame, the page's fonts. */
  private static void style(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE)
        .setPlotBackgroundColor(Color.WHITE)
        .setPlotBorderVisible(false)
        .setChartTitleVisible(false)
        .setLegendBorderColor(Color.WHITE)
        .setLegendFont(FONT)
        .setBaseFont(FONT)
        .setChartPadding(8)
        .setAntiAlias(true);
    if (styler instanceof AxesChartStyler axes) {
      axes.setAxisTickLabelsFont(FONT)
          .setAxisTitleFont(FONT)
          .setPlotGridLinesColor(LIGHT_GREY)
          .setAxisTickPadding(8)
          .setAxisTickMarksColor(Color.GRAY);
    }
  }

  /** The colour of an outcome or decision: blue upheld, vermillion overturned, orange partly. */
  static Color outcomeColor(@Nullable String key) {
    if (key == null) {
      return LIGHT_GREY;
    }
    return switch (key) {
      case "UPHELD" -> BLUE;
      case "OVERTURNED" -> VERMILLION;
      default -> ORANGE;
    };
  }
}
