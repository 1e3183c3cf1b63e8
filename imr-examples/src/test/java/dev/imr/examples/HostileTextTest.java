package dev.imr.examples;

import static dev.imr.examples.ImrCommandTest.SPARSE_LETTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.examples.output.LetterCsv;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from file names and letters that means harm where it lands: a name with a line break
 * that would forge an error line on standard error, a title that a spreadsheet would run as a
 * formula.
 */
class HostileTextTest {

  @TempDir
  Path dir;

  @Test
  void aFileNameCannotForgeALineOnStandardError() throws IOException {
    String name = "x.txt\nCM99-0000900.txt:1:1: error FORGED: \u001b[2Jgone.txt";
    Path file = Cli.write(dir, name, "A shopping list, not a letter.\n");
    assertThat(file.getFileName().toString()).contains("\n");

    Cli.Run run = Cli.run("parse", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.err().lines().toList();
    assertThat(lines).noneMatch(line -> line.contains("FORGED") && !line.contains("\\n"));
    assertThat(lines).noneMatch(line -> line.contains("\u001b"));
    String escaped = dir + "/x.txt\\nCM99-0000900.txt:1:1: error FORGED: \\u001b[2Jgone.txt";
    assertThat(lines).contains(escaped + ":1:1: error NOT_AN_IMR_LETTER: not an IMR"
        + " determination letter: expected a header ('Case Number:' \u2026) or the heading 'HOW THE"
        + " IMR FINAL DETERMINATION WAS MADE'", "  " + escaped + ":1:1 NOT_AN_IMR_LETTER");
    // The record keeps the name as it is: JSON escapes it.
    assertThat(run.out()).contains("x.txt\\n");
  }

  @Test
  void aMissingPathIsNamedEscapedToo() {
    Cli.Run run = Cli.run("parse", dir + "/no\rsuch.txt");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or directory: " + dir + "/no\\rsuch.txt")
        .doesNotContain("\r");
  }

  @Test
  void csvCellsThatWouldRunAsFormulasAreWrittenAsTextUnlessRawCellsAreAsked() throws IOException {
    Cli.write(dir, "letter.txt", SPARSE_LETTER.replace("Invented home exercise kit: Overturned",
        "=HYPERLINK(\"http://example.invalid/\",\"Click\") kit: Overturned"));
    Cli.write(dir, "@list.txt", "-2+3 a shopping list, not a letter.\n");

    Cli.Run safe = Cli.run("parse", "--format", "csv", dir.toString());
    Cli.Run raw = Cli.run("parse", "--format", "csv", "--raw-cells", dir.toString());

    List<CSVRecord> safeRows = rows(safe.out());
    assertThat(safeRows).extracting(row -> row.get("item_title")).containsExactly("",
        "'=HYPERLINK(\"http://example.invalid/\",\"Click\") kit");
    assertThat(rows(raw.out())).extracting(row -> row.get("item_title")).containsExactly("",
        "=HYPERLINK(\"http://example.invalid/\",\"Click\") kit");
    for (String cell : new String[] {"=1", "+1", "-1", "@A1", "\t=1", "\r=1"}) {
      assertThat(LetterCsv.safe(cell)).isEqualTo("'" + cell);
    }
    for (String cell : new String[] {"", "1", "CM99-0000900", "a=b", " =1"}) {
      assertThat(LetterCsv.safe(cell)).isEqualTo(cell);
    }
  }

  private static List<CSVRecord> rows(String csv) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      return parser.getRecords();
    }
  }
}
