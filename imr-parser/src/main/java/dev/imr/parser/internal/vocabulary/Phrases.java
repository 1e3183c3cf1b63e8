package dev.imr.parser.internal.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A set of names, each with a value, matched against folded text the way letters spell them:
 * case-insensitively, {@code &} for {@code and}, the punctuation {@code - , / .} between words
 * ignored, parentheses, colons and {@code %} matched. The longest name wins. Every vocabulary
 * matches its names with it: citations, specialties and request words alike.
 *
 * <p>The names form a tree of words: names that share their first words share those nodes, so
 * matching at one position reads each word of the text once, however many names start alike
 * ({@code Decision based on MTUS}, {@code Decision based on Non-MTUS Citation}, …). The first
 * words are also indexed by hash, so a position that starts no name costs one look-up.
 *
 * @param <V> what a name stands for
 */
public final class Phrases<V> {

  /** A name that matched: its value and the end of the matched text (exclusive). */
  public record Match<V>(V value, int start, int end) {}

  /**
   * One word of some names: the value of the name that ends with it, if any, and the words that
   * may follow it. A word of the text matches at most one of the words that may follow (the words
   * differ, and a word of the text equals at most one of them ignoring case), so the longest name
   * at a position is the last name passed on the one path its words take through the tree.
   */
  private static final class Node<V> {
    final String word;
    /** {@code and}, which the text may also write {@code &}. */
    final boolean and;
    /** {@code (}, {@code )}, {@code :} or {@code %}, matched as written. */
    final boolean symbol;
    final @Nullable V value;
    final List<Node<V>> next;

    Node(String word, @Nullable V value, List<Node<V>> next) {
      this.word = word;
      this.and = word.equals("and");
      this.symbol = word.length() == 1 && !isWordChar(word.charAt(0));
      this.value = value;
      this.next = next;
    }
  }

  private final Map<String, Node<V>> byFirstWord;
  // The same index as an open-addressing table, probed with a word of the text in place: most
  // positions the readers try start no name, and looking them up must not copy the word.
  private final String[] keys;
  private final Node<V>[] values;
  private final int mask;
  // The ASCII characters a name's first token can start with, in either case: any other ASCII
  // character starts no name, which rules out most positions at the cost of one look-up.
  private final boolean[] firstCharacters = new boolean[128];

  @SuppressWarnings("unchecked")
  private Phrases(Map<String, Node<V>> byFirstWord) {
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
    this.values = (Node<V>[]) new Node<?>[size];
    this.mask = size - 1;
    byFirstWord.forEach((word, node) -> {
      int slot = slot(word.hashCode());
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = word;
      values[slot] = node;
    });
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  /** Collects names. */
  static final class Builder<V> {
    private final Map<String, Draft<V>> byFirstWord = new HashMap<>();

    Builder<V> add(String name, V value) {
      List<String> words = words(name);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("a name without words: '" + name + "'");
      }
      Draft<V> node = byFirstWord.computeIfAbsent(words.get(0), Draft::new);
      for (String word : words.subList(1, words.size())) {
        node = node.next.computeIfAbsent(word, Draft::new);
      }
      if (node.value == null) {
        node.value = value; // of two names with the same words, the first added wins
      }
      return this;
    }

    Phrases<V> build() {
      Map<String, Node<V>> roots = new HashMap<>();
      byFirstWord.forEach((word, draft) -> roots.put(word, draft.build()));
      return new Phrases<>(Collections.unmodifiableMap(roots));
    }
  }

  /** A node while names are still being added. */
  private static final class Draft<V> {
    final String word;
    @Nullable V value;
    final Map<String, Draft<V>> next = new LinkedHashMap<>();

    Draft(String word) {
      this.word = word;
    }

    Node<V> build() {
      List<Node<V>> built = new ArrayList<>(next.size());
      next.values().forEach(draft -> built.add(draft.build()));
      return new Node<>(word, value, List.copyOf(built));
    }
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /**
   * The longest name that starts exactly at {@code position} and ends at or before {@code limit},
   * or null. The match must end at a word boundary.
   */
  public @Nullable Match<V> longestAt(String text, int position, int limit) {
    if (position >= limit || !mayStartName(text.charAt(position)) || !startsToken(text, position)) {
      return null;
    }
    return matchAt(text, position, limit);
  }

  /** {@link #longestAt} where a token starts with a character a name may start with. */
  private @Nullable Match<V> matchAt(String text, int position, int limit) {
    Node<V> node = firstWordAt(text, position, limit);
    if (node == null) {
      return null;
    }
    // The first word is checked already: it ends after its '&' or symbol, or after its letters.
    int i = position + (node.symbol || text.charAt(position) == '&' ? 1 : node.word.length());
    V value = null;
    int end = -1;
    while (i > 0) {
      if (node.value != null) {
        value = node.value;
        end = i;
      }
      int at = skipIgnorable(text, i, limit);
      Node<V> matched = null;
      int matchedEnd = -1;
      for (int k = 0; k < node.next.size() && matched == null; k++) {
        Node<V> candidate = node.next.get(k);
        matchedEnd = wordEnd(text, at, limit, candidate);
        if (matchedEnd > 0) {
          matched = candidate;
        }
      }
      if (matched == null) {
        break;
      }
      node = matched;
      i = matchedEnd;
    }
    return value == null ? null : new Match<>(value, position, end);
  }

  /**
   * False when no name starts with {@code c}: an ASCII character that starts no name's first
   * token (ASCII lower-cases to ASCII, so no other spelling of it could).
   */
  private boolean mayStartName(char c) {
    return c >= 128 || firstCharacters[c];
  }

  /**
   * The node of the names whose first word is the token at {@code position}, or null. The word
   * is checked here: the token is {@code &} for {@code and}, the word's symbol, or the word.
   */
  private @Nullable Node<V> firstWordAt(String text, int position, int limit) {
    char c = text.charAt(position);
    if (c == '&' || !isWordChar(c)) {
      String token = tokenAt(text, position, limit);
      return token == null ? null : checked(byFirstWord.get(token), text, position, limit);
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
        return checked(byFirstWord.get(tokenAt(text, position, limit)), text, position, limit);
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

  /** The node of a token looked up lower-cased, if its word matches the text there. */
  private static <V> @Nullable Node<V> checked(@Nullable Node<V> node, String text, int position,
      int limit) {
    return node != null && wordEnd(text, position, limit, node) > 0 ? node : null;
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
  public @Nullable Match<V> find(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (mayStartName(text.charAt(i)) && startsToken(text, i)) {
        Match<V> match = matchAt(text, i, limit);
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
      } else if (isSymbol(c)) {
        words.add(String.valueOf(c));
        i++;
      } else {
        i++; // white space and ignorable punctuation
      }
    }
    return words;
  }

  /** Where {@code node}'s word ends when it matches the text at {@code i}, or -1. */
  private static int wordEnd(String text, int i, int limit, Node<?> node) {
    if (i >= limit) {
      return -1;
    }
    String word = node.word;
    if (node.and && text.charAt(i) == '&') {
      return i + 1;
    }
    if (node.symbol) {
      return text.charAt(i) == word.charAt(0) ? i + 1 : -1;
    }
    if (i + word.length() > limit || !regionMatchesIgnoringCase(text, i, word)) {
      return -1;
    }
    int end = i + word.length();
    if (end < limit && isWordChar(text.charAt(end))) {
      return -1; // the text's word goes on
    }
    return end;
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
    if (isSymbol(c)) {
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

  /** A character that is a word of its own in a name, matched as written. */
  private static boolean isSymbol(char c) {
    return c == '(' || c == ')' || c == ':' || c == '%';
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'';
  }
}
