/**
 * Stage 3, the sections: maps the parse tree of a current letter (2014 on) to the model, one
 * class per letter section ({@link HeaderMapper}, {@link ReviewerMapper}, {@link
 * CaseSummaryMapper}, {@link ItemsMapper}), assembled by {@link LetterMapper}; {@link ItemHeadings}
 * finds where an item's heading starts.
 *
 * <p>May use: {@code text}, {@code grammar}, {@code prose}, {@code citations}, {@code vocabulary}
 * and the model.
 */
@NullMarked
package dev.imr.parser.internal.sections;

import org.jspecify.annotations.NullMarked;
