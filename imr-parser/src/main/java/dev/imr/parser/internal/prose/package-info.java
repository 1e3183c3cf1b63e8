/**
 * Stage 4, the prose: readers of facts that free text states in words — dates ({@link
 * DateReader}), the case summary's facts ({@link CaseFactsReader}), what an item's title
 * states beyond its words ({@link ItemDetailsReader}) and the 2013 notice's fixed sentences
 * ({@link NoticeReader}). Each gives values with the regions they were read from.
 *
 * <p>May use: {@code text}, {@code vocabulary} and the model. Not the grammar.
 */
@NullMarked
package dev.imr.parser.internal.prose;

import org.jspecify.annotations.NullMarked;
