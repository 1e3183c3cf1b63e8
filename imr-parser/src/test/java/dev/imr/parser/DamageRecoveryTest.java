package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The damage benchmark: every fixture and every real letter of {@code ../shared}, each with one
 * fault of each kind at several seeded places, parsed and compared with the same letter parsed
 * whole. A damaged letter must still give every item's title and decision, the same header and
 * credentials, and no error claiming that a section whose heading is there is missing. Prints the
 * tally per fault kind; without {@code ../shared} only the fixtures are damaged.
 */
class DamageRecoveryTest {

  private static final ImrParser PARSER = ImrParser.create();
  private static final int PLACES = 6;
  private static final Pattern MISSING_SECTION = Pattern.compile("^no '([^']+)' section");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Map<String, String> LETTERS = letters();
  private static final Path FAILURES = Path.of("target/damage-recovery");

  @ParameterizedTest
  @EnumSource(Faults.class)
  void aDamagedLetterStillGivesWhatItHolds(Faults fault) {
    Tally tally = new Tally();
    for (Map.Entry<String, String> letter : LETTERS.entrySet()) {
      Determination clean = PARSER.parse(letter.getValue()).determination().orElseThrow();
      Random random = new Random(letter.getKey().hashCode() * 31L + fault.ordinal());
      for (int place = 0; place < PLACES; place++) {
        Optional<String> damaged = fault.apply(letter.getValue(), clean, random);
        damaged.ifPresent(text -> {
          // Faults that add a line: where it stands. (A split or moved line is the letter's own.)
          int[] added = ADDS_A_LINE.contains(fault) ? addedLine(letter.getValue(), text) : null;
          tally.check(fault, letter.getKey() + " #" + tally.inputs, clean, text, added);
        });
      }
    }
    System.out.printf("damage %-20s %4d inputs  items kept %5d / %5d (%.2f %%)  header changed %d"
            + "  credentials changed %d  false missing-section errors %d  added lines in nothing %d%n",
        fault, tally.inputs, tally.kept, tally.items, 100.0 * tally.kept / Math.max(1, tally.items),
        tally.headers, tally.credentials, tally.falseMissing, tally.uncovered);
    tally.failures.stream().limit(5).forEach(f -> System.out.println("  " + f));
    assertThat(tally.inputs).as("inputs damaged").isPositive();
    assertThat(tally.falseMissing).as("errors claiming a present section is missing").isZero();
    assertThat(tally.headers).as("letters whose header changed").isZero();
    assertThat(tally.credentials).as("letters whose credentials changed").isZero();
    assertThat(tally.uncovered).as("added lines in no field and no diagnostic").isZero();
    assertThat((double) tally.kept / tally.items).as("share of items kept").isGreaterThanOrEqualTo(0.99);
  }

  private static final class Tally {
    int inputs;
    int items;
    int kept;
    int headers;
    int credentials;
    int falseMissing;
    int uncovered;
    final List<String> failures = new ArrayList<>();

    void check(Faults fault, String name, Determination clean, String text, int[] added) {
      inputs++;
      int before = failures.size();
      ParseResult result = PARSER.parse(text);
      Optional<Determination> read = result.determination();
      List<String> found = new ArrayList<>(read.map(d -> d.items().stream().map(DamageRecoveryTest::key)
          .toList()).orElse(List.of()));
      for (DisputedItem item : clean.items()) {
        items++;
        if (found.remove(key(item))) {
          kept++;
        } else {
          failures.add(name + ": lost item '" + key(item) + "'");
        }
      }
      if (!read.map(Determination::header).equals(Optional.of(clean.header()))) {
        headers++;
        failures.add(name + ": header " + read.map(Determination::header));
      }
      if (!read.map(Determination::reviewer).equals(Optional.of(clean.reviewer()))) {
        credentials++;
        failures.add(name + ": credentials " + read.map(Determination::reviewer));
      }
      String folded = SPACES.matcher(text).replaceAll(" ");
      for (Diagnostic d : result.diagnostics()) {
        var missing = MISSING_SECTION.matcher(d.message());
        if (d.severity() == Severity.ERROR && missing.find() && folded.contains(missing.group(1))) {
          falseMissing++;
          failures.add(name + ": " + d);
        }
      }
      // The line a fault added lands in a field or in a diagnostic's span: never dropped unsaid.
      if (added != null && read.isPresent() && !covered(added, read.get(), result.diagnostics())) {
        uncovered++;
        failures.add(name + ": the added line at " + added[0] + " is in no field and no diagnostic");
      }
      if (failures.size() > before) {
        keep(fault, name, text);
      }
    }


    /** A failing input, kept under target/ to be looked at (never committed: it is a letter). */
    private static void keep(Faults fault, String name, String text) {
      try {
        Path dir = FAILURES.resolve(fault.name());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name.replaceAll("[^A-Za-z0-9.#-]+", "_") + ".txt"), text);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final java.util.Set<Faults> ADDS_A_LINE = java.util.EnumSet.of(
      Faults.REPEATED_HEADING, Faults.REPEATED_BOILERPLATE, Faults.STRAY_LABEL,
      Faults.DUPLICATED_LINE);

  /** Where the one line {@code damaged} has more than {@code original} stands, trimmed; or null. */
  static int[] addedLine(String original, String damaged) {
    String[] before = original.split("\n", -1);
    String[] after = damaged.split("\n", -1);
    if (after.length != before.length + 1) {
      return null;
    }
    int offset = 0;
    for (int i = 0; i < after.length; i++) {
      if (i >= before.length || !after[i].equals(before[i])) {
        String line = after[i];
        int start = offset + (line.length() - line.stripLeading().length());
        int end = offset + line.stripTrailing().length();
        return end > start ? new int[] {start, end} : null;
      }
      offset += after[i].length() + 1;
    }
    return null;
  }

  private static boolean covered(int[] line, Determination read, List<Diagnostic> diagnostics) {
    List<SourceSpan> spans = new ArrayList<>();
    diagnostics.forEach(d -> spans.add(d.span()));
    read.header().flatMap(h -> h.span()).ifPresent(spans::add);
    read.reviewer().flatMap(r -> r.span()).ifPresent(spans::add);
    read.caseSummary().flatMap(c -> c.span()).ifPresent(spans::add);
    for (DisputedItem item : read.items()) {
      item.span().ifPresent(spans::add);
    }
    return spans.stream().anyMatch(s -> s.start() <= line[0] && line[1] <= s.end());
  }

  private static String key(DisputedItem item) {
    return SPACES.matcher(item.title()).replaceAll(" ").strip() + " -> "
        + item.decision().map(Enum::name).orElse("no decision");
  }

  private static Map<String, String> letters() {
    Map<String, String> letters = new LinkedHashMap<>();
    for (String fixture : ExpectedLetters.all().keySet()) {
      letters.put("fixture " + fixture, ExpectedLetters.text(fixture));
    }
    SharedLetters.find().ifPresent(shared -> {
      try {
        for (String folder : List.of("seeds", "corpus")) {
          Path dir = shared.resolve(folder);
          if (Files.isDirectory(dir)) {
            for (Path file : SharedLetters.files(dir, ".txt")) {
              letters.put(folder + " " + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
            }
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the letters in " + shared, e);
      }
    });
    return letters;
  }
}
