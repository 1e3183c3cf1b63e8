package dev.imr.examples.report;

import static dev.imr.examples.report.ReportText.count;
import static dev.imr.examples.report.ReportText.number;
import static dev.imr.examples.report.ReportText.optional;
import static dev.imr.examples.report.ReportText.text;

/**
 * The section of {@link HtmlReport} that lists every letter: case number, decision date,
 * outcome, items, the reviewer's specialties by canonical name and the file, in the order and
 * with the values of the {@code letters} query over the database.
 */
final class LetterTable {

  private LetterTable() {}

  static void write(PageWriter page, LetterList letters) {
    page.open("letters", "Every letter");
    page.append("<p>Each letter once, by decision date, then case number; a letter held by"
        + " several files (its PDF and its text) under the last one read, as the database keeps"
        + " it. Specialties are"
        + " the reviewer's, by their canonical names.</p>\n");
    if (letters.letters() == 0) {
      page.paragraph("empty", "No letters.");
    } else {
      page.table("letters-table", "lllrll", "Case number", "Decision date", "Outcome",
          "Items", "Reviewer specialty", "File");
      for (LetterList.Row row : letters.rows()) {
        page.keyedRow(row.key());
        page.append("<td>").append(optional(row.caseNumber())).append("</td><td>")
            .append(optional(row.decisionDate() == null ? null : row.decisionDate().toString()))
            .append("</td><td class=\"outcome\" data-outcome=\"")
            .append(row.outcome() == null ? "" : row.outcome()).append("\">")
            .append(text(ReportLabels.outcome(row.outcome()))).append("</td>")
            .append(number(row.items())).append("<td>")
            .append(row.specialties().isEmpty() ? optional(null)
                : text(String.join("; ", row.specialties())))
            .append("</td><td class=\"file\">").append(text(row.source())).append("</td></tr>\n");
      }
      page.endTable();
      long unlisted = letters.letters() - letters.rows().size();
      if (unlisted > 0) {
        page.paragraph("note", "The first " + count(letters.rows().size()) + " letters read;"
            + " the " + count(unlisted) + " others are in the database <code>imr load</code>"
            + " makes, as the query below lists them.");
      }
    }
    page.sql(null, "letters");
    page.close();
  }
}
