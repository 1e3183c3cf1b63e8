package dev.imr.parser.internal.reasons;

import dev.imr.model.Decision;
import dev.imr.model.DecisionReason;
import dev.imr.model.SourceSpan;
import dev.imr.parser.internal.text.Sentences;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads why a disputed item was decided from its rationale: the kinds of ground its sentences
 * state, each once, in the order the rationale first states them (the first is taken as the main
 * reason), each with its sentence and span. Rules for upheld denials apply to an upheld item,
 * rules for overturned denials to an overturned one, both to an item without a decision.
 *
 * <p>Stateless and thread-safe. Bad input gives no reasons; it never throws.
 */
public final class ReasonReader {

  /** Maps a range of the rationale text given to {@link #read} to its span in the input. */
  @FunctionalInterface
  public interface Spans {
    /** The input span of {@code [start, end)} of the rationale text. */
    SourceSpan span(int start, int end);
  }

  private static final ReasonReader STANDARD = new ReasonReader(ReasonVocabulary.standard());

  private final ReasonVocabulary vocabulary;

  /** A reader with the rules of {@code vocabulary}, for measuring other rule sets. */
  ReasonReader(ReasonVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The reader with the rules of {@code reasons.txt}. */
  public static ReasonReader standard() {
    return STANDARD;
  }

  /**
   * The reasons {@code rationale} states for an item decided as {@code decision}; empty when it
   * states no ground the rules recognise.
   *
   * @param rationale the rationale's text, white space folded
   * @param decision the item's decision, empty when the heading states none
   * @param spans where each range of {@code rationale} stands in the input
   */
  public List<DecisionReason> read(String rationale, Optional<Decision> decision, Spans spans) {
    Set<ReasonVocabulary.Section> sections = decision
        .map(d -> d == Decision.OVERTURNED
            ? EnumSet.of(ReasonVocabulary.Section.OVERTURNED)
            : EnumSet.of(ReasonVocabulary.Section.UPHELD))
        .orElseGet(() -> EnumSet.allOf(ReasonVocabulary.Section.class));
    List<DecisionReason> reasons = new ArrayList<>();
    int given = 0; // kinds given, as a bit set over their ordinals
    ReasonVocabulary.Matcher matcher = vocabulary.matcher();
    for (Sentences.Sentence sentence : Sentences.split(rationale)) {
      int words = matcher.read(rationale, sentence.start(), sentence.end());
      if (words == 0 || words > vocabulary.maxWords()) {
        continue;
      }
      int found = 0;
      List<ReasonVocabulary.Rule> rules = vocabulary.rules();
      for (int r = 0; r < rules.size(); r++) { // by index: an iterator a sentence adds up
        ReasonVocabulary.Rule rule = rules.get(r);
        int bit = 1 << rule.kind().ordinal();
        if ((found & bit) == 0 && sections.contains(rule.section())
            && rule.matches(matcher.held(), found)) {
          found |= bit;
          if ((given & bit) == 0) {
            given |= bit;
            reasons.add(DecisionReason.builder().kind(rule.kind())
                .text(rationale.substring(sentence.start(), sentence.end()))
                .span(spans.span(sentence.start(), sentence.end())).build());
          }
        }
      }
    }
    return List.copyOf(reasons);
  }
}
