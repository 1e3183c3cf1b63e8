/**
 * The HTML report of {@code imr report}: letters counted as they come, the charts, the page,
 * and the SQL that gives its numbers over the database {@code imr load} makes.
 */
@NullMarked
package dev.imr.examples.report;

import org.jspecify.annotations.NullMarked;
