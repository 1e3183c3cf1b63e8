package dev.imr.parser.internal;

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
 *   <li>a blank line ends the heading too, unless the line before it stands alone between blank
 *       lines: extractors that split a wide heading line into blocks leave such pieces.
 * </ul>
 */
final class ItemHeadings {

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
   */
  static int headingStart(String text, Region region, boolean keepFirstLine) {
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
      boolean previousStandsAlone = previous[2] == 1;
      if (current[2] == 1 && !previousStandsAlone) {
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
    return i >= start && ".?!".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean continuesPartialApproval(String text, int start, int end) {
    String heading = Folding.fold(text, start, end);
    return !ORIGINAL_REQUEST.matcher(heading).find()
        && PARTIAL_APPROVAL_PROSE.matcher(heading).find();
  }
}
