package dev.imr.examples.report;

import static dev.imr.examples.report.ReportText.text;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The markup the sections of {@link HtmlReport} share: sections, tables, rows keyed by the
 * database's value, charts drawn inline, and the SQL folded under each table. Every text from a
 * letter goes through {@link ReportText#text}.
 */
final class PageWriter {

  private final StringBuilder html = new StringBuilder(1 << 20);
  private int charts;

  /** Appends markup as it is: this package's own, or text already escaped. */
  PageWriter append(Object markup) {
    html.append(markup);
    return this;
  }

  String page() {
    return html.toString();
  }

  void open(String id, String heading) {
    html.append("<section id=\"").append(id).append("\">\n<h2>").append(text(heading))
        .append("</h2>\n");
  }

  void close() {
    html.append("</section>\n");
  }

  /** A paragraph of this package's markup. */
  void paragraph(String cssClass, String markup) {
    html.append("<p class=\"").append(cssClass).append("\">").append(markup).append("</p>\n");
  }

  /**
   * Opens a table and its body.
   *
   * @param align for each column, {@code l} for text or {@code r} for a number
   */
  void table(String id, String align, String... headers) {
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

  void endTable() {
    html.append("</tbody></table>\n");
  }

  void keyedRow(@Nullable String key) {
    keyedRow(key, null);
  }

  /** A row that carries the database's value of its group; none for NULL. */
  void keyedRow(@Nullable String key, @Nullable String cssClass) {
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
  void figure(String caption, ChartSupplier chart) {
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
  interface ChartSupplier {
    Chart<?, ?> get();
  }

  /** The queries of {@code report.sql} that give a section's numbers, folded away. */
  void sql(@Nullable String note, String... queries) {
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
