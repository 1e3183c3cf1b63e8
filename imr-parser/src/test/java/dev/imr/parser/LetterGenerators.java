package dev.imr.parser;

import dev.imr.model.CaseSummary;
import dev.imr.model.CitationBasis;
import dev.imr.model.Decision;
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
import dev.imr.model.RequestCategory;
import dev.imr.model.Sex;
import dev.imr.model.SourceSpan;
import dev.imr.parser.internal.reasons.ReasonReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of realistic {@link Determination}s, with every value the parser reads
 * out of the text (citations, case facts, request details and categories) consistent with the
 * text {@link LetterWriter} writes for it, and of the extraction artifacts {@link
 * LetterWriter.Options} the parser must see through. All content is invented.
 */
final class LetterGenerators {

  private LetterGenerators() {}

  private static final DateTimeFormatter MDY = DateTimeFormatter.ofPattern("MM/dd/uuuu");

  // ---- requests ----------------------------------------------------------------------------

  /** A request as a title states it, with what the parser must read from it. */
  record Request(String text, RequestCategory category, @Nullable Drug drug,
      @Nullable Integer quantity) {

    static Request of(String text, RequestCategory category) {
      return new Request(text, category, null, null);
    }

    static Request of(String text, RequestCategory category, int quantity) {
      return new Request(text, category, null, quantity);
    }

    Request withText(String text, @Nullable Integer quantity) {
      return new Request(text, category, drug, quantity);
    }
  }

  private static Drug drug(String generic, @Nullable String brand, DrugClass drugClass) {
    Drug.Builder drug = Drug.builder().genericName(generic).drugClass(drugClass);
    if (brand != null) {
      drug.brandName(brand);
    }
    return drug.build();
  }

  /** A drug as requested, "Name strength", with the count after '#' left to the title. */
  record Medication(String name, Drug drug) {
    Request counted(int count) {
      return new Request(name + " #" + count, RequestCategory.PHARMACEUTICALS, drug, count);
    }
  }

  static final List<Medication> MEDICATIONS = List.of(
      new Medication("Tramadol 50mg", drug("tramadol", null, DrugClass.OPIOID)),
      new Medication("Norco 10/325mg", drug("hydrocodone/acetaminophen", "Norco", DrugClass.OPIOID)),
      new Medication("Ibuprofen 800mg", drug("ibuprofen", null, DrugClass.NSAID)),
      new Medication("Cyclobenzaprine 10mg", drug("cyclobenzaprine", null, DrugClass.MUSCLE_RELAXANT)),
      new Medication("Gabapentin 300mg", drug("gabapentin", null, DrugClass.ANTICONVULSANT)),
      new Medication("Omeprazole 20mg", drug("omeprazole", null, DrugClass.PROTON_PUMP_INHIBITOR)),
      new Medication("Lidoderm 5% patch", drug("lidocaine", "Lidoderm", DrugClass.TOPICAL)),
      new Medication("Baclofen 10mg", drug("baclofen", null, DrugClass.MUSCLE_RELAXANT)),
      new Medication("Naproxen sodium 550mg", drug("naproxen", null, DrugClass.NSAID)),
      new Medication("Duloxetine 60mg", drug("duloxetine", null, DrugClass.ANTIDEPRESSANT)),
      new Medication("Zolpidem 10mg", drug("zolpidem", null, DrugClass.SLEEP_AID)));

  /** Services, each named as a title may name it; none holds a period or ends in a count. */
  static final List<Request> SERVICES = List.of(
      Request.of("MRI of the lumbar spine without contrast", RequestCategory.DIAGNOSTIC_TESTING),
      Request.of("Urine drug screen", RequestCategory.DIAGNOSTIC_TESTING),
      Request.of("EMG of the bilateral upper extremities", RequestCategory.DIAGNOSTIC_TESTING),
      Request.of("Shoulder MRI arthrogram", RequestCategory.DIAGNOSTIC_TESTING),
      Request.of("Lumbar epidural steroid injection at L4-L5", RequestCategory.INJECTION),
      Request.of("Cold therapy unit, 7 day rental", RequestCategory.DMEPOS),
      Request.of("TENS unit, purchase", RequestCategory.DMEPOS),
      Request.of("Hinged knee brace", RequestCategory.DMEPOS),
      Request.of("Right knee arthroscopy with partial medial meniscectomy", RequestCategory.SURGERY),
      Request.of("Lumbar fusion at L4-L5", RequestCategory.SURGERY),
      Request.of("Follow-up visit with the orthopedic surgeon", RequestCategory.EVALUATION_AND_MANAGEMENT),
      Request.of("Pain management consultation", RequestCategory.EVALUATION_AND_MANAGEMENT),
      Request.of("Functional restoration program, 80 hours", RequestCategory.PROGRAMS),
      Request.of("Gym membership for 6 months", RequestCategory.PROGRAMS),
      Request.of("Psychiatric consultation", RequestCategory.PSYCH_SERVICES),
      Request.of("Home health aide, 4 hours a day for 6 weeks", RequestCategory.HOME_HEALTH),
      Request.of("Transportation to and from medical appointments", RequestCategory.TRANSPORTATION),
      Request.of("Physical therapy for the left shoulder, 2 times a week for 4 weeks (8 sessions)",
          RequestCategory.REHABILITATION, 8),
      Request.of("Cognitive behavioral therapy, 6 sessions", RequestCategory.PSYCH_SERVICES, 6),
      Request.of("Acupuncture, 6 visits", RequestCategory.REHABILITATION, 6),
      Request.of("Chiropractic manipulation, 6 sessions", RequestCategory.REHABILITATION, 6),
      Request.of("Aquatic therapy, 12 sessions", RequestCategory.REHABILITATION, 12));

  /** A title and what the parser must read from it. */
  record Title(String text, Request request, @Nullable String originalRequest,
      @Nullable String authorizedPortion, @Nullable LocalDate dateOfService) {}

  static Gen<Title> titles() {
    return source -> {
      int form = Generate.range(0, 9).generate(source);
      if (form <= 1) {
        Medication medication = pick(MEDICATIONS, source);
        Request request = medication.counted(Generate.pick(List.of(30, 60, 90, 120)).generate(source));
        return plain(request);
      }
      Request service = pick(SERVICES, source);
      return switch (form) {
        // a label and a colon inside the title
        case 2 -> new Title("Associated surgical service: " + service.text(),
            service.withText("Associated surgical service: " + service.text(), service.quantity()),
            null, null, null);
        // a quantity after QTY and a colon, where the request states none
        case 3 -> {
          if (service.quantity() != null) {
            yield plain(service);
          }
          int count = Generate.range(1, 12).generate(source);
          String text = service.text() + " QTY: " + count;
          yield new Title(text, service.withText(text, count), null, null, null);
        }
        // a date of service
        case 4 -> {
          LocalDate date = dates(2014, 2017).generate(source);
          String text = "Retrospective request for " + service.text() + " DOS: " + MDY.format(date);
          yield new Title(text, service.withText(text, service.quantity()), null, null, date);
        }
        // partial approvals, both wordings
        case 5, 6 -> partial(form == 5, pick(MEDICATIONS, source), source);
        default -> plain(service);
      };
    };
  }

  private static Title plain(Request request) {
    return new Title(request.text(), request, null, null, null);
  }

  private static Title partial(boolean remainingPortion, Medication medication, RandomnessSource source) {
    int asked = Generate.pick(List.of(60, 90, 120)).generate(source);
    int given = asked - Generate.pick(List.of(10, 20, 30)).generate(source);
    Request original = medication.counted(asked);
    Request authorized = medication.counted(given);
    Request remaining = medication.counted(asked - given);
    String text = remainingPortion
        ? original.text() + " was the original request. " + authorized.text() + " was authorized by"
            + " the Claims Administrator. The remaining IMR" + " eligible portion of the original request, "
            + remaining.text()
        : original.text() + " was the original request. The Claims Administrator authorized "
            + authorized.text() + ", leaving the original request IMR eligible. The original request, "
            + original.text() + " is";
    Request request = remainingPortion ? remaining : original;
    return new Title(text, request, original.text(), authorized.text(), null);
  }

  // ---- guideline statements ----------------------------------------------------------------

  /** A citation as a statement writes it, and what the parser must read from it. */
  record Cited(String written, GuidelineCitation citation) {}

  private static GuidelineCitation.Builder citation(CitationBasis basis, Guideline guideline,
      String text) {
    return GuidelineCitation.builder().basis(basis).guideline(guideline).text(text);
  }

  private static Cited acoem(String chapter, int edition, int number) {
    String written = chapter + " " + edition;
    return new Cited(written, citation(CitationBasis.MTUS, Guideline.ACOEM, written)
        .edition(edition).chapter(number).chapterTitle(chapter).build());
  }

  private static Cited withSection(Cited cited, String section) {
    String written = cited.written() + ", Section(s): " + section;
    return new Cited(written, GuidelineCitation.builder().from(cited.citation()).text(written)
        .topic(section).build());
  }

  /** Guidelines a 2016-17 statement names; a chain's later links are among the ACOEM chapters. */
  static final List<Cited> ACOEM_CHAPTERS = List.of(
      acoem("Neck and Upper Back Complaints", 2004, 8),
      acoem("Shoulder Complaints", 2004, 9),
      acoem("Elbow Complaints", 2007, 10),
      acoem("Forearm, Wrist, and Hand Complaints", 2004, 11),
      acoem("Low Back Complaints", 2004, 12),
      acoem("Knee Complaints", 2004, 13),
      acoem("Ankle and Foot Complaints", 2004, 14));

  static final List<String> ACOEM_SECTIONS =
      List.of("Special Studies", "Surgical Considerations", "Initial Care", "Diagnostic Criteria");

  static final List<Cited> MTUS_2016 = List.of(
      mtus(Guideline.CHRONIC_PAIN, "Chronic Pain Medical Treatment", 2016,
          "NSAIDs, GI symptoms & cardiovascular risk"),
      mtus(Guideline.CHRONIC_PAIN, "Chronic Pain Medical Treatment", 2009, "Muscle relaxants (for pain)"),
      mtus(Guideline.CHRONIC_PAIN, "Chronic Pain Medical Treatment", 2016, "Topical Analgesics"),
      mtus(Guideline.OPIOIDS, "Opioid Treatment", 2016, "3.3.9 Opioids for Chronic Pain and Chronic"
          + " Opioid Treatment: Maintenance of Chronic Opioid Treatment"),
      mtus(Guideline.POSTSURGICAL, "Postsurgical Treatment", 2009, "Knee"),
      mtus(Guideline.ACUPUNCTURE, "Acupuncture Treatment", 2007, null));

  private static Cited mtus(Guideline guideline, String name, int edition, @Nullable String section) {
    String written = name + " " + edition;
    Cited cited = new Cited(written,
        citation(CitationBasis.MTUS, guideline, written).edition(edition).build());
    return section == null ? cited : withSection(cited, section);
  }

  static final List<Cited> ODG = List.of(
      odg("Low Back (updated 11/16/16)", "Low Back", "MRI"),
      odg("Knee & Leg (updated 11/28/16)", "Knee and Leg", "Continuous-flow cryotherapy"),
      odg("Knee & Leg", "Knee and Leg", "Knee brace"),
      odg("Low Back", "Low Back", "Lumbar supports"));

  private static Cited odg(String chapterAsWritten, String chapterTitle, String topic) {
    String written = "Official Disability Guidelines (ODG), " + chapterAsWritten + ", " + topic;
    return new Cited(written, citation(CitationBasis.NON_MTUS, Guideline.ODG, written)
        .chapterTitle(chapterTitle).topic(topic).build());
  }

  /** 2014 citations, with pages. */
  static final List<Cited> MTUS_2014 = List.of(
      new Cited("ACOEM Chapter 12 Low Back Complaints Page(s): 303-304",
          citation(CitationBasis.MTUS, Guideline.ACOEM, "ACOEM Chapter 12 Low Back Complaints Page(s): 303-304")
              .chapter(12).chapterTitle("Low Back Complaints").addPages(PageRange.of(303, 304)).build()),
      new Cited("ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177",
          citation(CitationBasis.MTUS, Guideline.ACOEM, "ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177")
              .chapter(8).chapterTitle("Neck and Upper Back Complaints").addPages(PageRange.of(177)).build()),
      new Cited("Chronic Pain Treatment Guidelines Muscle Relaxants (for pain) Page(s): 63-66",
          citation(CitationBasis.MTUS, Guideline.CHRONIC_PAIN,
              "Chronic Pain Treatment Guidelines Muscle Relaxants (for pain) Page(s): 63-66")
              .topic("Muscle Relaxants (for pain)").addPages(PageRange.of(63, 66)).build()),
      new Cited("Chronic Pain Treatment Guidelines Opioids Page(s): 74-96, 111-113",
          citation(CitationBasis.MTUS, Guideline.CHRONIC_PAIN,
              "Chronic Pain Treatment Guidelines Opioids Page(s): 74-96, 111-113")
              .topic("Opioids").addPages(PageRange.of(74, 96), PageRange.of(111, 113)).build()));

  /** 2014: an ACOEM chapter cited as a non-MTUS citation, in capitals, without a final period. */
  static final Cited NON_MTUS_2014 = new Cited(
      "MTUS: ACOEM, CHAPTER 8 NECK AND UPPER BACK COMPLAINTS, PAGES 177-178",
      citation(CitationBasis.NON_MTUS, Guideline.ACOEM,
          "MTUS: ACOEM, CHAPTER 8 NECK AND UPPER BACK COMPLAINTS, PAGES 177-178")
          .chapter(8).chapterTitle("Neck and Upper Back Complaints")
          .addPages(PageRange.of(177, 178)).build());

  static final Cited DOCUMENT = new Cited(
      "Example Society Position Statement on Bracing, http://www.example.org/bracing/statement.html",
      citation(CitationBasis.NON_MTUS, Guideline.OTHER,
          "Example Society Position Statement on Bracing, http://www.example.org/bracing/statement.html")
          .url("http://www.example.org/bracing/statement.html")
          .title("Example Society Position Statement on Bracing").build());

  /** A guideline statement of one side: the Claims Administrator or the Expert Reviewer. */
  static Gen<GuidelineStatement> statements(String side) {
    return source -> {
      int form = Generate.range(0, 10).generate(source);
      List<Cited> cited = new ArrayList<>();
      String text;
      switch (form) {
        case 0, 1 -> text = "The " + side + " did not cite any medical evidence for its decision.";
        case 2 -> text = "The " + side + " based their decision on recommendation(s) outside of the"
            + " MTUS Guidelines.";
        case 3 -> {
          Cited odg = pick(ODG, source);
          cited.add(odg);
          text = "The " + side + " based their decision on recommendation(s) outside of the MTUS"
              + " Guidelines. Decision based on Non-MTUS Citation " + odg.written() + ".";
        }
        case 4 -> {
          Cited first = pick(MTUS_2014, source);
          cited.add(first);
          text = "Decision based on MTUS " + first.written() + ".";
        }
        case 6 -> {
          cited.add(NON_MTUS_2014);
          text = "The " + side + " did not base their decision on the MTUS. Decision based on"
              + " Non-MTUS Citation " + NON_MTUS_2014.written();
        }
        case 5 -> {
          cited.add(DOCUMENT);
          text = "The " + side + " did not base their decision on the MTUS. Decision based on"
              + " Non-MTUS Citation " + DOCUMENT.written() + ".";
        }
        default -> {
          // 2016-17: a guideline, perhaps with its section, perhaps chained, perhaps with ODG
          boolean acoem = Generate.booleans().generate(source);
          Cited first = acoem ? pick(ACOEM_CHAPTERS, source) : pick(MTUS_2016, source);
          if (acoem && Generate.booleans().generate(source)) {
            first = withSection(first, pick(ACOEM_SECTIONS, source));
          }
          cited.add(first);
          StringBuilder written = new StringBuilder("Decision based on MTUS " + first.written());
          int chained = Generate.range(0, 2).generate(source);
          for (int i = 0; i < chained; i++) {
            Cited next = pick(ACOEM_CHAPTERS, source);
            if (cited.stream().noneMatch(c -> c.written().equals(next.written()))) {
              cited.add(next);
              written.append(", and ").append(next.written());
            }
          }
          written.append('.');
          if (Generate.booleans().generate(source)) {
            Cited odg = pick(ODG, source);
            cited.add(odg);
            written.append(" Decision based on Non-MTUS Citation ").append(odg.written()).append('.');
          }
          text = written.toString();
        }
      }
      return GuidelineStatement.builder().text(text)
          .citations(cited.stream().map(Cited::citation).toList()).build();
    };
  }

  // ---- narratives --------------------------------------------------------------------------

  static final List<String> HISTORY = List.of(
      "She reports constant aching pain that worsens with prolonged sitting.",
      "He describes stiffness in the morning that eases after a warm shower.",
      "Treatment to date has included medications, a home exercise program and rest.",
      "The treating physician's notes describe tenderness over the paraspinal muscles.",
      "An examination found a reduced range of motion and a positive straight leg raise on the left.",
      "The worker's sleep is disrupted by pain, and the office notes describe fatigue.",
      "Prior imaging showed mild degenerative changes without a fracture.",
      "The provider documented efficacy of the current regimen as \"moderate\" at best.",
      "Flexion was limited and painful, with difficulty rising from a chair.",
      "There is no documented history of substance misuse.",
      "Work restrictions have been in place, and the worker remains off duty.",
      "A follow-up examination described unchanged findings.");

  static final List<String> REASONING = List.of(
      "The guidelines recommend this treatment when there is documented functional improvement.",
      "The records do not document objective functional gains from prior sessions.",
      "There is no evidence of a failed trial of first-line therapy.",
      "The requested quantity exceeds what the guidelines support for an initial trial.",
      "The documentation shows a clear neurological deficit on examination.",
      "The treating physician's notes support the request with specific findings.",
      "Guidelines advise against long-term use without ongoing monitoring.",
      "The worker's response to conservative care has been well documented.",
      "The efficacy of the prior course is described in the progress notes.",
      "Exceptional factors that would justify a departure from the guidelines are not described.");

  static Gen<CaseSummary> summaries() {
    return source -> {
      int age = Generate.range(19, 78).generate(source);
      Sex sex = Generate.booleans().generate(source) ? Sex.MALE : Sex.FEMALE;
      String word = sex == Sex.MALE ? "male" : "female";
      LocalDate injury = dates(2004, 2015).generate(source);
      CaseSummary.Builder summary = CaseSummary.builder().patientAge(age).patientSex(sex)
          .dateOfInjury(injury);
      StringBuilder text = new StringBuilder(switch (Generate.range(0, 2).generate(source)) {
        case 0 -> "The injured worker is a " + age + " year old " + word
            + " who sustained an industrial injury on " + MDY.format(injury) + ".";
        case 1 -> "This " + age + " year-old " + word + " reported an industrial injury on "
            + MDY.format(injury) + ".";
        default -> "This is a " + age + "-year-old " + word + " patient who sustained an industrial"
            + " injury on " + MDY.format(injury) + ".";
      });
      for (String sentence : sample(HISTORY, 1, 5, source)) {
        text.append(' ').append(sentence);
      }
      if (Generate.booleans().generate(source)) {
        LocalDate review = dates(2016, 2017).generate(source);
        summary.utilizationReviewDate(review);
        text.append(" Utilization review on ").append(MDY.format(review))
            .append(" non-certified the request.");
      }
      return summary.text(text.toString()).build();
    };
  }

  static Gen<String> rationales(Decision decision) {
    return source -> {
      StringBuilder text = new StringBuilder();
      for (String sentence : sample(REASONING, 1, 7, source)) {
        text.append(sentence).append(' ');
      }
      return text.append(decision == Decision.UPHELD ? "The request is not medically necessary."
          : "The request is medically necessary.").toString();
    };
  }

  // ---- letters -----------------------------------------------------------------------------

  static final List<String> STATES = List.of("California", "Oregon", "Nevada", "Arizona",
      "North Carolina", "Texas", "New York", "Rhode Island", "Washington");

  /**
   * Specialties that stay whole when written inline joined by "and": no two of them joined so
   * make another specialty's name ("Psychiatry and Neurology" is one).
   */
  static final List<String> INLINE_SPECIALTIES = List.of("Occupational Medicine",
      "Preventive Medicine", "Family Practice", "Pain Management", "Internal Medicine",
      "Orthopedic Surgery", "Anesthesiology", "Psychiatry", "Rheumatology",
      "Physical Medicine and Rehabilitation", "Hospice and Palliative Medicine");

  static final List<String> LISTED_SPECIALTIES = List.of("Occupational Medicine",
      "Preventive Medicine", "Family Practice", "Physical Medicine & Rehabilitation",
      "Pain Management", "Internal Medicine", "Orthopedic Surgery", "Sports Medicine",
      "Anesthesiology", "Hospice & Palliative Medicine", "Emergency Medicine", "Neurology",
      "Chiropractor", "Psychiatry", "Hand Surgery", "Pain Medicine");

  static Gen<ExpertReviewer> reviewers() {
    return source -> {
      boolean inline = Generate.range(0, 3).generate(source) == 0;
      ExpertReviewer.Builder reviewer = ExpertReviewer.builder()
          .specialties(sample(inline ? INLINE_SPECIALTIES : LISTED_SPECIALTIES, 1, 3, source))
          .licensureStates(sample(STATES, 1, 3, source));
      if (inline) {
        reviewer.boardCertified(true);
      }
      return reviewer.build();
    };
  }

  static Gen<LetterHeader> headers() {
    return source -> {
      LocalDate injury = dates(2004, 2016).generate(source);
      LocalDate received = dates(2016, 2017).generate(source);
      return LetterHeader.builder()
          .caseNumber(String.format("CM%02d-%07d", Generate.range(15, 17).generate(source),
              Generate.range(1, 9_999_999).generate(source)))
          .dateAssigned(received.plusDays(Generate.range(1, 10).generate(source)))
          .dateOfInjury(injury)
          .decisionDate(received.plusDays(Generate.range(20, 40).generate(source)))
          .urDenialDate(received.minusDays(Generate.range(3, 20).generate(source)))
          .priority(Generate.range(0, 4).generate(source) == 0 ? "Expedited" : "Standard")
          .applicationReceived(received)
          .build();
    };
  }

  static Gen<DisputedItem> items() {
    return source -> {
      Decision decision = Generate.booleans().generate(source) ? Decision.UPHELD : Decision.OVERTURNED;
      Title title = titles().generate(source);
      Request request = title.request();
      DisputedItem.Builder item = DisputedItem.builder()
          .title(title.text())
          .decision(decision)
          .request(request.text())
          .category(request.category())
          .claimsAdministratorGuideline(statements("Claims Administrator").generate(source))
          .reviewerGuideline(statements("Expert Reviewer").generate(source))
          .rationale(rationales(decision).generate(source));
      // The reasons are the reason reader's own reading, measured by its tests; a letter written
      // in any layout must only give the same.
      item.reasons(ReasonReader.standard().read(item.build().rationale().orElseThrow(),
          Optional.of(decision), SourceSpan::of));
      if (request.drug() != null) {
        item.drug(request.drug()).drugClass(request.drug().drugClass());
      }
      if (request.quantity() != null) {
        item.quantity(request.quantity());
      }
      if (title.originalRequest() != null) {
        item.originalRequest(title.originalRequest());
      }
      if (title.authorizedPortion() != null) {
        item.authorizedPortion(title.authorizedPortion());
      }
      if (title.dateOfService() != null) {
        item.dateOfService(title.dateOfService());
      }
      return item.build();
    };
  }

  /** Letters of 1 to 12 items; a header in most, none in some (2014). */
  static Gen<Determination> determinations() {
    return source -> {
      Determination.Builder letter = Determination.builder();
      if (Generate.range(0, 4).generate(source) > 0) {
        letter.header(headers().generate(source));
      }
      letter.reviewer(reviewers().generate(source));
      letter.caseSummary(summaries().generate(source));
      int count = Generate.range(1, 12).generate(source);
      for (int i = 0; i < count; i++) {
        letter.addItems(items().generate(source));
      }
      return letter.build();
    };
  }

  // ---- extraction artifacts ----------------------------------------------------------------

  /** Every combination of the artifacts of {@link LetterWriter.Options}. */
  static Gen<LetterWriter.Options> options() {
    return source -> {
      int width = Generate.range(60, 130).generate(source);
      boolean doubleSpaced = Generate.range(0, 3).generate(source) == 0;
      boolean crlf = Generate.range(0, 3).generate(source) == 0;
      String lineEnd = Generate.pick(List.of(" ", "", "  \t ")).generate(source);
      LetterWriter.HeaderOrder order = Generate.enumValues(LetterWriter.HeaderOrder.class).generate(source);
      Set<Integer> breaks = new HashSet<>();
      int count = Generate.range(0, 6).generate(source);
      for (int i = 0; i < count; i++) {
        breaks.add(Generate.range(0, 200).generate(source));
      }
      LetterWriter.PageBreak pageBreak = Generate.enumValues(LetterWriter.PageBreak.class).generate(source);
      boolean furniture = Generate.range(0, 3).generate(source) == 0;
      boolean glyphs = Generate.range(0, 3).generate(source) == 0;
      return new LetterWriter.Options(width, doubleSpaced, crlf, lineEnd, order, breaks, pageBreak,
          furniture, glyphs);
    };
  }

  // ---- hostile text ------------------------------------------------------------------------

  /** Pieces of the form that a mangled letter is made of, so that strings reach the grammar. */
  static final List<String> FORM_PIECES = List.of("Case Number:", "Date Assigned:", "Date of Injury:",
      "Decision Date:", "UR Denial Date:", "Priority:", "Application", "Received:", "CM16-0000001",
      "11/09/2016", "Standard", "HOW THE IMR FINAL DETERMINATION WAS MADE",
      "The Expert Reviewer has the following credentials:", "State(s) of Licensure:",
      "Certification(s)/Specialty:", "CLINICAL CASE SUMMARY", "IMR ISSUES, DECISIONS AND RATIONALES",
      "The Final Determination was based on decisions for the disputed items/services set forth below:",
      "Claims Administrator guideline:", "MAXIMUS guideline:", "Decision rationale:", ": Upheld",
      ": Overturned", "Upheld", ":", "\n", "\n\n", "\r\n", "\f", " ", "\u00A0", "\uFEFF", "\uFB01",
      "\u2019", "Page 2 of 5", "IMR DECISION(S) AND RATIONALE(S)", "CASE SUMMARY:", "ISSUE AT DISPUTE:",
      "MEDICAL PROFESSIONAL REVIEW", "Board Certified in", "and is licensed to practice in",
      "Decision based on MTUS", "Section(s):", "Page(s):", ", and", "#60", "QTY: 3", "DOS: 11/11/2016",
      "was the original request.", "The remaining IMR eligible portion of the original request,",
      "\uD83D\uDE00", "\uD800", "\u0000", "\t");

  /** Strings made of form pieces and arbitrary characters, any order, any length up to ~4000. */
  static Gen<String> hostileText() {
    return source -> {
      StringBuilder text = new StringBuilder();
      int pieces = Generate.range(0, 200).generate(source);
      for (int i = 0; i < pieces; i++) {
        if (Generate.range(0, 3).generate(source) == 0) {
          int length = Generate.range(1, 20).generate(source);
          for (int k = 0; k < length; k++) {
            text.append((char) (int) Generate.range(0, 0xFFFF).generate(source));
          }
        } else {
          text.append(pick(FORM_PIECES, source));
        }
      }
      return text.toString();
    };
  }

  /** A written letter cut, spliced or with lines dropped: near-misses of the format. */
  static Gen<String> damagedLetters() {
    return determinations().zip(options(), (letter, options) -> LetterWriter.write(letter, options))
        .zip(Generate.range(0, 5), Generate.range(0, 1_000_000), (text, how, at) -> damage(text, how, at));
  }

  private static String damage(String text, int how, int at) {
    int cut = text.isEmpty() ? 0 : at % text.length();
    return switch (how) {
      case 0 -> text.substring(0, cut);
      case 1 -> text.substring(cut);
      case 2 -> text.substring(0, cut) + text.substring(0, cut); // the letter twice, cut
      case 3 -> text.replace("Decision rationale:", "").substring(0, Math.min(cut, text.length() / 2));
      case 4 -> dropLines(text, cut % 7 + 2);
      default -> text;
    };
  }

  private static String dropLines(String text, int every) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i % every != 0) {
        out.append(lines[i]).append('\n');
      }
    }
    return out.toString();
  }

  // ---- helpers -----------------------------------------------------------------------------

  static Gen<LocalDate> dates(int fromYear, int toYear) {
    return source -> LocalDate.of(Generate.range(fromYear, toYear).generate(source),
        Generate.range(1, 12).generate(source), Generate.range(1, 28).generate(source));
  }

  private static <T> T pick(List<T> list, RandomnessSource source) {
    return list.get(Generate.range(0, list.size() - 1).generate(source));
  }

  /** Between {@code min} and {@code max} distinct elements, in the list's order. */
  private static <T> List<T> sample(List<T> list, int min, int max, RandomnessSource source) {
    int count = Generate.range(min, Math.min(max, list.size())).generate(source);
    List<T> chosen = new ArrayList<>();
    Set<Integer> taken = new HashSet<>();
    while (chosen.size() < count) {
      int index = Generate.range(0, list.size() - 1).generate(source);
      if (taken.add(index)) {
        chosen.add(list.get(index));
      }
    }
    return chosen;
  }
}
