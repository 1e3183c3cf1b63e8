/**
 * Stage 3, the sections: builds the model from the parse tree of a current letter (2014 on).
 * {@link LetterBuilder}, a visitor of the generated grammar, hands each section to its own class
 * ({@link HeaderMapper}, {@link ReviewerMapper}, {@link CaseSummaryMapper}, {@link ItemsMapper}),
 * which reads the section's free text through the prose and citations stages.
 *
 * <p>May use: {@code text}, {@code grammar}, {@code prose}, {@code citations}, {@code vocabulary}
 * and the model.
 */
@NullMarked
package dev.imr.parser.internal.sections;

import org.jspecify.annotations.NullMarked;
