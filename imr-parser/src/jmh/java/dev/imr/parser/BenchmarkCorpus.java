package dev.imr.parser;

import static org.quicktheories.QuickTheory.qt;

import dev.imr.model.CaseSummary;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The letters the benchmark parses, held in memory: invented letters that {@link LetterWriter}
 * writes from {@link LetterGenerators}' models in every extraction layout (so the corpus exists
 * on a fresh clone), or the real letters in {@code ../shared} when it is there (read in place,
 * never copied). The same seed gives the same letters in every JVM of a run.
 */
final class BenchmarkCorpus {

  /** The seed of the generated corpus: fixed, so runs compare. */
  static final long SEED = 20_170_101L;

  /** One corpus: letters as text, and as PDFs for the PDF path. */
  record Letters(String name, List<String> texts, List<byte[]> pdfs) {

    Letters {
      texts = List.copyOf(texts);
      pdfs = List.copyOf(pdfs);
    }
  }

  private BenchmarkCorpus() {}

  /**
   * About {@code count} generated letters in random layouts (QuickTheories may give one fewer);
   * the first {@code pdfCount} also as PDFs.
   */
  static Letters generated(int count, int pdfCount) {
    List<String> texts = new ArrayList<>(count);
    List<byte[]> pdfs = new ArrayList<>(pdfCount);
    qt().withFixedSeed(SEED).withExamples(count).withShrinkCycles(0)
        .forAll(LetterGenerators.determinations(), LetterGenerators.options())
        .checkAssert((letter, layout) -> {
          texts.add(LetterWriter.write(letter, layout));
          if (pdfs.size() < pdfCount) {
            // A PDF holds the letter as the published ones do: PDFBox's layout, encrypted.
            String text = LetterWriter.write(letter, LetterWriter.Options.pdfBox());
            pdfs.add(PdfLetters.published(text));
          }
        });
    return new Letters("generated", texts, pdfs);
  }

  /** The real letters beside the checkout, if present: every text and every PDF. */
  static Optional<Letters> real() {
    return SharedLetters.find().map(shared -> {
      List<String> texts = new ArrayList<>();
      List<byte[]> pdfs = new ArrayList<>();
      for (Path file : files(shared.resolve("corpus").resolve("dev"), shared.resolve("seeds"))) {
        String name = file.getFileName().toString();
        if (name.endsWith(".txt")) {
          texts.add(new String(read(file), StandardCharsets.UTF_8));
        } else if (name.endsWith(".pdf")) {
          pdfs.add(read(file));
        }
      }
      return new Letters("real", texts, pdfs);
    }).filter(letters -> !letters.texts().isEmpty());
  }

  /**
   * About {@code count} generated letters in PDFBox's layout, each with its case summary and its
   * items repeated {@code scale} times: the same kind of text, {@code scale} times as long.
   */
  static List<String> scaled(int count, int scale) {
    List<String> texts = new ArrayList<>(count);
    for (Determination letter : models(count)) {
      Determination.Builder longer = Determination.builder().from(letter);
      letter.caseSummary().ifPresent(summary -> longer.caseSummary(CaseSummary.builder()
          .from(summary).text(String.join(" ", Collections.nCopies(scale, summary.text())))
          .build()));
      List<DisputedItem> items = new ArrayList<>();
      for (int k = 0; k < scale; k++) {
        items.addAll(letter.items());
      }
      longer.items(items);
      texts.add(LetterWriter.write(longer.build(), LetterWriter.Options.pdfBox()));
    }
    return texts;
  }

  /** The bytes of {@code text} as a UTF-8 file holds it. */
  static long utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static List<Determination> models(int count) {
    List<Determination> models = new ArrayList<>(count);
    qt().withFixedSeed(SEED).withExamples(count).withShrinkCycles(0)
        .forAll(LetterGenerators.determinations())
        .checkAssert(models::add);
    return models;
  }

  private static List<Path> files(Path... dirs) {
    List<Path> files = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(Files::isRegularFile).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
