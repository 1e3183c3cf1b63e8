/**
 * The vocabularies the readers match against, each loaded from a resource file beside it: guideline
 * names ({@link CitationVocabulary}, {@code citations.txt}), request words and drugs ({@link
 * RequestClassifier}, {@code request-vocabulary.tsv}, {@code drugs.tsv}), specialties ({@link
 * Specialties}, {@code specialties.txt}), and the phrase matcher they share ({@link Phrases}).
 *
 * <p>May use: the model only.
 */
@NullMarked
package dev.imr.parser.internal.vocabulary;

import org.jspecify.annotations.NullMarked;
