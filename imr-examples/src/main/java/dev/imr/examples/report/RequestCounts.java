package dev.imr.examples.report;

import dev.imr.examples.report.LetterStatistics.Rate;
import dev.imr.model.DisputedItem;
import dev.imr.model.Drug;
import dev.imr.model.RequestCategory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests and the drugs that come up most, with their overturn rates: a request by its text
 * as the letter states it ({@code disputed_item.request}) whatever its case, as SQLite's {@code
 * LOWER} folds it (ASCII letters only), shown as the first of its spellings in text order
 * ({@code MIN}); a drug by its generic name
 * ({@code drug_generic_name}) among pharmaceutical items. Only decided items count, as in every
 * rate of the report.
 */
public final class RequestCounts {

  private final Map<String, long[]> byRequest = new HashMap<>();
  /** The first spelling of each request in text order, by its folded text. */
  private final Map<String, String> spellings = new HashMap<>();
  private final Map<String, long[]> byDrug = new HashMap<>();

  RequestCounts() {}

  void add(DisputedItem item, boolean overturned) {
    String request = item.request();
    String folded = lowerAscii(request);
    tally(byRequest, folded, overturned);
    spellings.merge(folded, request, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    if (item.category() == RequestCategory.PHARMACEUTICALS) {
      item.drug().map(Drug::genericName).ifPresent(drug -> tally(byDrug, drug, overturned));
    }
  }

  /** The {@code limit} requests with most decided items, then by text. */
  public List<Rate> topRequests(int limit) {
    return top(byRequest, limit);
  }

  /** The request, as written, of a key of {@link #topRequests}. */
  public String spelling(String folded) {
    return spellings.getOrDefault(folded, folded);
  }

  /** How many different requests there are. */
  public int distinctRequests() {
    return byRequest.size();
  }

  /** The {@code limit} drugs with most decided items, then by name. */
  public List<Rate> topDrugs(int limit) {
    return top(byDrug, limit);
  }

  /** How many different drugs there are. */
  public int distinctDrugs() {
    return byDrug.size();
  }

  /** {@code text} with ASCII capitals made small, as SQLite's {@code LOWER} does. */
  static String lowerAscii(String text) {
    StringBuilder lower = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return lower.toString();
  }

  private static void tally(Map<String, long[]> counts, String key, boolean overturned) {
    long[] count = counts.computeIfAbsent(key, k -> new long[2]);
    count[0]++;
    count[1] += overturned ? 1 : 0;
  }

  private static List<Rate> top(Map<String, long[]> counts, int limit) {
    return counts.entrySet().stream()
        .map(e -> new Rate(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparingLong(Rate::items).reversed()
            .thenComparing(rate -> String.valueOf(rate.key())))
        .limit(limit)
        .toList();
  }
}
