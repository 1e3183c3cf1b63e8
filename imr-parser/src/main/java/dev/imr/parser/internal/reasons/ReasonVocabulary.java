package dev.imr.parser.internal.reasons;

import dev.imr.model.DecisionReason.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of {@code reasons.txt}: which wording states which kind of ground. Immutable once
 * loaded; {@link #standard()} is shared. The file's header describes its format.
 *
 * <p>Every phrase of every rule is indexed by the hash of its first word, or of its first two
 * words, so that a sentence is matched in one pass over its words ({@link Matcher}) and the rules
 * then only test bit sets of the phrases it holds.
 */
final class ReasonVocabulary {

  /** Which decisions a rule applies to. */
  enum Section {
    UPHELD,
    OVERTURNED
  }

  /**
   * One rule: a sentence states {@code kind} when it holds a phrase of every group, none of the
   * excluded phrases, and no kind of {@code unless} was found in it by an earlier rule. Groups are
   * sets of phrase numbers, as bit sets over the vocabulary's phrases; {@code unless} is a bit set
   * over the kinds' ordinals.
   */
  record Rule(Section section, Kind kind, List<long[]> groups, long[] excluded, int unless) {

    boolean matches(long[] held, int kindsFoundBefore) {
      if ((unless & kindsFoundBefore) != 0) {
        return false;
      }
      for (int g = 0; g < groups.size(); g++) {
        if (!intersects(held, groups.get(g))) {
          return false;
        }
      }
      return !intersects(held, excluded);
    }

    private static boolean intersects(long[] held, long[] phrases) {
      for (int i = 0; i < phrases.length; i++) {
        if ((held[i] & phrases[i]) != 0) {
          return true;
        }
      }
      return false;
    }
  }

  /** The longest sentence, in characters, a matcher makes room for before it is read. */
  private static final int MAX_KEPT = 1 << 14;

  /**
   * The scratch space for reading sentences, one per thread (see {@link #matcher}): a sentence
   * normalised as rules compare it, where its words start, and which phrases it holds.
   */
  final class Matcher {
    private char[] text = new char[256];
    private int length;
    private int[] wordStarts = new int[64];
    private int[] wordHashes = new int[64];
    private int words;
    private final long[] held = new long[(phrases.length + 63) >>> 6];

    /**
     * Normalises {@code [start, end)} of {@code source} (lower case, every run of characters other
     * than letters, digits, {@code %} and {@code '} one space, none at either end, so phrases
     * match whole words only), notes the phrases it holds and returns its number of words. A
     * sentence of more than {@link #maxWords} words is not read further: it holds no phrase, and
     * the number returned is {@code maxWords + 1}.
     */
    int read(CharSequence source, int start, int end) {
      Arrays.fill(held, 0L);
      if (!normalise(source, start, end)) {
        return words;
      }
      for (int w = 0; w < words; w++) {
        int at = wordStarts[w];
        probe(at, wordHashes[w]);
        if (w + 1 < words) {
          probe(at, pairKey(wordHashes[w], wordHashes[w + 1]));
        }
      }
      return words;
    }

    /** Notes the phrases keyed {@code key} that start at {@code at}. */
    private void probe(int at, int key) {
      int slot = key & mask;
      for (int k = bucketStarts[slot], bucketEnd = bucketStarts[slot + 1]; k < bucketEnd; k++) {
        int id = bucketIds[k];
        if (keys[id] == key && (held[id >>> 6] & (1L << id)) == 0
            && matchesAt(at, phrases[id])) {
          held[id >>> 6] |= 1L << id;
        }
      }
    }

    /** The phrases the last sentence read holds, as a bit set. */
    long[] held() {
      return held;
    }

    /** False when the sentence has more than {@link #maxWords} words, the rest unread. */
    private boolean normalise(CharSequence source, int start, int end) {
      // At most maxWords words are kept, so the space grows with the longest sentence read only
      // up to that.
      if (text.length < end - start && text.length < MAX_KEPT) {
        text = new char[Math.min(end - start, MAX_KEPT)];
      }
      length = 0;
      words = 0;
      boolean inWord = false;
      int hash = 0;
      for (int i = start; i < end; i++) {
        char c = source.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        } else if (c >= 128) {
          c = Character.toLowerCase(c);
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '%' || c == '\'') {
          if (!inWord) {
            if (words > 0) {
              if (words == maxWords) {
                words++;
                return false;
              }
              endWord(hash);
              text[length++] = ' ';
            }
            startWord(length);
            inWord = true;
            hash = 0;
          }
          if (length + 1 >= text.length) {
            text = Arrays.copyOf(text, text.length * 2);
          }
          text[length++] = c;
          hash = 31 * hash + c;
        } else {
          inWord = false;
        }
      }
      if (words > 0) {
        endWord(hash);
      }
      return true;
    }

    private void startWord(int at) {
      if (words == wordStarts.length) {
        wordStarts = Arrays.copyOf(wordStarts, words * 2);
        wordHashes = Arrays.copyOf(wordHashes, words * 2);
      }
      wordStarts[words++] = at;
    }

    private void endWord(int hash) {
      wordHashes[words - 1] = spread(hash);
    }

    private boolean matchesAt(int at, char[] phrase) {
      int end = at + phrase.length;
      if (end > length || (end < length && text[end] != ' ')) {
        return false;
      }
      for (int i = 0; i < phrase.length; i++) {
        if (text[at + i] != phrase[i]) {
          return false;
        }
      }
      return true;
    }

    /** The normalised text of the last sentence read. */
    String text() {
      return new String(text, 0, length);
    }
  }

  private static final String RESOURCE = "reasons.txt";
  private static final ReasonVocabulary STANDARD = load();

  private final List<Rule> rules;
  private final int maxWords;
  /** The phrases, normalised: lower-case words joined by one space. */
  private final char[][] phrases;
  /**
   * Each phrase's key: for a phrase of one word, its hash as the matcher computes it for the
   * text's words; for a longer one, the pair of its first two words' hashes ({@link #pairKey}).
   * Many phrases start with the same word ("not", "no", "there"): keyed by two words, a word of
   * the text visits only the phrases that can start there.
   */
  private final int[] keys;
  /**
   * For each slot of the keys, the phrases whose key falls there: {@code
   * bucketIds[bucketStarts[slot]]} to {@code bucketIds[bucketStarts[slot + 1] - 1]}, in one array
   * so that the many words that start no phrase cost two adjacent reads.
   */
  private final int[] bucketStarts;
  private final int[] bucketIds;
  private final int mask;
  private final ThreadLocal<Matcher> matchers = ThreadLocal.withInitial(() -> new Matcher());

  private ReasonVocabulary(List<Rule> rules, int maxWords, List<String> phrases) {
    this.rules = List.copyOf(rules);
    this.maxWords = maxWords;
    this.phrases = phrases.stream().map(String::toCharArray).toArray(char[][]::new);
    int slots = Integer.highestOneBit(Math.max(16, phrases.size() * 2) - 1) << 1;
    this.mask = slots - 1;
    this.keys = new int[phrases.size()];
    int[] sizes = new int[slots];
    for (int id = 0; id < phrases.size(); id++) {
      String phrase = phrases.get(id);
      int first = phrase.indexOf(' ');
      if (first < 0) {
        keys[id] = wordHash(phrase, 0, phrase.length());
      } else {
        int second = phrase.indexOf(' ', first + 1);
        keys[id] = pairKey(wordHash(phrase, 0, first),
            wordHash(phrase, first + 1, second < 0 ? phrase.length() : second));
      }
      sizes[keys[id] & mask]++;
    }
    this.bucketStarts = new int[slots + 1];
    for (int slot = 0; slot < slots; slot++) {
      bucketStarts[slot + 1] = bucketStarts[slot] + sizes[slot];
    }
    this.bucketIds = new int[phrases.size()];
    int[] filled = Arrays.copyOf(bucketStarts, slots);
    for (int id = 0; id < phrases.size(); id++) {
      bucketIds[filled[keys[id] & mask]++] = id;
    }
  }

  /** The vocabulary of {@code reasons.txt}. */
  static ReasonVocabulary standard() {
    return STANDARD;
  }

  /** The rules in file order. */
  List<Rule> rules() {
    return rules;
  }

  /**
   * The calling thread's scratch space for reading sentences: made once per thread, as a
   * rationale is read sentence by sentence and the parser reads one rationale at a time.
   */
  Matcher matcher() {
    return matchers.get();
  }

  /** How many different phrases the rules hold. */
  int phraseCount() {
    return phrases.length;
  }

  /** A phrase by its number (the bit it sets in {@link Matcher#held}), normalised. */
  String phrase(int id) {
    return new String(phrases[id]);
  }

  /** Sentences of more words than this are quoted guideline passages and are not read. */
  int maxWords() {
    return maxWords;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** A word's hash, as the matcher computes it for the text's words. */
  private static int wordHash(String phrase, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + phrase.charAt(i);
    }
    return spread(hash);
  }

  /** The key of a phrase of two or more words, from its first two words' hashes. */
  private static int pairKey(int first, int second) {
    return spread(first * 0x9E3779B1 + second);
  }

  private static ReasonVocabulary load() {
    try (InputStream in = ReasonVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the rules of {@code lines}, the file's format; a malformed line throws. */
  static ReasonVocabulary parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    List<PendingRule> pending = new ArrayList<>();
    Map<String, Integer> phrases = new LinkedHashMap<>();
    Section section = null;
    int maxWords = Integer.MAX_VALUE;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = Section.valueOf(line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT));
        continue;
      }
      int equals = line.indexOf(" = ");
      if (equals < 0) {
        throw new IllegalArgumentException(RESOURCE + ":" + (n + 1) + ": expected 'NAME = …'");
      }
      String name = line.substring(0, equals).strip();
      String body = line.substring(equals + 3).strip();
      if (name.equals("MAX_WORDS")) {
        maxWords = Integer.parseInt(body);
        continue;
      }
      if (section == null) {
        throw new IllegalArgumentException(RESOURCE + ":" + (n + 1) + ": rule before a section");
      }
      int unless = 0;
      int semicolon = body.indexOf(" ; unless ");
      if (semicolon >= 0) {
        for (String kind : body.substring(semicolon + 10).strip().split("\\s+")) {
          unless |= 1 << Kind.valueOf(kind).ordinal();
        }
        body = body.substring(0, semicolon);
      }
      int[] excluded = new int[0];
      int bang = body.indexOf(" ! ");
      if (bang >= 0) {
        excluded = phrases(body.substring(bang + 3), phrases);
        body = body.substring(0, bang);
      }
      List<int[]> groups = new ArrayList<>();
      for (String group : body.split(" & ")) {
        groups.add(phrases(group, phrases));
      }
      pending.add(new PendingRule(section, Kind.valueOf(name), groups, excluded, unless));
    }
    // The bit sets are sized once every phrase is known.
    int words = (phrases.size() + 63) >>> 6;
    for (PendingRule rule : pending) {
      rules.add(new Rule(rule.section(), rule.kind(),
          rule.groups().stream().map(g -> bits(g, words)).toList(), bits(rule.excluded(), words),
          rule.unless()));
    }
    return new ReasonVocabulary(rules, maxWords, new ArrayList<>(phrases.keySet()));
  }

  private record PendingRule(Section section, Kind kind, List<int[]> groups, int[] excluded,
      int unless) {}

  private static long[] bits(int[] ids, int words) {
    long[] bits = new long[words];
    for (int id : ids) {
      bits[id >>> 6] |= 1L << id;
    }
    return bits;
  }

  /** The numbers of the phrases of one group, each added to {@code phrases} when new. */
  private static int[] phrases(String alternatives, Map<String, Integer> phrases) {
    String[] parts = alternatives.split(" \\| ");
    int[] ids = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String normalised = normalise(parts[i].strip());
      if (normalised.isEmpty()) {
        throw new IllegalArgumentException(RESOURCE + ": empty phrase in '" + alternatives + "'");
      }
      ids[i] = phrases.computeIfAbsent(normalised, k -> phrases.size());
    }
    return ids;
  }

  /** A phrase as the matcher normalises text. */
  static String normalise(String phrase) {
    StringBuilder out = new StringBuilder();
    boolean inWord = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = Character.toLowerCase(phrase.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '%' || c == '\'') {
        if (!inWord && out.length() > 0) {
          out.append(' ');
        }
        inWord = true;
        out.append(c);
      } else {
        inWord = false;
      }
    }
    return out.toString();
  }
}
