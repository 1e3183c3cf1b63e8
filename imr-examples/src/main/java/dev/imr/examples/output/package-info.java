/**
 * What a run writes: the JSON record of a parsed letter, CSV rows, the database tables, files
 * replaced whole at the end and standard output that reports its failures.
 */
@NullMarked
package dev.imr.examples.output;

import org.jspecify.annotations.NullMarked;
