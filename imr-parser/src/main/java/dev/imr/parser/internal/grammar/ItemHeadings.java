package dev.imr.parser.internal.grammar;

import dev.imr.parser.internal.text.Characters;
import dev.imr.parser.internal.text.Folding;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.Sentences;
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
      if (Sentences.lineEndsSentence(text, previous[0], previous[1])) {
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
      while (contentStart < lineEnd && Characters.isSpace(text.charAt(contentStart))) {
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
    if (Characters.startsWithIgnoringCase(text, start, end, "the")) {
      return true;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (((c == 'a' || c == 'A') && Characters.startsWithIgnoringCase(text, i, end, "administrator"))
          || ((c == 'e' || c == 'E') && Characters.startsWithIgnoringCase(text, i, end, "eligible"))) {
        return true;
      }
    }
    return false;
  }
}
