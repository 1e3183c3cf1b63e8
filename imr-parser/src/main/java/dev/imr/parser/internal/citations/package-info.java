/**
 * Stage 4, the citations: reads the guideline citations of a guideline statement into the
 * model's typed {@code GuidelineCitation}s. {@link CitationReader} is the dispatch: it splits a
 * statement into sentences and hands each to the reader of its kind, one class per citation kind
 * ({@link RemarkReader}, {@link MtusChainReader}, {@link MtusGuidelineReader}, {@link
 * Mtus2014Reader}, {@link NonMtusReader}, {@link OdgReader}, {@link AcoemReader}, {@link
 * DocumentReader}), with the shared parts beside them ({@link Statement}, {@link Tail}, {@link
 * PageRanges}, {@link AcoemChapters}, {@link Shape}).
 *
 * <p>May use: {@code text}, {@code vocabulary} and the model. Not the grammar.
 */
@NullMarked
package dev.imr.parser.internal.citations;

import org.jspecify.annotations.NullMarked;
