package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of {@link ImrParser}'s API: a null argument is refused at the call with the
 * argument's name, and a file name passed as the text of a letter is pointed at {@link
 * ImrParser#parse(Path)}.
 */
class ApiEdgesTest {

  private final ImrParser parser = ImrParser.create();

  @Test
  void nullArgumentsAreRefusedWithTheirName() {
    assertThatNullPointerException().isThrownBy(() -> parser.parse((CharSequence) null))
        .withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> parser.parse((Path) null))
        .withMessage("file");
    assertThatNullPointerException().isThrownBy(() -> parser.parsePdf(null))
        .withMessage("pdf");
  }

  @Test
  void theNameOfAnExistingFileGetsAHint(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("letter.txt"), "not a letter\n");

    ParseResult result = parser.parse(file.toString());

    assertThat(result.determination()).isEmpty();
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.NOT_AN_IMR_LETTER)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("looks like a file name: use parse(Path)"));
  }

  @Test
  void aNameOfNoFileGetsNoHint(@TempDir Path dir) {
    ParseResult result = parser.parse(dir.resolve("missing.txt").toString());

    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .contains(DiagnosticCode.NOT_AN_IMR_LETTER);
    assertThat(result.diagnostics()).allSatisfy(
        d -> assertThat(d.message()).doesNotContain("parse(Path)"));
  }

  @Test
  void aDirectoryNameGetsNoHint(@TempDir Path dir) {
    assertThat(parser.parse(dir.toString()).diagnostics())
        .allSatisfy(d -> assertThat(d.message()).doesNotContain("parse(Path)"));
  }
}
