package dev.imr.parser.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imr.model.Drug;
import dev.imr.model.DrugClass;
import dev.imr.model.RequestCategory;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classifier over invented requests, one row each: category, drug class, generic name and
 * brand as written (an empty cell is none). The first table names every category and drug class
 * at least once; {@link #theTablesCoverEveryCategoryAndDrugClass} keeps it so.
 */
class RequestClassifierTest {

  private static final RequestClassifier CLASSIFIER = RequestClassifier.standard();

  private static final String BY_CATEGORY = """
      # request                                                     | category                  | drug class           | generic                      | brand
      MRI of the left ankle without contrast                        | DIAGNOSTIC_TESTING        |                      |                              |
      X-rays of the right wrist, three views                        | DIAGNOSTIC_TESTING        |                      |                              |
      Urine drug screen                                             | DIAGNOSTIC_TESTING        |                      |                              |
      # PT/INR is a lab test, not physical therapy
      Pre-op labs: CBC, PT/INR                                      | DIAGNOSTIC_TESTING        |                      |                              |
      Functional capacity evaluation                                | DIAGNOSTIC_TESTING        |                      |                              |
      Lumbar brace                                                  | DMEPOS                    |                      |                              |
      Associated surgical service: Cold therapy unit                | DMEPOS                    |                      |                              |
      H-wave unit purchase                                          | DMEPOS                    |                      |                              |
      Front wheeled walker                                          | DMEPOS                    |                      |                              |
      # traction and neurostimulation units are equipment
      Home cervical traction unit                                   | DMEPOS                    |                      |                              |
      Over-the-door traction device                                 | DMEPOS                    |                      |                              |
      Neurostimulator unit, 30 day rental                           | DMEPOS                    |                      |                              |
      NMES unit purchase                                            | DMEPOS                    |                      |                              |
      Multi-stim unit with supplies                                 | DMEPOS                    |                      |                              |
      Follow-up visit with the treating physician                   | EVALUATION_AND_MANAGEMENT |                      |                              |
      Pain management consultation                                  | EVALUATION_AND_MANAGEMENT |                      |                              |
      # a consultation about an operation is a visit (precedence)
      Spine surgery consultation                                    | EVALUATION_AND_MANAGEMENT |                      |                              |
      # hints only: no service named
      Internal medicine evaluation                                  | EVALUATION_AND_MANAGEMENT |                      |                              |
      Associated surgical service: Medical clearance                | EVALUATION_AND_MANAGEMENT |                      |                              |
      Home health aide 4 hours a day, 5 days a week                 | HOME_HEALTH               |                      |                              |
      # nursing visits are home health (FORMAT.md), not visits
      Home nursing visits 2 times a week for 4 weeks                | HOME_HEALTH               |                      |                              |
      Skilled nursing visits x6                                     | HOME_HEALTH               |                      |                              |
      Right L4-5 transforaminal epidural steroid injection          | INJECTION                 |                      |                              |
      Bilateral C5-6 medial branch blocks under fluoroscopy         | INJECTION                 |                      |                              |
      Ultrasound-guided cortisone injection, left shoulder          | INJECTION                 |                      |                              |
      # the drug is the injectate (precedence): no drug for an injection
      Toradol 60mg IM injection                                     | INJECTION                 |                      |                              |
      # an injection with a consult is an injection (precedence)
      Pain management consultation for lumbar epidural steroid injection | INJECTION            |                      |                              |
      Orthopedic consult and cortisone injection, right knee        | INJECTION                 |                      |                              |
      Norco 10/325mg #90                                            | PHARMACEUTICALS           | OPIOID               | hydrocodone/acetaminophen    | Norco
      Hydrocodone/APAP 5/325 #60                                    | PHARMACEUTICALS           | OPIOID               | hydrocodone/acetaminophen    |
      OxyContin ER 20mg #60                                         | PHARMACEUTICALS           | OPIOID               | oxycodone                    | OxyContin
      Naproxen sodium 550mg #60                                     | PHARMACEUTICALS           | NSAID                | naproxen                     |
      Mobic 15mg #30                                                | PHARMACEUTICALS           | NSAID                | meloxicam                    | Mobic
      Tylenol 500mg #100                                            | PHARMACEUTICALS           | NON_OPIOID_ANALGESIC | acetaminophen                | Tylenol
      Soma 350mg #30                                                | PHARMACEUTICALS           | MUSCLE_RELAXANT      | carisoprodol                 | Soma
      Cyclobenzaprine HCL 7.5mg #60                                 | PHARMACEUTICALS           | MUSCLE_RELAXANT      | cyclobenzaprine              |
      Lyrica 75mg #60                                               | PHARMACEUTICALS           | ANTICONVULSANT       | pregabalin                   | Lyrica
      Cymbalta 60mg #30                                             | PHARMACEUTICALS           | ANTIDEPRESSANT       | duloxetine                   | Cymbalta
      Lidoderm 5% patch #30                                         | PHARMACEUTICALS           | TOPICAL              | lidocaine                    | Lidoderm
      Compounded cream: flurbiprofen/lidocaine                      | PHARMACEUTICALS           | COMPOUND             | flurbiprofen/lidocaine       |
      Omeprazole 20mg #30                                           | PHARMACEUTICALS           | PROTON_PUMP_INHIBITOR | omeprazole                  |
      Ranitidine 150mg #60                                          | PHARMACEUTICALS           | GASTROINTESTINAL     | ranitidine                   |
      Ambien 10mg #30                                               | PHARMACEUTICALS           | SLEEP_AID            | zolpidem                     | Ambien
      Xanax 0.5mg #30                                               | PHARMACEUTICALS           | BENZODIAZEPINE       | alprazolam                   | Xanax
      Hydroxyzine pamoate 25mg #30                                  | PHARMACEUTICALS           | ANXIOLYTIC           | hydroxyzine                  |
      Seroquel 50mg #30                                             | PHARMACEUTICALS           | ANTIPSYCHOTIC        | quetiapine                   | Seroquel
      Provigil 100mg #30                                            | PHARMACEUTICALS           | STIMULANT            | modafinil                    | Provigil
      Zofran 8mg ODT #10                                            | PHARMACEUTICALS           | ANTIEMETIC           | ondansetron                  | Zofran
      Colace 100mg #60                                              | PHARMACEUTICALS           | LAXATIVE             | docusate                     | Colace
      Imitrex 50mg #9                                               | PHARMACEUTICALS           | MIGRAINE             | sumatriptan                  | Imitrex
      Fioricet #30                                                  | PHARMACEUTICALS           | BARBITURATE          | butalbital/acetaminophen/caffeine | Fioricet
      Medrol dose pack                                              | PHARMACEUTICALS           | CORTICOSTEROID       | methylprednisolone           | Medrol dose pack
      Benadryl 25mg at bedtime                                      | PHARMACEUTICALS           | ANTIHISTAMINE        | diphenhydramine              | Benadryl
      Vitamin D 50,000 IU weekly                                    | PHARMACEUTICALS           | MEDICAL_FOOD         | cholecalciferol              |
      Testosterone cypionate 200mg/ml                               | PHARMACEUTICALS           | HORMONE              | testosterone                 |
      Narcan nasal spray #2                                         | PHARMACEUTICALS           | OPIOID_ANTAGONIST    | naloxone                     | Narcan
      Lisinopril 10mg #30                                           | PHARMACEUTICALS           | CARDIOVASCULAR       | lisinopril                   |
      Metformin 500mg #60                                           | PHARMACEUTICALS           | ANTIDIABETIC         | metformin                    |
      Keflex 500mg #28                                              | PHARMACEUTICALS           | ANTI_INFECTIVE       | cephalexin                   | Keflex
      Cialis 5mg #30                                                | PHARMACEUTICALS           | ERECTILE_DYSFUNCTION | tadalafil                    | Cialis
      Allopurinol 100mg #30                                         | PHARMACEUTICALS           | OTHER                | allopurinol                  |
      Functional restoration program, 80 hours                      | PROGRAMS                  |                      |                              |
      Work conditioning 12 sessions                                 | PROGRAMS                  |                      |                              |
      Gym membership for six months                                 | PROGRAMS                  |                      |                              |
      Cognitive behavioral therapy, 6 sessions                      | PSYCH_SERVICES            |                      |                              |
      Psychological evaluation                                      | PSYCH_SERVICES            |                      |                              |
      # a visit with a psychiatrist is a psych service (precedence)
      Psychiatric follow-up visit                                   | PSYCH_SERVICES            |                      |                              |
      Post-op physical therapy 2x6 for the right knee               | REHABILITATION            |                      |                              |
      Aquatic therapy 8 visits                                      | REHABILITATION            |                      |                              |
      Chiropractic manipulation 6 sessions                          | REHABILITATION            |                      |                              |
      Referral to physical therapy                                  | REHABILITATION            |                      |                              |
      Right shoulder arthroscopy with subacromial decompression     | SURGERY                   |                      |                              |
      L4-5 laminectomy and discectomy                               | SURGERY                   |                      |                              |
      Spinal cord stimulator trial                                  | SURGERY                   |                      |                              |
      Associated surgical service: Assistant surgeon                | SURGERY                   |                      |                              |
      # the longest phrase wins over "manipulation"
      Manipulation under anesthesia, right shoulder                 | SURGERY                   |                      |                              |
      Extracorporeal shockwave therapy, 3 sessions                  | THERAPIES                 |                      |                              |
      Biofeedback 6 sessions                                        | THERAPIES                 |                      |                              |
      # ... and as a treatment, therapies
      Mechanical traction 2 times 4                                 | THERAPIES                 |                      |                              |
      Percutaneous electrical nerve stimulation (PENS) x4           | THERAPIES                 |                      |                              |
      Round trip transportation to medical appointments             | TRANSPORTATION            |                      |                              |
      """;

  private static final String VARIANTS = """
      # request                                                     | category                  | drug class           | generic                      | brand
      # dosage noise and case
      NORCO 10/325MG #60                                            | PHARMACEUTICALS           | OPIOID               | hydrocodone/acetaminophen    | NORCO
      Norco10/325mg qty 60                                          | PHARMACEUTICALS           | OPIOID               | hydrocodone/acetaminophen    | Norco
      Tramadol ER 150mg #30                                         | PHARMACEUTICALS           | OPIOID               | tramadol                     |
      Nortriptyline HCL 25mg, #30                                   | PHARMACEUTICALS           | ANTIDEPRESSANT       | nortriptyline                |
      # a laboratory panel named by the organ it tests
      2 RENAL FUNCTION PANELS                                       | DIAGNOSTIC_TESTING        |                      |                              |
      # a release form is the drug's, not a surgical release
      Tramadol extended release 150mg #30                           | PHARMACEUTICALS           | OPIOID               | tramadol                     |
      # a facet joint with a misspelt procedure is still an injection there
      Bilateral L4-L5 Facet Joint Injecton                          | INJECTION                 |                      |                              |
      # a brand named beside its generic is kept
      Tramadol (Ultram) 50mg #60                                    | PHARMACEUTICALS           | OPIOID               | tramadol                     | Ultram
      Ultram (tramadol) 50mg #60                                    | PHARMACEUTICALS           | OPIOID               | tramadol                     | Ultram
      Tylenol #3 #30                                                | PHARMACEUTICALS           | OPIOID               | acetaminophen/codeine        | Tylenol #3
      Refill Soma                                                   | PHARMACEUTICALS           | MUSCLE_RELAXANT      | carisoprodol                 | Soma
      # the form decides the class of a drug sold both ways
      Diclofenac sodium ER 100mg #30                                | PHARMACEUTICALS           | NSAID                | diclofenac                   |
      Diclofenac 3% gel 100g                                        | PHARMACEUTICALS           | TOPICAL              | diclofenac                   |
      Voltaren gel 1% 100g                                          | PHARMACEUTICALS           | TOPICAL              | diclofenac                   | Voltaren gel
      Flector patch 1.3% #30                                        | PHARMACEUTICALS           | TOPICAL              | diclofenac                   | Flector
      Lidocaine ointment 5%                                         | PHARMACEUTICALS           | TOPICAL              | lidocaine                    |
      # ... but a fentanyl patch stays an opioid
      Fentanyl 25mcg/hr patch #10                                   | PHARMACEUTICALS           | OPIOID               | fentanyl                     |
      # compounds: by the word, or by ingredients in a topical form
      Flurbiprofen 20%/Baclofen 5%/Lidocaine 4% cream 180gm         | PHARMACEUTICALS           | COMPOUND             | flurbiprofen/baclofen/lidocaine |
      Gabapentin 10% cream 120g                                     | PHARMACEUTICALS           | COMPOUND             | gabapentin                   |
      Compound topical cream 240g                                   | PHARMACEUTICALS           | COMPOUND             |                              |
      Terocin patches #30                                           | PHARMACEUTICALS           | TOPICAL              | methyl salicylate/capsaicin/menthol/lidocaine | Terocin
      # several drugs: their class when they share it, never one drug
      Norco and Percocet                                            | PHARMACEUTICALS           | OPIOID               |                              |
      Norco and Soma                                                | PHARMACEUTICALS           |                      |                              |
      # a brand is not an ingredient list: not a compound
      Lidoderm patch and Norco                                      | PHARMACEUTICALS           |                      |                              |
      Theramine #120                                                | PHARMACEUTICALS           | MEDICAL_FOOD         |                              |
      Medication refill                                             | PHARMACEUTICALS           |                      |                              |
      Topical cream 120g                                            | PHARMACEUTICALS           | TOPICAL              |                              |
      # surgery's associated services take the service's category
      Associated surgical service: Cold therapy unit, 7 day rental  | DMEPOS                    |                      |                              |
      Associated surgical service: Post-operative physical therapy  | REHABILITATION            |                      |                              |
      Associated surgical service: Chest x-ray                      | DIAGNOSTIC_TESTING        |                      |                              |
      Post-op physical therapy 12 sessions                          | REHABILITATION            |                      |                              |
      # plurals and hyphens
      Knee braces, bilateral                                        | DMEPOS                    |                      |                              |
      Trigger point injections x4                                   | INJECTION                 |                      |                              |
      EMG/NCV of the bilateral upper extremities                    | DIAGNOSTIC_TESTING        |                      |                              |
      TENS unit supplies (electrodes)                               | DMEPOS                    |                      |                              |
      Electrical stimulation 2 times 4                              | REHABILITATION            |                      |                              |
      Initial exam                                                  | EVALUATION_AND_MANAGEMENT |                      |                              |
      # implanting a device is an operation
      Stimulator implant                                            | SURGERY                   |                      |                              |
      # an ultrasound of a body part, once, is imaging
      Right shoulder ultrasound                                     | DIAGNOSTIC_TESTING        |                      |                              |
      # an ultrasound given as a course of sessions is the therapy: a test is not repeated so
      Ultrasound 2 times 4, right shoulder                          | REHABILITATION            |                      |                              |
      Ultrasound to the low back, 6 sessions                        | REHABILITATION            |                      |                              |
      # never a guess: nothing known, a word of several categories, services of unordered categories
      Additional therapy sessions                                   | OTHER                     |                      |                              |
      Cervical traction                                             | OTHER                     |                      |                              |
      MRI of the lumbar spine and epidural steroid injection        | OTHER                     |                      |                              |
      Norco and physical therapy                                    | OTHER                     |                      |                              |
      Consultation and EMG                                          | OTHER                     |                      |                              |
      # whole words only: "Somatic" is not Soma, "Normal" is not Norco
      Somatic therapy                                               | OTHER                     |                      |                              |
      Normal saline                                                 | OTHER                     |                      |                              |
      Item 1                                                        | OTHER                     |                      |                              |
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = BY_CATEGORY)
  void placesEveryCategoryAndDrugClass(String request, RequestCategory category,
      @Nullable DrugClass drugClass, @Nullable String generic, @Nullable String brand) {
    check(request, category, drugClass, generic, brand);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = VARIANTS)
  void readsMessyVariantsAndNeverGuesses(String request, RequestCategory category,
      @Nullable DrugClass drugClass, @Nullable String generic, @Nullable String brand) {
    check(request, category, drugClass, generic, brand);
  }

  private static void check(String request, RequestCategory category, @Nullable DrugClass drugClass,
      @Nullable String generic, @Nullable String brand) {
    RequestClassifier.Classification result = CLASSIFIER.classify(request);
    assertThat(result.category()).as("category").isEqualTo(category);
    assertThat(result.drugClass().orElse(null)).as("drug class").isEqualTo(drugClass);
    assertThat(result.drug().map(Drug::genericName).orElse(null)).as("generic").isEqualTo(generic);
    assertThat(result.drug().flatMap(Drug::brandName).orElse(null)).as("brand").isEqualTo(brand);
    result.drug().ifPresent(drug -> assertThat(drug.drugClass()).isEqualTo(drugClass));
  }

  @Test
  void theTablesCoverEveryCategoryAndDrugClass() {
    Set<RequestCategory> categories = EnumSet.noneOf(RequestCategory.class);
    Set<DrugClass> classes = EnumSet.noneOf(DrugClass.class);
    for (String table : new String[] {BY_CATEGORY, VARIANTS}) {
      for (String line : table.split("\n")) {
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\\|");
        categories.add(RequestCategory.valueOf(cells[1].strip()));
        if (!cells[2].isBlank()) {
          classes.add(DrugClass.valueOf(cells[2].strip()));
        }
      }
    }
    assertThat(categories).containsExactlyInAnyOrder(RequestCategory.values());
    assertThat(classes).containsExactlyInAnyOrder(DrugClass.values());
  }

  @Test
  void emptyAndBlankRequestsAreOther() {
    assertThat(CLASSIFIER.classify("").category()).isEqualTo(RequestCategory.OTHER);
    assertThat(CLASSIFIER.classify(" \t\u00a0 ").category()).isEqualTo(RequestCategory.OTHER);
    assertThat(CLASSIFIER.classify("#60, 10/325 %").category()).isEqualTo(RequestCategory.OTHER);
  }

  @Test
  void nonPharmaceuticalRequestsCarryNoDrug() {
    RequestClassifier.Classification injection = CLASSIFIER.classify("Lidocaine injection, right knee");
    assertThat(injection.category()).isEqualTo(RequestCategory.INJECTION);
    assertThat(injection.drugClass()).isEmpty();
    assertThat(injection.drug()).isEmpty();
  }

  @Test
  void aLongRequestIsReadWordByWord() {
    // Half a megabyte of repeated words: the answer depends on what they say, not on their number.
    String many = "MRI of the lumbar spine, ".repeat(20_000);
    assertThat(CLASSIFIER.classify(many).category()).isEqualTo(RequestCategory.DIAGNOSTIC_TESTING);
    assertThat(CLASSIFIER.classify(many + "Norco 10/325").category()).isEqualTo(RequestCategory.OTHER);
    String drugs = "Norco 10/325 ".repeat(40_000);
    RequestClassifier.Classification result = CLASSIFIER.classify(drugs);
    assertThat(result.drug().map(Drug::genericName)).contains("hydrocodone/acetaminophen");
  }

  @Test
  void aVocabularyIsData() {
    RequestClassifier small = RequestClassifier.of("""
        service\tTHERAPIES\tfloat tank, sensory deprivation
        hint\tEVALUATION_AND_MANAGEMENT\tvisit
        """, """
        drug\tmadeupine\tSLEEP_AID\t-\tDozewell\t-
        """);
    assertThat(small.classify("Float tank sessions x4").category()).isEqualTo(RequestCategory.THERAPIES);
    assertThat(small.classify("Dozewell 5mg").drug().flatMap(Drug::brandName)).contains("Dozewell");
    assertThat(small.classify("MRI").category()).isEqualTo(RequestCategory.OTHER);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # vocabulary line                                  | drugs line                             | message
      spice\tSURGERY\tcut                                |                                        | line 1: unknown kind 'spice'
      service\tSURGICAL\tcut                             |                                        | line 1: unknown request category 'SURGICAL'
      service\tSURGERY                                   |                                        | line 1: expected kind, category and phrases
      modifier\tSURGERY\tpost op                         |                                        | line 1: a modifier takes no category
      course\tSURGERY\ttimes                            |                                        | line 1: a course takes no category
      ambiguous\tSURGICAL\tscope                        |                                        | line 1: unknown request category 'SURGICAL'
      service\tSURGERY\tcut, Cut                         |                                        | line 1: 'Cut' is listed twice
      service\tSURGERY\t-,                               |                                        | line 1: a phrase without words: '-'
      precedence\tSURGERY\tSURGERY                       |                                        | line 1: precedence would make a cycle
      service\tSURGERY\tcut                              | drug\tMadeupine\tOPIOID\t-\t-\t-       | drugs.tsv line 1: a generic name is written in lower case
      service\tSURGERY\tcut                              | drug\tmadeupine\tPAINKILLER\t-\t-\t-   | drugs.tsv line 1: unknown drug class 'PAINKILLER'
      service\tSURGERY\tcut                              | drug\tmadeupine\tOPIOID\t-\t-          | drugs.tsv line 1: expected generic, class, topical class, brands and aliases
      service\tSURGERY\tcut                              | drug\t-\tMEDICAL_FOOD\t-\t-\t-         | drugs.tsv line 1: a drug without a generic name needs a brand
      service\tSURGERY\tcut                              | drug\tcut\tOPIOID\t-\t-\t-             | drugs.tsv line 1: 'cut' is listed twice
      """)
  void aBadLineIsNamed(String vocabulary, @Nullable String drugs, String message) {
    String vocabularyText = vocabulary.replace("\\t", "\t");
    String drugsText = drugs == null ? "" : drugs.replace("\\t", "\t");
    assertThatThrownBy(() -> RequestClassifier.of(vocabularyText, drugsText))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aPrecedenceCycleThroughAThirdCategoryIsRefused() {
    String vocabulary = """
        precedence\tSURGERY\tINJECTION
        precedence\tINJECTION\tDMEPOS
        precedence\tDMEPOS\tSURGERY
        """;
    assertThatThrownBy(() -> RequestClassifier.of(vocabulary, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3: precedence would make a cycle");
  }
}
