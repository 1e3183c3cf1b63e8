package dev.imr.parser.internal.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.SourceSpan;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.Severity;
import dev.imr.parser.internal.text.Characters;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.FoldedText;
import dev.imr.parser.internal.text.Folding;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import dev.imr.parser.internal.vocabulary.CitationVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every citation form of FORMAT.md and of the real letters, as a table: statement → citations
 * (each described as {@code BASIS GUIDELINE; field=value; …}) and the number of warnings. Every
 * row also checks that each citation's span, folded, is its text, and that the same statement
 * broken over lines the way extractors break it reads the same.
 */
class CitationReaderTest {

  /** What reading a statement gave. */
  record Read(CitationReader.Result result, List<Diagnostic> diagnostics, String input) {}

  static Read read(String input) {
    SourceText source = SourceText.of(input);
    Diagnostics diagnostics = new Diagnostics(source);
    CitationReader.Result result = CitationReader.standard()
        .read(source, new Region(0, source.clean().length()), diagnostics);
    return new Read(result, diagnostics.sorted(), input);
  }

  /** {@code MTUS ACOEM; edition=2004; chapter=12; chapterTitle=…; topic=…; pages=[303-304]; url=…; title=…}. */
  static String describe(GuidelineCitation citation) {
    StringBuilder out = new StringBuilder(citation.basis() + " " + citation.guideline());
    citation.edition().ifPresent(v -> out.append("; edition=").append(v));
    citation.chapter().ifPresent(v -> out.append("; chapter=").append(v));
    citation.chapterTitle().ifPresent(v -> out.append("; chapterTitle=").append(v));
    citation.topic().ifPresent(v -> out.append("; topic=").append(v));
    if (!citation.pages().isEmpty()) {
      out.append("; pages=").append(citation.pages());
    }
    citation.url().ifPresent(v -> out.append("; url=").append(v));
    citation.title().ifPresent(v -> out.append("; title=").append(v));
    return out.toString();
  }

  static List<String> describe(List<GuidelineCitation> citations) {
    return citations.stream().map(CitationReaderTest::describe).toList();
  }

  private static final String NOTHING_CA = "The Claims Administrator did not cite any medical evidence for its decision.";
  private static final String NOTHING_ER = "The Expert Reviewer did not cite any medical evidence for its decision.";
  private static final String NOT_MTUS_2014 = "The Claims Administrator did not base their decision on the MTUS. ";
  private static final String OUTSIDE_MTUS_2016 =
      "The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. ";

  static Stream<Arguments> statements() {
    return Stream.of(
        // --- statements that cite nothing ---------------------------------------------------
        // the claims administrator cited nothing
        arguments(NOTHING_CA, List.of(), 0),
        // the expert reviewer cited nothing
        arguments(NOTHING_ER, List.of(), 0),
        // 2016: a statement of basis alone cites nothing and is no error
        arguments(OUTSIDE_MTUS_2016.strip(), List.of(), 0),
        // 2014: a statement of basis alone
        arguments(NOT_MTUS_2014.strip(), List.of(), 0),

        // --- 2014 ------------------------------------------------------------------------------
        // ACOEM chapter by number and title, a page range
        arguments("Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304.",
            List.of("MTUS ACOEM; chapter=12; chapterTitle=Low Back Complaints; pages=[303-304]"), 0),
        // ACOEM chapter, one page
        arguments("Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177.",
            List.of("MTUS ACOEM; chapter=8; chapterTitle=Neck and Upper Back Complaints; pages=[177]"), 0),
        // Chronic Pain guidelines with a topic before the pages; no year is stated, none is guessed
        arguments("Decision based on MTUS Chronic Pain Treatment Guidelines Muscle Relaxants (for pain) Page(s): 63-66.",
            List.of("MTUS CHRONIC_PAIN; topic=Muscle Relaxants (for pain); pages=[63-66]"), 0),
        // Chronic Pain guidelines with pages only
        arguments("Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 46.",
            List.of("MTUS CHRONIC_PAIN; pages=[46]"), 0),
        // a topic in capitals with brackets
        arguments("Decision based on MTUS Chronic Pain Treatment Guidelines CARISOPRODOL (Soma) Page(s): 29.",
            List.of("MTUS CHRONIC_PAIN; topic=CARISOPRODOL (Soma); pages=[29]"), 0),
        // a list of pages and ranges
        arguments("Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96, 111-113, 22.",
            List.of("MTUS CHRONIC_PAIN; topic=Opioids; pages=[74-96, 111-113, 22]"), 0),
        // an abbreviated range: 303-4 is 303-304
        arguments("Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-4.",
            List.of("MTUS ACOEM; chapter=12; chapterTitle=Low Back Complaints; pages=[303-304]"), 0),
        // 2014 chain: a second guideline after ", and" with its pages
        arguments("Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304, and Chronic Pain"
                + " Treatment Guidelines Page(s): 46.",
            List.of("MTUS ACOEM; chapter=12; chapterTitle=Low Back Complaints; pages=[303-304]",
                "MTUS CHRONIC_PAIN; pages=[46]"), 0),
        // Non-MTUS citation of an ACOEM chapter in capitals: NON_MTUS as the letter says, title canonical
        arguments(NOT_MTUS_2014 + "Decision based on Non-MTUS Citation MTUS: ACOEM, CHAPTER 8 NECK AND UPPER BACK"
                + " COMPLAINTS, PAGES 177-178",
            List.of("NON_MTUS ACOEM; chapter=8; chapterTitle=Neck and Upper Back Complaints; pages=[177-178]"), 0),
        // the same with one PAGE
        arguments(NOT_MTUS_2014 + "Decision based on Non-MTUS Citation MTUS: ACOEM, CHAPTER 12 LOW BACK COMPLAINTS, PAGE 53",
            List.of("NON_MTUS ACOEM; chapter=12; chapterTitle=Low Back Complaints; pages=[53]"), 0),
        // Non-MTUS citation of the Chronic Pain guidelines, topic first, bare page number
        arguments(NOT_MTUS_2014 + "Decision based on Non-MTUS Citation MTUS: EPIDURAL STEROID INJECTIONS (ESIs), CHRONIC"
                + " PAIN MEDICAL TREATMENT GUIDELINES, 46",
            List.of("NON_MTUS CHRONIC_PAIN; topic=EPIDURAL STEROID INJECTIONS (ESIs); pages=[46]"), 0),
        // the same, guideline first
        arguments(NOT_MTUS_2014 + "Decision based on Non-MTUS Citation MTUS:" + " CHRONIC PAIN MEDICAL TREATMENT GUIDELINES,"
                + " EPIDURAL STEROID INJECTIONS (ESIS), 46",
            List.of("NON_MTUS CHRONIC_PAIN; topic=EPIDURAL STEROID INJECTIONS (ESIS); pages=[46]"), 0),
        // a document with a web address that ends the sentence
        arguments("The Expert Reviewer did not base their decision on the MTUS. Decision based on Non-MTUS Citation"
                + " Laboratory Safety Monitoring Of Chronic Medications In Ambulatory Care Settings,"
                + " http://www.ncbi.nlm.nih.gov/pmc/articles/pmc1490088/.",
            List.of("NON_MTUS OTHER; url=http://www.ncbi.nlm.nih.gov/pmc/articles/pmc1490088/; title=Laboratory"
                + " Safety Monitoring Of Chronic Medications In Ambulatory Care Settings"), 0),
        // an address without a scheme, in brackets
        arguments("Decision based on Non-MTUS Citation Example Society Position Statement (www.example.org/statement).",
            List.of("NON_MTUS OTHER; url=www.example.org/statement; title=Example Society Position Statement"), 0),

        // --- 2015 ------------------------------------------------------------------------------
        // year and section
        arguments("Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Muscle relaxants (for pain).",
            List.of("MTUS CHRONIC_PAIN; edition=2009; topic=Muscle relaxants (for pain)"), 0),
        // year only
        arguments("Decision based on MTUS Chronic Pain Medical Treatment 2009.",
            List.of("MTUS CHRONIC_PAIN; edition=2009"), 0),

        // --- 2016-17 -----------------------------------------------------------------------------
        // the ACOEM chapter named without its number is still chapter 12
        arguments("Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.",
            List.of("MTUS ACOEM; edition=2004; chapter=12; chapterTitle=Low Back Complaints; topic=Special Studies"), 0),
        // the 2007 revision of Elbow Complaints
        arguments("Decision based on MTUS Elbow Complaints 2007, Section(s): Diagnostic Criteria.",
            List.of("MTUS ACOEM; edition=2007; chapter=10; chapterTitle=Elbow Complaints; topic=Diagnostic Criteria"), 0),
        // a chapter whose title holds commas, two sections
        arguments("Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, Summary.",
            List.of("MTUS ACOEM; edition=2004; chapter=11; chapterTitle=Forearm, Wrist, and Hand Complaints;"
                + " topic=Special Studies, Summary"), 0),
        // Knee, Ankle and Foot, Shoulder chapters
        arguments("Decision based on MTUS Knee Complaints 2004, Section(s): Surgical Considerations.",
            List.of("MTUS ACOEM; edition=2004; chapter=13; chapterTitle=Knee Complaints; topic=Surgical Considerations"), 0),
        arguments("Decision based on MTUS Ankle and Foot Complaints 2004.",
            List.of("MTUS ACOEM; edition=2004; chapter=14; chapterTitle=Ankle and Foot Complaints"), 0),
        // chapter 15, unverified in FORMAT.md but seen in a letter
        arguments("Decision based on MTUS Stress-Related Conditions 2004, Section(s): General Approach.",
            List.of("MTUS ACOEM; edition=2004; chapter=15; chapterTitle=Stress-Related Conditions; topic=General Approach"), 0),
        // General Approaches (chapters 1-7): the section names chapter 3
        arguments("Decision based on MTUS General Approaches 2004, Section(s): Initial Approaches to Treatment.",
            List.of("MTUS ACOEM; edition=2004; chapter=3; chapterTitle=Initial Approaches to Treatment;"
                + " topic=Initial Approaches to Treatment"), 0),
        // General Approaches with a section that is chapter 2's title
        arguments("Decision based on MTUS General Approaches 2004, Section(s): General Approach to Initial Assessment and"
                + " Documentation.",
            List.of("MTUS ACOEM; edition=2004; chapter=2; chapterTitle=General Approach to Initial Assessment and"
                + " Documentation; topic=General Approach to Initial Assessment and Documentation"), 0),
        // General Approaches without a section: no single chapter
        arguments("Decision based on MTUS General Approaches 2004.",
            List.of("MTUS ACOEM; edition=2004; chapterTitle=General Approaches"), 0),
        // the Acupuncture guidelines
        arguments("Decision based on MTUS Acupuncture Treatment 2007.",
            List.of("MTUS ACUPUNCTURE; edition=2007"), 0),
        // Postsurgical: its sections hold body parts that are not chained guidelines
        arguments("Decision based on MTUS Postsurgical Treatment 2009, Section(s): Knee, Forearm, Wrist, & Hand.",
            List.of("MTUS POSTSURGICAL; edition=2009; topic=Knee, Forearm, Wrist, & Hand"), 0),
        // a numbered Opioid section with inner colons
        arguments("Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic"
                + " Opioid Treatment: Maintenance of Chronic Opioid Treatment.",
            List.of("MTUS OPIOIDS; edition=2016; topic=3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment:"
                + " Maintenance of Chronic Opioid Treatment"), 0),
        // sections with commas of their own
        arguments("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs, GI symptoms &"
                + " cardiovascular risk.",
            List.of("MTUS CHRONIC_PAIN; edition=2016; topic=NSAIDs, GI symptoms & cardiovascular risk"), 0),
        arguments("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): TENS, chronic pain"
                + " (transcutaneous electrical nerve stimulation).",
            List.of("MTUS CHRONIC_PAIN; edition=2016; topic=TENS, chronic pain (transcutaneous electrical nerve"
                + " stimulation)"), 0),
        // a chain of three, the last two without sections
        arguments("Decision based on MTUS Shoulder Complaints 2004, Section(s): Initial Care, and Elbow Complaints 2007,"
                + " and Forearm, Wrist, and Hand Complaints 2004.",
            List.of("MTUS ACOEM; edition=2004; chapter=9; chapterTitle=Shoulder Complaints; topic=Initial Care",
                "MTUS ACOEM; edition=2007; chapter=10; chapterTitle=Elbow Complaints",
                "MTUS ACOEM; edition=2004; chapter=11; chapterTitle=Forearm, Wrist, and Hand Complaints"), 0),
        // a chain of Chronic Pain and Opioids: the section before ", and" stays with the first
        arguments("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Tramadol (Ultram), and Opioid"
                + " Treatment 2016, Section(s): 3.3.6 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of"
                + " Urine Drug Testing (UDT).",
            List.of("MTUS CHRONIC_PAIN; edition=2016; topic=Tramadol (Ultram)",
                "MTUS OPIOIDS; edition=2016; topic=3.3.6 Opioids for Chronic Pain and Chronic Opioid Treatment: Use"
                    + " of Urine Drug Testing (UDT)"), 0),
        // a chain of an ACOEM chapter and Chronic Pain 2009
        arguments("Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods, and Chronic Pain"
                + " Medical Treatment 2009, Section(s): Epidural steroid injections (ESIs).",
            List.of("MTUS ACOEM; edition=2004; chapter=12; chapterTitle=Low Back Complaints; topic=Physical Methods",
                "MTUS CHRONIC_PAIN; edition=2009; topic=Epidural steroid injections (ESIs)"), 0),
        // a second sentence adds ODG with a chapter
        arguments("Decision based on MTUS Low Back Complaints 2004. Decision based on Non-MTUS Citation Official"
                + " Disability Guidelines (ODG), Low Back.",
            List.of("MTUS ACOEM; edition=2004; chapter=12; chapterTitle=Low Back Complaints",
                "NON_MTUS ODG; chapterTitle=Low Back"), 0),
        // ODG named alone
        arguments("Decision based on MTUS Neck and Upper Back Complaints 2004. Decision based on Non-MTUS Citation"
                + " Official Disability Guidelines (ODG).",
            List.of("MTUS ACOEM; edition=2004; chapter=8; chapterTitle=Neck and Upper Back Complaints",
                "NON_MTUS ODG"), 0),

        // --- ODG ---------------------------------------------------------------------------------
        // chapter, update date (not part of the title), topic
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck and Upper Back"
                + " (updated 11/16/16), Magnetic Resonance Imaging (MRI).",
            List.of("NON_MTUS ODG; chapterTitle=Neck and Upper Back; topic=Magnetic Resonance Imaging (MRI)"), 0),
        // "&" for "and"
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck & Upper Back.",
            List.of("NON_MTUS ODG; chapterTitle=Neck and Upper Back"), 0),
        // the long Low Back chapter name, canonicalised
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines, Low Back - Lumbar & Thoracic"
                + " (Acute & Chronic).",
            List.of("NON_MTUS ODG; chapterTitle=Low Back"), 0),
        // the same with a comma for the dash
        arguments("Decision based on Non-MTUS Citation Official" + " Disability Guidelines (ODG), Low Back, Lumbar &"
                + " Thoracic (Acute & Chronic).",
            List.of("NON_MTUS ODG; chapterTitle=Low Back"), 0),
        // the Low Back chapter without "Low Back"
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines, Lumbar & Thoracic (Acute &"
                + " Chronic), MRI (Magnetic Resonance Imaging).",
            List.of("NON_MTUS ODG; chapterTitle=Low Back; topic=MRI (Magnetic Resonance Imaging)"), 0),
        // "Chapter:" label, dash without spaces, a bare update date before the topic
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Chapter: Low"
                + " Back-Lumbar & Thoracic (Acute & Chronic) 12/20/2016 MRI (magnetic resonance imaging).",
            List.of("NON_MTUS ODG; chapterTitle=Low Back; topic=MRI (magnetic resonance imaging)"), 0),
        // "chapter -" before the topic
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low back chapter - MRI"
                + " (magnetic resonance imaging).",
            List.of("NON_MTUS ODG; chapterTitle=Low Back; topic=MRI (magnetic resonance imaging)"), 0),
        // Pain (Chronic) written in full, topic with an apostrophe
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain (Chronic), TCA's.",
            List.of("NON_MTUS ODG; chapterTitle=Pain (Chronic); topic=TCA's"), 0),
        // Pain alone is the Pain (Chronic) chapter
        arguments(OUTSIDE_MTUS_2016 + "Decision based on Non-MTUS Citation Official Disability Guidelines, Pain.",
            List.of("NON_MTUS ODG; chapterTitle=Pain (Chronic)"), 0),
        // "Chapter (updated …):" before the topic
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines, Head Chapter (updated 11/3/16):"
                + " EEG (neurofeedback).",
            List.of("NON_MTUS ODG; chapterTitle=Head; topic=EEG (neurofeedback)"), 0),
        // "section" after the chapter
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Head section,"
                + " Electroencephalography.",
            List.of("NON_MTUS ODG; chapterTitle=Head; topic=Electroencephalography"), 0),
        // a slash before the topic; Knee is the Knee and Leg chapter
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee/ Transportation.",
            List.of("NON_MTUS ODG; chapterTitle=Knee and Leg; topic=Transportation"), 0),
        // a topic in brackets of its own
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee and Leg (Durable"
                + " medical equipment (DME)).",
            List.of("NON_MTUS ODG; chapterTitle=Knee and Leg; topic=Durable medical equipment (DME)"), 0),
        // an edition year among edition words
        arguments("Decision based on Non-MTUS Citation ODG Guidelines, 14th Edition, 2016, Knee Chapter.",
            List.of("NON_MTUS ODG; edition=2016; chapterTitle=Knee and Leg"), 0),
        // "ODG" before a chapter
        arguments("Decision based on Non-MTUS Citation ODG Mental Illness and Stress.",
            List.of("NON_MTUS ODG; chapterTitle=Mental Illness and Stress"), 0),
        // ODG with a topic and no chapter
        arguments("Decision based on Non-MTUS Citation ODG Chiropractic guidelines.",
            List.of("NON_MTUS ODG; topic=Chiropractic guidelines"), 0),
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines - Physical Medicine Guidelines.",
            List.of("NON_MTUS ODG; topic=Physical Medicine Guidelines"), 0),
        // a colon after the name, "(Acute & Chronic) -" before the topic
        arguments("Decision based on Non-MTUS Citation Official" + " Disability Guidelines: Shoulder (Acute & Chronic) -"
                + " Indications for imaging, MRI (magnetic resonance imaging).",
            List.of("NON_MTUS ODG; chapterTitle=Shoulder; topic=Indications for imaging, MRI (magnetic resonance"
                + " imaging)"), 0),
        // Hip & Pelvis, Fitness for Duty, Carpal Tunnel Syndrome, Ankle & Foot, Elbow, Hernia
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines - Hip and Pelvis Chapter.",
            List.of("NON_MTUS ODG; chapterTitle=Hip and Pelvis"), 0),
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Fitness for Duty,"
                + " Functional capacity evaluation (FCE).",
            List.of("NON_MTUS ODG; chapterTitle=Fitness for Duty; topic=Functional capacity evaluation (FCE)"), 0),
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Ankle & Foot (updated"
                + " 01/05/17), Orthotic devices.",
            List.of("NON_MTUS ODG; chapterTitle=Ankle and Foot; topic=Orthotic devices"), 0),
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Hernia.",
            List.of("NON_MTUS ODG; chapterTitle=Hernia"), 0),
        // the Forearm chapter in lower case, a topic with a slash
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Forearm, wrist and hand,"
                + " Physical/Occupational therapy.",
            List.of("NON_MTUS ODG; chapterTitle=Forearm, Wrist, and Hand; topic=Physical/Occupational therapy"), 0),
        // a semicolon inside a topic does not start a chapter
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines, Neck and Upper Back,"
                + " Electromyography (EMG); Nerve Conduction Studies (NCS).",
            List.of("NON_MTUS ODG; chapterTitle=Neck and Upper Back; topic=Electromyography (EMG); Nerve Conduction"
                + " Studies (NCS)"), 0),
        // several chapters sharing one topic: a citation each
        arguments("Decision based on Non-MTUS Citation Official Disability" + " Guidelines (ODG), Neck & Upper Back, Low"
                + " Back- Lumbar & Thoracic and Forearm, Wrist and" + " Hand chapters: Chiropractic Guidelines.",
            List.of("NON_MTUS ODG; chapterTitle=Neck and Upper Back; topic=Chiropractic Guidelines",
                "NON_MTUS ODG; chapterTitle=Low Back; topic=Chiropractic Guidelines",
                "NON_MTUS ODG; chapterTitle=Forearm, Wrist, and Hand; topic=Chiropractic Guidelines"), 0),
        // chapters each with their own topic, separated by ", ODG" and "; ODG"
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Shoulder (updated"
                + " 12/12/16), Physical therapy, ODG physical therapy guidelines, ODG Elbow (updated 11/23/16), Physical"
                + " therapy; ODG Forearm, Wrist and Hand (updated 12/20/16), Physical therapy.",
            List.of("NON_MTUS ODG; chapterTitle=Shoulder; topic=Physical therapy, ODG physical therapy guidelines",
                "NON_MTUS ODG; chapterTitle=Elbow; topic=Physical therapy",
                "NON_MTUS ODG; chapterTitle=Forearm, Wrist, and Hand; topic=Physical therapy"), 0),
        // a second chapter after a semicolon, without "ODG"
        arguments("Decision based on Non-MTUS Citation Official Disability" + " Guidelines, Neck and Upper Back, TENS"
                + " (Transcutaneous electrical nerve stimulation);" + " Low Back - Lumbar & Thoracic (Acute & Chronic).",
            List.of("NON_MTUS ODG; chapterTitle=Neck and Upper Back; topic=TENS (Transcutaneous electrical nerve"
                + " stimulation)", "NON_MTUS ODG; chapterTitle=Low Back"), 0),
        // a chapter name inside a topic is not a new chapter when words follow it
        arguments("Decision based on Non-MTUS Citation Official" + " Disability Guidelines (ODG), Low Back, Pain"
                + " management programs.",
            List.of("NON_MTUS ODG; chapterTitle=Low Back; topic=Pain management programs"), 0),
        // ODG and another society's document in one sentence
        arguments(OUTSIDE_MTUS_2016 + "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Carpal"
                + " Tunnel Syndrome (Acute & Chronic) and Other Medical Treatment Guidelines AANEM Recommended Policy"
                + " for Electrodiagnostic Medicine.",
            List.of("NON_MTUS ODG; chapterTitle=Carpal Tunnel Syndrome",
                "NON_MTUS OTHER; title=AANEM Recommended Policy for Electrodiagnostic Medicine"), 0),

        // --- ACOEM outside MTUS, other documents ---------------------------------------------
        // ACOEM 3rd edition: its chapters are not the 2nd edition's, so no number
        arguments("Decision based on Non-MTUS Citation ACOEM Occupational Medicine Practice Guidelines, 3rd ed.,"
                + " Shoulder Disorders, pg. 64.",
            List.of("NON_MTUS ACOEM; chapterTitle=Shoulder Disorders; pages=[64]"), 0),
        // ACOEM spelled out, a 2nd-edition chapter by its title
        arguments("Decision based on Non-MTUS Citation American College of Occupational and Environmental Medicine"
                + " (ACOEM) Pain, Suffering, and the Restoration of Function Chapter.",
            List.of("NON_MTUS ACOEM; chapter=6; chapterTitle=Pain, Suffering, and the Restoration of Function"), 0),
        // an MTUS guideline cited as non-MTUS
        arguments("Decision based on Non-MTUS Citation Chronic Pain Medical Treatment Guidelines 2009, Section(s):"
                + " Opioids, criteria for use.",
            List.of("NON_MTUS CHRONIC_PAIN; edition=2009; topic=Opioids, criteria for use"), 0),
        // a drug monograph
        arguments(OUTSIDE_MTUS_2016 + "Decision based on Non-MTUS Citation Ibuprofen: Drug information, accessed from"
                + " UpToDate.com on 01/05/2017.",
            List.of("NON_MTUS OTHER; title=Ibuprofen: Drug information, accessed from UpToDate.com on 01/05/2017"), 0),
        // case and spacing do not matter
        arguments("decision based on  mtus   low back complaints 2004 ,  section(s):  special studies",
            List.of("MTUS ACOEM; edition=2004; chapter=12; chapterTitle=Low Back Complaints; topic=special studies"), 0),

        // --- unreadable text: OTHER with its text and a warning ----------------------------------
        // an MTUS guideline the vocabulary does not know
        arguments("Decision based on MTUS Occupational Noise Treatment 2019, Section(s): Hearing protection.",
            List.of("MTUS OTHER; edition=2019; topic=Hearing protection; title=Occupational Noise Treatment"), 1),
        // an unknown guideline chained after a known one
        arguments("Decision based on MTUS Low Back Complaints 2004, and Workplace Wellness Treatment 2019.",
            List.of("MTUS ACOEM; edition=2004; chapter=12; chapterTitle=Low Back Complaints",
                "MTUS OTHER; edition=2019; title=Workplace Wellness Treatment"), 1),
        // a lead that names no guideline
        arguments("Decision based on MTUS.", List.of("MTUS OTHER"), 1),
        // a sentence that is neither a remark nor a citation
        arguments("The reviewer consulted a colleague. " + "Decision based on MTUS Knee Complaints 2004.",
            List.of("NON_MTUS OTHER", "MTUS ACOEM; edition=2004; chapter=13; chapterTitle=Knee Complaints"), 1),
        // a lead this parser does not know: not claimed as MTUS, so not MTUS
        arguments("Decision based on ODG Low Back.", List.of("NON_MTUS OTHER"), 1),
        // a lead this parser does not know that names MTUS
        arguments("Decision per MTUS Knee Complaints.", List.of("MTUS OTHER"), 1),
        // a 2014 "MTUS:" citation without a known guideline
        arguments("Decision based on Non-MTUS Citation MTUS: HOME EXERCISE, 12",
            List.of("NON_MTUS OTHER; topic=HOME EXERCISE; pages=[12]"), 1),
        // an ACOEM number that disagrees with the title: the number is kept, and said
        arguments("Decision based on MTUS ACOEM Chapter 8 Low Back Complaints Page(s): 303.",
            List.of("MTUS ACOEM; chapter=8; chapterTitle=Low Back Complaints; pages=[303]"), 1),
        // pages backwards: no pages, a warning
        arguments("Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 66-63.",
            List.of("MTUS CHRONIC_PAIN"), 1));
  }

  /** As {@link #describe(GuidelineCitation)}, with ODG's chapter qualifier after the chapter. */
  static String describeWithQualifier(GuidelineCitation citation) {
    String described = describe(citation);
    if (citation.chapterQualifier().isEmpty()) {
      return described;
    }
    String qualifier = "; chapterQualifier=" + citation.chapterQualifier().get();
    int topic = described.indexOf("; topic=");
    int insertAt = topic >= 0 ? topic
        : described.contains("; pages=") ? described.indexOf("; pages=") : described.length();
    return described.substring(0, insertAt) + qualifier + described.substring(insertAt);
  }

  /**
   * FORMAT.md's "More 2016–17 forms", one row each, in statements written for the test in the
   * form's wording; each row is read with the qualifier of ODG's chapter in view.
   */
  static Stream<Arguments> moreForms() {
    return Stream.of(
        // --- "<year> Guidelines, Section(s):": the topic is what follows Section(s) ------------
        // the word Guidelines between the year and the sections
        arguments("Decision based on MTUS Chronic Pain Medical Treatment 2016 Guidelines, Section(s): Muscle"
                + " relaxants (for pain).",
            List.of("MTUS CHRONIC_PAIN; edition=2016; topic=Muscle relaxants (for pain)"), 0),
        // the same without sections: the word is no topic
        arguments("Decision based on MTUS Chronic Pain Medical Treatment 2016 Guidelines.",
            List.of("MTUS CHRONIC_PAIN; edition=2016"), 0),
        // in a chain, each guideline with the word
        arguments("Decision based on MTUS Chronic Pain Medical Treatment 2016 Guidelines, Section(s): Opioids,"
                + " criteria for use, and Opioid Treatment 2016 Guidelines, Section(s): 3.3.2 Opioids for"
                + " Chronic Pain and Chronic Opioid Treatment: Patient Treatment Agreement.",
            List.of("MTUS CHRONIC_PAIN; edition=2016; topic=Opioids, criteria for use",
                "MTUS OPIOIDS; edition=2016; topic=3.3.2 Opioids for Chronic Pain and Chronic Opioid"
                    + " Treatment: Patient Treatment Agreement"), 0),
        // a topic that begins with the word is kept whole when no sections label follows
        arguments("Decision based on MTUS Chronic Pain Medical Treatment 2009 Guidelines for opioid tapering.",
            List.of("MTUS CHRONIC_PAIN; edition=2009; topic=Guidelines for opioid tapering"), 0),

        // --- several guidelines in one Non-MTUS sentence, a citation each ----------------------
        // ACOEM and ODG joined by "and the"
        arguments("Decision based on Non-MTUS Citation ACOEM guidelines and the Official Disability Guidelines.",
            List.of("NON_MTUS ACOEM", "NON_MTUS ODG"), 0),
        // ODG with chapter, qualifier and topic, then ACOEM after "and Other Medical Treatment Guidelines"
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Hips and Pelvis (Acute"
                + " and Chronic), MRI (magnetic resonance imaging) and Other Medical Treatment Guidelines ACOEM"
                + " Hip and Groin Disorders, Diagnostic testing.",
            List.of("NON_MTUS ODG; chapterTitle=Hip and Pelvis; chapterQualifier=Acute and Chronic;"
                    + " topic=MRI (magnetic resonance imaging)",
                "NON_MTUS ACOEM; chapterTitle=Hip and Groin Disorders; topic=Diagnostic testing"), 0),
        // ODG, then a document by its address
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back (updated"
                + " 12/20/16), MRI and Other Medical Treatment Guidelines http://www.example.org/imaging.",
            List.of("NON_MTUS ODG; chapterTitle=Low Back; topic=MRI",
                "NON_MTUS OTHER; url=http://www.example.org/imaging"), 0),
        // "and" inside a topic names no guideline: one citation
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee & Leg, Ice and"
                + " heat packs.",
            List.of("NON_MTUS ODG; chapterTitle=Knee and Leg; topic=Ice and heat packs"), 0),

        // --- ODG: chapter and qualifier apart from the topic; publisher and edition apart ------
        // a qualifier with a comma, "Chapter", then the topic
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back (Thoracic"
                + " and Lumbar, Acute and Chronic) Chapter, Epidural Steroid Injection (ESI).",
            List.of("NON_MTUS ODG; chapterTitle=Low Back; chapterQualifier=Thoracic and Lumbar, Acute and"
                + " Chronic; topic=Epidural Steroid Injection (ESI)"), 0),
        // the usual qualifier, no topic
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck & Upper Back"
                + " (Acute & Chronic).",
            List.of("NON_MTUS ODG; chapterTitle=Neck and Upper Back; chapterQualifier=Acute & Chronic"), 0),
        // chapter/topic with a slash
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee/DME.",
            List.of("NON_MTUS ODG; chapterTitle=Knee and Leg; topic=DME"), 0),
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back/Intra-operative"
                + " monitoring.",
            List.of("NON_MTUS ODG; chapterTitle=Low Back; topic=Intra-operative monitoring"), 0),
        // "Chapter" and "section" after the chapter
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck and Upper Back"
                + " Chapter.",
            List.of("NON_MTUS ODG; chapterTitle=Neck and Upper Back"), 0),
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Shoulder section,"
                + " Physical therapy.",
            List.of("NON_MTUS ODG; chapterTitle=Shoulder; topic=Physical therapy"), 0),
        // two chapters, the second after "; ODG,"
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Shoulder (updated"
                + " 12/12/16); ODG, Low Back (updated 12/20/16).",
            List.of("NON_MTUS ODG; chapterTitle=Shoulder", "NON_MTUS ODG; chapterTitle=Low Back"), 0),
        // publisher and edition between the name and the chapter
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Work Loss Data"
                + " Institute (21th Annual Edition), 2016, Neck and Upper Back (Acute & Chronic) Chapter,"
                + " Cervical collar.",
            List.of("NON_MTUS ODG; edition=2016; chapterTitle=Neck and Upper Back; chapterQualifier=Acute &"
                + " Chronic; topic=Cervical collar"), 0),

        // --- ODG by chapter alone, or through its preface ---------------------------------------
        // chapter and qualifier without the name, then the preface
        arguments("Decision based on Non-MTUS Citation Shoulder (Acute & Chronic), Physical Therapy, ODG Preface"
                + " \u2013 Physical Therapy.",
            List.of("NON_MTUS ODG; chapterTitle=Shoulder; chapterQualifier=Acute & Chronic; topic=Physical"
                + " Therapy", "NON_MTUS ODG; chapterTitle=Preface; topic=Physical Therapy"), 0),
        // a chapter alone with "Chapter"
        arguments("Decision based on Non-MTUS Citation Knee & Leg Chapter, Continuous passive motion (CPM).",
            List.of("NON_MTUS ODG; chapterTitle=Knee and Leg; topic=Continuous passive motion (CPM)"), 0),
        // the preface after the name, with a slash
        arguments("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Preface/Physical"
                + " therapy.",
            List.of("NON_MTUS ODG; chapterTitle=Preface; topic=Physical therapy"), 0),
        // a document whose title starts with a chapter's word is no ODG citation: OTHER, with its text
        arguments("Decision based on Non-MTUS Citation Shoulder pain in invented overhead workers, a review.",
            List.of("NON_MTUS OTHER; title=Shoulder pain in invented overhead workers, a review"), 0),
        arguments("Decision based on Non-MTUS Citation Head, neck and invented posture.",
            List.of("NON_MTUS OTHER; title=Head, neck and invented posture"), 0),
        // "odg" inside a word names no ODG
        arguments("Decision based on Non-MTUS Citation Knee, the invented Kodg scale.",
            List.of("NON_MTUS OTHER; title=Knee, the invented Kodg scale"), 0),

        // --- "Non-MTUS" as poppler leaves it ----------------------------------------------------
        // the hyphen dropped at a line break
        arguments("Decision based on NonMTUS Citation Official Disability Guidelines (ODG), Low Back.",
            List.of("NON_MTUS ODG; chapterTitle=Low Back"), 0),
        // a space for the hyphen
        arguments("Decision based on Non MTUS Citation Official Disability Guidelines (ODG), Low Back.",
            List.of("NON_MTUS ODG; chapterTitle=Low Back"), 0),
        // without "Citation"
        arguments("Decision based on NonMTUS Official Disability Guidelines (ODG), Knee & Leg.",
            List.of("NON_MTUS ODG; chapterTitle=Knee and Leg"), 0),
        // after an MTUS sentence
        arguments("Decision based on MTUS Low Back Complaints 2004. Decision based on NonMTUS Citation Official"
                + " Disability Guidelines (ODG).",
            List.of("MTUS ACOEM; edition=2004; chapter=12; chapterTitle=Low Back Complaints", "NON_MTUS ODG"), 0),

        // --- what cannot be typed stays OTHER with its text, and is said ------------------------
        arguments("Decision based on NonMTUS.", List.of("NON_MTUS OTHER"), 1),
        // a page range poppler joined ("303-" / "304" gives 303304): no pages guessed, a warning
        arguments("Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303304.",
            List.of("MTUS ACOEM; chapter=12; chapterTitle=Low Back Complaints"), 1));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("moreForms")
  void readsEveryMoreRecentForm(String statement, List<String> expected, int warnings) {
    Read read = read(statement);
    assertThat(read.result().citations()).extracting(CitationReaderTest::describeWithQualifier)
        .containsExactlyElementsOf(expected);
    assertThat(read.diagnostics()).hasSize(warnings)
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    assertSpansFoldToText(read);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("moreForms")
  void readsTheMoreRecentFormsAlikeInEveryExtractionLayout(String statement, List<String> expected,
      int warnings) {
    for (String layout : layouts(statement)) {
      Read read = read(layout);
      assertThat(read.result().citations()).as(layout)
          .extracting(CitationReaderTest::describeWithQualifier).containsExactlyElementsOf(expected);
      assertThat(read.diagnostics()).as(layout).hasSize(warnings);
      assertSpansFoldToText(read);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("statements")
  void readsEveryCitationForm(String statement, List<String> expected, int warnings) {
    Read read = read(statement);
    assertThat(describe(read.result().citations())).containsExactlyElementsOf(expected);
    assertThat(read.diagnostics()).hasSize(warnings)
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    assertSpansFoldToText(read);
    assertThat(read.result().citesNothing())
        .isEqualTo(statement.contains("did not cite any medical evidence"));
  }

  /** The same statements as extractors deliver them: lines broken, double-spaced, CRLF, PDFBox spaces. */
  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("statements")
  void readsTheSameInEveryExtractionLayout(String statement, List<String> expected, int warnings) {
    for (String layout : layouts(statement)) {
      Read read = read(layout);
      assertThat(describe(read.result().citations())).as(layout).containsExactlyElementsOf(expected);
      assertThat(read.diagnostics()).as(layout).hasSize(warnings);
      assertSpansFoldToText(read);
    }
  }

  static List<String> layouts(String statement) {
    // Break lines only at spaces, every ~40 characters.
    StringBuilder broken = new StringBuilder();
    int column = 0;
    for (int i = 0; i < statement.length(); i++) {
      char c = statement.charAt(i);
      if (c == ' ' && column >= 40) {
        broken.append('\n');
        column = 0;
      } else {
        broken.append(c);
        column++;
      }
    }
    String lines = broken.toString();
    return List.of(
        lines,
        lines.replace("\n", " \n") + " \n", // PDFBox: a trailing space on every line
        lines.replace("\n", " \n\n"), // the seeds: double-spaced
        lines.replace("\n", "\r\n"), // Windows line ends
        lines.replace(' ', '\u00A0')); // non-breaking spaces
  }

  static void assertSpansFoldToText(Read read) {
    for (GuidelineCitation citation : read.result().citations()) {
      assertThat(citation.span()).isPresent();
      SourceSpan span = citation.span().get();
      String original = span.textOf(read.input());
      String clean = SourceText.of(original).clean();
      String folded = Folding.fold(clean, 0, clean.length());
      assertThat(folded).as("span of %s", citation.text()).isEqualTo(citation.text());
    }
  }

  @Test
  void anOdgChapterKeepsItsQualifierApartFromItsTopic() {
    Read read = read("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back"
        + " (Thoracic and Lumbar, Acute and Chronic) Chapter, Epidural Steroid Injection (ESI).");
    assertThat(read.result().citations()).singleElement().satisfies(c -> {
      assertThat(c.chapterTitle()).contains("Low Back");
      assertThat(c.chapterQualifier()).contains("Thoracic and Lumbar, Acute and Chronic");
      assertThat(c.topic()).contains("Epidural Steroid Injection (ESI)");
    });
    assertThat(read("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain (Chronic)"
        + " (updated 07/28/16), NSAIDs.").result().citations()).singleElement()
        .satisfies(c -> assertThat(c.chapterQualifier()).as("Pain (Chronic) is the chapter's name").isEmpty());
  }

  @Test
  void odgsPrefaceIsCitedLikeAChapter() {
    Read read = read("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Preface/Physical"
        + " therapy.");
    assertThat(describe(read.result().citations()))
        .containsExactly("NON_MTUS ODG; chapterTitle=Preface; topic=Physical therapy");
  }

  @Test
  void theSpanOfEachChainedCitationIsItsOwnText() {
    String statement = "Decision based on MTUS Shoulder Complaints 2004, Section(s): Initial Care, and Elbow"
        + " Complaints 2007. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Shoulder.";
    Read read = read(statement);
    assertThat(read.result().citations()).extracting(c -> c.span().orElseThrow().textOf(statement))
        .containsExactly("Shoulder Complaints 2004, Section(s): Initial Care", "Elbow Complaints 2007",
            "Official Disability Guidelines (ODG), Shoulder");
  }

  @Test
  void spansPointIntoTheCallersInputWhenTheStatementIsPartOfALetter() {
    String letter = "Claims Administrator guideline: Decision based on MTUS Knee\nComplaints 2004, Section(s):\n"
        + "Special Studies.\n\nMAXIMUS guideline: x";
    SourceText source = SourceText.of(letter);
    int start = source.clean().indexOf("Decision");
    int end = source.clean().indexOf("\n\nMAXIMUS");
    Diagnostics diagnostics = new Diagnostics(source);
    CitationReader.Result result = CitationReader.standard().read(source, new Region(start, end), diagnostics);
    assertThat(result.citations()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("Knee Complaints 2004, Section(s): Special Studies");
      assertThat(c.span().orElseThrow().textOf(letter)).isEqualTo("Knee\nComplaints 2004, Section(s):\nSpecial Studies");
    });
  }

  @Test
  void warningsPointAtTheUnreadableText() {
    String statement = "Decision based on MTUS Knee Complaints 2004. Decision based on MTUS Unheard Of Treatment 2020.";
    Read read = read(statement);
    assertThat(read.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.span().textOf(statement)).isEqualTo("Unheard Of Treatment 2020");
      assertThat(d.message()).contains("Unheard Of Treatment 2020").contains("OTHER");
      assertThat(d.line()).isEqualTo(1);
      assertThat(d.column()).isEqualTo(statement.indexOf("Unheard") + 1);
    });
  }

  @Test
  void anEmptyStatementCitesNothingAndSaysNothing() {
    Read read = read("   ");
    assertThat(read.result().citations()).isEmpty();
    assertThat(read.result().citesNothing()).isFalse();
    assertThat(read.diagnostics()).isEmpty();
  }

  @Test
  void warningsAreCappedPerStatement() {
    String statement = "Decision based on MTUS Mystery Treatment 2019. ".repeat(50);
    Read read = read(statement);
    assertThat(read.result().citations()).hasSize(50)
        .allSatisfy(c -> assertThat(c.guideline()).isEqualTo(Guideline.OTHER));
    assertThat(read.diagnostics()).hasSize(CitationReader.MAX_WARNINGS + 1);
  }

  // --- pathological input: linear time, no exception ------------------------------------------

  static Stream<Arguments> pathological() {
    int size = 1 << 20;
    return Stream.of(
        // a chain separator over and over
        arguments("chain separators", "Decision based on MTUS Low Back Complaints 2004, Section(s): "
            + repeat("A, and B ", size)),
        // "and" and commas that each could start an unknown chained guideline
        arguments("unknown chain names", "Decision based on MTUS " + repeat(", and Aaaa Bbbb Cccc ", size)),
        // an ODG chapter list that never ends
        arguments("ODG chapter list", "Decision based on Non-MTUS Citation ODG " + repeat("Low Back, ", size)),
        // ODG topics with chapter names after every comma
        arguments("ODG topic boundaries", "Decision based on Non-MTUS Citation ODG Knee, x" + repeat(", Neck pain x", size)),
        // guidelines joined by "and the" over and over, each a citation of its own
        arguments("guidelines joined by and", "Decision based on Non-MTUS Citation x"
            + repeat(" and the ODG Knee", size)),
        // ODG chapters with qualifiers, cited without ODG's name
        arguments("chapters alone", "Decision based on Non-MTUS Citation "
            + repeat("Shoulder (Acute & Chronic), ", size)),
        // a lead over and over
        arguments("leads", repeat("Decision based on ", size)),
        // brackets that never close
        arguments("open brackets", "Decision based on Non-MTUS Citation ODG Knee " + repeat("(", size)),
        // digits and dashes where pages and years are read
        arguments("digits", "Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): " + repeat("1-", size)),
        // a 2014 field list
        arguments("2014 fields", "Decision based on Non-MTUS Citation MTUS: " + repeat("CHAPTER 8 X, ", size)),
        // one endless word
        arguments("one word", "Decision based on Non-MTUS Citation " + repeat("x", size)),
        // a remark that never ends
        arguments("remark", repeat("did not cite any ", size)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathological")
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void aMegabyteOfPathologicalTextIsReadQuickly(String name, String statement) {
    Read read = read(statement);
    assertThat(read.result()).isNotNull();
    assertThat(read.diagnostics().size()).isLessThanOrEqualTo(CitationReader.MAX_WARNINGS + 1);
  }

  static String repeat(String unit, int size) {
    return unit.repeat(Math.max(1, size / unit.length()));
  }

  @Test
  void randomTextNeverThrows() {
    Random random = new Random(42);
    String alphabet = "Decision based on MTUS Non-MTUS Citation ODG ACOEM Chapter 12 Page(s): Section(s):"
        + " Low Back, and & ( ) . , ; : - / 2004 46-47 http://x.y/ (updated 1/2/16)\n";
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Read read = read(text.toString());
      assertSpansFoldToText(read);
    }
  }

  // --- folding with offsets, vocabulary -----------------------------------------------------

  @Test
  void foldedTextAgreesWithFolding() {
    Random random = new Random(7);
    String alphabet = "ab-1 \n\t.";
    for (int n = 0; n < 5000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String clean = text.toString();
      int start = clean.isEmpty() ? 0 : random.nextInt(clean.length());
      int end = start + (clean.length() == start ? 0 : random.nextInt(clean.length() - start + 1));
      FoldedText folded = FoldedText.of(clean, start, end);
      assertThat(folded.text()).isEqualTo(Folding.fold(clean, start, end));
      for (int i = 0; i < folded.length(); i++) {
        char c = folded.text().charAt(i);
        char at = clean.charAt(folded.cleanOffset(i));
        assertThat(c == ' ' ? Characters.isSpace(at) : c == at).isTrue();
      }
    }
  }

  @Test
  void theVocabularyKnowsEveryAcoemChapterOfTheSecondEdition() {
    CitationVocabulary vocabulary = CitationVocabulary.standard();
    assertThat(vocabulary.acoemTitles.keySet()).containsExactlyInAnyOrder(
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    assertThat(vocabulary.acoemTitles.get(11)).isEqualTo("Forearm, Wrist, and Hand Complaints");
  }

  @Test
  void aBrokenVocabularyLineIsReportedWithItsNumber() {
    List<String> lines = new ArrayList<>(List.of("# comment", "mtus\tNOT_A_GUIDELINE\tSomething"));
    assertThatThrownBy(() -> CitationVocabulary.parse("test.txt", lines))
        .hasMessageContaining("test.txt line 2");
  }

  @Test
  void titleCaseKeepsSmallWordsLow() {
    assertThat(AcoemChapters.titleCase("NECK AND UPPER BACK COMPLAINTS")).isEqualTo("Neck and Upper Back Complaints");
    assertThat(AcoemChapters.titleCase("PAIN, SUFFERING, AND THE RESTORATION OF FUNCTION"))
        .isEqualTo("Pain, Suffering, and the Restoration of Function");
    assertThat(AcoemChapters.titleCase("Shoulder disorders")).isEqualTo("Shoulder disorders");
  }
}
