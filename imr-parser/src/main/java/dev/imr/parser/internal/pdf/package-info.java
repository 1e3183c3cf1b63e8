/**
 * The PDF stage: from a PDF file's bytes to the letter's text, or to the reason there is none.
 *
 * <p>It comes first and stands alone: it uses Apache PDFBox and the public diagnostic types of
 * {@code dev.imr.parser} ({@code DiagnosticCode}, {@code Severity}), and nothing of the later
 * stages, which only ever see the text it returns. Not API.
 */
@NullMarked
package dev.imr.parser.internal.pdf;

import org.jspecify.annotations.NullMarked;
