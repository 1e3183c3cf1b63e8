package dev.imr.examples.report;

import dev.imr.model.CitationBasis;
import dev.imr.model.DrugClass;
import dev.imr.model.Guideline;
import dev.imr.model.Outcome;
import dev.imr.model.RequestCategory;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How {@code imr report} names the values the database stores as enumeration names: the words
 * DWC and the letters use ({@code Evaluation & Management}, {@code Non-MTUS}); a null value
 * (SQL NULL) gets a name that says what is missing.
 */
public final class ReportLabels {

  private ReportLabels() {}

  /** A {@link RequestCategory}, in the words of DWC's request categories. */
  public static String category(String name) {
    return switch (RequestCategory.valueOf(name)) {
      case DIAGNOSTIC_TESTING -> "Diagnostic Testing";
      case DMEPOS -> "DMEPOS";
      case EVALUATION_AND_MANAGEMENT -> "Evaluation & Management";
      case HOME_HEALTH -> "Home Health";
      case INJECTION -> "Injection";
      case PHARMACEUTICALS -> "Pharmaceuticals";
      case PROGRAMS -> "Programs";
      case PSYCH_SERVICES -> "Psych Services";
      case REHABILITATION -> "Rehabilitation";
      case SURGERY -> "Surgery";
      case THERAPIES -> "Therapies";
      case TRANSPORTATION -> "Transportation";
      case OTHER -> "Not placed in a category";
    };
  }

  /** A {@link DrugClass}; null for a drug whose class was not recognised. */
  public static String drugClass(@Nullable String name) {
    if (name == null) {
      return "Class not recognised";
    }
    return switch (DrugClass.valueOf(name)) {
      case NSAID -> "NSAID";
      case NON_OPIOID_ANALGESIC -> "Non-opioid analgesic";
      case ANTI_INFECTIVE -> "Anti-infective";
      case OTHER -> "Other drugs";
      default -> sentence(name);
    };
  }

  /** A {@link Guideline} by the title the letters cite it by; null for items citing none. */
  public static String guideline(@Nullable String name) {
    if (name == null) {
      return "No guideline cited";
    }
    return switch (Guideline.valueOf(name)) {
      case CHRONIC_PAIN -> "Chronic Pain Medical Treatment";
      case OPIOIDS -> "Opioid Treatment";
      case ACUPUNCTURE -> "Acupuncture Medical Treatment";
      case POSTSURGICAL -> "Postsurgical Treatment";
      case ACOEM -> "ACOEM";
      case ODG -> "ODG";
      case OTHER -> "Other documents";
    };
  }

  /** A {@link CitationBasis} as the letters write it. */
  public static String basis(String name) {
    return switch (CitationBasis.valueOf(name)) {
      case MTUS -> "MTUS";
      case NON_MTUS -> "Non-MTUS";
    };
  }

  /** A letter's {@link Outcome}; null for a letter with an undecided item or no item. */
  public static String outcome(@Nullable String name) {
    return name == null ? "No outcome" : sentence(Outcome.valueOf(name).name());
  }

  /** An item's decision; null for an item whose heading states none. */
  public static String decision(@Nullable String name) {
    return name == null ? "No decision" : sentence(name);
  }

  /**
   * A {@link dev.imr.model.DecisionReason.Kind}: {@code Criteria not documented}; null for an
   * item whose rationale states no ground the parser recognises.
   */
  public static String reason(@Nullable String name) {
    return name == null ? "No reason recognised" : sentence(name);
  }

  /** A side of the dispute. */
  public static String side(LetterStatistics.Side side) {
    return switch (side) {
      case CLAIMS_ADMINISTRATOR -> "Claims administrator";
      case REVIEWER -> "Expert reviewer";
    };
  }

  /** {@code PROTON_PUMP_INHIBITOR} as {@code Proton pump inhibitor}. */
  private static String sentence(String name) {
    String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
