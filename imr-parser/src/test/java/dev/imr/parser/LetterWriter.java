package dev.imr.parser;

import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.ExpertReviewer;
import dev.imr.model.GuidelineStatement;
import dev.imr.model.LetterHeader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a {@link Determination} as the text of a letter in the standard layout (2015 on; the
 * 2014 form where the reviewer's credentials are inline and there is no header), the way an
 * extractor could give it: {@link Options} set the artifacts the parser must see through.
 *
 * <p>What the model holds as text (titles, statements, the narrative, rationales) is written as
 * it is, wrapped at the options' width; credentials are written inline when {@link
 * ExpertReviewer#boardCertified()} says so, listed otherwise. The fixed wording of the form is
 * ours, wrapped where the width puts it.
 */
final class LetterWriter {

  private LetterWriter() {}

  /** How the header's two columns come out of the extractor. */
  enum HeaderOrder {
    /** PDFBox: label and value in pairs, the right column's labels after the left's values. */
    PDFBOX,
    /** All labels, then all values, in the form's order. */
    LABELS_FIRST,
    /** One label a line, its value on the next line. */
    VALUE_BELOW_LABEL,
    /** pdftotext {@code -layout}: padded rows, {@code Received:} under {@code Application}. */
    PADDED_ROWS,
    /** pdftotext: the columns as four blocks, labels then values, left then right. */
    BLOCKS
  }

  /** How a page break shows in the text. */
  enum PageBreak {
    /** Not at all, as PDFBox gives it. */
    UNMARKED,
    /** A form feed after the line break. */
    FORM_FEED,
    /** A blank line, then a form feed, as pdftotext gives it. */
    BLANK_LINE_FORM_FEED
  }

  /**
   * The artifacts of one extraction.
   *
   * @param width the column the text wraps at
   * @param doubleSpaced every line followed by an empty line, page breaks as runs of line breaks
   * @param crlf Windows line ends
   * @param lineEnd what ends every line before its line break ({@code " "} for PDFBox)
   * @param headerOrder the order of the header's labels and values
   * @param pageBreaks the lines (0-based, of the written lines) after which a page ends; none
   *     ends inside the header block
   * @param pageBreak how a page break shows
   * @param pageFurniture whether each page ends with {@code Page k of n} and the next starts
   *     with the case number
   * @param glyphs ligatures, curly quotes, a byte-order mark and non-breaking spaces
   */
  record Options(int width, boolean doubleSpaced, boolean crlf, String lineEnd,
      HeaderOrder headerOrder, Set<Integer> pageBreaks, PageBreak pageBreak, boolean pageFurniture,
      boolean glyphs) {

    Options {
      pageBreaks = new TreeSet<>(pageBreaks);
    }

    /** PDFBox's layout at the published letters' width, no page marked. */
    static Options pdfBox() {
      return new Options(100, false, false, " ", HeaderOrder.PDFBOX, Set.of(), PageBreak.UNMARKED,
          false, false);
    }

    @Override
    public String toString() {
      return "width " + width + (doubleSpaced ? ", double-spaced" : "") + (crlf ? ", crlf" : "")
          + ", line end '" + lineEnd.replace("\t", "\\t") + "', header " + headerOrder
          + ", page breaks " + pageBreaks + " " + pageBreak + (pageFurniture ? ", furniture" : "")
          + (glyphs ? ", glyphs" : "");
    }
  }

  private static final DateTimeFormatter MDY = DateTimeFormatter.ofPattern("MM/dd/uuuu");

  /** The letter's text. */
  static String write(Determination letter, Options options) {
    List<String> lines = new ArrayList<>();
    letter.header().ifPresent(header -> header(header, options, lines));
    int headerLines = lines.size();
    body(letter, options.width(), lines);
    String text = pages(lines, headerLines,
        letter.header().flatMap(LetterHeader::caseNumber).orElse(null), options);
    if (options.glyphs()) {
      text = Layouts.nonBreakingSpaces(Layouts.glyphs(text));
    }
    return options.crlf() ? Layouts.crlf(text) : text;
  }

  private static void header(LetterHeader h, Options options, List<String> lines) {
    String caseNumber = h.caseNumber().orElse("");
    String assigned = date(h.dateAssigned());
    String injury = date(h.dateOfInjury());
    String decided = date(h.decisionDate());
    String denied = date(h.urDenialDate());
    String priority = h.priority().orElse("");
    String received = date(h.applicationReceived());
    switch (options.headerOrder()) {
      case PDFBOX -> lines.addAll(List.of("", "Case Number: " + caseNumber + " ",
          "Date Assigned: " + assigned + " Date of Injury:  " + injury,
          "Decision Date: " + decided + " UR Denial Date:  " + denied,
          "Priority:  " + priority + " Application", "Received: ", received, ""));
      case LABELS_FIRST -> lines.addAll(List.of("Case Number:", "Date Assigned:", "Decision Date:",
          "Priority:", "Date of Injury:", "UR Denial Date:", "Application Received:", caseNumber,
          assigned, decided, priority, injury, denied, received, ""));
      case VALUE_BELOW_LABEL -> lines.addAll(List.of("Case Number:", caseNumber, "Date Assigned:",
          assigned, "Date of Injury:", injury, "Decision Date:", decided, "UR Denial Date:", denied,
          "Priority:", priority, "Application", "Received:", received, ""));
      case PADDED_ROWS -> lines.addAll(List.of(
          "Case Number:          " + caseNumber,
          "Date Assigned:        " + assigned + "                      Date of Injury:      " + injury,
          "Decision Date:        " + decided + "                      UR Denial Date:      " + denied,
          "Priority:             " + pad(priority, 32) + "Application          " + received,
          " ".repeat(54) + "Received:", ""));
      case BLOCKS -> lines.addAll(List.of("Case Number:", "Date Assigned:", "Decision Date:",
          "Priority:", "", caseNumber, assigned, decided, priority, "", "Date of Injury:",
          "UR Denial Date:", "Application", "Received:", "", injury, denied, received, ""));
      default -> throw new IllegalArgumentException(options.headerOrder().name());
    }
  }

  private static void body(Determination letter, int width, List<String> lines) {
    lines.add("HOW THE IMR FINAL DETERMINATION WAS MADE");
    ExpertReviewer reviewer = letter.reviewer().orElse(null);
    boolean inline = reviewer != null && reviewer.boardCertified().orElse(false);
    StringBuilder howMade = new StringBuilder("MAXIMUS Federal Services sent the complete case file"
        + " to an expert reviewer. He/she has no affiliation with the employer, employee, providers"
        + " or the claims administrator.");
    if (inline) {
      howMade.append(" The expert reviewer is Board Certified in ")
          .append(String.join(" and ", reviewer.specialties()))
          .append(" and is licensed to practice in ").append(states(reviewer.licensureStates()))
          .append('.');
    }
    howMade.append(" He/she is familiar with governing laws and regulations, including the strength"
        + " of evidence hierarchy that applies to Independent" + " Medical Review determinations.");
    lines.addAll(Layouts.wrap(howMade.toString(), width));
    if (reviewer != null && !inline) {
      lines.add("");
      lines.add("The Expert Reviewer has the following credentials:");
      lines.add("State(s) of Licensure: " + String.join(",", reviewer.licensureStates()));
      lines.add("Certification(s)/Specialty: " + String.join(", ", reviewer.specialties()));
    }
    lines.add("");
    lines.add("CLINICAL CASE SUMMARY");
    lines.addAll(Layouts.wrap("The expert reviewer developed the following clinical case summary"
        + " based on a review of the case file, including all medical records:", width));
    lines.add("");
    letter.caseSummary().ifPresent(summary -> lines.addAll(Layouts.wrap(summary.text(), width)));
    lines.add("");
    lines.add("IMR ISSUES, DECISIONS AND RATIONALES");
    lines.addAll(Layouts.wrap("The Final Determination was based on decisions for the disputed"
        + " items/services set forth below:", width));
    lines.add("");
    for (DisputedItem item : letter.items()) {
      String decision = item.decision().map(d -> d.name().charAt(0) + d.name().substring(1)
          .toLowerCase(java.util.Locale.ROOT)).orElseThrow();
      lines.addAll(Layouts.wrap(item.title() + ":  " + decision, width));
      lines.add("");
      statement("Claims Administrator guideline: ", item.claimsAdministratorGuideline(), width, lines);
      statement("MAXIMUS guideline: ", item.reviewerGuideline(), width, lines);
      List<String> paragraphs = paragraphs(item.rationale().orElseThrow());
      for (int p = 0; p < paragraphs.size(); p++) {
        lines.addAll(Layouts.wrap((p == 0 ? "Decision rationale: " : "") + paragraphs.get(p), width));
        if (p + 1 < paragraphs.size()) {
          lines.add("");
        }
      }
      lines.add("");
    }
  }

  /** A rationale in paragraphs of three sentences, as reviewers write them. */
  static List<String> paragraphs(String rationale) {
    List<String> paragraphs = new ArrayList<>();
    int start = 0;
    int sentences = 0;
    for (int i = rationale.indexOf(". "); i >= 0; i = rationale.indexOf(". ", i + 1)) {
      if (++sentences % 3 == 0) {
        paragraphs.add(rationale.substring(start, i + 1));
        start = i + 2;
      }
    }
    paragraphs.add(rationale.substring(start));
    return paragraphs;
  }

  private static void statement(String label, Optional<GuidelineStatement> statement, int width,
      List<String> lines) {
    lines.addAll(Layouts.wrap(label + statement.orElseThrow().text(), width));
  }

  /**
   * Page breaks, furniture, spacing and line ends. The header block heads the first page, so no
   * page ends inside it.
   */
  private static String pages(List<String> lines, int headerLines, String caseNumber,
      Options options) {
    int pageCount = options.pageBreaks().size() + 1;
    StringBuilder out = new StringBuilder();
    String end = options.lineEnd();
    String lineBreak = options.doubleSpaced() ? "\n\n" : "\n";
    int page = 1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      out.append(line).append(end).append(lineBreak);
      if (!options.pageBreaks().contains(i) || i + 1 == lines.size() || i + 1 < headerLines) {
        continue;
      }
      if (options.pageBreak() == PageBreak.BLANK_LINE_FORM_FEED) {
        out.append(end).append(lineBreak);
      }
      if (options.pageFurniture()) {
        out.append("Page ").append(page).append(" of ").append(pageCount).append(end)
            .append(lineBreak);
      }
      if (options.doubleSpaced()) {
        out.append(page % 2 == 0 ? "\n" : "\n\n"); // the seeds' runs of three or four
      }
      if (options.pageBreak() != PageBreak.UNMARKED) {
        out.append('\f');
      }
      if (options.pageFurniture() && caseNumber != null) {
        out.append(caseNumber).append(end).append(lineBreak);
      }
      page++;
    }
    return out.toString();
  }

  private static String states(List<String> states) {
    if (states.size() == 1) {
      return states.get(0);
    }
    return String.join(", ", states.subList(0, states.size() - 1)) + " and "
        + states.get(states.size() - 1);
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(MDY::format).orElse("");
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
