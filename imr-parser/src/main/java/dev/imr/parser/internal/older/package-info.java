/**
 * The older layouts (2013 – early 2014), known by their headings: {@link OlderLayoutMapper}
 * recognises them among the tokens and maps each heading's text to the model, reusing the sections
 * stage's item assembly and the prose readers; {@link NoticeMapper} maps what the 2013 decision
 * notice's fixed sentences state.
 *
 * <p>May use: {@code text}, {@code grammar}, {@code sections}, {@code prose}, {@code citations},
 * {@code vocabulary} and the model.
 */
@NullMarked
package dev.imr.parser.internal.older;

import org.jspecify.annotations.NullMarked;
