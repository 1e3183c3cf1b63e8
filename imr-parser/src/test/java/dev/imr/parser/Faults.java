package dev.imr.parser;

import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The faults page breaks, OCR and copy-paste leave in a letter's text, one at a time, at a seeded
 * place. Each works on whole lines, so the letter around the fault is the letter as it was.
 */
enum Faults {

  /** A section heading repeated further on, as a page header repeats it. */
  REPEATED_HEADING {
    @Override
    Optional<String> apply(String text, Determination clean, Random random) {
      List<Line> lines = Line.of(text);
      List<Line> headings = lines.stream().filter(l -> SECTION_HEADING.matcher(l.text()).matches()).toList();
      if (headings.isEmpty()) {
        return Optional.empty();
      }
      Line heading = headings.get(random.nextInt(headings.size()));
      int at = heading.index() + 1 + random.nextInt(lines.size() - heading.index());
      return Optional.of(insert(lines, at, heading.text()));
    }
  },

  /** A line of the form's fixed sentences repeated further on. */
  REPEATED_BOILERPLATE {
    @Override
    Optional<String> apply(String text, Determination clean, Random random) {
      List<Line> lines = Line.of(text);
      List<Line> sentences = lines.stream().filter(l -> BOILERPLATE.matcher(l.text()).find()).toList();
      if (sentences.isEmpty()) {
        return Optional.empty();
      }
      Line sentence = sentences.get(random.nextInt(sentences.size()));
      int at = sentence.index() + 1 + random.nextInt(Math.min(12, lines.size() - sentence.index()));
      return Optional.of(insert(lines, at, sentence.text()));
    }
  },

  /** An item label alone on a line inside the items, where no item starts. */
  STRAY_LABEL {
    @Override
    Optional<String> apply(String text, Determination clean, Random random) {
      List<Line> lines = Line.of(text);
      int issues = firstMatching(lines, ISSUES_HEADING);
      if (issues < 0) {
        return Optional.empty();
      }
      int at = issues + 1 + random.nextInt(lines.size() - issues);
      return Optional.of(insert(lines, at, LABELS.get(random.nextInt(LABELS.size()))));
    }
  },

  /** A line of the body given twice. */
  DUPLICATED_LINE {
    @Override
    Optional<String> apply(String text, Determination clean, Random random) {
      List<Line> lines = bodyLines(Line.of(text));
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      Line line = lines.get(random.nextInt(lines.size()));
      return Optional.of(insert(Line.of(text), line.index() + 1, line.text()));
    }
  },

  /**
   * A line of the body left out, one that holds none of the values the check compares (an item's
   * heading, the header, the credentials): those could not come out of a letter that lacks them.
   */
  DROPPED_LINE {
    @Override
    Optional<String> apply(String text, Determination clean, Random random) {
      List<SourceSpan> kept = comparedSpans(clean);
      List<Line> lines = bodyLines(Line.of(text)).stream()
          .filter(l -> kept.stream().noneMatch(s -> s.start() < l.end() && l.start() < s.end()))
          .filter(l -> !DECISION.matcher(l.text()).find())
          .toList();
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      Line line = lines.get(random.nextInt(lines.size()));
      List<Line> all = new ArrayList<>(Line.of(text));
      all.remove(line.index());
      return Optional.of(join(all));
    }
  },

  /** A line of the body broken in two at one of its spaces. */
  SPLIT_LINE {
    @Override
    Optional<String> apply(String text, Determination clean, Random random) {
      List<Line> lines = bodyLines(Line.of(text)).stream()
          .filter(l -> l.text().strip().indexOf(' ') > 0).toList();
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      Line line = lines.get(random.nextInt(lines.size()));
      String stripped = line.text().strip();
      List<Integer> spaces = new ArrayList<>();
      for (int i = 1; i < stripped.length() - 1; i++) {
        if (stripped.charAt(i) == ' ' && stripped.charAt(i - 1) != ' ') {
          spaces.add(i);
        }
      }
      int cut = spaces.get(random.nextInt(spaces.size()));
      List<String> texts = new ArrayList<>(Line.of(text).stream().map(Line::text).toList());
      texts.set(line.index(), stripped.substring(0, cut));
      texts.add(line.index() + 1, stripped.substring(cut + 1));
      return Optional.of(String.join("\n", texts));
    }
  },

  /** The header block put after the body, where some extractors put it. */
  HEADER_MOVED {
    @Override
    Optional<String> apply(String text, Determination clean, Random random) {
      List<Line> lines = Line.of(text);
      int body = firstMatching(lines, SECTION_HEADING);
      if (body <= 0 || lines.subList(0, body).stream().allMatch(l -> l.text().isBlank())) {
        return Optional.empty();
      }
      List<Line> moved = new ArrayList<>(lines.subList(body, lines.size()));
      moved.add(new Line(-1, 0, 0, ""));
      moved.addAll(lines.subList(0, body));
      return Optional.of(join(moved));
    }
  };

  /** The text with this fault at a place {@code random} picks, or empty where it cannot occur. */
  abstract Optional<String> apply(String text, Determination clean, Random random);

  static final Pattern SECTION_HEADING = Pattern.compile(
      "\\s*(HOW THE IMR FINAL DETERMINATION WAS MADE|CLINICAL CASE SUMMARY"
          + "|IMR ISSUES, DECISIONS AND RATIONALES)\\s*");
  private static final Pattern ISSUES_HEADING =
      Pattern.compile("\\s*IMR ISSUES, DECISIONS AND RATIONALES\\s*");
  private static final Pattern BOILERPLATE = Pattern.compile(
      "^\\s*(The expert reviewer developed the following|The Final Determination was based on"
          + "|The Expert Reviewer has the following credentials)");
  private static final Pattern DECISION =
      Pattern.compile("(^|:)\\s*(Upheld|Overturned)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final List<String> LABELS = List.of("Claims Administrator guideline:",
      "MAXIMUS guideline:", "Decision rationale:");

  /** One line of a text: its index, its offsets in the text, and its characters. */
  record Line(int index, int start, int end, String text) {
    static List<Line> of(String text) {
      List<Line> lines = new ArrayList<>();
      int start = 0;
      for (int index = 0; ; index++) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          lines.add(new Line(index, start, text.length(), text.substring(start)));
          return lines;
        }
        lines.add(new Line(index, start, end, text.substring(start, end)));
        start = end + 1;
      }
    }
  }

  private static int firstMatching(List<Line> lines, Pattern pattern) {
    return lines.stream().filter(l -> pattern.matcher(l.text()).matches()).mapToInt(Line::index)
        .findFirst().orElse(-1);
  }

  /** The non-blank lines from the first section heading on. */
  private static List<Line> bodyLines(List<Line> lines) {
    int body = Math.max(0, firstMatching(lines, SECTION_HEADING));
    return lines.subList(body, lines.size()).stream().filter(l -> !l.text().isBlank()).toList();
  }

  private static String insert(List<Line> lines, int at, String text) {
    List<Line> out = new ArrayList<>(lines);
    out.add(Math.min(at, out.size()), new Line(-1, 0, 0, text));
    return join(out);
  }

  private static String join(List<Line> lines) {
    return String.join("\n", lines.stream().map(Line::text).toList());
  }

  /** Where the clean letter holds what the damage check compares. */
  private static List<SourceSpan> comparedSpans(Determination clean) {
    List<SourceSpan> spans = new ArrayList<>();
    clean.header().flatMap(h -> h.span()).ifPresent(spans::add);
    clean.reviewer().flatMap(r -> r.span()).ifPresent(spans::add);
    for (DisputedItem item : clean.items()) {
      item.titleSpan().ifPresent(spans::add);
    }
    return spans;
  }
}
