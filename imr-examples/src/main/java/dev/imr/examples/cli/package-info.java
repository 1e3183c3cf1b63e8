/**
 * The commands of the {@code imr} command line and their options: {@code imr parse}, {@code imr
 * load} and {@code imr report} check their arguments, then hand a run of files to {@link
 * dev.imr.examples.run} and its results to an output.
 */
@NullMarked
package dev.imr.examples.cli;

import org.jspecify.annotations.NullMarked;
