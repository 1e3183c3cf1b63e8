/**
 * Stage 4, the citations: reads the guideline citations of a guideline statement ({@link
 * CitationReader}) into the model's typed {@code GuidelineCitation}s.
 *
 * <p>May use: {@code text}, {@code vocabulary} and the model. Not the grammar.
 */
@NullMarked
package dev.imr.parser.internal.citations;

import org.jspecify.annotations.NullMarked;
