package dev.imr.examples.report;

/**
 * The style sheet of the page {@link HtmlReport} writes, inline in its head: system fonts, a
 * narrow column that prints, tables with numbers aligned, the charts at full width.
 */
public final class ReportStyle {

  private ReportStyle() {}

  /** The CSS. */
  public static final String CSS = """
      :root { color-scheme: light; --ink: #1a1a1a; --muted: #5f6368; --rule: #dadce0;
        --few: #8a8a8a; --band: #f6f7f9; }
      body { margin: 0; color: var(--ink); background: #fff;
        font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial,
          sans-serif; }
      main { max-width: 1000px; margin: 0 auto; padding: 24px 20px 48px; }
      h1 { font-size: 28px; margin: 0 0 4px; }
      h2 { font-size: 21px; margin: 40px 0 8px; padding-top: 12px;
        border-top: 2px solid var(--rule); }
      h3 { font-size: 16px; margin: 20px 0 6px; }
      h3.few-heading { color: var(--few); }
      p { margin: 6px 0 10px; max-width: 75ch; }
      .lead { font-size: 17px; color: var(--muted); }
      .note { color: var(--muted); font-size: 13px; }
      .empty { color: var(--muted); font-style: italic; }
      code, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 13px; }
      dl.totals { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
      dl.totals div { background: var(--band); border-radius: 6px; padding: 8px 16px;
        min-width: 120px; }
      dl.totals dt { color: var(--muted); font-size: 13px; }
      dl.totals dd { margin: 0; font-size: 24px; font-weight: 600;
        font-variant-numeric: tabular-nums; }
      nav ol { columns: 2; margin: 8px 0; padding-left: 20px; }
      figure { margin: 8px 0; }
      figure svg { display: block; max-width: 100%; height: auto; }
      .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr));
        gap: 8px 24px; }
      table { border-collapse: collapse; margin: 8px 0 12px; font-size: 14px; }
      th, td { padding: 3px 12px 3px 6px; border-bottom: 1px solid var(--rule);
        text-align: left; vertical-align: top; }
      thead th { border-bottom: 2px solid var(--ink); font-weight: 600; }
      tbody th { font-weight: normal; }
      .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr.few-row th, tr.few-row td { color: var(--few); }
      .few { display: inline-block; font-size: 11px; line-height: 1.4; padding: 0 5px;
        border: 1px solid var(--few); border-radius: 8px; color: var(--few);
        vertical-align: 1px; }
      .none { color: var(--muted); }
      td.interval { color: var(--muted); }
      #letters-table td { font-size: 13px; }
      #letters-table td:nth-child(-n+3) { white-space: nowrap; }
      td.file { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px;
        word-break: break-all; }
      details.sql { margin: 4px 0 12px; }
      details.sql summary { cursor: pointer; color: var(--muted); font-size: 13px; }
      details.sql pre { background: var(--band); padding: 8px 12px; overflow-x: auto; }
      footer { margin-top: 40px; border-top: 1px solid var(--rule); color: var(--muted);
        font-size: 13px; }
      @media print { details.sql { display: none; } h2 { break-before: auto; }
        figure, table { break-inside: avoid; } }
      """;
}
