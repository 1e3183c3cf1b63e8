package dev.imr.examples.run;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The case numbers a run has read, to tell a letter read twice (a PDF beside its text, a letter in
 * two folders) from a new one. A run can read millions of letters, so a case number in the usual
 * form {@code CMyy-nnnnnnn} is one bit in its year's set (10^7 bits, 1.25 MB, a year read); only
 * others are kept as text.
 */
final class CaseNumbers {

  private final Map<Integer, BitSet> byYear = new HashMap<>();
  private final Set<String> others = new HashSet<>();

  /** Adds a case number; false when it was read before. */
  boolean add(String caseNumber) {
    if (usual(caseNumber)) {
      int year = Integer.parseInt(caseNumber, 2, 4, 10);
      int number = Integer.parseInt(caseNumber, 5, 12, 10);
      BitSet seen = byYear.computeIfAbsent(year, y -> new BitSet());
      if (seen.get(number)) {
        return false;
      }
      seen.set(number);
      return true;
    }
    return others.add(caseNumber);
  }

  private static boolean usual(String caseNumber) {
    if (caseNumber.length() != 12 || !caseNumber.startsWith("CM") || caseNumber.charAt(4) != '-') {
      return false;
    }
    for (int i = 2; i < 12; i++) {
      char c = caseNumber.charAt(i);
      if (i != 4 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
