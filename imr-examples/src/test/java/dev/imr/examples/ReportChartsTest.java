package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.imr.examples.report.ReportCharts;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@link ReportCharts} does around XChart: the SVG it inlines and the ticks it keeps. */
class ReportChartsTest {

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void svgIsAnInlineElementWithIdsOfItsOwn() throws Exception {
    List<ReportCharts.Bar> bars = List.of(new ReportCharts.Bar("Surgery   1 of 4, 25.0%", 25),
        new ReportCharts.Bar("Injection   0 of 2, 0.0%", 0));

    String svg = ReportCharts.svg(ReportCharts.rates(bars, ReportCharts.BLUE, 200), "chart7");

    assertThat(svg).startsWith("<svg ").doesNotContain("<?xml").doesNotContain("<!DOCTYPE")
        .doesNotContain("xmlns").contains("viewBox=\"0 0 960 ");
    assertThat(svg).containsPattern("id=\"chart7-clip-?\\d+\"")
        .containsPattern("url\\(#chart7-clip-?\\d+\\)")
        .doesNotContainPattern("id=\"clip").doesNotContainPattern("url\\(#clip");
    // Coordinates to a hundredth of a pixel at most.
    assertThat(svg).doesNotContainPattern("\\d\\.\\d{3}");
  }

  @Test
  void valuesThatWouldBeTheOnlyTicksAreMovedByLessThanAPixel() {
    // XChart puts its ticks at the values alone when 0, the values and 100 are evenly spaced.
    assertThat(ReportCharts.withSteadyTicks(List.of(0.0, 100.0, 0.0, 100.0)))
        .containsExactly(0.0, 99.999, 0.0, 100.0);
    assertThat(ReportCharts.withSteadyTicks(List.of(50.0, 0.0, 100.0)))
        .containsExactly(50.0, 0.0, 99.999);
    assertThat(ReportCharts.withSteadyTicks(List.of(50.0))).containsExactly(49.999);
    assertThat(ReportCharts.withSteadyTicks(List.of(0.0, 0.0)).get(0))
        .isCloseTo(0.001, within(1e-12));
    // Other values are drawn as they are.
    for (List<Double> values : List.of(List.of(5.4, 13.8, 12.5, 0.0), List.of(10.9, 9.1),
        List.of(100.0, 50.0, 0.0))) {
      assertThat(ReportCharts.withSteadyTicks(values)).isEqualTo(values);
    }
    assertThat(ReportCharts.withSteadyTicks(List.of())).isEmpty();
  }

  @Test
  void labelWidthGrowsWithTheLabel() {
    assertThat(ReportCharts.labelWidth(List.of("Surgery   1 of 4, 25.0%")))
        .isLessThan(ReportCharts.labelWidth(
            List.of("Public Health & General Preventive Medicine   1 of 4, 25.0%")))
        .isGreaterThan(24);
  }
}
