package dev.imr.examples;

import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.LetterHeader;
import dev.imr.parser.ImrParser;
import dev.imr.parser.ParseResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Example: the library API in a few lines. Prints, for each letter given, its case number, the
 * decision on every disputed item and the case outcome:
 *
 * <pre>
 * CM99-0000101
 *   UPHELD      Aquatic therapy 12 sessions for the lumbar spine was the original request. …
 *   OVERTURNED  Functional capacity evaluation for the lumbar spine and right shoulder …
 *   outcome: PARTIALLY_OVERTURNED
 * </pre>
 */
public final class PrintDecisions {

  private PrintDecisions() {}

  /** Prints the decisions of each letter named in {@code args}. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: PrintDecisions LETTER.txt...");
      System.exit(2);
    }
    // One parser serves every letter: it is immutable and keeps nothing between calls.
    ImrParser parser = ImrParser.create();
    for (String arg : args) {
      Path file = Path.of(arg);
      ParseResult result = parser.parse(file);
      // The parser never throws on bad text: what it could not read comes back as diagnostics.
      result.errors().forEach(error -> System.err.println(file + ":" + error));
      if (result.determination().isEmpty()) {
        continue; // not an IMR letter at all
      }
      Determination letter = result.determination().get();
      // Letters before 2015 have no header, so no case number: fall back to the file name.
      String name = letter.header()
          .flatMap(LetterHeader::caseNumber)
          .orElse(file.getFileName().toString());
      System.out.println(name);
      for (DisputedItem item : letter.items()) {
        String decision = item.decision().map(Enum::name).orElse("UNDECIDED");
        System.out.printf("  %-11s %s%n", decision, item.title());
      }
      // The outcome is derived from the items; a letter never states it.
      System.out.println("  outcome: " + letter.outcome().map(Enum::name).orElse("none"));
    }
  }
}
