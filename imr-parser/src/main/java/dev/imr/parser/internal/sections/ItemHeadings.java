package dev.imr.parser.internal.sections;

import dev.imr.parser.internal.text.Folding;
import dev.imr.parser.internal.text.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where an item's heading starts in the text before its decision. The letter does not
 * mark the end of the previous rationale, so the heading is taken to be the lines after the last
 * one that ends a sentence, walking back from the decision:
 *
 * <ul>
 *   <li>a partial approval's heading is prose ({@code X was the original request. Y was authorized
 *       by the Claims Administrator. The remaining IMR eligible portion …}): its sentences belong to
 *       the heading up to the one naming the original request;
 *   <li>a blank line ends the heading too, except where the extractor split the heading line into
 *       blocks (pdftotext does so at wide gaps, and then the decision word too stands in a block of
 *       its own): there a line alone between blank lines is a piece of the heading;
 *   <li>a period after an abbreviation ({@code Inc.}, {@code p.o.}, {@code Dr.}) ends no sentence.
 * </ul>
 */
public final class ItemHeadings {

  private static final Pattern ORIGINAL_REQUEST =
      Pattern.compile("\\b(?:was|were)\\s+the\\s+original\\s+requests?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTIAL_APPROVAL_PROSE = Pattern.compile(
      "authori[sz]ed\\s+by\\s+the\\s+claims\\s+administrator|claims\\s+administrator\\s+authori[sz]ed"
          + "|\\bIMR\\s+eligible|^the\\s+remaining\\b|^the\\s+original\\s+request",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern INNER_PERIODS = Pattern.compile("(?:\\p{L}{1,3}\\.){2,}");

  /** Words whose period is not a sentence's end; compared in lower case, period included. */
  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
      "inc.", "co.", "corp.", "ltd.", "llc.", "no.", "nos.", "dr.", "mr.", "mrs.", "ms.", "st.",
      "vs.", "approx.", "dept.", "univ.", "assoc.", "ave.", "jr.", "sr.", "qty.", "wk.",
      "wks.", "hr.", "hrs.", "mo.", "mos.", "min.", "max.", "tab.", "tabs.", "cap.", "caps.");

  private ItemHeadings() {}

  /**
   * The offset where the heading starts in {@code region}, whose text ends where the decision
   * begins.
   *
   * @param keepFirstLine true when the region starts with another part's text (a rationale) that
   *     must keep at least its first line
   * @param splitIntoBlocks true when the decision word stands after a blank line, the sign of an
   *     extraction that breaks a heading line into blocks
   */
  static int headingStart(String text, Region region, boolean keepFirstLine, boolean splitIntoBlocks) {
    List<int[]> lines = lines(text, region); // {start, end, blankBefore}
    if (lines.isEmpty()) {
      return region.end();
    }
    // A one-line region is all heading: a heading is required, a rationale may be empty.
    int first = keepFirstLine && lines.size() > 1 ? 1 : 0;
    int t = lines.size() - 1;
    while (t > first) {
      int[] previous = lines.get(t - 1);
      int[] current = lines.get(t);
      if (endsSentence(text, previous[0], previous[1])) {
        if (continuesPartialApproval(text, current[0], region.end())) {
          t--;
          continue;
        }
        break;
      }
      boolean previousIsAPiece = splitIntoBlocks && previous[2] == 1;
      if (current[2] == 1 && !previousIsAPiece) {
        break;
      }
      t--;
    }
    return lines.get(t)[0];
  }

  private static List<int[]> lines(String text, Region region) {
    List<int[]> lines = new ArrayList<>();
    int i = region.start();
    boolean blankBefore = false;
    while (i < region.end()) {
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0 || lineEnd > region.end()) {
        lineEnd = region.end();
      }
      int contentStart = i;
      while (contentStart < lineEnd && Folding.isSpace(text.charAt(contentStart))) {
        contentStart++;
      }
      if (contentStart == lineEnd) {
        if (!lines.isEmpty()) {
          blankBefore = true;
        }
      } else {
        lines.add(new int[] {contentStart, lineEnd, blankBefore ? 1 : 0});
        blankBefore = false;
      }
      i = lineEnd + 1;
    }
    return lines;
  }

  static boolean endsSentence(String text, int start, int end) {
    int i = end - 1;
    while (i >= start && Folding.isSpace(text.charAt(i))) {
      i--;
    }
    while (i >= start && "\"')]".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    if (i < start || ".?!".indexOf(text.charAt(i)) < 0) {
      return false;
    }
    return text.charAt(i) != '.' || !endsWithAbbreviation(text, start, i + 1);
  }

  /** True when the word ending at {@code end} (its period included) is an abbreviation. */
  private static boolean endsWithAbbreviation(String text, int start, int end) {
    int wordStart = end - 1;
    while (wordStart > start && !Folding.isSpace(text.charAt(wordStart - 1))
        && text.charAt(wordStart - 1) != '(') {
      wordStart--;
    }
    String word = text.substring(wordStart, end).toLowerCase(java.util.Locale.ROOT);
    // "p.o." and "b.i.d." (periods inside the word) are abbreviations too. "etc." and single
    // letters ("vitamin D.") end rationales too often to be taken for abbreviations.
    boolean innerPeriods =
        word.indexOf('.') < word.length() - 1 && INNER_PERIODS.matcher(word).matches();
    return innerPeriods || ABBREVIATIONS.contains(word);
  }

  private static boolean continuesPartialApproval(String text, int start, int end) {
    if (!mayBePartialApprovalProse(text, start, end)) {
      return false; // most headings: no need to fold them and search
    }
    String heading = Folding.fold(text, start, end);
    return !ORIGINAL_REQUEST.matcher(heading).find()
        && PARTIAL_APPROVAL_PROSE.matcher(heading).find();
  }

  /**
   * False when {@link #PARTIAL_APPROVAL_PROSE} cannot be found in the folding of {@code [start,
   * end)}: each of its phrases opens the text with "the" ({@code start} is no blank) or holds the
   * word "administrator" or "eligible", which folding (it changes only white space) leaves alone.
   */
  private static boolean mayBePartialApprovalProse(String text, int start, int end) {
    if (startsWithIgnoringCase(text, start, end, "the")) {
      return true;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (((c == 'a' || c == 'A') && startsWithIgnoringCase(text, i, end, "administrator"))
          || ((c == 'e' || c == 'E') && startsWithIgnoringCase(text, i, end, "eligible"))) {
        return true;
      }
    }
    return false;
  }

  /** ASCII case folding only, as the patterns fold case; {@code word} is in lower case. */
  private static boolean startsWithIgnoringCase(String text, int at, int end, String word) {
    if (at + word.length() > end) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(at + k);
      if (c != word.charAt(k) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == word.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
