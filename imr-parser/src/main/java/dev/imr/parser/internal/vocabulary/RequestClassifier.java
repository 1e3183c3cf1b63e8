package dev.imr.parser.internal.vocabulary;

import dev.imr.model.Drug;
import dev.imr.model.DrugClass;
import dev.imr.model.RequestCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Places a disputed item's request in a DWC {@link RequestCategory} and, for a drug, recognises
 * the {@link Drug} and its {@link DrugClass}. The words it knows are data: {@code
 * request-vocabulary.tsv} (service words, hints, precedence between categories) and {@code
 * drugs.tsv} (generic and brand names), both beside this class; their headers say how they are
 * read.
 *
 * <p>The request is split into words; at each word the longest known phrase is taken. Services
 * named decide the category; when they name several categories, a precedence rule of the
 * vocabulary decides or the request is {@link RequestCategory#OTHER}. Hints decide only where no
 * service is named. A request that names nothing known is {@code OTHER}: the classifier never
 * guesses.
 *
 * <p>Time is linear in the request's length: each word is compared with the few phrases that
 * start with it. Immutable and thread-safe once built; {@link #standard()} is shared.
 */
public final class RequestClassifier {

  private static final String VOCABULARY = "request-vocabulary.tsv";
  private static final String DRUGS = "drugs.tsv";

  /** What the classifier says about one request. */
  public static final class Classification {
    private final RequestCategory category;
    private final @Nullable DrugClass drugClass;
    private final @Nullable Drug drug;

    private Classification(RequestCategory category, @Nullable DrugClass drugClass,
        @Nullable Drug drug) {
      this.category = category;
      this.drugClass = drugClass;
      this.drug = drug;
    }

    /** The category; {@link RequestCategory#OTHER} when the request could not be placed. */
    public RequestCategory category() {
      return category;
    }

    /** For a pharmaceutical request, the class of its drug when it could be told. */
    public Optional<DrugClass> drugClass() {
      return Optional.ofNullable(drugClass);
    }

    /** For a pharmaceutical request, the one drug (or compounded preparation) it names. */
    public Optional<Drug> drug() {
      return Optional.ofNullable(drug);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Classification that && category == that.category
          && drugClass == that.drugClass && Objects.equals(drug, that.drug);
    }

    @Override
    public int hashCode() {
      return Objects.hash(category, drugClass, drug);
    }

    @Override
    public String toString() {
      return category + (drugClass == null ? "" : " " + drugClass) + (drug == null ? "" : " " + drug);
    }
  }

  /** One product of {@code drugs.tsv}; {@code generic} is null for a product without one. */
  private record DrugRow(@Nullable String generic, DrugClass drugClass,
      @Nullable DrugClass topicalClass) {}

  /** What a phrase means. */
  private sealed interface Meaning
      permits Service, Hint, Ambiguous, Modifier, TopicalForm, TopicalStrength, CompoundWord,
          DrugName {}

  private record Service(RequestCategory category) implements Meaning {}

  private record Hint(RequestCategory category) implements Meaning {}

  private enum Ambiguous implements Meaning { INSTANCE }

  private enum Modifier implements Meaning { INSTANCE }

  private enum TopicalForm implements Meaning { INSTANCE }

  private enum TopicalStrength implements Meaning { INSTANCE }

  private enum CompoundWord implements Meaning { INSTANCE }

  private record DrugName(DrugRow row, boolean brand) implements Meaning {}

  private record Phrase(String[] words, Meaning meaning) {}

  /** A word of the request: letters, or digits, or {@code %}; the rest only separates words. */
  private record Word(String text, int start, int end) {}

  private static final class Holder {
    static final RequestClassifier STANDARD = fromResources();
  }

  // For each word a phrase may start at, the phrases filed under its keys (see keys), in the keys'
  // order, each list longest first: worked out once, so that a word takes one look-up.
  private final Map<String, List<List<Phrase>>> byWord;
  // For each category, the categories it wins over.
  private final Map<RequestCategory, Set<RequestCategory>> beats;

  private RequestClassifier(Map<String, List<List<Phrase>>> byWord,
      Map<RequestCategory, Set<RequestCategory>> beats) {
    this.byWord = byWord;
    this.beats = beats;
  }

  /** The classifier of the vocabulary shipped with the parser. */
  public static RequestClassifier standard() {
    return Holder.STANDARD;
  }

  /**
   * A classifier of the given vocabulary and drug list, in the formats of {@code
   * request-vocabulary.tsv} and {@code drugs.tsv}.
   *
   * @throws IllegalArgumentException naming the line, when a line cannot be read
   */
  public static RequestClassifier of(String vocabulary, String drugs) {
    Loader loader = new Loader();
    loader.readVocabulary(VOCABULARY, vocabulary);
    loader.readDrugs(DRUGS, drugs);
    return loader.build();
  }

  private static RequestClassifier fromResources() {
    return of(resource(VOCABULARY), resource(DRUGS));
  }

  private static String resource(String name) {
    try (InputStream in = RequestClassifier.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the parser's jar: " + name);
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        StringBuilder text = new StringBuilder();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          text.append(line).append('\n');
        }
        return text.toString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Classifies a request: the remaining portion of a partial approval, otherwise the item's title,
   * with white space folded (any text is accepted).
   */
  public Classification classify(String request) {
    List<Word> words = words(request);
    Set<RequestCategory> services = EnumSet.noneOf(RequestCategory.class);
    Set<RequestCategory> hints = EnumSet.noneOf(RequestCategory.class);
    boolean ambiguous = false;
    boolean topical = false;
    boolean compound = false;
    List<DrugName> drugs = new ArrayList<>();
    List<String> drugsAsWritten = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Phrase phrase = longestAt(words, i);
      if (phrase == null) {
        i++;
        continue;
      }
      Meaning meaning = phrase.meaning();
      if (meaning instanceof Service service) {
        services.add(service.category());
      } else if (meaning instanceof Hint hint) {
        hints.add(hint.category());
      } else if (meaning instanceof DrugName drug) {
        services.add(RequestCategory.PHARMACEUTICALS);
        drugs.add(drug);
        Word last = words.get(i + phrase.words().length - 1);
        drugsAsWritten.add(request.substring(words.get(i).start(), last.end()));
      } else if (meaning == Ambiguous.INSTANCE) {
        ambiguous = true;
      } else if (meaning == TopicalForm.INSTANCE) {
        topical = true;
        hints.add(RequestCategory.PHARMACEUTICALS);
      } else if (meaning == TopicalStrength.INSTANCE) {
        topical = true;
      } else if (meaning == CompoundWord.INSTANCE) {
        compound = true;
        hints.add(RequestCategory.PHARMACEUTICALS);
      }
      // A modifier only takes its words, so that they are not read as something else.
      i += phrase.words().length;
    }
    RequestCategory category = category(services, hints, ambiguous);
    if (category != RequestCategory.PHARMACEUTICALS) {
      return new Classification(category, null, null);
    }
    return pharmaceutical(drugs, drugsAsWritten, topical, compound);
  }

  private RequestCategory category(Set<RequestCategory> services, Set<RequestCategory> hints,
      boolean ambiguous) {
    if (ambiguous) {
      return RequestCategory.OTHER;
    }
    if (!services.isEmpty()) {
      Set<RequestCategory> unbeaten = EnumSet.copyOf(services);
      for (RequestCategory category : services) {
        unbeaten.removeAll(beats.getOrDefault(category, Set.of()));
      }
      return unbeaten.size() == 1 ? unbeaten.iterator().next() : RequestCategory.OTHER;
    }
    return hints.size() == 1 ? hints.iterator().next() : RequestCategory.OTHER;
  }

  private static Classification pharmaceutical(List<DrugName> drugs, List<String> asWritten,
      boolean topical, boolean compound) {
    RequestCategory pharma = RequestCategory.PHARMACEUTICALS;
    // The same drug may be named twice ("tramadol (Ultram)"): count each generic once, keeping
    // the brand when one is named.
    Map<String, Integer> firstByGeneric = new HashMap<>();
    List<Integer> distinct = new ArrayList<>();
    boolean anyBrand = false;
    boolean allTopicalCapable = true;
    boolean anyWithoutGeneric = false;
    for (int k = 0; k < drugs.size(); k++) {
      DrugName name = drugs.get(k);
      anyBrand |= name.brand();
      allTopicalCapable &= name.row().topicalClass() != null;
      String generic = name.row().generic();
      if (generic == null) {
        anyWithoutGeneric = true;
        distinct.add(k);
      } else if (firstByGeneric.putIfAbsent(generic, k) == null) {
        distinct.add(k);
      } else if (name.brand() && !drugs.get(firstByGeneric.get(generic)).brand()) {
        // "tramadol (Ultram)": the brand is worth keeping.
        distinct.set(distinct.indexOf(firstByGeneric.get(generic)), k);
        firstByGeneric.put(generic, k);
      }
    }
    // Ingredients named by generic name in a topical form are one compounded preparation.
    boolean compounded = compound
        || (topical && distinct.size() >= 2 && !anyBrand && allTopicalCapable);
    if (compounded) {
      if (distinct.isEmpty() || anyWithoutGeneric) {
        return new Classification(pharma, DrugClass.COMPOUND, null);
      }
      StringBuilder generics = new StringBuilder();
      for (int k : distinct) {
        generics.append(generics.length() == 0 ? "" : "/").append(drugs.get(k).row().generic());
      }
      Drug drug = Drug.builder().genericName(generics.toString()).drugClass(DrugClass.COMPOUND).build();
      return new Classification(pharma, DrugClass.COMPOUND, drug);
    }
    if (distinct.isEmpty()) {
      return new Classification(pharma, topical ? DrugClass.TOPICAL : null, null);
    }
    if (distinct.size() == 1) {
      int k = distinct.get(0);
      DrugName name = drugs.get(k);
      DrugRow row = name.row();
      DrugClass drugClass = topical && row.topicalClass() != null ? row.topicalClass() : row.drugClass();
      if (row.generic() == null) {
        return new Classification(pharma, drugClass, null);
      }
      Drug.Builder drug = Drug.builder().genericName(row.generic()).drugClass(drugClass);
      if (name.brand()) {
        drug.brandName(asWritten.get(k));
      }
      return new Classification(pharma, drugClass, drug.build());
    }
    // Several drugs in one request: their class only if they share it, no single drug.
    Set<DrugClass> classes = EnumSet.noneOf(DrugClass.class);
    for (int k : distinct) {
      DrugRow row = drugs.get(k).row();
      classes.add(topical && row.topicalClass() != null ? row.topicalClass() : row.drugClass());
    }
    return new Classification(pharma, classes.size() == 1 ? classes.iterator().next() : null, null);
  }

  private @Nullable Phrase longestAt(List<Word> words, int at) {
    List<List<Phrase>> filed = byWord.get(words.get(at).text());
    if (filed == null) {
      return null;
    }
    Phrase best = null;
    boolean bestExact = false;
    for (List<Phrase> candidates : filed) {
      for (Phrase phrase : candidates) {
        int length = phrase.words().length;
        if (best != null && length < best.words().length) {
          break; // longest first: nothing longer follows
        }
        int matched = matches(phrase.words(), words, at);
        if (matched == 0) {
          continue;
        }
        boolean exact = matched == 2;
        if (best == null || length > best.words().length || (exact && !bestExact)) {
          best = phrase;
          bestExact = exact;
        }
      }
    }
    return best;
  }

  /** The keys a phrase starting with {@code word} may be filed under: itself and its singular. */
  private static List<String> keys(String word) {
    List<String> keys = new ArrayList<>(3);
    keys.add(word);
    if (word.length() > 2 && word.endsWith("s")) {
      keys.add(word.substring(0, word.length() - 1));
      if (word.endsWith("es") && word.length() > 3) {
        keys.add(word.substring(0, word.length() - 2));
      }
    }
    return keys;
  }

  /** 0: no match; 1: matched with the last word in the plural; 2: matched exactly. */
  private static int matches(String[] phrase, List<Word> words, int at) {
    if (at + phrase.length > words.size()) {
      return 0;
    }
    int last = phrase.length - 1;
    for (int k = 0; k < last; k++) {
      if (!phrase[k].equals(words.get(at + k).text())) {
        return 0;
      }
    }
    String word = words.get(at + last).text();
    if (phrase[last].equals(word)) {
      return 2;
    }
    return isPlural(phrase[last], word) ? 1 : 0;
  }

  private static boolean isPlural(String singular, String word) {
    if (!word.startsWith(singular) || !Character.isLetter(singular.charAt(singular.length() - 1))) {
      return false;
    }
    String ending = word.substring(singular.length());
    if (ending.equals("s")) {
      return !singular.endsWith("s");
    }
    return ending.equals("es") && (singular.endsWith("s") || singular.endsWith("x")
        || singular.endsWith("z") || singular.endsWith("ch") || singular.endsWith("sh"));
  }

  /** The words of {@code text}, lower case, with their places. */
  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int length = text.length();
    while (i < length) {
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
        i++;
        continue;
      }
      words.add(new Word(text.substring(i, end).toLowerCase(Locale.ROOT), i, end));
      i = end;
    }
    return words;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Reads the two files into phrases and precedence, checking every line. */
  private static final class Loader {
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<List<String>, Meaning> seen = new HashMap<>();
    private final Set<String> genericsNamed = new HashSet<>();
    private final Map<RequestCategory, Set<RequestCategory>> beats = new EnumMap<>(RequestCategory.class);

    void readVocabulary(String source, String text) {
      int number = 0;
      for (String line : text.split("\n", -1)) {
        number++;
        String[] fields = fields(line);
        if (fields == null) {
          continue;
        }
        String where = source + " line " + number;
        if (fields.length != 3) {
          throw new IllegalArgumentException(where + ": expected kind, category and phrases");
        }
        String kind = fields[0];
        if (kind.equals("precedence")) {
          RequestCategory winner = category(fields[1], where);
          RequestCategory loser = category(fields[2], where);
          if (winner == loser || beatsTransitively(loser, winner)) {
            throw new IllegalArgumentException(where + ": precedence would make a cycle");
          }
          beats.computeIfAbsent(winner, c -> EnumSet.noneOf(RequestCategory.class)).add(loser);
          continue;
        }
        Meaning meaning = switch (kind) {
          case "service" -> new Service(category(fields[1], where));
          case "hint" -> new Hint(category(fields[1], where));
          case "ambiguous" -> Ambiguous.INSTANCE;
          case "modifier" -> Modifier.INSTANCE;
          case "topical" -> TopicalForm.INSTANCE;
          case "topical-strength" -> TopicalStrength.INSTANCE;
          case "compound" -> CompoundWord.INSTANCE;
          default -> throw new IllegalArgumentException(where + ": unknown kind '" + kind + "'");
        };
        if (!(meaning instanceof Service) && !(meaning instanceof Hint) && !fields[1].equals("-")) {
          throw new IllegalArgumentException(where + ": a " + kind + " takes no category");
        }
        for (String phrase : list(fields[2])) {
          add(phrase, meaning, where);
        }
      }
    }

    void readDrugs(String source, String text) {
      int number = 0;
      for (String line : text.split("\n", -1)) {
        number++;
        String[] fields = fields(line);
        if (fields == null) {
          continue;
        }
        String where = source + " line " + number;
        if (fields.length != 5) {
          throw new IllegalArgumentException(
              where + ": expected generic, class, topical class, brands and aliases");
        }
        String generic = fields[0].equals("-") ? null : fields[0];
        if (generic != null && !generic.equals(generic.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException(where + ": a generic name is written in lower case");
        }
        DrugRow row = new DrugRow(generic, drugClass(fields[1], where),
            fields[2].equals("-") ? null : drugClass(fields[2], where));
        if (generic != null) {
          // A generic listed on several lines (diclofenac as tablet and as Flector) is matched by
          // its first line; its other lines are reached by their brands and aliases.
          if (genericsNamed.add(generic)) {
            add(generic.replace('/', ' '), new DrugName(row, false), where);
          }
        }
        for (String brand : list(fields[3])) {
          add(brand, new DrugName(row, true), where);
        }
        for (String alias : list(fields[4])) {
          add(alias, new DrugName(row, false), where);
        }
        if (generic == null && fields[3].equals("-")) {
          throw new IllegalArgumentException(where + ": a drug without a generic name needs a brand");
        }
      }
    }

    RequestClassifier build() {
      Map<String, List<Phrase>> sorted = new HashMap<>();
      byFirstWord.forEach((word, phrases) -> {
        List<Phrase> copy = new ArrayList<>(phrases);
        copy.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
        sorted.put(word, List.copyOf(copy));
      });
      // A word's keys are itself and its singulars, so only a first word and its plurals have any.
      Map<String, List<List<Phrase>>> byWord = new HashMap<>();
      for (String first : sorted.keySet()) {
        for (String word : List.of(first, first + "s", first + "es")) {
          byWord.computeIfAbsent(word, w -> {
            List<List<Phrase>> filed = new ArrayList<>();
            for (String key : keys(w)) {
              if (sorted.containsKey(key)) {
                filed.add(sorted.get(key));
              }
            }
            return List.copyOf(filed);
          });
        }
      }
      Map<RequestCategory, Set<RequestCategory>> beatsCopy = new EnumMap<>(RequestCategory.class);
      beats.forEach((winner, losers) -> beatsCopy.put(winner, Set.copyOf(losers)));
      return new RequestClassifier(Map.copyOf(byWord), Collections.unmodifiableMap(beatsCopy));
    }

    private void add(String phrase, Meaning meaning, String where) {
      List<String> words = wordsOf(phrase);
      if (words.isEmpty()) {
        throw new IllegalArgumentException(where + ": a phrase without words: '" + phrase + "'");
      }
      Meaning before = seen.putIfAbsent(words, meaning);
      if (before != null) {
        throw new IllegalArgumentException(where + ": '" + phrase + "' is listed twice");
      }
      byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>())
          .add(new Phrase(words.toArray(String[]::new), meaning));
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

    private static List<String> wordsOf(String phrase) {
      List<String> words = new ArrayList<>();
      for (Word word : words(phrase)) {
        words.add(word.text());
      }
      return words;
    }

    /** The tab-separated fields of a line, or null for a blank or comment line. */
    private static String @Nullable [] fields(String line) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        return null;
      }
      String[] fields = line.split("\t", -1);
      for (int k = 0; k < fields.length; k++) {
        fields[k] = fields[k].strip();
      }
      return fields;
    }

    private static List<String> list(String field) {
      if (field.equals("-")) {
        return List.of();
      }
      Set<String> items = new LinkedHashSet<>();
      for (String item : field.split(",")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
      return List.copyOf(items);
    }

    private static RequestCategory category(String name, String where) {
      try {
        return RequestCategory.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": unknown request category '" + name + "'", e);
      }
    }

    private static DrugClass drugClass(String name, String where) {
      try {
        return DrugClass.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": unknown drug class '" + name + "'", e);
      }
    }
  }
}
