package dev.imr.examples;

import static dev.imr.examples.ImrCommandTest.SPARSE_LETTER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.examples.output.DeterminationJson;
import dev.imr.examples.run.LetterFile;
import dev.imr.examples.run.LetterPipeline;
import dev.imr.examples.run.ParsedLetter;
import dev.imr.parser.ImrParser;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parallel parse: results in input order, and only a bounded window of files in flight. */
class LetterPipelineTest {

  @TempDir
  Path dir;

  @Test
  void resultsComeInInputOrderWithABoundedNumberInFlight() throws IOException {
    int jobs = 3;
    int total = 60;
    List<LetterFile> files = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      // Big and small letters alternate, so that later files often finish first.
      String content = i % 3 == 0
          ? SPARSE_LETTER.replace("na\u00efve on purpose.", "slow. ".repeat(5000))
          : SPARSE_LETTER;
      Path file = Cli.write(dir, "letter-" + i + ".txt", content);
      files.add(new LetterFile(file, "letter-" + i, null));
    }
    int[] taken = {0};
    Iterator<LetterFile> counting = new Iterator<>() {
      private final Iterator<LetterFile> inner = files.iterator();

      @Override
      public boolean hasNext() {
        return inner.hasNext();
      }

      @Override
      public LetterFile next() {
        taken[0]++;
        return inner.next();
      }
    };
    List<String> order = new ArrayList<>();
    int[] mostInFlight = {0};

    new LetterPipeline(ImrParser.create(), jobs).run(counting, letter -> {
      order.add(letter.source());
      mostInFlight[0] = Math.max(mostInFlight[0], taken[0] - (order.size() - 1));
      assertThat(letter.determination()).isPresent();
    });

    assertThat(order).containsExactlyElementsOf(files.stream().map(LetterFile::source).toList());
    // The memory a run needs does not grow with the number of files.
    assertThat(mostInFlight[0]).isEqualTo(jobs * LetterPipeline.WINDOW_PER_JOB);
  }

  @Test
  void aFileThatCannotBeReadBecomesItsOwnResult() {
    LetterPipeline pipeline = new LetterPipeline(ImrParser.create(), 1);

    ParsedLetter missing =
        pipeline.parse(new LetterFile(dir.resolve("gone.txt"), "gone.txt", null));
    ParsedLetter known = pipeline.parse(new LetterFile(dir.resolve("x.txt"), "x.txt",
        new NoSuchFileException("x.txt")));

    for (ParsedLetter letter : List.of(missing, known)) {
      assertThat(letter.result()).isNull();
      assertThat(letter.failure()).isEqualTo(new ParsedLetter.Failure(
          DeterminationJson.UNREADABLE_FILE, "cannot read the file: no such file"));
      assertThat(letter.failed(false)).isTrue();
    }
  }
}
