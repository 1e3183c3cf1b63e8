/**
 * Stage 2, the grammar: the ANTLR lexer and parser generated from {@code LetterLexer.g4} and
 * {@code LetterParser.g4} (same package, under {@code src/main/antlr4}), the lexer's support code
 * ({@link LetterLexerBase}, {@link Utf16CharStream}) and the parser's ({@link LetterParserBase}),
 * {@link ItemBoundaries}, the pass between lexing and parsing that decides where each item's
 * heading starts (with {@link ItemHeadings}),
 * and {@link SyntaxErrors}, which turns ANTLR's recovery into diagnostics that speak the letter's
 * words.
 *
 * <p>May use: {@code text}. Knows nothing of the model.
 */
@NullMarked
package dev.imr.parser.internal.grammar;

import org.jspecify.annotations.NullMarked;
