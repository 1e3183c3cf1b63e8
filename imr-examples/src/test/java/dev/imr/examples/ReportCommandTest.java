package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.examples.report.HtmlReport;
import dev.imr.examples.report.LetterStatistics;
import dev.imr.examples.report.ReportLabels;
import dev.imr.examples.report.ReportQueries;
import dev.imr.examples.report.ReportText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imr report} end to end: the bundled letters, invented letters of other categories and
 * specialties, a copy of one of them, a letter with an undecided item and a file that is no
 * letter are read into a page that is read back with jsoup, and its numbers are checked against
 * SQL over the database {@code imr load} makes of the same folder.
 */
class ReportCommandTest {

  /** Small enough that the invented letters make groups on both sides of it. */
  private static final String MIN_ITEMS = "3";

  /** Rationales in the words the form's rationales use, each with a ground the parser reads. */
  private static final String NO_IMPROVEMENT = "There is no documentation of objective functional"
      + " improvement with prior use of this medication. The request is not medically necessary.";
  private static final String NOT_RECOMMENDED = "The guidelines do not recommend this treatment"
      + " for chronic pain. The request is not medically necessary.";
  private static final String UNSPECIFIED = "The request does not specify a quantity. The request"
      + " is not medically necessary.";

  /** The heading of the broken letter's item that states no decision. */
  private static final String UNDECIDED_HEADING = "Home traction unit for the neck";

  private static final Pattern RATE = Pattern.compile("([\\d,]+) of ([\\d,]+), ([\\d.]+)%");

  @TempDir
  Path dir;

  private Path letters;
  private Path broken;
  private int brokenHeadingLine;

  @BeforeEach
  void writeLetters() throws Exception {
    letters = Files.createDirectories(dir.resolve("letters"));
    Cli.copyExampleLetters(letters);
    String first = letter("CM99-0000201", "03/08/2017", "Anesthesiology, Pain <Medicine> & Spine",
        item("Oxycodone 10mg #60", "Upheld",
            chronicPain("Opioids, criteria for use"), chronicPain("Opioids, criteria for use"),
            NO_IMPROVEMENT),
        item("Naproxen 550mg #60", "Overturned", ODG_PAIN, chronicPain("NSAIDs")),
        item("MRI of the lumbar spine without contrast", "Upheld",
            LOW_BACK_STUDIES, LOW_BACK_STUDIES));
    Cli.write(letters, "CM99-0000201.txt", first);
    // The same letter again, as the PDF and the text of one letter are: it counts once.
    Cli.write(letters, "copy of CM99-0000201.txt", first);
    Cli.write(letters, "CM99-0000202.txt", letter("CM99-0000202", "05/02/2017",
        "Orthopedic Surgery",
        item("Lumbar epidural steroid injection at L4-L5", "Overturned",
            LOW_BACK_STUDIES, chronicPain("Epidural steroid injections (ESIs)")),
        item("Acupuncture 6 sessions for the low back", "Upheld", NO_EVIDENCE_CA,
            "Decision based on MTUS Acupuncture Medical Treatment 2007.", UNSPECIFIED),
        item("Hydrocodone/acetaminophen 10/325mg #90", "Overturned",
            chronicPain("Opioids, criteria for use"), NO_EVIDENCE_REVIEWER)));
    Cli.write(letters, "CM99-0000203.txt", letter("CM99-0000203", "05/24/2017",
        "Family Practice, Occupational Medicine",
        item("Tramadol 50mg #60", "Upheld",
            chronicPain("Tramadol (Ultram)"), chronicPain("Tramadol (Ultram)"), NO_IMPROVEMENT),
        item("X-ray of the right knee", "Overturned", ODG_PAIN,
            "Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies."),
        item("Cyclobenzaprine 7.5mg #30", "Upheld",
            chronicPain("Muscle relaxants (for pain)"), chronicPain("Cyclobenzaprine"),
            NOT_RECOMMENDED),
        item("Naproxen 550mg #30", "Upheld", ODG_PAIN, chronicPain("NSAIDs"))));
    String cut = letter("CM99-0000204", "06/13/2017", "Internal Medicine",
        item("Cervical pillow", "Upheld", NO_EVIDENCE_CA, NO_EVIDENCE_REVIEWER),
        item(UNDECIDED_HEADING, "Overturned", NO_EVIDENCE_CA, NO_EVIDENCE_REVIEWER))
        .replace(UNDECIDED_HEADING + ": Overturned", UNDECIDED_HEADING);
    broken = Cli.write(letters, "broken & cut.txt", cut);
    brokenHeadingLine = cut.lines().toList().indexOf(UNDECIDED_HEADING) + 1;
    Cli.write(letters, "not a letter.txt", "Things to bring on Monday: the binder, two pens.\n");
  }

  @Test
  void pageIsWellFormedSelfContainedAndScriptFree() throws Exception {
    Cli.Run run = report();
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Document page = Jsoup.parse(html, "", parser);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1); // the broken files
    assertThat(run.err()).contains("imr report: wrote " + dir.resolve("report.html"));
    assertThat(parser.getErrors()).isEmpty();
    assertThat(page.title()).isEqualTo("IMR determination letters");
    // Nothing to fetch and nothing to run: no URL anywhere, no script, no external style.
    assertThat(html).doesNotContain("http://").doesNotContain("https://");
    assertThat(page.select("script, link, iframe, object, embed, img")).isEmpty();
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).as(element.tagName()).doesNotStartWith("on");
        if (attribute.getKey().equals("href")) {
          assertThat(attribute.getValue()).startsWith("#");
        }
      }
    }
    // One chart per section at least, each drawn, each with its own clip ids.
    assertThat(page.select("section")).extracting(section -> section.id()).containsExactly(
        "volume", "outcomes", "category", "drug-class", "specialty", "guideline", "requests",
        "reasons", "citations", "letters", "errors");
    assertThat(page.select("figure > svg")).hasSizeGreaterThanOrEqualTo(10);
    assertThat(page.select("#reasons figure > svg")).hasSize(1);
    assertThat(page.select("figure p.empty")).isEmpty();
    List<String> ids = page.select("svg [id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();
    for (String reference : page.select("svg [clip-path]").eachAttr("clip-path")) {
      assertThat(ids).contains(reference.replaceAll("^url\\(#(.*)\\)$", "$1"));
    }
  }

  @Test
  void lettersTextIsTextNotMarkup() throws Exception {
    report();
    Document page = page();

    // A specialty with markup characters, and a file name with an ampersand, come back as text.
    Element specialty = page.selectFirst("#specialty-table tr[data-key^=Pain]");
    assertThat(specialty).isNotNull();
    assertThat(specialty.attr("data-key")).isEqualTo("Pain <Medicine> & Spine");
    assertThat(specialty.selectFirst("th").ownText().strip()).isEqualTo("Pain <Medicine> & Spine");
    assertThat(page.select("medicine")).isEmpty();
    assertThat(page.select("#errors-table td.file").eachText()).contains(broken.toString());
  }

  @Test
  void numbersAreThoseOfSqlOverTheDatabaseOfImrLoad() throws Exception {
    report();
    Document page = page();
    Path db = dir.resolve("imr.sqlite");
    assertThat(Cli.run("load", letters.toString(), "--db", db.toString()).exitCode()).isEqualTo(1);

    try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      // The three numbers an analyst checks first, each in SQL of its own.
      assertThat(total(page, "letters")).isEqualTo(single(sqlite,
          "SELECT COUNT(*) FROM determination WHERE is_letter = TRUE")).isEqualTo("7");
      Map<String, String> byCategory = new HashMap<>();
      for (List<@Nullable String> row : rows(sqlite, "SELECT category,"
          + " SUM(CASE WHEN decision = 'OVERTURNED' THEN 1 ELSE 0 END), COUNT(decision)"
          + " FROM disputed_item GROUP BY category HAVING COUNT(decision) > 0")) {
        byCategory.put(row.get(0), row.get(1) + " of " + row.get(2));
      }
      assertThat(rateCounts(page, "category-table")).isEqualTo(byCategory)
          .containsEntry("PHARMACEUTICALS", "2 of 6");
      // One specialty spelt two ways (the 2014 letter's "and", CM99-0000101's "&") is one group.
      assertThat(rateCounts(page, "specialty-table"))
          .containsEntry("Physical Medicine and Rehabilitation", "1 of 5")
          .doesNotContainKey("Physical Medicine & Rehabilitation");
      List<@Nullable String> mostCited = rows(sqlite, "SELECT guideline, COUNT(*) AS n"
          + " FROM guideline_citation WHERE basis = 'MTUS' GROUP BY guideline"
          + " ORDER BY n DESC, guideline LIMIT 1").get(0);
      Element firstMtus = page.select("#guideline-uses-table tbody tr").stream()
          .filter(row -> row.attr("data-key").startsWith("MTUS ")).findFirst().orElseThrow();
      assertThat(firstMtus.attr("data-key")).isEqualTo("MTUS " + mostCited.get(0))
          .isEqualTo("MTUS CHRONIC_PAIN");
      assertThat(numbers(firstMtus).get(2)).isEqualTo(mostCited.get(1));

      // Then every table against the query the page shows under it.
      assertThat(page.select("code[data-query]").eachAttr("data-query"))
          .containsExactlyInAnyOrderElementsOf(ReportQueries.all().keySet());
      for (String name : ReportQueries.all().keySet()) {
        assertThat(page.selectFirst("code[data-query=" + name + "]").text())
            .isEqualTo(ReportQueries.get(name));
      }
      assertThat(List.of(total(page, "letters"), total(page, "not-letters"), total(page, "items")))
          .isEqualTo(rows(sqlite, query("totals")).get(0));
      assertThat(keyedNumbers(page, "volume-table", true))
          .isEqualTo(keyed(rows(sqlite, query("by-month"))));
      assertThat(keyedNumbers(page, "outcome-table", false))
          .isEqualTo(keyed(rows(sqlite, query("outcomes"))));
      assertThat(keyedNumbers(page, "decision-table", false))
          .isEqualTo(keyed(rows(sqlite, query("decisions"))));
      for (String[] section : new String[][] {{"category", "by-category"},
          {"drug-class", "by-drug-class"}, {"specialty", "by-specialty"},
          {"guideline", "by-guideline"}}) {
        assertThat(rateCounts(page, section[0] + "-table")).as(section[1])
            .isEqualTo(rateCounts(rows(sqlite, query(section[1]))));
      }
      for (String[] table : new String[][] {{"month-rates-table", "month-rates"},
          {"top-requests-table", "top-requests"}, {"top-drugs-table", "top-drugs"}}) {
        assertThat(rateCounts(page, table[0])).as(table[1])
            .isEqualTo(rateCounts(rows(sqlite, query(table[1])))).isNotEmpty();
      }
      // A request by its text whatever its case, shown as its first spelling, as SQL has it.
      assertThat(page.select("#top-requests-table tbody th").eachText()).isEqualTo(
          rows(sqlite, query("top-requests")).stream().map(row -> row.get(3)).toList());
      // Every letter, in the database's order and with its values, specialties by canonical name.
      assertThat(cells(page, "letters-table")).isEqualTo(rows(sqlite, query("letters")).stream()
          .map(row -> List.of(dash(row.get(0)), dash(row.get(1)), ReportLabels.outcome(row.get(2)),
              String.valueOf(row.get(3)), dash(row.get(4)), String.valueOf(row.get(5))))
          .toList());
      assertThat(page.select("#letters-table tbody tr").eachAttr("data-key")).isEqualTo(
          rows(sqlite, "SELECT letter_key FROM determination WHERE is_letter = TRUE"
              + " ORDER BY decision_date NULLS LAST, case_number NULLS LAST, source").stream()
              .map(row -> row.get(0)).toList());
      assertThat(cells(page, "letters-table")).hasSize(7).contains(
          List.of("CM99-0000101", "2016-12-19", "Partially overturned", "3",
              "Physical Medicine and Rehabilitation; Pain Management; Sports Medicine",
              letters.resolve("CM99-0000101.txt").toString()),
          List.of("CM99-0000201", "2017-03-08", "Partially overturned", "3",
              "Anesthesiology; Pain <Medicine> & Spine",
              letters.resolve("copy of CM99-0000201.txt").toString()));
      assertThat(keyedNumbers(page, "guideline-uses-table", false)).isEqualTo(
          keyed(rows(sqlite, query("guideline-uses")).stream().map(row -> List.of(
              row.get(0) + " " + row.get(1), row.get(2), row.get(3),
              String.valueOf(Long.parseLong(row.get(2)) + Long.parseLong(row.get(3)))))
              .toList()));
      for (LetterStatistics.Side side : LetterStatistics.Side.values()) {
        String table = "top-citations-" + side.name().toLowerCase().replace('_', '-');
        assertThat(cells(page, table)).as(table).isEqualTo(rows(sqlite, query("top-citations"))
            .stream().filter(row -> side.name().equals(row.get(0)))
            .limit(HtmlReport.TOP_CITATIONS)
            .map(row -> List.of(
                ReportLabels.basis(row.get(1)) + " " + ReportLabels.guideline(row.get(2)),
                row.get(3) == null ? "–" : row.get(3), row.get(4) == null ? "–" : row.get(4),
                row.get(5)))
            .toList());
      }
      assertThat(headedCells(page, "upheld-reasons-table")).isEqualTo(
          rows(sqlite, query("upheld-reasons")).stream().map(row -> List.of(
              ReportLabels.category(row.get(0)), ReportLabels.reason(row.get(1)), row.get(2)))
              .toList());
      // Pharmaceuticals: 4 upheld, 2 without improvement first, each reason a row of its own.
      assertThat(headedCells(page, "upheld-reasons-table")).filteredOn(row -> row.get(0)
          .equals("Pharmaceuticals")).containsExactly(
          List.of("Pharmaceuticals", "No functional improvement", "2"),
          List.of("Pharmaceuticals", "Not recommended", "1"),
          List.of("Pharmaceuticals", "No reason recognised", "1"));
      assertThat(cells(page, "errors-table"))
          .containsExactlyInAnyOrderElementsOf(rows(sqlite, query("errors")).stream()
              .map(row -> List.copyOf(row)).toList());
    }
  }

  @Test
  void reportQueriesGiveTheSameAnswersOnSqliteAndOnH2() throws Exception {
    Path db = dir.resolve("imr.sqlite");
    String h2 = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
    Cli.run("load", letters.toString(), "--db", db.toString());

    try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + db);
        Connection keepAlive = DriverManager.getConnection(h2)) {
      Cli.run("load", letters.toString(), "--jdbc", h2);
      for (String name : ReportQueries.all().keySet()) {
        List<List<@Nullable String>> expected = rows(sqlite, query(name));
        assertThat(expected).as(name).isNotEmpty();
        assertThat(rows(keepAlive, query(name))).as(name).isEqualTo(expected);
      }
    }
  }

  @Test
  void errorTableListsEachBrokenFileWithItsPosition() throws Exception {
    Cli.Run run = report();
    Document page = page();

    assertThat(run.err()).contains(broken + ":" + brokenHeadingLine + ":")
        .contains("imr report: 9 files, 8 letters, 22 items: 13 upheld, 8 overturned,"
            + " 1 without a decision");
    assertThat(cells(page, "errors-table")).containsExactly(
        // Where the decision was due: just past the end of the heading.
        List.of(broken.toString(), String.valueOf(brokenHeadingLine),
            String.valueOf(UNDECIDED_HEADING.length() + 1), "MISSING_DECISION",
            cells(page, "errors-table").get(0).get(4)),
        List.of(letters.resolve("not a letter.txt").toString(), "1", "1", "NOT_AN_IMR_LETTER",
            cells(page, "errors-table").get(1).get(4)));
    assertThat(cells(page, "errors-table")).allSatisfy(row -> assertThat(row.get(4)).isNotBlank());
    assertThat(keyedNumbers(page, "error-codes-table", false)).containsExactly(
        Map.entry("MISSING_DECISION", List.of("1")), Map.entry("NOT_AN_IMR_LETTER", List.of("1")));
    assertThat(total(page, "files-with-errors")).isEqualTo("2");
  }

  @Test
  void everyRateHasItsIntervalAndSmallGroupsAreDrawnApart() throws Exception {
    report();
    Document page = page();

    for (String table : List.of("category-table", "drug-class-table", "specialty-table",
        "guideline-table", "month-rates-table", "top-requests-table", "top-drugs-table")) {
      assertThat(page.select("#" + table + " tbody tr")).as(table).isNotEmpty();
      for (Element row : page.select("#" + table + " tbody tr")) {
        Matcher rate = RATE.matcher(row.selectFirst("td").text());
        assertThat(rate.matches()).as(row.text()).isTrue();
        long overturned = Long.parseLong(rate.group(1).replace(",", ""));
        long items = Long.parseLong(rate.group(2).replace(",", ""));
        assertThat(row.selectFirst("td.interval").text()).as(row.text())
            .isEqualTo(ReportText.interval(new LetterStatistics.Rate(null, items, overturned)))
            .matches("\\d+\\.\\d–\\d+\\.\\d%");
      }
    }
    // No "few" badge any more: the interval says how far off a small group's rate can be.
    assertThat(page.select(".few, .few-row")).isEmpty();
    // Pharmaceuticals (6 items) and Diagnostic Testing (3) are large enough; Injection (2) is not.
    Element category = page.selectFirst("#category");
    assertThat(category.select("h3").eachText())
        .containsExactly("3 or more decided items", "Fewer than 3 decided items");
    assertThat(category.select("figure > svg")).hasSize(2);
    assertThat(page.selectFirst("#category-table tr[data-key=PHARMACEUTICALS]").text())
        .isEqualTo("Pharmaceuticals 2 of 6, 33.3% 9.7–70.0%");
    assertThat(page.selectFirst("#category-table tr[data-key=INJECTION]").text())
        .isEqualTo("Injection 1 of 2, 50.0% 9.5–90.5%");
  }

  @Test
  void repeatedLetterIsCountedOnceAndSaidSo() throws Exception {
    Cli.Run run = report();
    Document page = page();

    // 9 files read, of which the copy of CM99-0000201 is not counted again.
    assertThat(run.err()).contains("imr report: 9 files");
    // The headline says it plainly, and its parts add up to the files read.
    assertThat(page.selectFirst("header p.lead").text()).isEqualTo("Read 9 files: 7 IMR letters,"
        + " 1 duplicate, 1 file that is not an IMR letter. Decided from 2016-12 to 2017-06.");
    assertThat(List.of(total(page, "files-read"), total(page, "letters"),
        total(page, "duplicates"), total(page, "not-letters")))
        .containsExactly("9", "7", "1", "1");
    assertThat(keyedNumbers(page, "volume-table", true)).containsExactly(
        Map.entry("2016-12", List.of("1", "3")), Map.entry("2017-02", List.of("1", "2")),
        Map.entry("2017-03", List.of("1", "3")), Map.entry("2017-05", List.of("2", "7")),
        Map.entry("2017-06", List.of("1", "2")), Map.entry("", List.of("1", "2")));
    // A month without a letter is drawn as zero, not left out.
    assertThat(page.selectFirst("#volume-table tr[data-key=2017-04]").text())
        .isEqualTo("2017-04 0 0");
  }

  @Test
  void folderWithoutLettersGivesAPageThatSaysSo() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path out = dir.resolve("empty.html");

    Cli.Run run = Cli.run("report", empty.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Document page = Jsoup.parse(out.toFile(), "UTF-8");
    assertThat(total(page, "letters")).isEqualTo("0");
    assertThat(page.select("svg, table")).isEmpty();
    assertThat(page.select("#category .empty").text()).isEqualTo("No decided items.");
    assertThat(page.select("#errors .empty").text()).isEqualTo("No file had errors.");
    assertThat(page.select("#reasons .empty").text()).isEqualTo("None: no item was upheld.");
  }

  @Test
  void usageErrorsWriteNothing() {
    Path out = dir.resolve("report.html");
    for (List<String> args : List.of(
        List.of("report", letters.toString()),
        List.of("report", letters.toString(), "--out", dir.resolve("missing/r.html").toString()),
        List.of("report", letters.toString(), "--out", out.toString(), "--min-items", "0"),
        List.of("report", dir.resolve("absent").toString(), "--out", out.toString()))) {
      Cli.Run run = Cli.run(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(args.toString()).isEqualTo(2);
      assertThat(run.err()).as(args.toString()).startsWith("imr report: ")
          .contains("Try 'imr report --help' for more information.").doesNotContain("Usage:");
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void ratesShowWhatTheyAreOf() {
    assertThat(ReportText.rate(new LetterStatistics.Rate("X", 140, 12))).isEqualTo("12 of 140, 8.6%");
    assertThat(ReportText.rate(new LetterStatistics.Rate(null, 12_345, 1_234)))
        .isEqualTo("1,234 of 12,345, 10.0%");
  }

  private Cli.Run report() {
    return Cli.run("report", letters.toString(), "--out", dir.resolve("report.html").toString(),
        "--min-items", MIN_ITEMS);
  }

  private Document page() throws Exception {
    return Jsoup.parse(dir.resolve("report.html").toFile(), "UTF-8");
  }

  @Test
  void chartsOfGroupsWithNothingOverturnedSaySoInsteadOfDrawingNothing() throws Exception {
    Path upheld = Files.createDirectories(dir.resolve("upheld"));
    Cli.write(upheld, "CM99-0000301.txt", letter("CM99-0000301", "03/08/2017", "Internal Medicine",
        item("Tramadol 50mg #60", "Upheld",
            chronicPain("Tramadol (Ultram)"), chronicPain("Tramadol (Ultram)"), NO_IMPROVEMENT),
        item("Cyclobenzaprine 7.5mg #30", "Upheld", chronicPain("Muscle relaxants (for pain)"),
            chronicPain("Cyclobenzaprine"), NOT_RECOMMENDED)));
    Path out = dir.resolve("upheld.html");

    Cli.Run run = Cli.run("report", upheld.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Document page = Jsoup.parse(out.toFile(), "UTF-8");
    for (String section : List.of("category", "drug-class", "specialty", "guideline")) {
      assertThat(page.select("#" + section + " figure")).as(section).isEmpty();
      assertThat(page.select("#" + section + " table tbody tr")).as(section).isNotEmpty();
    }
    assertThat(page.selectFirst("#drug-class p.none-overturned").text())
        .isEqualTo("None overturned: 0 of 2 decided items in 2 groups.");
    assertThat(page.selectFirst("#category p.none-overturned").text())
        .isEqualTo("None overturned: 0 of 2 decided items.");
    assertThat(page.selectFirst("#volume p.none-overturned").text())
        .isEqualTo("None overturned: 0 of 2 decided items.");
    assertThat(page.selectFirst("#drug-class-table tr[data-key=OPIOID]").text())
        .isEqualTo("Opioid 0 of 1, 0.0% 0.0–79.3%");
  }

  private static String dash(@Nullable String value) {
    return value == null ? "–" : value;
  }

  private static String query(String name) {
    return ReportQueries.get(name).replaceAll(";$", "");
  }

  private static String total(Document page, String key) {
    Element total = page.selectFirst("dd[data-total=" + key + "]");
    assertThat(total).as(key).isNotNull();
    return total.text().replace(",", "");
  }

  /** A table's rows by {@code data-key} ("" for none): the numbers of their cells. */
  private static Map<String, List<String>> keyedNumbers(Document page, String table,
      boolean dropZeros) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (Element row : page.select("#" + table + " tbody tr")) {
      List<String> numbers = numbers(row);
      if (dropZeros && numbers.stream().allMatch("0"::equals)) {
        continue; // SQL has no row for a month without letters
      }
      rows.put(row.attr("data-key"), numbers);
    }
    return rows;
  }

  /** The counts of a row, not the shares computed from them. */
  private static List<String> numbers(Element row) {
    return row.select("td.n:not(.share)").eachText().stream().map(n -> n.replace(",", "")).toList();
  }

  /** SQL rows by their first column ("" for NULL): the other columns. */
  private static Map<String, List<String>> keyed(List<? extends List<@Nullable String>> rows) {
    Map<String, List<String>> keyed = new LinkedHashMap<>();
    for (List<@Nullable String> row : rows) {
      List<String> values = new ArrayList<>();
      for (String value : row.subList(1, row.size())) {
        values.add(String.valueOf(value));
      }
      String key = row.get(0);
      keyed.put(key == null ? "" : key, values);
    }
    return keyed;
  }

  /** A rate table's rows by {@code data-key} ("" for none): {@code overturned of items}. */
  private static Map<String, String> rateCounts(Document page, String table) {
    Map<String, String> rates = new LinkedHashMap<>();
    for (Element row : page.select("#" + table + " tbody tr")) {
      Matcher rate = RATE.matcher(row.selectFirst("td").text());
      assertThat(rate.matches()).as(row.text()).isTrue();
      rates.put(row.attr("data-key"), rate.group(1).replace(",", "") + " of "
          + rate.group(2).replace(",", ""));
    }
    return rates;
  }

  /** Rows of (key, items, overturned) as {@link #rateCounts(Document, String)} gives them. */
  private static Map<String, String> rateCounts(List<List<@Nullable String>> rows) {
    Map<String, String> rates = new LinkedHashMap<>();
    for (List<@Nullable String> row : rows) {
      String key = row.get(0);
      rates.put(key == null ? "" : key, row.get(2) + " of " + row.get(1));
    }
    return rates;
  }

  /** Every cell's text, row headers too, row by row, numbers without their separators. */
  private static List<List<String>> headedCells(Document page, String table) {
    List<List<String>> rows = new ArrayList<>();
    for (Element row : page.select("#" + table + " tbody tr")) {
      rows.add(row.select("th, td").stream()
          .map(cell -> cell.hasClass("n") ? cell.text().replace(",", "") : cell.text())
          .toList());
    }
    return rows;
  }

  /** Every cell's text, row by row, numbers without their thousands separators. */
  private static List<List<String>> cells(Document page, String table) {
    List<List<String>> rows = new ArrayList<>();
    for (Element row : page.select("#" + table + " tbody tr")) {
      rows.add(row.select("td").stream()
          .map(cell -> cell.hasClass("n") ? cell.text().replace(",", "") : cell.text())
          .toList());
    }
    return rows;
  }

  private static String single(Connection connection, String sql) throws SQLException {
    return String.valueOf(rows(connection, sql).get(0).get(0));
  }

  private static List<List<@Nullable String>> rows(Connection connection, String sql)
      throws SQLException {
    List<List<@Nullable String>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<@Nullable String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(result.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  // Invented letters in the 2016 layout. The form's words are the real ones, the lines are
  // broken where real letters do not break them, and every case detail is made up.

  private static final String ODG_PAIN = "Decision based on Non-MTUS Citation Official Disability"
      + "\nGuidelines (ODG), Pain (Chronic).";
  private static final String LOW_BACK_STUDIES = "Decision based on MTUS Low Back Complaints 2004,"
      + "\nSection(s): Special Studies.";
  private static final String NO_EVIDENCE_CA = "The Claims Administrator did not cite any"
      + "\nmedical evidence for its decision.";
  private static final String NO_EVIDENCE_REVIEWER = "The Expert Reviewer did not cite any"
      + "\nmedical evidence for its decision.";

  private static String chronicPain(String section) {
    return "Decision based on MTUS Chronic Pain Medical Treatment 2009,\nSection(s): " + section
        + ".";
  }

  private static String item(String title, String decision, String claimsAdministrator,
      String reviewer) {
    return item(title, decision, claimsAdministrator, reviewer,
        "Invented for a test of the report; it weighs nothing real.");
  }

  private static String item(String title, String decision, String claimsAdministrator,
      String reviewer, String rationale) {
    return title + ": " + decision + "\n\n"
        + "Claims Administrator guideline: " + claimsAdministrator + "\n\n"
        + "MAXIMUS guideline: " + reviewer + "\n\n"
        + "Decision rationale: " + rationale + "\n\n";
  }

  private static String letter(String caseNumber, String decisionDate, String specialties,
      String... items) {
    return "Case Number: " + caseNumber + "\n"
        + "Date Assigned: 01/30/2017 Date of Injury:  04/18/2014\n"
        + "Decision Date: " + decisionDate + " UR Denial Date:  01/20/2017\n"
        + "Priority:  Standard Application\n"
        + "Received:\n"
        + "01/25/2017\n"
        + "\n"
        + "HOW THE IMR FINAL DETERMINATION WAS MADE\n"
        + "MAXIMUS Federal Services sent the complete case file to an expert\n"
        + "reviewer with no tie to any party.\n"
        + "\n"
        + "The Expert Reviewer has the following credentials:\n"
        + "State(s) of Licensure: California\n"
        + "Certification(s)/Specialty: " + specialties + "\n"
        + "\n"
        + "CLINICAL CASE SUMMARY\n"
        + "The expert reviewer developed the following clinical case summary based on a\n"
        + "review of the case file, including all medical records:\n"
        + "\n"
        + "The injured worker is a 39 year old female orchard packer who hurt her low back on\n"
        + "04-18-14 when a crate slipped. The rest of this summary is invented as well.\n"
        + "\n"
        + "IMR ISSUES, DECISIONS AND RATIONALES\n"
        + "The Final Determination was based on decisions for the disputed\n"
        + "items/services set forth below:\n"
        + "\n"
        + String.join("", items);
  }
}
