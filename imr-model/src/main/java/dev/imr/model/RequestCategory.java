package dev.imr.model;

/**
 * What kind of treatment a {@link DisputedItem} requests, in the request categories the Division
 * of Workers' Compensation uses to report and search IMR decisions.
 *
 * <p>DWC publishes the category names but not a rule for every request, so the boundaries below
 * are this library's reading of the scheme, chosen so that one request has one category:
 *
 * <ul>
 *   <li>A service that comes with a surgery ({@code Associated surgical service: …}) takes the
 *       category of the service itself: a cold therapy unit is {@link #DMEPOS}, post-operative
 *       physical therapy {@link #REHABILITATION}, pre-operative labs {@link #DIAGNOSTIC_TESTING},
 *       a pre-operative medical clearance {@link #EVALUATION_AND_MANAGEMENT}; an assistant surgeon,
 *       anesthesia and a hospital stay remain {@link #SURGERY}.
 *   <li>A drug is {@link #PHARMACEUTICALS} whatever its route (tablet, patch, cream), except a
 *       drug given by injection (an epidural steroid, a Toradol injection), which is {@link
 *       #INJECTION}.
 *   <li>A referral or consultation is {@link #EVALUATION_AND_MANAGEMENT}, unless it is to a
 *       psychologist or psychiatrist ({@link #PSYCH_SERVICES}) or is itself a course of treatment
 *       such as physical therapy ({@link #REHABILITATION}) or a program ({@link #PROGRAMS}).
 * </ul>
 *
 * <p>{@link #OTHER} means the request could not be placed with confidence; it is never a guess
 * between two categories.
 */
public enum RequestCategory {
  /**
   * Tests that find or measure: imaging (X-ray, MRI, CT, bone scan, diagnostic ultrasound),
   * electrodiagnostics (EMG, nerve conduction studies), laboratory tests and urine drug screens,
   * sleep studies, functional capacity evaluations.
   */
  DIAGNOSTIC_TESTING,
  /**
   * Durable medical equipment, prosthetics, orthotics and supplies: braces and supports, TENS and
   * other stimulator units and their supplies, cold and hot therapy units, walkers, canes,
   * wheelchairs, beds and mattresses, orthopaedic shoes and insoles, home exercise equipment.
   */
  DMEPOS,
  /**
   * Office visits, follow-up visits, consultations and referrals to physicians (pain management,
   * orthopaedic, neurology and other specialists), second opinions, medical clearance.
   */
  EVALUATION_AND_MANAGEMENT,
  /** Care given at home: home health aides, nursing visits, home care and housekeeping help. */
  HOME_HEALTH,
  /**
   * Procedures done with a needle: epidural steroid injections, facet and medial branch blocks,
   * radiofrequency ablation, trigger point injections, joint, bursa and tendon sheath injections,
   * nerve blocks, botulinum toxin, platelet-rich plasma and viscosupplement injections.
   */
  INJECTION,
  /**
   * Drugs taken by the patient: prescription and over-the-counter medicines, topical and
   * compounded preparations, medical foods and supplements. {@link DisputedItem#drugClass()}
   * says which class.
   */
  PHARMACEUTICALS,
  /**
   * Structured multi-week programs: functional restoration and other multidisciplinary pain
   * programs, work hardening and work conditioning, detoxification, weight-loss programs, gym or
   * pool memberships.
   */
  PROGRAMS,
  /**
   * Mental health care: psychological and psychiatric evaluations and testing, psychotherapy,
   * cognitive behavioral therapy, psychiatric follow-up, psychiatric partial hospitalization.
   */
  PSYCH_SERVICES,
  /**
   * Physical medicine given as a course of visits: physical therapy (also aquatic, hand and
   * post-operative), occupational therapy, chiropractic care and manipulation, acupuncture; the
   * passive modalities given in those visits (electrical stimulation, therapeutic ultrasound) and
   * an evaluation by the therapist or chiropractor who gives them.
   */
  REHABILITATION,
  /**
   * Operations and the services that are part of them: arthroscopies, fusions, decompressions,
   * repairs and releases, implanting a spinal cord stimulator or pump (also its trial),
   * manipulation under anesthesia, an assistant surgeon, anesthesia, a hospital stay.
   */
  SURGERY,
  /**
   * Other therapies given in sessions that are neither rehabilitation nor psych services:
   * extracorporeal shockwave therapy, biofeedback, massage, laser therapy, hyperbaric oxygen,
   * speech therapy.
   */
  THERAPIES,
  /** Getting the patient to and from care: medical transportation, taxi or van to appointments. */
  TRANSPORTATION,
  /** Not placed: the request fits none of the categories, or fits several equally well. */
  OTHER
}
