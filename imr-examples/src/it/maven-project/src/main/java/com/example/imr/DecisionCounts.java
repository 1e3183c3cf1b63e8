package com.example.imr;

import dev.imr.model.Decision;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.parser.ImrParser;
import dev.imr.parser.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Counts the upheld and overturned items in a folder of IMR letters:
 *
 * <pre>
 * java -cp ... com.example.imr.DecisionCounts letters/
 * UPHELD 4
 * OVERTURNED 3
 * </pre>
 */
public final class DecisionCounts {

  private DecisionCounts() {}

  /** Counts the decisions of the letters ({@code *.txt}, {@code *.pdf}) under {@code folder}. */
  public static Map<Decision, Integer> count(Path folder) throws IOException {
    ImrParser parser = ImrParser.create();
    Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile)
          .filter(file -> file.toString().endsWith(".txt") || file.toString().endsWith(".pdf"))
          .sorted()
          .toList();
    }
    for (Path file : files) {
      ParseResult result = parser.parse(file);
      result.errors().forEach(error -> System.err.println(file + ":" + error));
      List<DisputedItem> items =
          result.determination().map(Determination::items).orElse(List.of());
      for (DisputedItem item : items) {
        item.decision().ifPresent(decision -> counts.merge(decision, 1, Integer::sum));
      }
    }
    return counts;
  }

  /** Prints the counts for the folder in {@code args[0]}. */
  public static void main(String[] args) {
    try {
      count(Path.of(args[0])).forEach((decision, n) -> System.out.println(decision + " " + n));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
