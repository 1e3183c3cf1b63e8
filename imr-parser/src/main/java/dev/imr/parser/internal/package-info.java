/** Implementation of the parser: cleaning, the ANTLR grammar and the section mappers. Not API. */
@NullMarked
package dev.imr.parser.internal;

import org.jspecify.annotations.NullMarked;
