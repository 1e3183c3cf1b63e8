package dev.imr.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Renders a letter's PDFBox text (every line ends with a space, blank lines hold one space, {@code
 * \n} line ends) in the other layouts extractors give the same letter. Every rendering changes
 * white space and glyphs only where {@link TextFold} says they fold alike, so one letter in any
 * layout must parse to an equal {@code Determination}.
 */
final class Layouts {

  private Layouts() {}

  /** One way to render a letter, named for test reports. */
  record Layout(String name, UnaryOperator<String> render) {
    String apply(String text) {
      return render.apply(text);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Every layout the parser must read alike, single and combined. */
  static List<Layout> all() {
    return List.of(
        new Layout("pdfbox", text -> text),
        new Layout("seed double-spaced", text -> doubleSpaced(text, 37)),
        new Layout("crlf", Layouts::crlf),
        new Layout("mixed line ends", Layouts::mixedLineEnds),
        new Layout("form feeds", text -> formFeeds(text, 23)),
        new Layout("no trailing spaces", Layouts::withoutTrailingSpaces),
        new Layout("extra trailing spaces", text -> withTrailingSpaces(text, "  \t ")),
        new Layout("rewrapped at 60", text -> rewrapped(text, 60)),
        new Layout("rewrapped at 110", text -> rewrapped(text, 110)),
        new Layout("labels wrapped", Layouts::labelsWrapped),
        new Layout("non-breaking spaces", Layouts::nonBreakingSpaces),
        new Layout("ligatures, curly quotes, BOM", Layouts::glyphs),
        new Layout("centred headings", Layouts::centredHeadings),
        new Layout("rewrapped at 60, double-spaced", text -> doubleSpaced(rewrapped(text, 60), 29)),
        new Layout("rewrapped at 110, no trailing spaces, form feeds, crlf",
            text -> crlf(formFeeds(withoutTrailingSpaces(rewrapped(text, 110)), 31))),
        new Layout("double-spaced, crlf", text -> crlf(doubleSpaced(text, 41))),
        new Layout("double-spaced, no trailing spaces",
            text -> withoutTrailingSpaces(doubleSpaced(text, 37))),
        new Layout("non-breaking spaces, form feeds, crlf",
            text -> crlf(formFeeds(nonBreakingSpaces(text), 17))),
        new Layout("rewrapped at 60, labels wrapped, double-spaced",
            text -> doubleSpaced(labelsWrapped(rewrapped(text, 60)), 33)),
        new Layout("rewrapped at 110, ligatures, extra trailing spaces, crlf",
            text -> crlf(withTrailingSpaces(glyphs(rewrapped(text, 110)), "   "))));
  }

  /**
   * The seeds' layout: every line followed by an empty line, blank lines holding one space, and a
   * page break as a run of three or four line breaks after every {@code linesPerPage} lines, in
   * the middle of a sentence or not.
   */
  static String doubleSpaced(String text, int linesPerPage) {
    List<String> lines = lines(text);
    StringBuilder out = new StringBuilder(text.length() * 2);
    int pages = 0;
    for (int i = 0; i < lines.size(); i++) {
      out.append(lines.get(i)).append("\n\n");
      if ((i + 1) % linesPerPage == 0 && i + 1 < lines.size()) {
        out.append(pages++ % 2 == 0 ? "\n" : "\n\n");
      }
    }
    return out.toString();
  }

  /** Windows line ends. */
  static String crlf(String text) {
    return text.replace("\n", "\r\n");
  }

  /** Windows line ends on every third line only, as text pasted together from two sources. */
  static String mixedLineEnds(String text) {
    List<String> lines = lines(text);
    StringBuilder out = new StringBuilder(text.length() + lines.size());
    for (int i = 0; i < lines.size(); i++) {
      out.append(lines.get(i)).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    return out.toString();
  }

  /** {@code pdftotext}: a form feed after the line break that ends each page, the last one too. */
  static String formFeeds(String text, int linesPerPage) {
    List<String> lines = lines(text);
    StringBuilder out = new StringBuilder(text.length() + lines.size() / linesPerPage + 1);
    for (int i = 0; i < lines.size(); i++) {
      out.append(lines.get(i)).append('\n');
      if ((i + 1) % linesPerPage == 0 || i + 1 == lines.size()) {
        out.append('\f');
      }
    }
    return out.toString();
  }

  /** Lines without trailing white space; blank lines become empty. */
  static String withoutTrailingSpaces(String text) {
    List<String> lines = lines(text);
    lines.replaceAll(String::stripTrailing);
    return unlines(lines);
  }

  /** {@code spaces} after every line's text, blank lines included. */
  static String withTrailingSpaces(String text, String spaces) {
    List<String> lines = lines(text);
    lines.replaceAll(line -> line.stripTrailing() + spaces);
    return unlines(lines);
  }

  /** Every third space is a non-breaking space. */
  static String nonBreakingSpaces(String text) {
    StringBuilder out = new StringBuilder(text);
    int spaces = 0;
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == ' ' && ++spaces % 3 == 0) {
        out.setCharAt(i, '\u00A0');
      }
    }
    return out.toString();
  }

  /** What some extractors give for the same glyphs: a BOM, ligatures and curly quotes. */
  static String glyphs(String text) {
    StringBuilder quoted = new StringBuilder(text.length());
    boolean open = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted.append(open ? '\u201C' : '\u201D');
        open = !open;
      } else {
        quoted.append(c == '\'' ? '\u2019' : c);
      }
    }
    return "\uFEFF" + quoted.toString()
        .replace("ffi", "\uFB03").replace("ffl", "\uFB04").replace("ff", "\uFB00")
        .replace("fi", "\uFB01").replace("fl", "\uFB02");
  }

  private static final Pattern SECTION_HEADING = Pattern.compile(
      "\\s*(HOW THE IMR FINAL DETERMINATION WAS MADE|CLINICAL CASE SUMMARY"
          + "|IMR ISSUES, DECISIONS AND RATIONALES)\\s*");

  /** {@code pdftotext -layout}: section headings centred with leading spaces. */
  static String centredHeadings(String text) {
    List<String> lines = lines(text);
    lines.replaceAll(line -> SECTION_HEADING.matcher(line).matches()
        ? " ".repeat(Math.max(1, (95 - line.strip().length()) / 2)) + line : line);
    return unlines(lines);
  }

  /** Each fixed label and heading broken before its last word, as a narrower column would. */
  static String labelsWrapped(String text) {
    String[][] breaks = {
        {"Case Number:", "Case \nNumber:"},
        {"Date of Injury:", "Date of \nInjury:"},
        {"UR Denial Date:", "UR Denial \nDate:"},
        {"HOW THE IMR FINAL DETERMINATION WAS MADE", "HOW THE IMR FINAL \nDETERMINATION WAS MADE"},
        {"The Expert Reviewer has the following credentials:",
            "The Expert Reviewer has the \nfollowing credentials:"},
        {"State(s) of Licensure:", "State(s) of \nLicensure:"},
        {"CLINICAL CASE SUMMARY", "CLINICAL CASE \nSUMMARY"},
        {"IMR ISSUES, DECISIONS AND RATIONALES", "IMR ISSUES, DECISIONS \nAND RATIONALES"},
        {"Claims Administrator guideline:", "Claims Administrator \nguideline:"},
        {"MAXIMUS guideline:", "MAXIMUS \nguideline:"},
        {"Decision rationale:", "Decision \nrationale:"},
    };
    String out = text;
    for (String[] b : breaks) {
      out = out.replace(b[0], b[1]);
    }
    return out;
  }

  // Lines that stand alone whatever the width: the section headings and the credential lines.
  static final Pattern HARD_LINE = Pattern.compile(
      SECTION_HEADING.pattern() + "|The Expert Reviewer has the following credentials:.*"
          + "|State\\(s\\) of Licensure:.*|Certification\\(s\\)/Specialty:.*");
  // Lines that start a paragraph although no blank line comes before them.
  private static final Pattern STARTS_PARAGRAPH = Pattern.compile(
      "(The expert reviewer developed the following|The Final Determination was based on"
          + "|Claims Administrator guideline:|MAXIMUS guideline:|Decision rationale:).*");
  // Lines that end a paragraph although no blank line comes after them.
  private static final Pattern ENDS_PARAGRAPH = Pattern.compile(
      ".*(all medical records:|set forth below:|:\\s*(Upheld|Overturned))|\\s*(Upheld|Overturned)");

  /**
   * The letter as an extractor with another page width gives it: each paragraph (item headings
   * included) re-wrapped to at most {@code width} characters, breaking only at spaces and never at
   * a space right after a hyphen, so the folded text is unchanged. The header block before {@code
   * HOW THE IMR FINAL DETERMINATION WAS MADE} and the lines of {@link #HARD_LINE} keep their lines.
   */
  static String rewrapped(String text, int width) {
    List<String> lines = lines(text);
    List<String> out = new ArrayList<>();
    int i = 0;
    int body = 0;
    while (body < lines.size() && !lines.get(body).strip().startsWith("HOW THE IMR")) {
      body++;
    }
    if (body == lines.size()) {
      body = 0;
    }
    for (; i < body; i++) {
      out.add(lines.get(i));
    }
    StringBuilder paragraph = new StringBuilder();
    for (; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      if (line.isBlank()) {
        flush(paragraph, width, out);
        out.add(" ");
        continue;
      }
      if (HARD_LINE.matcher(line).matches()) {
        flush(paragraph, width, out);
        out.add(line + " ");
        continue;
      }
      if (STARTS_PARAGRAPH.matcher(line).matches()) {
        flush(paragraph, width, out);
      }
      if (paragraph.length() == 0) {
        paragraph.append(line);
      } else if (endsWithHyphenatedWord(paragraph)) {
        paragraph.append(line.stripLeading()); // 7- / 8/10 is one word, 7-8/10
      } else {
        paragraph.append(' ').append(line.stripLeading());
      }
      if (ENDS_PARAGRAPH.matcher(line).matches()) {
        flush(paragraph, width, out);
      }
    }
    flush(paragraph, width, out);
    return unlines(out);
  }

  private static boolean endsWithHyphenatedWord(CharSequence text) {
    int n = text.length();
    return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetterOrDigit(text.charAt(n - 2));
  }

  private static void flush(StringBuilder paragraph, int width, List<String> out) {
    if (paragraph.length() == 0) {
      return;
    }
    for (String line : wrap(paragraph.toString(), width)) {
      out.add(line + " ");
    }
    paragraph.setLength(0);
  }

  /** Greedy wrapping at runs of spaces that do not follow a hyphen; long words stand alone. */
  static List<String> wrap(String paragraph, int width) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int length = paragraph.length();
    while (length - start > width) {
      int breakAt = -1;
      int resume = -1;
      for (int i = start + 1; i < length; i++) {
        if (paragraph.charAt(i) != ' ' || paragraph.charAt(i - 1) == ' ') {
          continue;
        }
        int runEnd = i;
        while (runEnd < length && paragraph.charAt(runEnd) == ' ') {
          runEnd++;
        }
        if (paragraph.charAt(i - 1) == '-' || runEnd == length) {
          continue;
        }
        if (i - start > width && breakAt >= 0) {
          break;
        }
        breakAt = i;
        resume = runEnd;
        if (i - start > width) {
          break; // a word longer than the width: break right after it
        }
      }
      if (breakAt < 0) {
        break;
      }
      lines.add(paragraph.substring(start, breakAt));
      start = resume;
    }
    lines.add(paragraph.substring(start));
    return lines;
  }

  /** The lines of {@code text} without their {@code \n}; a final line break ends the last line. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  static String unlines(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
