/**
 * The {@code imr} command line ({@link dev.imr.examples.ImrCommand}), the JSON form of a parsed
 * letter ({@link dev.imr.examples.DeterminationJson}) and a short example of the library API
 * ({@link dev.imr.examples.PrintDecisions}).
 */
@NullMarked
package dev.imr.examples;

import org.jspecify.annotations.NullMarked;
