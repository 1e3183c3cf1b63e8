package dev.imr.parser;

import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.GuidelineStatement;
import dev.imr.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks that every span of a parse lies inside the input and that the text it covers folds
 * ({@link TextFold}) to the value read from it. Returns what is wrong, as sentences, so that
 * property tests can report it and example tests can assert it is empty.
 */
final class SpanChecks {

  private SpanChecks() {}

  /**
   * Problems with the spans of {@code result} for {@code input}; empty when all is well. A page
   * header or footer line inside a span is not part of the value read from it (the rule of the
   * format's page furniture, restated here): a line that is only a page number, perhaps with the
   * case number, or that is only the case number after the first section heading.
   */
  static List<String> problems(String input, ParseResult result) {
    List<int[]> furniture = new ArrayList<>(furnitureLines(input));
    // Lines the parser says it left out (a heading given twice, a doubled line) are not part of
    // a value either; the diagnostic covers them.
    for (Diagnostic d : result.diagnostics()) {
      if (d.code() == DiagnosticCode.UNEXPECTED_CONTENT && (d.message().endsWith("left out of the text")
          || d.message().contains("again right after itself"))) {
        furniture.add(new int[] {d.span().start(), d.span().end()});
      }
    }
    furniture.sort(java.util.Comparator.comparingInt(line -> line[0]));
    return problems(input, result, furniture.isEmpty() ? text -> text : null, furniture);
  }

  private static final Pattern FURNITURE = Pattern.compile(
      "(?:(?:IMR\\h+)?(?:Case\\h+(?:Number|No\\.?)\\h*:?\\h*)?([A-Z]{2}\\d{2}-\\d{4,8})\\h*)?"
          + "(?:[-\u2013|,]\\h*)?(Page\\h+\\d{1,4}(?:\\h+of\\h+\\d{1,4})?)?",
      Pattern.CASE_INSENSITIVE);

  /** The [start, end) of every furniture line of {@code input}. */
  static List<int[]> furnitureLines(String input) {
    List<int[]> lines = new ArrayList<>();
    boolean body = false;
    int start = 0;
    for (int i = 0; i <= input.length(); i++) {
      char c = i < input.length() ? input.charAt(i) : '\n';
      if (c != '\n' && c != '\r' && c != '\f' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      String content = input.substring(start, i).replaceAll("^[\\h\\s\u200B\uFEFF]+|[\\h\\s\u200B\uFEFF]+$", "");
      // before the first section heading a case number alone is the header's value
      String spaced = content.replaceAll("\\h", " ");
      body = body || spaced.startsWith("HOW THE IMR") || spaced.startsWith("CLINICAL CASE")
          || spaced.startsWith("IMR ISSUES,");
      Matcher m = FURNITURE.matcher(content);
      if (!content.isEmpty() && content.length() <= 80 && m.matches()
          && (m.group(2) != null || (body && m.group(1) != null && !besideHeaderLabel(input, start, i)))) {
        lines.add(new int[] {start, i});
      }
      start = i + 1;
    }
    return lines;
  }

  private static final Pattern HEADER_LABEL = Pattern.compile(
      "\\h*(Date\\h+Assigned|Date\\h+of\\h+Injury|Decision\\h+Date|UR\\h+Denial\\h+Date|Priority"
          + "|Application\\h+Received)\\h*:.*");

  /**
   * True when the nearest non-blank line before or after {@code [start, end)} starts with a header
   * label: a case number there is the header's own, where an extractor put the header last.
   */
  private static boolean besideHeaderLabel(String input, int start, int end) {
    String[] before = input.substring(0, start).split("\\R");
    for (int k = before.length - 1; k >= 0; k--) {
      if (!blank(before[k])) {
        if (HEADER_LABEL.matcher(trimmed(before[k])).matches()) {
          return true;
        }
        break;
      }
    }
    for (String line : input.substring(Math.min(input.length(), end)).split("\\R")) {
      if (!blank(line)) {
        return HEADER_LABEL.matcher(trimmed(line)).matches();
      }
    }
    return false;
  }

  private static String trimmed(String line) {
    return line.replaceAll("^[\\h\\s\u200B\uFEFF]+|[\\h\\s\u200B\uFEFF]+$", "");
  }

  private static boolean blank(String line) {
    return trimmed(line).isEmpty();
  }

  /** Glyphs the cleaning also normalises beyond those {@link TextFold} knows: primes, low quotes. */
  private static String moreGlyphs(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\u201A', '\u201B', '\u2032' -> out.append('\'');
        case '\u201E', '\u201F', '\u2033' -> out.append('"');
        case '\uFB05', '\uFB06' -> out.append("st");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String withoutLines(String input, int from, int to, List<int[]> lines) {
    StringBuilder out = new StringBuilder();
    int at = from;
    for (int[] line : lines) {
      if (line[1] <= from || line[0] >= to) {
        continue;
      }
      out.append(input, at, Math.max(at, line[0])).append('\n');
      at = Math.max(at, Math.min(to, line[1]));
    }
    return out.append(input, at, to).toString();
  }

  /**
   * As {@link #problems(String, ParseResult)}, with {@code beforeFolding} applied to a span's text
   * first (to take out page furniture the layout put inside a value's span).
   */
  static List<String> problems(String input, ParseResult result, UnaryOperator<String> beforeFolding) {
    return problems(input, result, beforeFolding, List.of());
  }

  private static List<String> problems(String input, ParseResult result,
      @Nullable UnaryOperator<String> beforeFolding, List<int[]> furniture) {
    List<String> problems = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      inside(problems, input, "diagnostic " + d, Optional.of(d.span()));
    }
    Optional<Determination> parsed = result.determination();
    if (parsed.isEmpty()) {
      return problems;
    }
    Determination letter = parsed.get();
    letter.header().ifPresent(h -> inside(problems, input, "header", h.span()));
    letter.reviewer().ifPresent(r -> inside(problems, input, "reviewer", r.span()));
    letter.caseSummary().ifPresent(s ->
        folds(problems, input, "case summary", s.span(), s.text(), beforeFolding, furniture));
    for (int i = 0; i < letter.items().size(); i++) {
      DisputedItem item = letter.items().get(i);
      String name = "item " + (i + 1) + " ";
      inside(problems, input, name + "span", item.span());
      if (!item.title().isEmpty()) {
        folds(problems, input, name + "title", item.titleSpan(), item.title(), beforeFolding,
            furniture);
      }
      item.rationale().ifPresent(r ->
          folds(problems, input, name + "rationale", item.rationaleSpan(), r, beforeFolding,
              furniture));
      statement(problems, input, name + "Claims Administrator guideline",
          item.claimsAdministratorGuideline(), beforeFolding, furniture);
      statement(problems, input, name + "MAXIMUS guideline", item.reviewerGuideline(),
          beforeFolding, furniture);
    }
    return problems;
  }

  private static void statement(List<String> problems, String input, String what,
      Optional<GuidelineStatement> statement, @Nullable UnaryOperator<String> beforeFolding,
      List<int[]> furniture) {
    statement.ifPresent(g -> {
      if (!g.text().isEmpty()) {
        folds(problems, input, what, g.span(), g.text(), beforeFolding, furniture);
      }
      for (int k = 0; k < g.citations().size(); k++) {
        inside(problems, input, what + " citation " + (k + 1), g.citations().get(k).span());
      }
    });
  }

  private static void inside(List<String> problems, String input, String what,
      Optional<SourceSpan> span) {
    span.ifPresent(s -> {
      if (s.start() < 0 || s.end() > input.length() || s.start() > s.end()) {
        problems.add(what + " span " + s + " is not inside the input of " + input.length());
      }
    });
  }

  private static void folds(List<String> problems, String input, String what,
      Optional<SourceSpan> span, String value, @Nullable UnaryOperator<String> beforeFolding,
      List<int[]> furniture) {
    if (span.isEmpty()) {
      problems.add(what + " has no span");
      return;
    }
    SourceSpan s = span.get();
    if (s.start() < 0 || s.end() > input.length() || s.start() > s.end()) {
      problems.add(what + " span " + s + " is not inside the input of " + input.length());
      return;
    }
    String text = beforeFolding != null ? beforeFolding.apply(s.textOf(input))
        : withoutLines(input, s.start(), s.end(), furniture);
    String folded = TextFold.fold(moreGlyphs(text));
    if (!folded.equals(value)) {
      problems.add(what + " span " + s + " folds to '" + folded + "', not to its value '" + value + "'");
    }
  }
}
