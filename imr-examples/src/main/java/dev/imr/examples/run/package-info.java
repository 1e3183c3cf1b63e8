/**
 * Running many files: finding them under the PATHs, parsing them on a pool of threads with the
 * results handed on in input order, each error reported on standard error (escaped) as it
 * comes, the closing summary, the progress bar and Ctrl-C.
 */
@NullMarked
package dev.imr.examples.run;

import org.jspecify.annotations.NullMarked;
