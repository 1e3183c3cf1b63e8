/**
 * The {@code imr} command line ({@link dev.imr.examples.ImrCommand}): {@code imr parse} writes
 * letters as JSON Lines, JSON or CSV, {@code imr load} loads them into SQLite or another JDBC
 * database, {@code imr report} writes an HTML page of what they say in aggregate; the JSON record
 * of a parsed letter ({@link dev.imr.examples.DeterminationJson}); and a short example of the library API ({@link dev.imr.examples.PrintDecisions}).
 */
@NullMarked
package dev.imr.examples;

import org.jspecify.annotations.NullMarked;
