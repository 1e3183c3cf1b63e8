/**
 * Example programs of the library API ({@link dev.imr.examples.PrintDecisions}), and the {@code
 * imr} command line in packages by job:
 *
 * <ul>
 *   <li>{@link dev.imr.examples.cli}: the commands and their options ({@code imr parse}, {@code
 *       imr load}, {@code imr report});
 *   <li>{@link dev.imr.examples.run}: running many files: finding them, parsing them in parallel
 *       in input order, reporting errors and the summary on standard error, Ctrl-C;
 *   <li>{@link dev.imr.examples.output}: what a run writes: the JSON record, CSV, the database,
 *       files replaced whole and standard output that reports its failures;
 *   <li>{@link dev.imr.examples.report}: the HTML report: counting letters as they come, charts,
 *       the page and the SQL that gives its numbers.
 * </ul>
 */
@NullMarked
package dev.imr.examples;

import org.jspecify.annotations.NullMarked;
