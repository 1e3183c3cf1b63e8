package dev.imr.parser.internal.vocabulary;

import dev.imr.model.DrugClass;
import dev.imr.model.RequestCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words {@link RequestClassifier} reads a request by, from two {@link VocabularyFile}s: {@code
 * request-vocabulary.tsv} (service words, hints, precedence between categories) and {@code
 * drugs.tsv} (generic and brand names). Their headers say how each kind is read.
 *
 * <p>A request and every phrase are first put in one form: their words (letters, or digits with
 * a decimal point kept inside a number, or {@code %}) in lower case, one space between them, so
 * {@code 325mg} is {@code 325 mg} and {@code PT/OT} is {@code pt ot}. The phrases are then matched
 * by {@link Phrases}, the matcher every vocabulary shares, with the last word of each phrase also
 * in its plural in {@code -s} or {@code -es}; a phrase as listed wins over another's plural.
 */
final class RequestVocabulary {

  /** What a phrase means. */
  sealed interface Meaning
      permits Service, Hint, Ambiguous, Course, Modifier, TopicalForm, TopicalStrength,
          CompoundWord, DrugName {}

  /** Names a service of a category: decides the category. */
  record Service(RequestCategory category) implements Meaning {}

  /** Decides the category only where no service is named. */
  record Hint(RequestCategory category) implements Meaning {}

  /**
   * Names a service of several categories; {@code asCourse}, when set, is its category in a
   * request for a course of sessions ("ultrasound 2 times 4" is the therapy, not the test).
   */
  record Ambiguous(@Nullable RequestCategory asCourse) implements Meaning {}

  /** Says the request is a course of sessions ("2 times 4", "6 sessions"). */
  enum Course implements Meaning { INSTANCE }

  /** Read and ignored, so that its words are not taken for others. */
  enum Modifier implements Meaning { INSTANCE }

  /** Says a drug is applied to the skin. */
  enum TopicalForm implements Meaning { INSTANCE }

  /** Says so only of a drug named beside it ({@code 5%}). */
  enum TopicalStrength implements Meaning { INSTANCE }

  /** Says a drug is compounded. */
  enum CompoundWord implements Meaning { INSTANCE }

  /** One product of {@code drugs.tsv}; {@code generic} is null for a product without one. */
  record DrugRow(@Nullable String generic, DrugClass drugClass, @Nullable DrugClass topicalClass) {}

  /** A drug's name: its product, and whether the name is a brand. */
  record DrugName(DrugRow row, boolean brand) implements Meaning {}

  /** A word of a request: letters, or digits, or {@code %}; the rest only separates words. */
  record Word(String text, int start, int end) {}

  /** The phrases, in the form of {@link #normalised}. */
  final Phrases<Meaning> phrases;
  /** For each category, the categories it wins over. */
  final Map<RequestCategory, Set<RequestCategory>> beats;

  private RequestVocabulary(Phrases<Meaning> phrases, Map<RequestCategory, Set<RequestCategory>> beats) {
    this.phrases = phrases;
    this.beats = beats;
  }

  /** Reads the two files' entries, checking every line. */
  static RequestVocabulary read(List<VocabularyFile.Entry> vocabulary, List<VocabularyFile.Entry> drugs) {
    Loader loader = new Loader();
    for (VocabularyFile.Entry entry : vocabulary) {
      try {
        loader.readVocabulary(entry);
      } catch (IllegalArgumentException failure) {
        throw entry.located(failure);
      }
    }
    for (VocabularyFile.Entry entry : drugs) {
      try {
        loader.readDrug(entry);
      } catch (IllegalArgumentException failure) {
        throw entry.located(failure);
      }
    }
    return loader.build();
  }

  /** The words of {@code text}, lower case, with their places. */
  static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int length = text.length();
    while (i < length) {
      int end = wordEnd(text, i);
      if (end < 0) {
        i++;
        continue;
      }
      words.add(new Word(text.substring(i, end).toLowerCase(Locale.ROOT), i, end));
      i = end;
    }
    return words;
  }

  /**
   * Where the word that starts at {@code i} ends: a run of letters, a number, or {@code %}; -1
   * when no word starts there.
   */
  private static int wordEnd(String text, int i) {
    int length = text.length();
    char c = text.charAt(i);
    int end = i + 1;
    if (Character.isLetter(c)) {
      while (end < length && Character.isLetter(text.charAt(end))) {
        end++;
      }
    } else if (isDigit(c)) {
      // A decimal point inside a number keeps it one word ("1.5 Tesla").
      while (end < length && (isDigit(text.charAt(end))
          || (text.charAt(end) == '.' && end + 1 < length && isDigit(text.charAt(end + 1))))) {
        end++;
      }
    } else if (c != '%') {
      return -1;
    }
    return end;
  }

  /**
   * A text's words in the form the phrases are matched in: lower case, one space between them.
   * Word {@code k} stands at {@code [starts[k], ends[k])} of {@link #text} and at
   * {@code [sourceStarts[k], sourceEnds[k])} of the text it was made from.
   */
  record Normalised(String text, int count, int[] starts, int[] ends, int[] sourceStarts,
      int[] sourceEnds) {}

  /**
   * The {@link #words} of {@code text}, one space between them, made in one pass without a
   * string for each word.
   */
  static Normalised normalise(String text) {
    int length = text.length();
    StringBuilder out = new StringBuilder(length);
    int[] starts = new int[8];
    int[] ends = new int[8];
    int[] sourceStarts = new int[8];
    int[] sourceEnds = new int[8];
    int count = 0;
    int i = 0;
    while (i < length) {
      int end = wordEnd(text, i);
      if (end < 0) {
        i++;
        continue;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        sourceStarts = Arrays.copyOf(sourceStarts, count * 2);
        sourceEnds = Arrays.copyOf(sourceEnds, count * 2);
      }
      if (count > 0) {
        out.append(' ');
      }
      starts[count] = out.length();
      appendLowerCase(out, text, i, end);
      ends[count] = out.length();
      sourceStarts[count] = i;
      sourceEnds[count] = end;
      count++;
      i = end;
    }
    return new Normalised(out.toString(), count, starts, ends, sourceStarts, sourceEnds);
  }

  /** {@code text[start, end)} lower-cased as {@code toLowerCase(Locale.ROOT)} does it. */
  private static void appendLowerCase(StringBuilder out, String text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (text.charAt(k) >= 0x80) {
        out.append(text.substring(start, end).toLowerCase(Locale.ROOT));
        return;
      }
    }
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Reads the entries into phrases and precedence. */
  private static final class Loader {
    private final Map<List<String>, Meaning> seen = new HashMap<>();
    private final List<Map.Entry<List<String>, Meaning>> listed = new ArrayList<>();
    private final Set<String> genericsNamed = new HashSet<>();
    private final Map<RequestCategory, Set<RequestCategory>> beats = new EnumMap<>(RequestCategory.class);

    void readVocabulary(VocabularyFile.Entry entry) {
      entry.expectFields(3, 3, "kind, category and phrases");
      String kind = entry.kind();
      if (kind.equals("precedence")) {
        RequestCategory winner = category(entry, 1);
        RequestCategory loser = category(entry, 2);
        if (winner == loser || beatsTransitively(loser, winner)) {
          throw entry.error("precedence would make a cycle");
        }
        beats.computeIfAbsent(winner, c -> EnumSet.noneOf(RequestCategory.class)).add(loser);
        return;
      }
      Meaning meaning = switch (kind) {
        case "service" -> new Service(category(entry, 1));
        case "hint" -> new Hint(category(entry, 1));
        case "ambiguous" -> new Ambiguous(entry.isEmpty(1) ? null : category(entry, 1));
        case "course" -> Course.INSTANCE;
        case "modifier" -> Modifier.INSTANCE;
        case "topical" -> TopicalForm.INSTANCE;
        case "topical-strength" -> TopicalStrength.INSTANCE;
        case "compound" -> CompoundWord.INSTANCE;
        default -> throw entry.unknownKind();
      };
      if (!(meaning instanceof Service) && !(meaning instanceof Hint)
          && !(meaning instanceof Ambiguous) && !entry.isEmpty(1)) {
        throw entry.error("a " + kind + " takes no category");
      }
      for (String phrase : entry.list(2)) {
        add(phrase, meaning, entry);
      }
    }

    void readDrug(VocabularyFile.Entry entry) {
      if (!entry.kind().equals("drug")) {
        throw entry.unknownKind();
      }
      entry.expectFields(6, 6, "generic, class, topical class, brands and aliases after 'drug'");
      String generic = entry.isEmpty(1) ? null : entry.field(1);
      if (generic != null && !generic.equals(generic.toLowerCase(Locale.ROOT))) {
        throw entry.error("a generic name is written in lower case");
      }
      DrugRow row = new DrugRow(generic, entry.constant(2, DrugClass.class, "drug class"),
          entry.isEmpty(3) ? null : entry.constant(3, DrugClass.class, "drug class"));
      // A generic listed on several lines (diclofenac as tablet and as Flector) is matched by its
      // first line; its other lines are reached by their brands and aliases.
      if (generic != null && genericsNamed.add(generic)) {
        add(generic.replace('/', ' '), new DrugName(row, false), entry);
      }
      for (String brand : entry.list(4)) {
        add(brand, new DrugName(row, true), entry);
      }
      for (String alias : entry.list(5)) {
        add(alias, new DrugName(row, false), entry);
      }
      if (generic == null && entry.isEmpty(4)) {
        throw entry.error("a drug without a generic name needs a brand");
      }
    }

    RequestVocabulary build() {
      Phrases.Builder<Meaning> phrases = Phrases.builder();
      // Phrases as listed first: of two names with the same words the first added wins, so a
      // phrase as listed ("labs") wins over another's plural ("lab" + s).
      for (Map.Entry<List<String>, Meaning> phrase : listed) {
        phrases.add(String.join(" ", phrase.getKey()), phrase.getValue());
      }
      for (Map.Entry<List<String>, Meaning> phrase : listed) {
        List<String> words = phrase.getKey();
        String last = words.get(words.size() - 1);
        if (!Character.isLetter(last.charAt(last.length() - 1))) {
          continue;
        }
        String rest = String.join(" ", words.subList(0, words.size() - 1));
        String before = rest.isEmpty() ? "" : rest + " ";
        if (!last.endsWith("s")) {
          phrases.add(before + last + "s", phrase.getValue());
        }
        if (last.endsWith("s") || last.endsWith("x") || last.endsWith("z") || last.endsWith("ch")
            || last.endsWith("sh")) {
          phrases.add(before + last + "es", phrase.getValue());
        }
      }
      Map<RequestCategory, Set<RequestCategory>> beatsCopy = new EnumMap<>(RequestCategory.class);
      beats.forEach((winner, losers) -> beatsCopy.put(winner, Set.copyOf(losers)));
      return new RequestVocabulary(phrases.build(), Collections.unmodifiableMap(beatsCopy));
    }

    private void add(String phrase, Meaning meaning, VocabularyFile.Entry entry) {
      List<String> words = new ArrayList<>();
      for (Word word : words(phrase)) {
        words.add(word.text());
      }
      if (words.isEmpty()) {
        throw entry.error("a phrase without words: '" + phrase + "'");
      }
      Meaning before = seen.putIfAbsent(List.copyOf(words), meaning);
      if (before != null) {
        throw entry.error("'" + phrase + "' is listed twice");
      }
      listed.add(Map.entry(List.copyOf(words), meaning));
    }

    private boolean beatsTransitively(RequestCategory from, RequestCategory to) {
      Set<RequestCategory> reached = EnumSet.noneOf(RequestCategory.class);
      List<RequestCategory> pending = new ArrayList<>(List.of(from));
      while (!pending.isEmpty()) {
        RequestCategory next = pending.remove(pending.size() - 1);
        for (RequestCategory loser : beats.getOrDefault(next, Set.of())) {
          if (loser == to) {
            return true;
          }
          if (reached.add(loser)) {
            pending.add(loser);
          }
        }
      }
      return false;
    }

    private static RequestCategory category(VocabularyFile.Entry entry, int field) {
      return entry.constant(field, RequestCategory.class, "request category");
    }
  }
}
