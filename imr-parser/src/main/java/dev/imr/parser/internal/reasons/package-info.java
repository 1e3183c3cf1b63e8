/**
 * The reasons stage: reads why a disputed item was decided from the text of its {@code Decision
 * rationale}, folded by the items section.
 *
 * <p>{@link dev.imr.parser.internal.reasons.ReasonReader} splits the rationale into sentences and
 * gives each the kinds of ground ({@link dev.imr.model.DecisionReason.Kind}) its wording states,
 * by the rules of one vocabulary file, {@code reasons.txt} beside this package's classes. The
 * stage uses only the rationale's folded text, the item's decision and a function from offsets in
 * that text to spans in the caller's input. It never guesses: a rationale none of whose sentences
 * a rule covers gives no reasons, and the caller reports that as a diagnostic.
 *
 * <p>May use: {@code text} (its sentence rule) and the model. Not the grammar or the sections.
 */
@NullMarked
package dev.imr.parser.internal.reasons;

import org.jspecify.annotations.NullMarked;
