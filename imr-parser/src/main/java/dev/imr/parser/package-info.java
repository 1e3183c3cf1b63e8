/**
 * Parses IMR determination letters. {@link dev.imr.parser.ImrParser} is the entry point; it
 * returns a {@link dev.imr.parser.ParseResult} holding the {@link dev.imr.model.Determination} and
 * the {@link dev.imr.parser.Diagnostic}s found on the way. Everything under {@code
 * dev.imr.parser.internal} may change in any release.
 */
@NullMarked
package dev.imr.parser;

import org.jspecify.annotations.NullMarked;
