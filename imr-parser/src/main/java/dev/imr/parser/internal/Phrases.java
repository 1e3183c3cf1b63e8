package dev.imr.parser.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A set of names, each with a value, matched against folded text the way letters spell them:
 * case-insensitively, {@code &} for {@code and}, the punctuation {@code - , / .} between words
 * ignored, parentheses and colons matched. The longest name wins.
 *
 * <p>Matching at one position costs the length of the names that start with the word found
 * there, never more: names are indexed by their first word.
 *
 * @param <V> what a name stands for
 */
final class Phrases<V> {

  /** A name that matched: its value and the end of the matched text (exclusive). */
  record Match<V>(V value, int start, int end) {}

  private record Entry<V>(List<String> words, V value) {}

  private final Map<String, List<Entry<V>>> byFirstWord;
  // The same index as an open-addressing table, probed with a word of the text in place: most
  // positions the readers try start no name, and looking them up must not copy the word.
  private final String[] keys;
  private final List<Entry<V>>[] values;
  private final int mask;
  // The ASCII characters a name's first token can start with, in either case: any other ASCII
  // character starts no name, which rules out most positions at the cost of one look-up.
  private final boolean[] firstCharacters = new boolean[128];

  @SuppressWarnings("unchecked")
  private Phrases(Map<String, List<Entry<V>>> byFirstWord) {
    this.byFirstWord = byFirstWord;
    for (String word : byFirstWord.keySet()) {
      char first = word.charAt(0);
      if (first < 128) {
        firstCharacters[first] = true;
        firstCharacters[Character.toUpperCase(first)] = true;
      }
      if (word.equals("and")) {
        firstCharacters['&'] = true; // "&" is read as "and"
      }
    }
    int size = Integer.highestOneBit(Math.max(4, byFirstWord.size() * 2 + 1)) * 2;
    this.keys = new String[size];
    this.values = (List<Entry<V>>[]) new List<?>[size];
    this.mask = size - 1;
    byFirstWord.forEach((word, entries) -> {
      int slot = slot(word.hashCode());
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = word;
      values[slot] = entries;
    });
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  /** Collects names. */
  static final class Builder<V> {
    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    Builder<V> add(String name, V value) {
      List<String> words = words(name);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("a name without words: '" + name + "'");
      }
      byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Entry<>(words, value));
      return this;
    }

    Phrases<V> build() {
      Map<String, List<Entry<V>>> copy = new HashMap<>();
      byFirstWord.forEach((word, entries) -> {
        List<Entry<V>> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        copy.put(word, List.copyOf(sorted));
      });
      return new Phrases<>(Collections.unmodifiableMap(copy));
    }
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /**
   * The longest name that starts exactly at {@code position} and ends at or before {@code limit},
   * or null. The match must end at a word boundary.
   */
  @Nullable Match<V> longestAt(String text, int position, int limit) {
    if (position >= limit || !mayStartName(text.charAt(position)) || !startsToken(text, position)) {
      return null;
    }
    List<Entry<V>> candidates = candidatesAt(text, position, limit);
    if (candidates == null) {
      return null;
    }
    Match<V> best = null;
    for (Entry<V> entry : candidates) {
      int end = matchEnd(text, position, limit, entry.words());
      if (end > 0 && (best == null || end > best.end())) {
        best = new Match<>(entry.value(), position, end);
      }
    }
    return best;
  }

  /**
   * False when no name starts with {@code c}: an ASCII character that starts no name's first
   * token (ASCII lower-cases to ASCII, so no other spelling of it could).
   */
  private boolean mayStartName(char c) {
    return c >= 128 || firstCharacters[c];
  }

  /** The names whose first word is the token at {@code position}, or null. */
  private @Nullable List<Entry<V>> candidatesAt(String text, int position, int limit) {
    char c = text.charAt(position);
    if (c == '&' || c == '(' || c == ')' || c == ':' || !isWordChar(c)) {
      String token = tokenAt(text, position, limit);
      return token == null ? null : byFirstWord.get(token);
    }
    // The word's hash in lower case, as String.hashCode() of the lower-cased word would give it;
    // a word with a character beyond ASCII is lower-cased as a string, exactly as before.
    int end = position;
    int hash = 0;
    while (end < limit) {
      char w = text.charAt(end);
      if (w >= 0x80) {
        if (!isWordChar(w)) {
          break;
        }
        return byFirstWord.get(tokenAt(text, position, limit));
      }
      if (!isWordChar(w)) {
        break;
      }
      hash = 31 * hash + asciiLower(w);
      end++;
    }
    int length = end - position;
    for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key.length() == length && key.hashCode() == hash && equalsLowerCase(text, position, key)) {
        return values[slot];
      }
    }
    return null;
  }

  /** True when the ASCII word at {@code position} is {@code key} (lower case) in some case. */
  private static boolean equalsLowerCase(String text, int position, String key) {
    for (int k = 0; k < key.length(); k++) {
      if (asciiLower(text.charAt(position + k)) != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The first name found at a token start in {@code [from, limit)}, or null. */
  @Nullable Match<V> find(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (mayStartName(text.charAt(i)) && startsToken(text, i)) {
        Match<V> match = longestAt(text, i, limit);
        if (match != null) {
          return match;
        }
      }
    }
    return null;
  }

  /** The words of a name in matching form. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < name.length()) {
      char c = name.charAt(i);
      if (isWordChar(c)) {
        int end = i;
        while (end < name.length() && isWordChar(name.charAt(end))) {
          end++;
        }
        words.add(name.substring(i, end).toLowerCase(Locale.ROOT));
        i = end;
      } else if (c == '&') {
        words.add("and");
        i++;
      } else if (c == '(' || c == ')' || c == ':') {
        words.add(String.valueOf(c));
        i++;
      } else {
        i++; // white space and ignorable punctuation
      }
    }
    return words;
  }

  private static int matchEnd(String text, int position, int limit, List<String> words) {
    int i = position;
    for (int k = 0; k < words.size(); k++) {
      if (k > 0) {
        i = skipIgnorable(text, i, limit);
      }
      if (i >= limit) {
        return -1;
      }
      String word = words.get(k);
      if (word.equals("and") && text.charAt(i) == '&') {
        i++;
        continue;
      }
      if (word.length() == 1 && !isWordChar(word.charAt(0))) {
        if (text.charAt(i) != word.charAt(0)) {
          return -1;
        }
        i++;
        continue;
      }
      if (i + word.length() > limit || !regionMatchesIgnoringCase(text, i, word)) {
        return -1;
      }
      i += word.length();
      if (i < limit && isWordChar(text.charAt(i))) {
        return -1; // the text's word goes on
      }
    }
    return i;
  }

  /**
   * {@code text.regionMatches(true, i, word, 0, word.length())}, compared in ASCII where both
   * sides are ASCII (as names and letters almost always are) and by that method otherwise.
   */
  private static boolean regionMatchesIgnoringCase(String text, int i, String word) {
    for (int k = 0; k < word.length(); k++) {
      char a = text.charAt(i + k);
      char b = word.charAt(k);
      if (a >= 0x80 || b >= 0x80) {
        return text.regionMatches(true, i, word, 0, word.length());
      }
      if (a != b && asciiLower(a) != asciiLower(b)) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String tokenAt(String text, int position, int limit) {
    char c = text.charAt(position);
    if (c == '&') {
      return "and";
    }
    if (c == '(' || c == ')' || c == ':') {
      return String.valueOf(c);
    }
    if (!isWordChar(c)) {
      return null;
    }
    int end = position;
    while (end < limit && isWordChar(text.charAt(end))) {
      end++;
    }
    return text.substring(position, end).toLowerCase(Locale.ROOT);
  }

  /** True when a token can start at {@code i}: not inside a word. */
  static boolean startsToken(String text, int i) {
    return i == 0 || !isWordChar(text.charAt(i - 1)) || !isWordChar(text.charAt(i));
  }

  static int skipIgnorable(String text, int i, int limit) {
    while (i < limit && isIgnorable(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isIgnorable(char c) {
    return c == ' ' || c == '-' || c == ',' || c == '/' || c == '.' || c == '\u2013' || c == '\u2014';
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'';
  }
}
