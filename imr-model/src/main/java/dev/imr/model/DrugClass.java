package dev.imr.model;

/**
 * The class of a requested drug, in the terms MTUS and DWC use to group pharmaceutical requests.
 *
 * <p>A combination product takes the class of the ingredient that governs its use
 * (hydrocodone/acetaminophen is an {@link #OPIOID}); a compounded preparation is a {@link
 * #COMPOUND} whatever it holds; a drug applied to the skin that is not compounded is a {@link
 * #TOPICAL} (a lidocaine patch, diclofenac gel), as MTUS treats topical analgesics as one group.
 */
public enum DrugClass {
  /** Opioid analgesics, also tramadol, tapentadol and buprenorphine. */
  OPIOID,
  /** Non-steroidal anti-inflammatory drugs taken by mouth (naproxen, ibuprofen, meloxicam). */
  NSAID,
  /** Acetaminophen and other non-opioid, non-NSAID analgesics taken alone. */
  NON_OPIOID_ANALGESIC,
  /** Muscle relaxants and antispasmodics (cyclobenzaprine, carisoprodol, tizanidine). */
  MUSCLE_RELAXANT,
  /** Anticonvulsants, also when used for nerve pain (gabapentin, pregabalin, topiramate). */
  ANTICONVULSANT,
  /** Antidepressants, also when used for pain or sleep (duloxetine, amitriptyline, trazodone). */
  ANTIDEPRESSANT,
  /** Drugs applied to the skin that are not compounded (lidocaine patch, capsaicin, diclofenac gel). */
  TOPICAL,
  /** Compounded preparations, usually topical creams of several ingredients. */
  COMPOUND,
  /** Proton-pump inhibitors (omeprazole, pantoprazole). */
  PROTON_PUMP_INHIBITOR,
  /** Other drugs that protect the stomach or treat reflux (ranitidine, famotidine, sucralfate). */
  GASTROINTESTINAL,
  /** Non-benzodiazepine sleep aids (zolpidem, eszopiclone, ramelteon, suvorexant). */
  SLEEP_AID,
  /** Benzodiazepines (alprazolam, clonazepam, lorazepam, temazepam). */
  BENZODIAZEPINE,
  /** Other drugs for anxiety (buspirone, hydroxyzine). */
  ANXIOLYTIC,
  /** Antipsychotics (quetiapine, aripiprazole). */
  ANTIPSYCHOTIC,
  /** Stimulants and wakefulness agents (methylphenidate, modafinil). */
  STIMULANT,
  /** Drugs against nausea (ondansetron, promethazine). */
  ANTIEMETIC,
  /** Laxatives and drugs for opioid-induced constipation (docusate, senna, naloxegol). */
  LAXATIVE,
  /** Drugs for migraine (sumatriptan and the other triptans). */
  MIGRAINE,
  /** Barbiturates and barbiturate-containing analgesics (butalbital combinations such as Fioricet). */
  BARBITURATE,
  /** Corticosteroids taken by mouth (prednisone, methylprednisolone). */
  CORTICOSTEROID,
  /** Antihistamines not used as sleep aids (cetirizine, diphenhydramine). */
  ANTIHISTAMINE,
  /** Medical foods (Theramine, Sentra), dietary supplements and vitamins. */
  MEDICAL_FOOD,
  /** Hormones (testosterone). */
  HORMONE,
  /** Drugs that reverse or treat opioid dependence and overdose (naloxone, naltrexone). */
  OPIOID_ANTAGONIST,
  /** Drugs for the heart and blood pressure (lisinopril, amlodipine, clonidine). */
  CARDIOVASCULAR,
  /** Drugs for diabetes (metformin, insulin). */
  ANTIDIABETIC,
  /** Antibiotics and other anti-infectives. */
  ANTI_INFECTIVE,
  /** Drugs for erectile dysfunction (sildenafil, tadalafil). */
  ERECTILE_DYSFUNCTION,
  /** A drug this library knows but places in none of the classes above (allopurinol). */
  OTHER
}
