package dev.imr.parser.internal;

import dev.imr.model.Determination;
import dev.imr.parser.Diagnostic;
import dev.imr.model.SourceSpan;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.Severity;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jspecify.annotations.Nullable;

/** Reads one letter: clean, lex, parse, map. Holds no state between calls. */
public final class LetterReader {

  private LetterReader() {}

  /** What reading one input gave. */
  public record Reading(@Nullable Determination determination, List<Diagnostic> diagnostics) {}

  /** Reads {@code input}; never throws for any text. */
  public static Reading read(CharSequence input, String sourceName) {
    SourceText source = SourceText.of(input);
    Diagnostics diagnostics = new Diagnostics(source);
    if (source.clean().isBlank()) {
      diagnostics.add(Severity.ERROR, DiagnosticCode.EMPTY_INPUT, "the input holds no text",
          SourceSpan.of(0, 0));
      return new Reading(null, diagnostics.sorted());
    }
    LetterParser.LetterContext tree = parse(source, sourceName, diagnostics);
    Determination determination = new LetterMapper(source, diagnostics).map(tree);
    return new Reading(determination, diagnostics.sorted());
  }

  /** SLL first, which is all this grammar needs on good input; full LL with recovery on errors. */
  private static LetterParser.LetterContext parse(SourceText source, String sourceName,
      Diagnostics diagnostics) {
    SyntaxErrors errors = new SyntaxErrors(diagnostics);
    LetterLexer lexer = new LetterLexer(new Utf16CharStream(source.clean(), sourceName));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors.listener());
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    LetterParser parser = new LetterParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return parser.letter();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(errors);
      return parser.letter();
    }
  }
}
