package dev.imr.parser;

import dev.imr.model.LetterHeader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders a letter's PDFBox text the way poppler's {@code pdftotext} gives the same PDF, as
 * observed on the real letters (without copying any of them): its three modes, page breaks
 * anywhere, and page headers and footers. Tests need no poppler installed.
 *
 * <ul>
 *   <li>reading order (the default): the header's two columns as four blocks (labels, values,
 *       labels, values; {@code Application} and {@code Received:} on two lines), single spaces
 *       between words, no blank lines but the blank line that ends each page before its form
 *       feed ({@code \n\n\f}), the last page too;
 *   <li>{@code -layout}: the header as padded rows with {@code Received:} under {@code
 *       Application} after its value, section headings centred, blank lines kept, single spaces,
 *       {@code \n\f} at each page end;
 *   <li>{@code -raw}: PDFBox's lines with single spaces, no blank lines, {@code \n\f} page ends.
 * </ul>
 *
 * <p>Not reproduced here: reading order also drops the hyphen of a word broken at a line end and
 * joins the two lines ({@code self-} / {@code directed} gives {@code selfdirected}); that loses
 * what the letter says, so no parser can give the PDFBox model back from it whole. {@link
 * DehyphenatedLayoutTest} applies that join to every fixture and says what stays equal.
 */
final class PopplerLayouts {

  private PopplerLayouts() {}

  private static final DateTimeFormatter MDY = DateTimeFormatter.ofPattern("MM/dd/uuuu");
  private static final Pattern SECTION_HEADING = Pattern.compile(
      "(HOW THE IMR FINAL DETERMINATION WAS MADE|CLINICAL CASE SUMMARY"
          + "|IMR ISSUES, DECISIONS AND RATIONALES)");
  private static final Pattern ONE_LINE_HEADING =
      Pattern.compile("(\\S+) (.*\\S:)\\s*(Upheld|Overturned)");

  /** The page footer {@link #withPageFurniture} puts at each page's end. */
  static final Pattern FOOTER = Pattern.compile("\\s*Page\\h\\d+\\hof\\h\\d+[\\h\\s]*");

  /** What a header block gives, from a parse of the letter's PDFBox text. */
  record HeaderValues(String caseNumber, String dateAssigned, String dateOfInjury,
      String decisionDate, String urDenialDate, String priority, String applicationReceived) {

    static Optional<HeaderValues> of(Optional<LetterHeader> header) {
      return header.map(h -> new HeaderValues(h.caseNumber().orElse(""), date(h.dateAssigned()),
          date(h.dateOfInjury()), date(h.decisionDate()), date(h.urDenialDate()),
          h.priority().orElse(""), date(h.applicationReceived())));
    }

    private static String date(Optional<LocalDate> date) {
      return date.map(MDY::format).orElse("");
    }
  }

  /** pdftotext's default mode, a page break after every {@code linesPerPage} lines. */
  static String readingOrder(String pdfbox, @Nullable HeaderValues header, int linesPerPage,
      boolean headingsInBlocks, boolean furniture) {
    List<String> lines = new ArrayList<>();
    if (header != null) {
      lines.addAll(List.of("Case Number:", "Date Assigned:", "Decision Date:", "Priority:", "",
          header.caseNumber(), header.dateAssigned(), header.decisionDate(), header.priority(), "",
          "Date of Injury:", "UR Denial Date:", "Application", "Received:", "",
          header.dateOfInjury(), header.urDenialDate(), header.applicationReceived(), ""));
    }
    for (String line : body(pdfbox, header != null)) {
      String single = singleSpaced(line);
      if (single.isEmpty()) {
        continue;
      }
      var heading = ONE_LINE_HEADING.matcher(single);
      String previous = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
      if (headingsInBlocks && heading.matches() && (previous.endsWith(".") || previous.endsWith(":"))) {
        // Wide gaps in a heading line make pdftotext set its pieces as blocks of their own.
        lines.addAll(List.of("", heading.group(1), "", heading.group(2), "", heading.group(3)));
        continue;
      }
      lines.add(single);
    }
    // Each page: its lines, a blank line, (the footer block,) a form feed; then the next page's
    // header block.
    List<List<String>> pages = pages(lines, linesPerPage);
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < pages.size(); p++) {
      if (furniture && p > 0 && header != null) {
        out.append(header.caseNumber()).append("\n\n");
      }
      for (String line : pages.get(p)) {
        out.append(line).append('\n');
      }
      out.append('\n');
      if (furniture) {
        out.append("Page ").append(p + 1).append(" of ").append(pages.size()).append("\n\n");
      }
      out.append('\f');
    }
    return out.toString();
  }

  /** pdftotext {@code -layout}, a page break after every {@code linesPerPage} lines. */
  static String physical(String pdfbox, @Nullable HeaderValues header, int linesPerPage,
      boolean furniture) {
    List<String> lines = new ArrayList<>();
    if (header != null) {
      lines.add(pad("Case Number:", 22) + header.caseNumber());
      lines.add(pad("Date Assigned:", 22) + pad(header.dateAssigned(), 32)
          + pad("Date of Injury:", 21) + header.dateOfInjury());
      lines.add(pad("Decision Date:", 22) + pad(header.decisionDate(), 32)
          + pad("UR Denial Date:", 21) + header.urDenialDate());
      lines.add(pad("Priority:", 22) + pad(header.priority(), 32)
          + pad("Application", 21) + header.applicationReceived());
      lines.add(" ".repeat(54) + "Received:");
      lines.add("");
    }
    for (String line : body(pdfbox, header != null)) {
      String single = singleSpaced(line);
      if (SECTION_HEADING.matcher(single).matches()) {
        single = " ".repeat((90 - single.length()) / 2) + single;
      }
      lines.add(single);
    }
    List<List<String>> pages = pages(lines, linesPerPage);
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < pages.size(); p++) {
      if (furniture && p > 0 && header != null) {
        out.append(" ".repeat(70)).append(header.caseNumber()).append('\n');
      }
      for (String line : pages.get(p)) {
        out.append(line).append('\n');
      }
      if (furniture) {
        out.append(" ".repeat(38)).append("Page ").append(p + 1).append(" of ")
            .append(pages.size()).append('\n');
      }
      out.append('\f');
    }
    return out.toString();
  }

  private static List<List<String>> pages(List<String> lines, int linesPerPage) {
    List<List<String>> pages = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += linesPerPage) {
      pages.add(lines.subList(i, Math.min(lines.size(), i + linesPerPage)));
    }
    return pages;
  }

  /** pdftotext {@code -raw}, a page break after every {@code linesPerPage} lines. */
  static String raw(String pdfbox, int linesPerPage) {
    StringBuilder out = new StringBuilder();
    int onPage = 0;
    for (String line : Layouts.lines(pdfbox)) {
      String single = singleSpaced(line);
      if (single.isEmpty()) {
        continue;
      }
      if (onPage == linesPerPage) {
        out.append('\f');
        onPage = 0;
      }
      out.append(single).append('\n');
      onPage++;
    }
    return out.append('\f').toString();
  }

  /**
   * Page breaks of a printed letter, in text without form feeds: after every {@code linesPerPage}
   * lines a footer {@code Page k of n} and, from the second page on, the case number alone as a
   * page header (when the letter has one), each line set as the layout sets lines.
   */
  static String withPageFurniture(String text, @Nullable String caseNumber, int linesPerPage) {
    List<String> lines = Layouts.lines(text);
    int pages = (lines.size() + linesPerPage - 1) / linesPerPage;
    String lineEnd = text.contains(" \n") ? " " : "";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      out.append(lines.get(i)).append('\n');
      boolean pageEnd = (i + 1) % linesPerPage == 0 && i + 1 < lines.size();
      if (pageEnd) {
        int page = (i + 1) / linesPerPage;
        out.append("                                  Page ").append(page).append(" of ")
            .append(pages).append(lineEnd).append('\n');
        if (caseNumber != null && !caseNumber.isEmpty()) {
          out.append(caseNumber).append(lineEnd).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** Removes the lines {@link #withPageFurniture} added, to compare a span's text with a value. */
  static String withoutFurniture(String text, @Nullable String caseNumber) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String content = line.replaceAll("^[\\h\\s\uFEFF]+|[\\h\\s]+$", "");
      if (FOOTER.matcher(line).matches()
          || (caseNumber != null && !caseNumber.isEmpty() && content.equals(caseNumber))) {
        out.append('\n');
        continue;
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /** The lines after the header block: from the first section heading when there is a header. */
  private static List<String> body(String pdfbox, boolean hasHeader) {
    List<String> lines = Layouts.lines(pdfbox);
    if (!hasHeader) {
      return lines;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith("HOW THE IMR")) {
        return lines.subList(i, lines.size());
      }
    }
    throw new IllegalArgumentException("no 'HOW THE IMR FINAL DETERMINATION WAS MADE' heading");
  }

  private static String singleSpaced(String line) {
    return line.strip().replaceAll(" {2,}", " ");
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
