/**
 * The vocabularies the readers match against: guideline names ({@link CitationVocabulary}, {@code
 * citations.tsv}), request words and drugs ({@link RequestClassifier} by {@link
 * RequestVocabulary}, {@code request-vocabulary.tsv}, {@code drugs.tsv}) and board specialties
 * ({@link Specialties}, {@code specialties.tsv}). All four files are in one format, read by one
 * loader ({@link VocabularyFile}, which documents the format), and every name is matched by one
 * phrase matcher ({@link Phrases}).
 *
 * <p>May use: the model only.
 */
@NullMarked
package dev.imr.parser.internal.vocabulary;

import org.jspecify.annotations.NullMarked;
