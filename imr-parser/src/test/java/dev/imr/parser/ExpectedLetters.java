package dev.imr.parser;

import static dev.imr.model.Decision.OVERTURNED;
import static dev.imr.model.Decision.UPHELD;
import static dev.imr.model.DecisionReason.Kind.CRITERIA_MET;
import static dev.imr.model.DecisionReason.Kind.CRITERIA_NOT_DOCUMENTED;
import static dev.imr.model.DecisionReason.Kind.DUPLICATE_TREATMENT;
import static dev.imr.model.DecisionReason.Kind.EXCEEDS_GUIDELINE_LIMITS;
import static dev.imr.model.DecisionReason.Kind.MONITORING_OR_SAFETY;
import static dev.imr.model.DecisionReason.Kind.NO_CLINICAL_RATIONALE;
import static dev.imr.model.DecisionReason.Kind.NO_FUNCTIONAL_IMPROVEMENT;
import static dev.imr.model.DecisionReason.Kind.NOT_RECOMMENDED;
import static dev.imr.model.DrugClass.ANTICONVULSANT;
import static dev.imr.model.DrugClass.COMPOUND;
import static dev.imr.model.DrugClass.MUSCLE_RELAXANT;
import static dev.imr.model.DrugClass.NSAID;
import static dev.imr.model.DrugClass.OPIOID;
import static dev.imr.model.DrugClass.TOPICAL;
import static dev.imr.model.Guideline.ACOEM;
import static dev.imr.model.Guideline.CHRONIC_PAIN;
import static dev.imr.model.Guideline.OPIOIDS;
import static dev.imr.model.Guideline.POSTSURGICAL;
import static dev.imr.model.RequestCategory.DIAGNOSTIC_TESTING;
import static dev.imr.model.RequestCategory.DMEPOS;
import static dev.imr.model.RequestCategory.EVALUATION_AND_MANAGEMENT;
import static dev.imr.model.RequestCategory.INJECTION;
import static dev.imr.model.RequestCategory.PHARMACEUTICALS;
import static dev.imr.model.RequestCategory.PSYCH_SERVICES;
import static dev.imr.model.RequestCategory.REHABILITATION;
import static dev.imr.model.Sex.FEMALE;
import static dev.imr.model.Sex.MALE;
import static dev.imr.parser.TextFold.ws;

import dev.imr.model.CaseSummary;
import dev.imr.model.CitationBasis;
import dev.imr.model.Decision;
import dev.imr.model.DecisionReason;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.Drug;
import dev.imr.model.DrugClass;
import dev.imr.model.ExpertReviewer;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.GuidelineStatement;
import dev.imr.model.LetterHeader;
import dev.imr.model.PageRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fixture letters in {@code src/test/resources/fixtures} (invented content in the PDFBox
 * layout) and the {@link Determination} each must give, written by hand from what the letter
 * says and the model's definitions: also the facts the narrative states, the details each title
 * states and every citation, typed. Long values are written as wrapped text blocks and have their
 * white space collapsed by {@link TextFold#ws}; a word the letter breaks at a hyphen is written
 * whole here.
 */
final class ExpectedLetters {

  /** The qualifier written after an ODG chapter's name: {@code (Acute & Chronic)}. */
  private static final Pattern ODG_QUALIFIER = Pattern.compile("\\((Acute[^()]*)\\)");


  private ExpectedLetters() {}

  /** Fixture file name (without {@code .txt}) to its expected determination, in a stable order. */
  static Map<String, Supplier<Determination>> all() {
    Map<String, Supplier<Determination>> all = new LinkedHashMap<>();
    all.put("2016-single-item-tens", ExpectedLetters::singleItemTens2016);
    all.put("2017-five-items-knee", ExpectedLetters::fiveItemsKnee2017);
    all.put("2016-partial-remaining-portion", ExpectedLetters::partialRemainingPortion2016);
    all.put("2016-partial-original-request", ExpectedLetters::partialOriginalRequest2016);
    all.put("2014-inline-no-header", ExpectedLetters::inlineNoHeader2014);
    all.put("2015-inline-and-in-specialty", ExpectedLetters::inlineAndInSpecialty2015);
    all.put("2016-header-in-columns", ExpectedLetters::headerInColumns2016);
    return all;
  }

  /** The fixture's text, exactly as stored. */
  static String text(String fixture) {
    String resource = "/fixtures/" + fixture + ".txt";
    try (InputStream in = ExpectedLetters.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- the DSL ---------------------------------------------------------------------------

  private static final DateTimeFormatter MDY = DateTimeFormatter.ofPattern("MM/dd/uuuu");

  /** Header fields in the order the form prints them; dates as MM/DD/YYYY. */
  static LetterHeader header(String caseNumber, String dateAssigned, String dateOfInjury,
      String decisionDate, String urDenialDate, String priority, String applicationReceived) {
    return LetterHeader.builder()
        .caseNumber(caseNumber)
        .dateAssigned(date(dateAssigned))
        .dateOfInjury(date(dateOfInjury))
        .decisionDate(date(decisionDate))
        .urDenialDate(date(urDenialDate))
        .priority(priority)
        .applicationReceived(date(applicationReceived))
        .build();
  }

  static LocalDate date(String mmddyyyy) {
    return LocalDate.parse(mmddyyyy, MDY);
  }

  /** Credentials in the listed form, which does not say "Board Certified". */
  static ExpertReviewer reviewer(List<String> specialties, List<String> states) {
    return ExpertReviewer.builder().specialties(specialties).licensureStates(states).build();
  }

  /** Credentials in the inline form: {@code The expert reviewer is Board Certified in …}. */
  static ExpertReviewer boardCertifiedReviewer(List<String> specialties, List<String> states) {
    return ExpertReviewer.builder().specialties(specialties).licensureStates(states)
        .boardCertified(true).build();
  }

  /** The narrative; the facts it states are added to the returned builder. */
  static CaseSummary.Builder summary(String text) {
    return CaseSummary.builder().text(ws(text));
  }

  /**
   * An item; the details its title states (quantity, date of service, a partial approval's parts)
   * are added to the returned builder. Without them the request is the title.
   */
  static DisputedItem.Builder item(String title, Decision decision,
      GuidelineStatement claimsAdministrator, GuidelineStatement maximus, String rationale) {
    return DisputedItem.builder()
        .title(ws(title))
        .decision(decision)
        .claimsAdministratorGuideline(claimsAdministrator)
        .reviewerGuideline(maximus)
        .rationale(ws(rationale));
  }

  /**
   * A reason the item's rationale states, as the reason reader reads it (its own tests measure
   * how well; here it must only come out the same in every layout).
   */
  static DecisionReason reason(DecisionReason.Kind kind, String sentence) {
    return DecisionReason.of(kind, ws(sentence));
  }

  /** A drug recognised by its generic name, no brand named. */
  static Drug drug(String genericName, DrugClass drugClass) {
    return Drug.builder().genericName(genericName).drugClass(drugClass).build();
  }

  /** A guideline statement and, in its order, what it cites. */
  static GuidelineStatement statement(String text, GuidelineCitation... citations) {
    return GuidelineStatement.builder().text(ws(text)).addCitations(citations).build();
  }

  static final GuidelineStatement CA_NO_CITATION = statement(
      "The Claims Administrator did not cite any medical evidence for its decision.");
  static final GuidelineStatement REVIEWER_NO_CITATION = statement(
      "The Expert Reviewer did not cite any medical evidence for its decision.");

  /** How the 2015–17 letters name the MTUS guidelines other than the ACOEM chapters. */
  private static final Map<Guideline, String> MTUS_NAMES = Map.of(
      Guideline.CHRONIC_PAIN, "Chronic Pain Medical Treatment",
      Guideline.OPIOIDS, "Opioid Treatment",
      Guideline.ACUPUNCTURE, "Acupuncture Treatment",
      Guideline.POSTSURGICAL, "Postsurgical Treatment");

  /**
   * An MTUS guideline as the 2015–17 letters cite it: {@code Chronic Pain Medical Treatment
   * 2016, Section(s): <topic>}, or without sections when {@code topic} is null.
   */
  static GuidelineCitation mtus(Guideline guideline, int edition, @Nullable String topic) {
    GuidelineCitation.Builder citation = GuidelineCitation.builder()
        .basis(CitationBasis.MTUS)
        .guideline(guideline)
        .text(MTUS_NAMES.get(guideline) + " " + edition + sections(topic))
        .edition(edition);
    return withTopic(citation, topic).build();
  }

  /**
   * An ACOEM chapter MTUS adopted, cited by its name as the 2016–17 letters do: {@code Knee
   * Complaints 2004, Section(s): Special Studies}.
   */
  static GuidelineCitation acoem(int chapter, String title, int edition, @Nullable String topic) {
    GuidelineCitation.Builder citation = GuidelineCitation.builder()
        .basis(CitationBasis.MTUS)
        .guideline(Guideline.ACOEM)
        .text(ws(title) + " " + edition + sections(topic))
        .edition(edition)
        .chapter(chapter)
        .chapterTitle(ws(title));
    return withTopic(citation, topic).build();
  }

  /**
   * ACOEM's {@code General Approaches} (chapters 1–7) with a section that is no chapter's title:
   * no chapter number can be told.
   */
  static GuidelineCitation generalApproaches(int edition, String topic) {
    return GuidelineCitation.builder()
        .basis(CitationBasis.MTUS)
        .guideline(Guideline.ACOEM)
        .text("General Approaches " + edition + sections(topic))
        .edition(edition)
        .chapterTitle("General Approaches")
        .topic(topic)
        .build();
  }

  /**
   * A 2014 MTUS ACOEM citation: {@code ACOEM Chapter 8 Neck and Upper Back Complaints Page(s):
   * 181}.
   */
  static GuidelineCitation acoem2014(int chapter, String title, PageRange... pages) {
    return GuidelineCitation.builder()
        .basis(CitationBasis.MTUS)
        .guideline(Guideline.ACOEM)
        .text("ACOEM Chapter " + chapter + " " + title + " Page(s): " + pageList(pages))
        .chapter(chapter)
        .chapterTitle(title)
        .addPages(pages)
        .build();
  }

  /**
   * A 2014 MTUS Chronic Pain citation, which gives no year: {@code Chronic Pain Treatment
   * Guidelines <topic> Page(s): 122}.
   */
  static GuidelineCitation chronicPain2014(String topic, PageRange... pages) {
    return GuidelineCitation.builder()
        .basis(CitationBasis.MTUS)
        .guideline(Guideline.CHRONIC_PAIN)
        .text("Chronic Pain Treatment Guidelines " + topic + " Page(s): " + pageList(pages))
        .topic(topic)
        .addPages(pages)
        .build();
  }

  /**
   * An ODG citation in the form {@code Official Disability Guidelines (ODG), <chapter as
   * written>[, <topic>]}, with the chapter's canonical title.
   */
  static GuidelineCitation odg(String chapterAsWritten, String chapterTitle,
      @Nullable String topic) {
    GuidelineCitation.Builder citation = GuidelineCitation.builder()
        .basis(CitationBasis.NON_MTUS)
        .guideline(Guideline.ODG)
        .text("Official Disability Guidelines (ODG), " + ws(chapterAsWritten)
            + (topic == null ? "" : ", " + ws(topic)))
        .chapterTitle(chapterTitle);
    Matcher qualifier = ODG_QUALIFIER.matcher(chapterAsWritten);
    if (qualifier.find()) {
      citation.chapterQualifier(qualifier.group(1));
    }
    return withTopic(citation, topic).build();
  }


  /** A non-MTUS citation of any other kind, its text as written; typed fields go on the builder. */
  static GuidelineCitation.Builder nonMtus(Guideline guideline, String text) {
    return GuidelineCitation.builder()
        .basis(CitationBasis.NON_MTUS)
        .guideline(guideline)
        .text(ws(text));
  }

  /** A document that is no named guideline: {@code <title>, <url>}. */
  static GuidelineCitation document(String title, String url) {
    return nonMtus(Guideline.OTHER, title + ", " + url).title(ws(title)).url(url).build();
  }

  static PageRange pages(int first, int last) {
    return PageRange.of(first, last);
  }

  static PageRange page(int page) {
    return PageRange.of(page);
  }

  private static String sections(@Nullable String topic) {
    return topic == null ? "" : ", Section(s): " + ws(topic);
  }

  private static GuidelineCitation.Builder withTopic(GuidelineCitation.Builder citation,
      @Nullable String topic) {
    return topic == null ? citation : citation.topic(ws(topic));
  }

  private static String pageList(PageRange... pages) {
    return String.join(", ", Arrays.stream(pages).map(PageRange::toString).toList());
  }

  // ---- the letters -----------------------------------------------------------------------

  /** Header, listed credentials, one item, a two-paragraph rationale with a hyphenated break. */
  static Determination singleItemTens2016() {
    return Determination.builder()
        .header(header("CM16-0481527", "10/03/2016", "02/17/2013", "11/08/2016", "09/22/2016",
            "Standard", "09/28/2016"))
        .reviewer(reviewer(List.of("Preventive Medicine", "Occupational Medicine"),
            List.of("California")))
        .caseSummary(summary("""
            The injured worker is a 57 year old female who sustained an industrial injury on
            02-17-13 while employed by . She reported a strain of the right shoulder while stacking
            crates in a warehouse. Her diagnoses include right shoulder impingement syndrome and
            chronic right trapezius myofascial pain. Treatment to date has included a home exercise
            program, two subacromial injections and oral analgesics. In a progress note dated
            08-30-2016, she reported aching right shoulder pain rated 6 out of 10, worse with
            overhead reaching and at night. Examination showed tenderness over the right trapezius
            with a positive Hawkins sign. The treating provider requested a transcutaneous
            electrical nerve stimulation unit for home use. On 09-22-2016, utilization review
            non-certified the request.""")
            .patientAge(57)
            .patientSex(FEMALE)
            .dateOfInjury(date("02/17/2013")) // "02-17-13", read against the decision year 2016
            .utilizationReviewDate(date("09/22/2016")) // "On 09-22-2016, utilization review …"
            .build())
        .addItems(item("TENS unit for the right shoulder, purchase", UPHELD,
            CA_NO_CITATION,
            statement("""
                Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): TENS,
                chronic pain (transcutaneous electrical nerve stimulation).""",
                mtus(CHRONIC_PAIN, 2016,
                    "TENS, chronic pain (transcutaneous electrical nerve stimulation)")),
            """
            The MTUS does not recommend a TENS unit as a primary treatment modality. A one-month
            home-based trial may be considered as a noninvasive conservative option if it is used as
            an adjunct to a program of evidence-based functional restoration. Documentation of the
            trial should state how often the unit was used and the outcomes in terms of pain relief
            and function. Rental is preferred over purchase during the trial. In this case, the
            progress notes describe right shoulder pain that fluctuates and is rated 6-8/10 on most
            days, without a neuropathic component. There is no record of a one-month trial of the
            unit with documented functional benefit, and no functional restoration program is
            described. Therefore, the TENS unit for the right shoulder, purchase, is not medically
            necessary.""")
            .addReasons(reason(NOT_RECOMMENDED,
                "The MTUS does not recommend a TENS unit as a primary treatment modality."))
            .addReasons(reason(CRITERIA_NOT_DOCUMENTED,
                "There is no record of a one-month trial of the unit with documented functional "
                + "benefit, and no functional restoration program is described."))
            .category(DMEPOS)
            .build()) // the title states no count: no quantity
        .build();
  }

  /**
   * Five items, both decisions: a title over two lines, inner colons ({@code Associated surgical
   * service:}, {@code DOS: 12/15/2016:}), the decision alone on the next line, one to three spaces
   * before the decision; states with uneven spacing, a specialty typo kept as written.
   */
  static Determination fiveItemsKnee2017() {
    return Determination.builder()
        .header(header("CM17-0390216", "01/12/2017", "06/05/2015", "02/09/2017", "12/28/2016",
            "Standard", "01/06/2017"))
        .reviewer(reviewer(List.of("Orthopedic Surgery", "Sports Medicinea"),
            List.of("Texas", "Ohio", "California")))
        .caseSummary(summary("""
            This 44 year-old male reported an industrial injury to the left knee on 06/05/2015
            after stepping off a loading ramp and underwent arthroscopy with a partial lateral
            meniscectomy. His post-operative care has included a hinged brace, crutches and oral
            analgesics. A progress report dated 12/15/2016 documented a moderate effusion and
            motion from 5 to 95 degrees. The provider requested physical therapy, a cryotherapy
            unit, a topical compounded cream, a repeat MRI and a follow-up visit. Utilization
            review on 12/28/2016 certified none of these requests.""")
            .patientAge(44)
            .patientSex(MALE)
            // "an industrial injury to the left knee on 06/05/2015": the body part stands between
            .dateOfInjury(date("06/05/2015"))
            .utilizationReviewDate(date("12/28/2016"))
            .build())
        .addItems(
            item("""
                Postoperative physical therapy for the left knee, two times a week for six weeks
                (12 sessions)""", OVERTURNED,
                statement("Decision based on MTUS Postsurgical Treatment 2009, Section(s): Knee.",
                    mtus(POSTSURGICAL, 2009, "Knee")),
                statement("""
                    Decision based on MTUS Postsurgical Treatment 2009, Section(s): Knee,
                    Meniscectomy.""",
                    mtus(POSTSURGICAL, 2009, "Knee, Meniscectomy")),
                """
                The MTUS postsurgical guidelines allow 12 visits over 12 weeks after a
                meniscectomy, with an initial course of therapy of one half of that number. The
                injured worker had surgery on 11/11/2016 and, per the report of 12/15/2016, has an
                effusion and a flexion deficit, with no postoperative therapy yet given. Although
                the request is for the full 12 visits rather than an initial course, the documented
                deficits and the absence of any prior postoperative therapy support a complete
                course here. The request is medically necessary.""")
                .quantity(12) // "(12 sessions)"
                .category(REHABILITATION)
                .build(),
            item("Associated surgical service: Cryotherapy unit, 21 day rental", UPHELD,
                statement("""
                    The Claims Administrator based their decision on recommendation(s) outside of
                    the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability
                    Guidelines (ODG), Knee & Leg (updated 11/28/16), Continuous-flow
                    cryotherapy.""",
                    odg("Knee & Leg (updated 11/28/16)", "Knee and Leg",
                        "Continuous-flow cryotherapy")),
                statement("""
                    The Expert Reviewer based their decision on recommendation(s) outside of the
                    MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability
                    Guidelines (ODG), Knee & Leg, Continuous-flow cryotherapy.""",
                    odg("Knee & Leg", "Knee and Leg", "Continuous-flow cryotherapy")),
                """
                The MTUS does not address this device. The ODG recommends continuous-flow
                cryotherapy as an option after knee surgery for up to 7 days, including home use. A
                21 day rental exceeds that period, and the records give no reason for a longer use.
                The request is not medically necessary.""")
                // One sentence, two grounds: the limit, and no reason given to go beyond it.
                .addReasons(reason(NO_CLINICAL_RATIONALE,
                    "A 21 day rental exceeds that period, and the records give no reason for "
                    + "a longer use."))
                .addReasons(reason(EXCEEDS_GUIDELINE_LIMITS,
                    "A 21 day rental exceeds that period, and the records give no reason for "
                    + "a longer use."))
                .category(DMEPOS)
                .build(), // "21 day rental" is a length of time, not a quantity
            item("Retrospective request for ketoprofen 10% topical cream 120 grams DOS: 12/15/2016",
                UPHELD,
                statement("""
                    Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical
                    Analgesics, and NSAIDs, GI symptoms & cardiovascular risk.""",
                    // two sections of one guideline: no second guideline follows ", and"
                    mtus(CHRONIC_PAIN, 2016,
                        "Topical Analgesics, and NSAIDs, GI symptoms & cardiovascular risk")),
                REVIEWER_NO_CITATION,
                """
                Topical ketoprofen is not approved for topical use in the United States, and the
                guidelines do not recommend it. The records do not show failure of oral
                anti-inflammatory medication. The request is not medically necessary.""")
                .addReasons(reason(NOT_RECOMMENDED,
                    "Topical ketoprofen is not approved for topical use in the United States, "
                    + "and the guidelines do not recommend it."))
                .addReasons(reason(CRITERIA_NOT_DOCUMENTED,
                    "The records do not show failure of oral anti-inflammatory medication."))
                .dateOfService(date("12/15/2016")) // "120 grams" is an amount, not a count
                .category(PHARMACEUTICALS).drugClass(COMPOUND).drug(drug("ketoprofen", COMPOUND))
                .build(),
            item("MRI of the left knee without contrast", UPHELD,
                statement("""
                    Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies, and
                    Ankle and Foot Complaints 2004. Decision based on Non-MTUS Citation Official
                    Disability Guidelines (ODG), Knee & Leg (updated 11/28/16), MRIs (magnetic
                    resonance imaging).""",
                    acoem(13, "Knee Complaints", 2004, "Special Studies"),
                    acoem(14, "Ankle and Foot Complaints", 2004, null),
                    odg("Knee & Leg (updated 11/28/16)", "Knee and Leg",
                        "MRIs (magnetic resonance imaging)")),
                statement(
                    "Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.",
                    acoem(13, "Knee Complaints", 2004, "Special Studies")),
                """
                The ACOEM guidelines adopted by the MTUS support imaging of the knee when a red flag
                is present or when surgery is considered for a specific lesion. A repeat study five
                weeks after arthroscopy, with no new injury and no red flag, is not supported. The
                request is not medically necessary.""")
                .addReasons(reason(CRITERIA_NOT_DOCUMENTED,
                    "A repeat study five weeks after arthroscopy, with no new injury and no "
                    + "red flag, is not supported."))
                .category(DIAGNOSTIC_TESTING)
                .build(),
            item("Follow-up visit with the orthopedic surgeon in 4-6 weeks", OVERTURNED,
                CA_NO_CITATION,
                statement(
                    "Decision based on MTUS General Approaches 2004, Section(s): Follow-up Visits.",
                    generalApproaches(2004, "Follow-up Visits")),
                """
                The guidelines support follow-up visits when a patient's condition is expected to
                change and a clinician's review of the course of care is needed. Close follow-up
                after knee surgery is standard care. The request is medically necessary.""")
                .category(EVALUATION_AND_MANAGEMENT)
                .build()) // "4-6 weeks" is a time, and "visit" has no count
        .build();
  }

  /**
   * A partial approval whose heading is prose ({@code X was the original request. Y was
   * authorized by the Claims Administrator. The remaining … portion …, Z})
   * between two ordinary items; 2016 "outside of the MTUS" statements, a numbered opioid section
   * and chained guidelines.
   */
  static Determination partialRemainingPortion2016() {
    return Determination.builder()
        .header(header("CM16-0422871", "09/06/2016", "11/30/2012", "10/11/2016", "08/24/2016",
            "Standard", "08/31/2016"))
        .reviewer(reviewer(List.of("Physical Medicine & Rehabilitation", "Pain Management"),
            List.of("Florida", "California")))
        .caseSummary(summary("""
            The applicant is a 61 year old woman with chronic low back pain since a fall from a
            step stool at work on 11/30/2012. She has been treated with physical therapy, a lumbar
            brace, an oral anti-inflammatory and an extended release opioid. At a visit on
            08/10/2016 she described pain of 5/10 with medication and 9/10 without it, and said she
            could walk for twenty minutes with the medication. No aberrant behavior was reported.
            The treating physician asked to continue the anti-inflammatory and the opioid and to
            provide a home exercise kit.""")
            .patientAge(61)
            .patientSex(FEMALE) // "woman"
            // the fall at work on 11/30/2012 is never called an injury: nothing is guessed
            .build()) // no utilization review is named
        .addItems(
            item("Naproxen sodium 550mg #60", OVERTURNED,
                statement("""
                    The Claims Administrator based their decision on recommendation(s) outside of
                    the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability
                    Guidelines (ODG), Pain (Chronic) (updated 07/28/16), NSAIDs.""",
                    odg("Pain (Chronic) (updated 07/28/16)", "Pain (Chronic)", "NSAIDs")),
                statement("""
                    Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
                    Anti-inflammatory medications, and NSAIDs (non-steroidal anti-inflammatory
                    drugs).""",
                    mtus(CHRONIC_PAIN, 2016, """
                        Anti-inflammatory medications, and NSAIDs (non-steroidal anti-inflammatory
                        drugs)""")),
                """
                Anti-inflammatory medications are a first-line treatment for chronic low back pain
                to reduce pain so that activity and functional restoration can resume. The
                applicant reports a clear reduction of pain with her current medications and
                improved walking tolerance, and no side effects are recorded. The request is
                medically necessary.""")
                .quantity(60)
                .category(PHARMACEUTICALS).drugClass(NSAID).drug(drug("naproxen", NSAID))
                .build(),
            item("""
                Tramadol extended release 150mg one tablet daily #90 with one refill was the
                original request. Tramadol extended release 150mg #60 was authorized by the Claims
                Administrator. The remaining IMR eligible portion of the original request, Tramadol
                extended release 150mg #30 with one refill""", UPHELD,
                statement("""
                    Decision based on MTUS Opioid Treatment 2016, Section(s): 4.1.2 Opioid Tapering
                    and Weaning.""",
                    mtus(OPIOIDS, 2016, "4.1.2 Opioid Tapering and Weaning")),
                statement("""
                    Decision based on MTUS Opioid Treatment 2016, Section(s): 4.1.2 Opioid Tapering
                    and Weaning, and Chronic Pain Medical Treatment 2016, Section(s): Opioids,
                    criteria for use.""",
                    mtus(OPIOIDS, 2016, "4.1.2 Opioid Tapering and Weaning"),
                    mtus(CHRONIC_PAIN, 2016, "Opioids, criteria for use")),
                """
                Continued opioid use requires ongoing review of pain relief, function, side effects
                and aberrant behavior, and a signed treatment agreement. The records do not include
                a recent urine drug screen or an agreement, and the quantity already authorized
                allows a taper or a further review. The remaining portion is not medically
                necessary.""")
                // The guideline's own sentence is not a finding; the records' is, with two grounds.
                .addReasons(reason(DUPLICATE_TREATMENT,
                    "The records do not include a recent urine drug screen or an agreement, and "
                    + "the quantity already authorized allows a taper or a further review."))
                .addReasons(reason(MONITORING_OR_SAFETY,
                    "The records do not include a recent urine drug screen or an agreement, and "
                    + "the quantity already authorized allows a taper or a further review."))
                .originalRequest(
                    "Tramadol extended release 150mg one tablet daily #90 with one refill")
                .authorizedPortion("Tramadol extended release 150mg #60")
                .request("Tramadol extended release 150mg #30 with one refill")
                .quantity(30) // of the remaining portion IMR decided on
                .category(PHARMACEUTICALS).drugClass(OPIOID).drug(drug("tramadol", OPIOID))
                .build(),
            item("""
                Lumbar spine home exercise kit with resistance bands and an instructional booklet
                for daily use""", UPHELD,
                CA_NO_CITATION,
                statement("""
                    Decision based on MTUS Low Back Complaints 2004, Section(s): Physical
                    Methods.""",
                    acoem(12, "Low Back Complaints", 2004, "Physical Methods")),
                """
                The guidelines recommend home exercise, but a kit is not needed to perform it. Bands
                and written instructions can be given during a therapy visit at no added cost. The
                request is not medically necessary.""")
                .category(DMEPOS)
                .build())
        .build();
  }

  /**
   * Both partial-approval headings ending in {@code is}: {@code The remaining IMR eligible portion
   * of the original request, X is} and {@code … leaving the original request IMR eligible. The
   * original request, X is}; a heading line that ends a sentence inside the heading.
   */
  static Determination partialOriginalRequest2016() {
    return Determination.builder()
        .header(header("CM16-0275003", "06/20/2016", "01/09/2015", "07/19/2016", "06/01/2016",
            "Standard", "06/14/2016"))
        .reviewer(reviewer(List.of("Family Practice"), List.of("New Jersey", "New York")))
        .caseSummary(summary("""
            This is a 35-year-old male bus mechanic who was struck by a falling hood on 01/09/2015.
            He has neck pain with headaches and, since the accident, low mood and poor sleep.
            Treatment has included physical therapy, a cervical collar for two weeks and a course
            of an antidepressant. A report of 05/17/2016 rated neck pain at 4/10 and noted a
            depression screening score in the moderate range. The provider requested a cervical
            pillow, further physical therapy and weekly cognitive behavioral therapy.""")
            .patientAge(35)
            .patientSex(MALE)
            // "struck by a falling hood on 01/09/2015" names no injury or claim: nothing is guessed
            .build()) // no utilization review is named
        .addItems(
            item("Cervical traction pillow", UPHELD,
                statement("""
                    The Claims Administrator based their decision on recommendation(s) outside of
                    the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability
                    Guidelines (ODG), Neck and Upper Back (Acute & Chronic), Pillow.""",
                    odg("Neck and Upper Back (Acute & Chronic)", "Neck and Upper Back", "Pillow")),
                statement("""
                    The Expert Reviewer based their decision on recommendation(s) outside of the
                    MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability
                    Guidelines (ODG), Neck and Upper Back (Acute & Chronic), Pillow.""",
                    odg("Neck and Upper Back (Acute & Chronic)", "Neck and Upper Back", "Pillow")),
                """
                The ODG supports a neck support pillow only while sleeping and together with a daily
                exercise program. No home exercise program is documented. The request is not
                medically necessary.""")
                .category(DMEPOS)
                .build(),
            item("""
                Physical therapy two times a week for four weeks (8 sessions) for the neck was the
                original request. Physical therapy 4 sessions for the neck was authorized by the
                Claims Administrator. The remaining IMR eligible portion of the original request,
                physical therapy 4 sessions for the neck is""", UPHELD,
                statement("""
                    Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical
                    Medicine.""",
                    mtus(CHRONIC_PAIN, 2016, "Physical Medicine")),
                statement("""
                    Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical
                    Medicine.""",
                    mtus(CHRONIC_PAIN, 2016, "Physical Medicine")),
                """
                The guidelines allow for fading of treatment frequency with a transition to a home
                program. The four sessions already authorized allow that transition, and the
                records give no reason why more supervised visits are needed. The remaining portion
                is not medically necessary.""")
                .addReasons(reason(NO_CLINICAL_RATIONALE,
                    "The four sessions already authorized allow that transition, and the records "
                    + "give no reason why more supervised visits are needed."))
                .originalRequest(
                    "Physical therapy two times a week for four weeks (8 sessions) for the neck")
                .authorizedPortion("Physical therapy 4 sessions for the neck")
                .request("physical therapy 4 sessions for the neck")
                .quantity(4)
                .category(REHABILITATION)
                .build(),
            item("""
                Cognitive behavioral therapy once a week for twelve weeks was the original request.
                The Claims Administrator authorized an evaluation only, leaving the original
                request IMR eligible. The original request, cognitive behavioral therapy once a
                week for twelve weeks is""", OVERTURNED,
                statement("""
                    Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
                    Behavioral interventions.""",
                    mtus(CHRONIC_PAIN, 2016, "Behavioral interventions")),
                statement("""
                    Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
                    Behavioral interventions, and Psychological treatment.""",
                    mtus(CHRONIC_PAIN, 2016,
                        "Behavioral interventions, and Psychological treatment")),
                """
                Cognitive behavioral therapy is recommended for patients with chronic pain and
                depressive symptoms. An initial trial of 3 to 4 visits over two weeks is advised,
                with up to 6 to 10 visits in total when there is objective functional improvement.
                Although twelve weekly visits exceed the initial trial, the screening score, the
                persisting headaches and the failure of medication alone support psychological
                treatment now. The original request is medically necessary.""")
                .addReasons(reason(CRITERIA_MET,
                    "Although twelve weekly visits exceed the initial trial, the screening score, "
                    + "the persisting headaches and the failure of medication alone support "
                    + "psychological treatment now."))
                .originalRequest("Cognitive behavioral therapy once a week for twelve weeks")
                .authorizedPortion("an evaluation only")
                .request("cognitive behavioral therapy once a week for twelve weeks")
                .category(PSYCH_SERVICES)
                .build()) // a frequency and a duration, no count: no quantity
        .build();
  }

  /**
   * A 2014 letter: no header, inline credentials whose first specialty holds an "and", upper-case
   * titles with {@code QTY: 4}, a title typo, the decision alone on the next line, 2014 citations
   * ({@code Page(s):}, {@code Non-MTUS Citation MTUS: ACOEM, CHAPTER 8 …}, a URL ending in a
   * period) and double spaces between sentences.
   */
  static Determination inlineNoHeader2014() {
    return Determination.builder()
        .reviewer(boardCertifiedReviewer(
            List.of("Physical Medicine and Rehabilitation", "Pain Medicine"),
            List.of("California")))
        .caseSummary(summary("""
            This 39 year-old male sustained an injury on 3/12/11 while employed by . Requests under
            consideration include trigger point injections, cervical facet injections, flexion and
            extension x-rays of the cervical spine and a hepatic function panel. A report of
            1/08/14 noted neck pain rated 7/10 radiating to both shoulders, with tenderness and
            taut bands over the trapezius muscles. Medications included an opioid and a muscle
            relaxant. The requests were non-certified on 1/22/14.""")
            .patientAge(39)
            .patientSex(MALE)
            .dateOfInjury(date("03/12/2011"))
            .utilizationReviewDate(date("01/22/2014"))
            .build())
        .addItems(
            item("CERVICAL TRIGGER POINT INJECTIONS UNDER ULTRASOUND GUIDANCE QTY: 4", UPHELD,
                statement("""
                    The Claims Administrator did not base their decision on the MTUS. Decision based
                    on Non-MTUS Citation MTUS: ACOEM, CHAPTER 8 NECK AND UPPER BACK COMPLAINTS,
                    PAGES 174-175""",
                    // the letter's word is kept: an MTUS chapter cited as a non-MTUS citation
                    nonMtus(ACOEM,
                        "MTUS: ACOEM, CHAPTER 8 NECK AND UPPER BACK COMPLAINTS, PAGES 174-175")
                        .chapter(8)
                        .chapterTitle("Neck and Upper Back Complaints")
                        .addPages(pages(174, 175))
                        .build()),
                statement("""
                    Decision based on MTUS Chronic Pain Treatment Guidelines Trigger point
                    injections Page(s): 122.""",
                    chronicPain2014("Trigger point injections", page(122))),
                """
                Trigger point injections are recommended only for myofascial pain syndrome with
                circumscribed trigger points that show a twitch response and referred pain on
                palpation. Symptoms should have persisted for more than three months despite
                stretching exercises, physical therapy and medications. They are not recommended for
                radicular pain. The report describes taut bands but no twitch response or referred
                pain, and there is no account of a failed stretching program. Ultrasound guidance is
                not needed for these injections. The request is not medically necessary.""")
                .addReasons(reason(NOT_RECOMMENDED,
                    "They are not recommended for radicular pain."))
                .addReasons(reason(CRITERIA_NOT_DOCUMENTED,
                    "The report describes taut bands but no twitch response or referred pain, "
                    + "and there is no account of a failed stretching program."))
                .quantity(4)
                .category(INJECTION)
                .build(),
            item("Bilaterel C5-C6 Facet Joint Injecton", UPHELD,
                statement("""
                    Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s):
                    174-175.""",
                    acoem2014(8, "Neck and Upper Back Complaints", pages(174, 175))),
                statement("""
                    Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s):
                    181.""",
                    acoem2014(8, "Neck and Upper Back Complaints", page(181))),
                """
                Invasive techniques such as facet joint injections of cortisone and lidocaine are of
                questionable merit in the neck. The records do not describe facet-mediated pain, and
                the pain radiates to both shoulders. The request is not medically necessary.""")
                .addReasons(reason(NOT_RECOMMENDED,
                    "Invasive techniques such as facet joint injections of cortisone and "
                    + "lidocaine are of questionable merit in the neck."))
                .addReasons(reason(CRITERIA_NOT_DOCUMENTED,
                    "The records do not describe facet-mediated pain, and the pain radiates to "
                    + "both shoulders."))
                .category(INJECTION)
                .build(), // "C5-C6" names levels, not a count
            item("""
                1 X-RAY OF THE CERVICAL SPINE, FLEXION AND EXTENSION VIEWS TO RULE OUT
                INSTABILITY""", OVERTURNED,
                CA_NO_CITATION,
                statement("""
                    Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s):
                    177-179.""",
                    acoem2014(8, "Neck and Upper Back Complaints", pages(177, 179))),
                """
                The ACOEM chapter supports radiographs of the neck when there is a history of trauma
                with persisting pain and no prior films. No cervical radiographs have been taken
                since the injury in 2011, and the neck pain has persisted for more than two years.
                The request is medically necessary.""")
                .quantity(1)
                .category(DIAGNOSTIC_TESTING)
                .build(),
            item("1 HEPATIC FUNCTION PANEL", OVERTURNED,
                CA_NO_CITATION,
                statement("""
                    The Expert Reviewer did not base their decision on the MTUS. Decision based on
                    Non-MTUS Citation Monitoring Of Long-Term Drug Therapy In Outpatient Care,
                    http://www.example.org/monitoring/long-term-drug-therapy/.""",
                    // the sentence's period is not part of the address
                    document("Monitoring Of Long-Term Drug Therapy In Outpatient Care",
                        "http://www.example.org/monitoring/long-term-drug-therapy/")),
                """
                Periodic laboratory monitoring is advised for patients who take medications that are
                cleared by the liver over long periods. The injured worker has taken an opioid and a
                muscle relaxant for more than two years with no recorded liver tests. The request is
                medically necessary.""")
                .quantity(1)
                .category(DIAGNOSTIC_TESTING)
                .build())
        .build();
  }

  /**
   * A 2015 letter: no header, inline credentials where the second specialty holds an "and"
   * ({@code Hospice and Palliative Medicine}), a case summary with no age, 2015 citations, and the
   * two guideline statements with no blank line between them.
   */
  static Determination inlineAndInSpecialty2015() {
    return Determination.builder()
        .reviewer(boardCertifiedReviewer(
            List.of("Internal Medicine", "Hospice and Palliative Medicine"), List.of("California")))
        .caseSummary(summary("""
            The patient has filed a claim for a lumbar strain and chronic muscle spasm reportedly
            associated with an industrial injury of April 2, 2010. In a utilization review report
            dated 2/20/15, the claims administrator non-certified a request for a muscle relaxant
            and a urine drug screen. The patient's attorney subsequently appealed. A progress note
            of 2/03/15 described low back pain with spasm, use of a muscle relaxant for more than a
            year and an opioid taken twice daily.""")
            .dateOfInjury(date("04/02/2010"))
            .utilizationReviewDate(date("02/20/2015"))
            .build()) // neither age nor sex is stated
        .addItems(
            item("Orphenadrine citrate ER 100mg #60", UPHELD,
                statement("Decision based on MTUS Chronic Pain Medical Treatment 2009.",
                    mtus(CHRONIC_PAIN, 2009, null)),
                statement("""
                    Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Muscle
                    relaxants (for pain).""",
                    mtus(CHRONIC_PAIN, 2009, "Muscle relaxants (for pain)")),
                """
                Muscle relaxants are recommended with caution as a second-line option for short-term
                treatment of acute exacerbations of chronic low back pain. The patient has used this
                agent daily for more than a year, which is not short-term use, and no improvement in
                function is recorded. The request is not medically necessary.""")
                .addReasons(reason(NO_FUNCTIONAL_IMPROVEMENT,
                    "The patient has used this agent daily for more than a year, which is not "
                    + "short-term use, and no improvement in function is recorded."))
                .quantity(60)
                .category(PHARMACEUTICALS).drugClass(MUSCLE_RELAXANT).drug(drug("orphenadrine", MUSCLE_RELAXANT))
                .build(),
            item("Urine drug screen", OVERTURNED,
                statement("""
                    Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Drug
                    testing.""",
                    mtus(CHRONIC_PAIN, 2009, "Drug testing")),
                statement("""
                    Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Drug
                    testing, and Opioids, steps to avoid misuse/addiction.""",
                    mtus(CHRONIC_PAIN, 2009,
                        "Drug testing, and Opioids, steps to avoid misuse/addiction")),
                """
                Drug testing is recommended as an option to assess for the use or presence of
                illegal drugs in patients on opioids. The patient takes an opioid twice daily and
                the file shows no test in the last year. The request is medically necessary.""")
                .category(DIAGNOSTIC_TESTING)
                .build())
        .build();
  }

  /**
   * The header as a column-wise extractor gives it (left labels, left values, right labels, right
   * values), an expedited review, three listed specialties, states with uneven spacing, all items
   * overturned, a rationale with colons and a numbered list.
   */
  static Determination headerInColumns2016() {
    return Determination.builder()
        .header(header("CM16-0357790", "08/15/2016", "04/22/2009", "09/02/2016", "08/01/2016",
            "Expedited", "08/10/2016"))
        .reviewer(reviewer(
            List.of("Preventive Medicine", "Occupational Medicine", "Medical Toxicology"),
            List.of("New York", "New Jersey", "Connecticut")))
        .caseSummary(summary("""
            The injured worker is a 66 year old male who sustained an industrial injury on
            04-22-2009. He has neuropathic pain of the right foot after a crush injury. Medications
            have included an anticonvulsant and a topical anesthetic. The note of 07-19-2016
            documented burning pain rated 8/10, allodynia over the dorsum of the foot and reduced
            sensation to light touch. A request was made for continued topical and oral medication
            and a nerve conduction study.""")
            .patientAge(66)
            .patientSex(MALE)
            .dateOfInjury(date("04/22/2009"))
            .build()) // no utilization review is named
        .addItems(
            item("Lidocaine 5% patch #30", OVERTURNED,
                CA_NO_CITATION,
                statement("""
                    Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
                    Lidocaine, and Topical Analgesics.""",
                    mtus(CHRONIC_PAIN, 2016, "Lidocaine, and Topical Analgesics")),
                """
                Topical lidocaine may be recommended for localized peripheral pain after there has
                been evidence of a trial of first-line therapy. The guidelines list the following:
                (1) a trial of a tricyclic or an anticonvulsant; (2) localized neuropathic pain.
                Both are documented here. The request is medically necessary.""")
                .quantity(30)
                .category(PHARMACEUTICALS).drugClass(TOPICAL).drug(drug("lidocaine", TOPICAL))
                .build(),
            item("Gabapentin 300mg #90 with 2 refills", OVERTURNED,
                statement("""
                    Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
                    Anti-epilepsy drugs (AEDs).""",
                    mtus(CHRONIC_PAIN, 2016, "Anti-epilepsy drugs (AEDs)")),
                statement("""
                    Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
                    Anti-epilepsy drugs (AEDs).""",
                    mtus(CHRONIC_PAIN, 2016, "Anti-epilepsy drugs (AEDs)")),
                """
                Anti-epilepsy drugs are recommended for neuropathic pain. Criteria for continued
                use: a reduction of pain of at least 30% or a gain in function. The notes record
                pain falling from 8/10 to 5/10 with the drug and a longer walking distance. The
                request is medically necessary.""")
                .quantity(90) // "#90"; the refills are not the quantity
                .category(PHARMACEUTICALS).drugClass(ANTICONVULSANT).drug(drug("gabapentin", ANTICONVULSANT))
                .build(),
            item("Nerve conduction study of the right lower extremity", OVERTURNED,
                statement("""
                    The Claims Administrator based their decision on recommendation(s) outside of
                    the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability
                    Guidelines (ODG), Ankle & Foot.""",
                    odg("Ankle & Foot", "Ankle and Foot", null)),
                statement("""
                    Decision based on MTUS Ankle and Foot Complaints 2004, Section(s): Special
                    Studies. Decision based on Non-MTUS Citation Official Disability Guidelines
                    (ODG), Ankle & Foot.""",
                    acoem(14, "Ankle and Foot Complaints", 2004, "Special Studies"),
                    odg("Ankle & Foot", "Ankle and Foot", null)),
                """
                Electrodiagnostic studies can help to localize a peripheral nerve lesion when the
                examination is not clear. The reduced sensation over the dorsum of the foot has not
                been mapped to a nerve, and the results would guide treatment. The request is
                medically necessary.""")
                .category(DIAGNOSTIC_TESTING)
                .build())
        .build();
  }
}
