/**
 * The parser's implementation, not API ({@code module-info} does not export it). {@link
 * LetterReader} runs the stages, each a package: {@code text} (clean the input, keep the offset
 * map) → {@code grammar} (lex and parse the fixed parts) → {@code sections} (map each section) and
 * {@code older} (the 2013 layouts) → {@code prose} and {@code citations} (read facts out of the
 * free text) over {@code vocabulary}.
 */
@NullMarked
package dev.imr.parser.internal;

import org.jspecify.annotations.NullMarked;
