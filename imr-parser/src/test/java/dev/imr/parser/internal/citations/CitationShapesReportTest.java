package dev.imr.parser.internal.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imr.model.CitationBasis;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.GuidelineStatement;
import dev.imr.parser.internal.LetterReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Counts, over the real letters of {@code ../shared} (read-only; skipped where absent), how many
 * citations of each shape of FORMAT.md's "More 2016–17 forms" occur and how many are read as the
 * shape asks, in the letters' PDFBox text and in the same text with poppler's default
 * dehyphenation (a line-end hyphen after a letter deleted and the lines joined). It prints the
 * figures only, never letter text, and asserts that every shape seen is read right.
 */
class CitationShapesReportTest {

  /** A shape: where it occurs in a citation sentence, and whether the citations read it right. */
  enum Shape {
    /** {@code MTUS Chronic Pain Medical Treatment 2016 Guidelines, Section(s): …}. */
    GUIDELINES_BEFORE_SECTIONS(Pattern.compile("(?:19|20)\\d\\d Guidelines, Sections?\\(s\\):"),
        (sentence, citations) -> citations.stream().anyMatch(c -> c.guideline() != Guideline.OTHER
            && c.edition().isPresent() && c.topic().isPresent()
            && !c.topic().get().contains("Section"))),
    /** One Non-MTUS sentence naming ODG and ACOEM, or ODG and another document. */
    SEVERAL_GUIDELINES(Pattern.compile("(?i)(?:Official Disability Guidelines|\\bODG\\b).*\\band\\b.*"
        + "(?:ACOEM|Other Medical Treatment Guidelines)|ACOEM.*\\band\\b.*(?:Official Disability"
        + " Guidelines|\\bODG\\b)"), (sentence, citations) -> families(sentence) <= families(citations)),
    /**
     * An ODG chapter with its qualifier ({@code Low Back (Thoracic and Lumbar, Acute and
     * Chronic)}): the chapter read, the qualifier kept apart from the topic.
     */
    ODG_CHAPTER_QUALIFIER(Pattern.compile("(?i)(?:Official Disability|\\bODG\\b).*\\((?:[^()]*,)?\\s*Acute"
        + "\\s*(?:&|and)\\s*Chronic\\)"), (sentence, citations) -> citations.stream()
            .filter(c -> c.guideline() == Guideline.ODG).allMatch(c -> c.chapterTitle().isPresent()
                && c.topic().map(t -> !t.contains("Chronic)")).orElse(true)
                && (c.chapterQualifier().isPresent() || !c.text().contains("Acute")))
            && citations.stream().anyMatch(c -> c.guideline() == Guideline.ODG)),
    /** ODG's publisher and edition before its chapter. */
    ODG_PUBLISHER_EDITION(Pattern.compile("(?i)(?:Official Disability|\\bODG\\b).*(?:Work Loss Data"
        + "|Annual Edition|\\d(?:st|nd|rd|th) Edition)"), (sentence, citations) -> citations.stream()
            .anyMatch(c -> c.guideline() == Guideline.ODG && c.chapterTitle().isPresent())
            && citations.stream().noneMatch(c -> c.chapterTitle().map(CitationShapesReportTest::publisher)
                .orElse(false) || c.topic().map(CitationShapesReportTest::publisher).orElse(false))),
    /** ODG's chapter and topic joined by a slash: {@code Knee/DME}. */
    ODG_CHAPTER_SLASH_TOPIC(Pattern.compile("(?i)(?:Official Disability|\\bODG\\b)[^/]*\\b(?:Knee|Back"
        + "|Shoulder|Neck|Pain|Hand|Head|Elbow|Foot|Pelvis|Hip)\\s?/\\s?\\w"),
        (sentence, citations) -> citations.stream().anyMatch(c -> c.guideline() == Guideline.ODG
            && c.chapterTitle().isPresent() && c.topic().isPresent())),
    /** ODG cited through its preface: {@code ODG Preface – Physical Therapy}. */
    ODG_PREFACE(Pattern.compile("(?i)(?:Official Disability Guidelines|\\bODG\\b)(?: \\(ODG\\))?[ ,]*Preface"),
        (sentence, citations) -> citations.stream().anyMatch(c -> c.guideline() == Guideline.ODG
            && c.topic().map(t -> !t.startsWith("Preface")).orElse(false))),
    /** ODG cited by chapter alone, without its name. */
    ODG_BY_CHAPTER_ALONE(Pattern.compile("(?i)^(?:Decision based on )?Non[- ]?MTUS Citation"
        + " (?!Official Disability|ODG)(?:Low Back|Neck|Shoulder|Knee|Pain|Forearm|Hip|Elbow|Ankle|Head)"
        + "[^.]*(?:\\(Acute|Chapter)"), (sentence, citations) -> !citations.isEmpty()
            && citations.get(0).guideline() == Guideline.ODG),
    /** {@code NonMTUS} and {@code Non MTUS} as poppler leaves {@code Non-} / {@code MTUS}. */
    NON_MTUS_AS_ONE_WORD(Pattern.compile("(?i)Decision based on Non ?MTUS"),
        (sentence, citations) -> !citations.isEmpty() && citations.stream().allMatch(c ->
            c.basis() == CitationBasis.NON_MTUS) && citations.stream()
            .anyMatch(c -> c.guideline() != Guideline.OTHER));

    final Pattern pattern;
    final BiPredicate<String, List<GuidelineCitation>> readRight;

    Shape(Pattern pattern, BiPredicate<String, List<GuidelineCitation>> readRight) {
      this.pattern = pattern;
      this.readRight = readRight;
    }
  }

  private static final Pattern LEAD = Pattern.compile("(?i)Decision based on ");

  @Test
  void reportsEveryShapeOverTheRealLetters() throws IOException {
    List<Path> letters = letters();
    assumeTrue(!letters.isEmpty(), "no real letters beside the checkout: report skipped");
    StringBuilder report = new StringBuilder("\n=== Citation shapes over the real letters ===\n");
    List<String> misread = new ArrayList<>();
    for (boolean dehyphenated : List.of(false, true)) {
      Tally tally = new Tally();
      for (Path letter : letters) {
        String input = Files.readString(letter, StandardCharsets.UTF_8);
        if (dehyphenated) {
          input = dehyphenated(input);
        }
        Determination determination = LetterReader.read(input, letter.toString()).determination();
        if (determination == null) {
          continue;
        }
        for (DisputedItem item : determination.items()) {
          item.claimsAdministratorGuideline().ifPresent(s -> tally.statement(s));
          item.reviewerGuideline().ifPresent(s -> tally.statement(s));
        }
      }
      report.append(dehyphenated ? "poppler-dehyphenated text:\n" : "PDFBox text:\n")
          .append(tally.report());
      tally.misread.forEach((shape, count) -> {
        if (count > 0) {
          misread.add(shape + (dehyphenated ? " (dehyphenated)" : "") + ": " + count);
        }
      });
    }
    System.out.println(report);
    assertThat(misread).as("citations of a known shape read wrong").isEmpty();
  }

  /** What was seen, summed over the letters. */
  private static final class Tally {
    int statements;
    int citations;
    int typed;
    final Map<Guideline, Integer> byGuideline = new EnumMap<>(Guideline.class);
    final Map<Shape, Integer> seen = new EnumMap<>(Shape.class);
    final Map<Shape, Integer> right = new EnumMap<>(Shape.class);
    final Map<Shape, Integer> misread = new EnumMap<>(Shape.class);

    void statement(GuidelineStatement statement) {
      statements++;
      for (GuidelineCitation citation : statement.citations()) {
        citations++;
        typed += citation.guideline() == Guideline.OTHER ? 0 : 1;
        byGuideline.merge(citation.guideline(), 1, Integer::sum);
      }
      for (Sentence sentence : sentences(statement)) {
        for (Shape shape : Shape.values()) {
          if (shape.pattern.matcher(sentence.text()).find()) {
            seen.merge(shape, 1, Integer::sum);
            if (shape.readRight.test(sentence.text(), sentence.citations())) {
              right.merge(shape, 1, Integer::sum);
            } else {
              misread.merge(shape, 1, Integer::sum);
            }
          }
        }
      }
    }

    String report() {
      StringBuilder out = new StringBuilder();
      out.append("  statements ").append(statements).append(", citations ").append(citations)
          .append(", typed (not OTHER) ").append(typed).append(' ').append(byGuideline).append('\n');
      for (Shape shape : Shape.values()) {
        out.append(String.format(Locale.ROOT, "  %-28s seen %3d, read right %3d%n", shape,
            seen.getOrDefault(shape, 0), right.getOrDefault(shape, 0)));
      }
      return out.toString();
    }
  }

  /** A {@code Decision based on …} sentence of a statement and the citations whose text is in it. */
  private record Sentence(String text, List<GuidelineCitation> citations) {}

  private static List<Sentence> sentences(GuidelineStatement statement) {
    String text = statement.text();
    List<Integer> starts = new ArrayList<>();
    Matcher lead = LEAD.matcher(text);
    while (lead.find()) {
      starts.add(lead.start());
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      String sentence = text.substring(starts.get(i), end);
      List<GuidelineCitation> citations = statement.citations().stream()
          .filter(c -> !c.text().isEmpty() && sentence.contains(c.text())).toList();
      sentences.add(new Sentence(sentence, citations));
    }
    return sentences;
  }

  /** The kinds of guideline a text names: ODG, ACOEM, another document. */
  private static int families(String sentence) {
    int families = 0;
    families += Pattern.compile("Official Disability|\\bODG\\b").matcher(sentence).find() ? 1 : 0;
    families += sentence.contains("ACOEM") ? 1 : 0;
    families += Pattern.compile("Other Medical Treatment Guidelines (?!ACOEM)").matcher(sentence).find() ? 1 : 0;
    return families;
  }

  private static int families(List<GuidelineCitation> citations) {
    return (int) citations.stream().map(GuidelineCitation::guideline).distinct().count();
  }

  private static boolean publisher(String field) {
    return field.contains("Work Loss") || field.contains("Edition");
  }

  /**
   * pdftotext's default mode: a hyphen that ends a line after a letter is deleted and the word
   * joined with the next line's first word.
   */
  static String dehyphenated(String text) {
    return text.replaceAll("(?<=\\p{L})-[ \\t]*\\r?\\n[ \\t]*(?=\\S)", "");
  }

  private static List<Path> letters() throws IOException {
    Path shared = CitationCorpusReportTest.shared();
    List<Path> letters = new ArrayList<>();
    for (String folder : List.of("seeds", "corpus/dev")) {
      Path dir = shared.resolve(folder);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(letters::add);
        }
      }
    }
    return letters;
  }
}
