package dev.imr.parser.internal.vocabulary;

import dev.imr.model.Drug;
import dev.imr.model.DrugClass;
import dev.imr.model.RequestCategory;
import dev.imr.parser.internal.vocabulary.RequestVocabulary.Ambiguous;
import dev.imr.parser.internal.vocabulary.RequestVocabulary.CompoundWord;
import dev.imr.parser.internal.vocabulary.RequestVocabulary.Course;
import dev.imr.parser.internal.vocabulary.RequestVocabulary.DrugName;
import dev.imr.parser.internal.vocabulary.RequestVocabulary.DrugRow;
import dev.imr.parser.internal.vocabulary.RequestVocabulary.Hint;
import dev.imr.parser.internal.vocabulary.RequestVocabulary.Meaning;
import dev.imr.parser.internal.vocabulary.RequestVocabulary.Service;
import dev.imr.parser.internal.vocabulary.RequestVocabulary.TopicalForm;
import dev.imr.parser.internal.vocabulary.RequestVocabulary.TopicalStrength;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Places a disputed item's request in a DWC {@link RequestCategory} and, for a drug, recognises
 * the {@link Drug} and its {@link DrugClass}. The words it knows are data, two {@link
 * VocabularyFile}s beside this class: {@code request-vocabulary.tsv} (service words, hints,
 * precedence between categories) and {@code drugs.tsv} (generic and brand names); their headers
 * say how they are read.
 *
 * <p>The request is split into words; at each word the longest known phrase is taken. Services
 * named decide the category; when they name several categories, a precedence rule of the
 * vocabulary decides or the request is {@link RequestCategory#OTHER}. Hints decide only where no
 * service is named. A request that names nothing known is {@code OTHER}: the classifier never
 * guesses.
 *
 * <p>The phrases are read and matched by {@link RequestVocabulary}, with {@link Phrases}, the
 * matcher every vocabulary shares. Time is linear in the request's length: each word is compared
 * with the few phrases that start with it. Immutable and thread-safe once built; {@link #standard()} is shared.
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

  private static final class Holder {
    static final RequestClassifier STANDARD = fromResources();
  }

  private final RequestVocabulary vocabulary;

  private RequestClassifier(RequestVocabulary vocabulary) {
    this.vocabulary = vocabulary;
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
    return new RequestClassifier(RequestVocabulary.read(
        VocabularyFile.parse(VOCABULARY, vocabulary), VocabularyFile.parse(DRUGS, drugs)));
  }

  private static RequestClassifier fromResources() {
    return new RequestClassifier(RequestVocabulary.read(
        VocabularyFile.read(VOCABULARY), VocabularyFile.read(DRUGS)));
  }

  /**
   * Classifies a request: the remaining portion of a partial approval, otherwise the item's title,
   * with white space folded (any text is accepted).
   */
  public Classification classify(String request) {
    RequestVocabulary.Normalised words = RequestVocabulary.normalise(request);
    String text = words.text();
    int[] starts = words.starts();
    int[] ends = words.ends();
    Set<RequestCategory> services = EnumSet.noneOf(RequestCategory.class);
    Set<RequestCategory> hints = EnumSet.noneOf(RequestCategory.class);
    boolean ambiguous = false;
    boolean topical = false;
    boolean compound = false;
    // Services of several categories that a course of sessions settles, and whether it is one.
    Set<RequestCategory> asCourse = EnumSet.noneOf(RequestCategory.class);
    boolean course = false;
    List<DrugName> drugs = new ArrayList<>();
    List<String> drugsAsWritten = new ArrayList<>();
    int i = 0;
    while (i < words.count()) {
      Phrases.Match<Meaning> phrase = vocabulary.phrases.longestAt(text, starts[i], text.length());
      if (phrase == null) {
        i++;
        continue;
      }
      int last = i;
      while (ends[last] < phrase.end()) {
        last++;
      }
      Meaning meaning = phrase.value();
      if (meaning instanceof Service service) {
        services.add(service.category());
      } else if (meaning instanceof Hint hint) {
        hints.add(hint.category());
      } else if (meaning instanceof DrugName drug) {
        services.add(RequestCategory.PHARMACEUTICALS);
        drugs.add(drug);
        drugsAsWritten.add(request.substring(words.sourceStarts()[i], words.sourceEnds()[last]));
      } else if (meaning instanceof Ambiguous several) {
        if (several.asCourse() == null) {
          ambiguous = true;
        } else {
          asCourse.add(several.asCourse());
        }
      } else if (meaning == Course.INSTANCE) {
        course = true;
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
      i = last + 1;
    }
    if (!asCourse.isEmpty()) {
      if (course) {
        services.addAll(asCourse);
      } else {
        ambiguous = true;
      }
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
        unbeaten.removeAll(vocabulary.beats.getOrDefault(category, Set.of()));
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
}
