package dev.imr.examples.output;

import dev.imr.examples.run.LetterRun;
import dev.imr.examples.run.ParsedLetter;
import dev.imr.model.CaseSummary;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.Drug;
import dev.imr.model.ExpertReviewer;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.GuidelineStatement;
import dev.imr.model.LetterHeader;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The CSV form of {@code imr parse --format csv}: one row per disputed item, with the letter's
 * fields repeated on each, so that a spreadsheet or {@code pandas.read_csv} gets a flat table. A
 * file without items (not a letter, unreadable, cut off before its items) still gets one row with
 * the item columns empty, so that every file read is in the table.
 *
 * <p>UTF-8, comma-separated, a header row, fields quoted where RFC 4180 needs it, {@code \n} line
 * ends. Dates are ISO-8601, lists are joined with {@code "; "}, enumerations are their names, an
 * absent value is an empty field. The columns are {@link Column#values()} in order. A cell that
 * would start a spreadsheet formula is written as text unless raw cells are asked for.
 */
public final class LetterCsv implements LetterRun.Output {

  /** The columns, in order; their names are the header. */
  public enum Column {
    SOURCE("the file, as named on the command line or found under it"),
    CASE_NUMBER("the header's case number"),
    DATE_ASSIGNED("the header's Date Assigned"),
    DATE_OF_INJURY("the header's Date of Injury"),
    DECISION_DATE("the header's Decision Date"),
    UR_DENIAL_DATE("the header's UR Denial Date"),
    PRIORITY("the header's Priority"),
    APPLICATION_RECEIVED("the header's Application Received"),
    REVIEWER_SPECIALTIES("the expert reviewer's specialties, as the letter spells them"),
    REVIEWER_CANONICAL_SPECIALTIES("the same specialties by their canonical names, one for each in"
        + " the same order: group and count by these"),
    REVIEWER_LICENSURE_STATES("the states where the reviewer is licensed"),
    REVIEWER_BOARD_CERTIFIED("true where the letter says Board Certified"),
    PATIENT_AGE("the age the case summary states"),
    PATIENT_SEX("MALE or FEMALE, as the case summary states"),
    OUTCOME("UPHELD, OVERTURNED or PARTIALLY_OVERTURNED, derived from the item decisions"),
    ITEM_NUMBER("1, 2, … in letter order"),
    ITEM_TITLE("the item's heading before the decision"),
    ITEM_REQUEST("what IMR decided on (for a partial approval, the remaining portion)"),
    ITEM_ORIGINAL_REQUEST("for a partial approval, the request as made"),
    ITEM_AUTHORIZED_PORTION("for a partial approval, what the claims administrator authorized"),
    ITEM_QUANTITY("the quantity the request states"),
    ITEM_DATE_OF_SERVICE("the date of service the title gives"),
    ITEM_CATEGORY("the DWC request category"),
    ITEM_DRUG_CLASS("for a pharmaceutical, the drug's class"),
    ITEM_DRUG("for a pharmaceutical, the generic name of the drug"),
    ITEM_DECISION("UPHELD or OVERTURNED"),
    ITEM_REASONS("the kinds of the grounds the rationale gives (NOT_RECOMMENDED, CRITERIA_NOT_DOCUMENTED,"
        + " …), main reason first, joined with '; '; empty when it states none the parser"
        + " recognises"),
    CLAIMS_ADMINISTRATOR_CITATION_GUIDELINE(
        "the guideline the claims administrator cites first: ACOEM, ODG, CHRONIC_PAIN, …"),
    CLAIMS_ADMINISTRATOR_CITATION("that citation as written"),
    CLAIMS_ADMINISTRATOR_CITATION_CHAPTER("that citation's chapter by its canonical name (as the"
        + " letter names it where the vocabulary does not know it)"),
    CLAIMS_ADMINISTRATOR_CITATION_CHAPTER_QUALIFIER("the qualifier an ODG chapter is cited with,"
        + " as written"),
    REVIEWER_CITATION_GUIDELINE("the guideline the expert reviewer cites first"),
    REVIEWER_CITATION("that citation as written"),
    REVIEWER_CITATION_CHAPTER("that citation's chapter by its canonical name"),
    REVIEWER_CITATION_CHAPTER_QUALIFIER("the qualifier its ODG chapter is cited with"),
    ERRORS("the file's ERROR diagnostics as line:column CODE, joined with '; '");

    private final String meaning;

    Column(String meaning) {
      this.meaning = meaning;
    }

    /** The header name, {@code case_number}. */
    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** What the column holds, for the documentation. */
    public String meaning() {
      return meaning;
    }
  }

  /** The format: RFC 4180 quoting with Unix line ends and a header row. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setRecordSeparator('\n')
      .setHeader(Arrays.stream(Column.values()).map(Column::header).toArray(String[]::new))
      .get();

  /** The columns from {@link Column#ITEM_NUMBER} to the last before {@link Column#ERRORS}. */
  private static final int ITEM_COLUMNS =
      Column.ERRORS.ordinal() - Column.ITEM_NUMBER.ordinal();

  private final CSVPrinter printer;
  private final boolean rawCells;

  /**
   * Writes the header row to {@code out} at once.
   *
   * @param rawCells write cells as they are; otherwise a cell that a spreadsheet would run as a
   *     formula is written as text ({@link #safe(String)})
   */
  public LetterCsv(Appendable out, boolean rawCells) throws IOException {
    this.printer = new CSVPrinter(out, FORMAT);
    this.rawCells = rawCells;
  }

  @Override
  public void accept(ParsedLetter letter) throws IOException {
    for (List<String> row : rows(letter)) {
      printer.printRecord(rawCells ? row : row.stream().map(LetterCsv::safe).toList());
    }
  }

  /**
   * A cell a spreadsheet shows as text: one that begins with {@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return gets a {@code '} before it, as OWASP advises against
   * CSV injection. A file name or a letter's words such as {@code =HYPERLINK(…)} would otherwise
   * run as a formula when the file is opened in Excel, LibreOffice or Google Sheets.
   */
  public static String safe(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r' ? "'" + cell : cell;
  }

  @Override
  public void finish() throws IOException {
    printer.flush();
  }

  /** The rows of one file: one per item, or one for a file without items. */
  public static List<List<String>> rows(ParsedLetter letter) {
    Optional<Determination> determination = letter.determination();
    List<String> fields = letterFields(letter, determination.orElse(null));
    List<DisputedItem> items = determination.map(Determination::items).orElse(List.of());
    String errors = errors(letter);
    List<List<String>> rows = new ArrayList<>();
    if (items.isEmpty()) {
      rows.add(row(fields, itemFields(0, null), errors));
    }
    for (int i = 0; i < items.size(); i++) {
      rows.add(row(fields, itemFields(i + 1, items.get(i)), errors));
    }
    return rows;
  }

  private static List<String> row(List<String> letter, List<String> item, String errors) {
    List<String> row = new ArrayList<>(letter);
    row.addAll(item);
    row.add(errors);
    return row;
  }

  private static List<String> letterFields(ParsedLetter letter,
      @Nullable Determination determination) {
    Optional<LetterHeader> header =
        Optional.ofNullable(determination).flatMap(Determination::header);
    Optional<ExpertReviewer> reviewer =
        Optional.ofNullable(determination).flatMap(Determination::reviewer);
    Optional<CaseSummary> summary =
        Optional.ofNullable(determination).flatMap(Determination::caseSummary);
    return List.of(
        letter.source(),
        text(header.flatMap(LetterHeader::caseNumber)),
        text(header.flatMap(LetterHeader::dateAssigned)),
        text(header.flatMap(LetterHeader::dateOfInjury)),
        text(header.flatMap(LetterHeader::decisionDate)),
        text(header.flatMap(LetterHeader::urDenialDate)),
        text(header.flatMap(LetterHeader::priority)),
        text(header.flatMap(LetterHeader::applicationReceived)),
        reviewer.map(r -> String.join("; ", r.specialties())).orElse(""),
        reviewer.map(r -> String.join("; ", canonicalSpecialties(r))).orElse(""),
        reviewer.map(r -> String.join("; ", r.licensureStates())).orElse(""),
        text(reviewer.flatMap(ExpertReviewer::boardCertified)),
        text(summary.flatMap(CaseSummary::patientAge)),
        text(summary.flatMap(CaseSummary::patientSex)),
        text(Optional.ofNullable(determination).flatMap(Determination::outcome)));
  }

  private static List<String> itemFields(int number, @Nullable DisputedItem item) {
    if (item == null) {
      return Collections.nCopies(ITEM_COLUMNS, "");
    }
    Optional<GuidelineCitation> claims = firstCitation(item.claimsAdministratorGuideline());
    Optional<GuidelineCitation> reviewer = firstCitation(item.reviewerGuideline());
    return List.of(
        Integer.toString(number),
        item.title(),
        item.request(),
        text(item.originalRequest()),
        text(item.authorizedPortion()),
        text(item.quantity()),
        text(item.dateOfService()),
        item.category().name(),
        text(item.drugClass()),
        text(item.drug().map(Drug::genericName)),
        text(item.decision()),
        item.reasons().stream().map(reason -> reason.kind().name())
            .collect(Collectors.joining("; ")),
        text(claims.map(GuidelineCitation::guideline)),
        text(claims.map(GuidelineCitation::text)),
        text(claims.flatMap(LetterCsv::canonicalChapter)),
        text(claims.flatMap(GuidelineCitation::chapterQualifier)),
        text(reviewer.map(GuidelineCitation::guideline)),
        text(reviewer.map(GuidelineCitation::text)),
        text(reviewer.flatMap(LetterCsv::canonicalChapter)),
        text(reviewer.flatMap(GuidelineCitation::chapterQualifier)));
  }

  /**
   * The reviewer's specialties by their canonical names, or as written when the model has none
   * (a reviewer built without them).
   */
  public static List<String> canonicalSpecialties(ExpertReviewer reviewer) {
    return reviewer.canonicalSpecialties().isEmpty() ? reviewer.specialties()
        : reviewer.canonicalSpecialties();
  }

  /** The chapter's canonical name, or its title as written when the vocabulary lacks it. */
  public static Optional<String> canonicalChapter(GuidelineCitation citation) {
    return citation.canonicalChapter().or(citation::chapterTitle);
  }

  private static Optional<GuidelineCitation> firstCitation(Optional<GuidelineStatement> statement) {
    return statement.flatMap(s -> s.citations().stream().findFirst());
  }

  private static String errors(ParsedLetter letter) {
    ParsedLetter.Failure failure = letter.failure();
    if (failure != null) {
      return "1:1 " + failure.code();
    }
    return letter.diagnostics().stream()
        .filter(diagnostic -> diagnostic.severity() == Severity.ERROR)
        .map(LetterCsv::position)
        .collect(Collectors.joining("; "));
  }

  private static String position(Diagnostic diagnostic) {
    return diagnostic.line() + ":" + diagnostic.column() + " " + diagnostic.code();
  }

  /** An optional value as a field: enumerations by name, dates ISO-8601, absent as empty. */
  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }
}
