/**
 * The reasons stage: reads why a disputed item was decided from the text of its {@code Decision
 * rationale}, after the items stage has cut the rationale out and folded its white space.
 *
 * <p>{@link dev.imr.parser.internal.reasons.ReasonReader} splits the rationale into sentences and
 * gives each the kinds of ground ({@link dev.imr.model.DecisionReason.Kind}) its wording states,
 * by the rules of one vocabulary file, {@code reasons.txt} beside this package's classes. The
 * stage uses only the rationale's folded text, the item's decision and a function from offsets in
 * that text to spans in the caller's input; it knows nothing of the grammar, the cleaning or the
 * other sections. It never guesses: a rationale none of whose sentences a rule covers gives no
 * reasons, and the caller reports that as a diagnostic.
 */
@NullMarked
package dev.imr.parser.internal.reasons;

import org.jspecify.annotations.NullMarked;
