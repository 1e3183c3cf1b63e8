/**
 * Stage 1, the text: the caller's input and the cleaned text the grammar reads ({@link
 * SourceText}, with the map from cleaned offsets back to the input), folding of ranges into the
 * model's words ({@link Folding}, {@link FoldedText}), {@link Region}s of the cleaned text, and the
 * {@link Diagnostics} placed by those offsets.
 *
 * <p>May use: the model's {@code SourceSpan}, the API's diagnostic types and ANTLR's token
 * types (a region is made from a token or rule). Nothing else of the parser.
 */
@NullMarked
package dev.imr.parser.internal.text;

import org.jspecify.annotations.NullMarked;
