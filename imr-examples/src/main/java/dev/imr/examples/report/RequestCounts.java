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
 * as the letter states it ({@code disputed_item.request}), a drug by its generic name
 * ({@code drug_generic_name}) among pharmaceutical items. Only decided items count, as in every
 * rate of the report.
 */
public final class RequestCounts {

  private final Map<String, long[]> byRequest = new HashMap<>();
  private final Map<String, long[]> byDrug = new HashMap<>();

  RequestCounts() {}

  void add(DisputedItem item, boolean overturned) {
    tally(byRequest, item.request(), overturned);
    if (item.category() == RequestCategory.PHARMACEUTICALS) {
      item.drug().map(Drug::genericName).ifPresent(drug -> tally(byDrug, drug, overturned));
    }
  }

  /** The {@code limit} requests with most decided items, then by text. */
  public List<Rate> topRequests(int limit) {
    return top(byRequest, limit);
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
