/**
 * Stage 4, the prose: readers of facts that free text states in words — dates ({@link
 * DateReader}), the case summary's facts ({@link CaseFactsReader}) and what an item's title
 * states beyond its words ({@link ItemDetailsReader}). Each reads folded text and gives values
 * with the regions they were read from.
 *
 * <p>May use: {@code text}, {@code vocabulary} and the model. Not the grammar.
 */
@NullMarked
package dev.imr.parser.internal.prose;

import org.jspecify.annotations.NullMarked;
