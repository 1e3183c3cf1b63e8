package dev.imr.parser.internal;

import dev.imr.model.Determination;
import dev.imr.model.SourceSpan;
import dev.imr.parser.Diagnostic;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.Severity;
import dev.imr.parser.internal.grammar.HeaderBlock;
import dev.imr.parser.internal.grammar.ItemBoundaries;
import dev.imr.parser.internal.grammar.ItemLabels;
import dev.imr.parser.internal.grammar.LandmarkFault;
import dev.imr.parser.internal.grammar.Landmarks;
import dev.imr.parser.internal.grammar.LetterLexer;
import dev.imr.parser.internal.grammar.LetterParser;
import dev.imr.parser.internal.grammar.SyntaxErrors;
import dev.imr.parser.internal.grammar.Utf16CharStream;
import dev.imr.parser.internal.older.OlderLayoutMapper;
import dev.imr.parser.internal.sections.LetterBuilder;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
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
    SyntaxErrors errors = new SyntaxErrors(diagnostics);
    // Lexed once with the older layouts' headings as tokens; a current letter that merely holds
    // one of them as text is lexed again without.
    Lexed lexed = lex(source, sourceName, errors, true, 0);
    OlderLayoutMapper.Layout older = OlderLayoutMapper.recognise(lexed.tokens().getTokens());
    if (older != null) {
      reportPageFurniture(source, diagnostics);
      lexed.reportCut(source, diagnostics);
      LetterParser parser = parser(lexed.tokens());
      LetterParser.OlderLetterContext tree =
          parse(parser, lexed.tokens(), errors, parser::olderLetter);
      return new Reading(new OlderLayoutMapper(source, diagnostics, older).map(tree),
          diagnostics.sorted());
    }
    if (lexed.olderHeading()) {
      lexed = lex(source, sourceName, errors, false, 0);
    }
    // A landmark out of step (a heading given twice, a stray label, a doubled line) on lines of
    // its own leaves the text, which is cleaned and lexed again; one sharing its line is read
    // as text where it stands. Either way what follows reads as if it were not there.
    List<LandmarkFault> faults = faults(lexed.tokens().getTokens(), source);
    List<SourceSpan> leftOut = leaveOut(faults, source, diagnostics);
    if (!leftOut.isEmpty()) {
      source = SourceText.of(input, leftOut);
      diagnostics = diagnostics.on(source);
      errors = new SyntaxErrors(diagnostics);
      lexed = lex(source, sourceName, errors, false, 0);
    }
    reportPageFurniture(source, diagnostics);
    lexed.reportCut(source, diagnostics);
    CommonTokenStream stream = withHeaderFromWhereItStands(lexed, source, sourceName, errors);
    // Found again only on tokens that are new: the text cleaned again or a header lexed again.
    if (!leftOut.isEmpty() || stream != lexed.tokens()) {
      faults = faults(stream.getTokens(), source);
    }
    for (LandmarkFault fault : faults) {
      fault.applyInPlace();
      if (!fault.reportedLater()) {
        diagnostics.warning(DiagnosticCode.UNEXPECTED_CONTENT, fault.description()
            + (fault.asText() ? ": read as text" : ": read once"), fault.start(), fault.end());
      }
    }
    ItemBoundaries.mark(stream.getTokens(), source.clean());
    LetterParser parser = parser(stream);
    LetterParser.LetterContext tree = parse(parser, stream, errors, parser::letter);
    // A 2013 letter heading its items 'IMR DECISION(S) AND RATIONALE(S)' reads as a current one;
    // the older stage only names its layout.
    OlderLayoutMapper.noteOlderItemsHeading(tree, source, diagnostics);
    Determination determination = new LetterBuilder(source, diagnostics).build(tree);
    return new Reading(determination, diagnostics.sorted());
  }

  private static List<LandmarkFault> faults(List<Token> tokens, SourceText source) {
    List<LandmarkFault> faults = new ArrayList<>(Landmarks.repeats(tokens, source));
    faults.addAll(ItemLabels.faults(tokens, source));
    return faults;
  }

  /** The lines of the faults that stand on lines of their own, each reported as left out. */
  private static List<SourceSpan> leaveOut(List<LandmarkFault> faults, SourceText source,
      Diagnostics diagnostics) {
    List<SourceSpan> lines = new ArrayList<>();
    for (LandmarkFault fault : faults) {
      if (fault.wholeLines()) {
        SourceSpan span = source.span(fault.start(), fault.end());
        diagnostics.add(Severity.WARNING, DiagnosticCode.UNEXPECTED_CONTENT, fault.description()
            + ": a page header or a line given twice or astray, left out of the text", span);
        lines.add(span);
      }
    }
    return lines;
  }

  /**
   * The tokens, with a header block that stands after a section heading lexed again as a header
   * where it stands (the lexer reads header labels only before the first heading).
   */
  private static CommonTokenStream withHeaderFromWhereItStands(Lexed lexed, SourceText source,
      String sourceName, SyntaxErrors errors) {
    List<Token> tokens = lexed.tokens().getTokens();
    int start = lexed.cut() != null ? -1 : HeaderBlock.start(tokens, source.clean());
    if (start < 0) {
      return lexed.tokens();
    }
    List<Token> spliced = new ArrayList<>();
    for (Token token : tokens) {
      if (token.getType() != Token.EOF && token.getStartIndex() < start) {
        spliced.add(token);
      }
    }
    Lexed header = lex(source, sourceName, errors, false, start);
    spliced.addAll(header.tokens().getTokens());
    for (int i = 0; i < spliced.size(); i++) {
      ((CommonToken) spliced.get(i)).setTokenIndex(i);
    }
    CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(spliced));
    stream.fill();
    return stream;
  }

  /** Page headers and footers are not the letter's text, but leaving them out is said once. */
  private static void reportPageFurniture(SourceText source, Diagnostics diagnostics) {
    for (SourceText.DoubledLine doubled : source.doubledLines()) {
      String line = doubled.again().textOf(source.original()).strip();
      diagnostics.add(Severity.WARNING, DiagnosticCode.UNEXPECTED_CONTENT, "the line "
          + Diagnostics.quote(line) + " again right after itself (first at " + source.line(doubled.first().start()) + ":"
          + source.column(doubled.first().start()) + "): read once", doubled.again());
    }
    List<SourceSpan> furniture = source.pageFurniture();
    if (furniture.isEmpty()) {
      return;
    }
    SourceSpan first = furniture.get(0);
    String example = first.textOf(source.original()).strip();
    diagnostics.add(Severity.INFO, DiagnosticCode.PAGE_FURNITURE, furniture.size()
        + (furniture.size() == 1 ? " page header or footer line" : " page header and footer lines")
        + " left out of the text, the first '" + example + "'", first);
  }

  /**
   * The tokens of one lexing, the decision where they were cut short, if they were, and whether
   * one of them is an older layout's heading.
   */
  private record Lexed(CommonTokenStream tokens, @Nullable Token cut, boolean olderHeading) {
    void reportCut(SourceText source, Diagnostics diagnostics) {
      if (cut != null) {
        diagnostics.error(DiagnosticCode.LIMIT_EXCEEDED, "more than " + MAX_DECISIONS
            + " decisions (': Upheld', ': Overturned'), far more than any letter holds: the text"
            + " from here on is not read", cut.getStartIndex(), source.clean().length());
      }
    }
  }

  private static Lexed lex(SourceText source, String sourceName, SyntaxErrors errors,
      boolean olderHeadings, int from) {
    Utf16CharStream chars = new Utf16CharStream(source.clean(), sourceName);
    chars.seek(from);
    LetterLexer lexer = new LetterLexer(chars);
    lexer.setOlderHeadings(olderHeadings);
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors.listener());
    DecisionLimit limited = new DecisionLimit(lexer);
    CommonTokenStream tokens = new SizedTokenStream(limited, source.clean().length() - from);
    tokens.fill();
    return new Lexed(tokens, limited.cut(), limited.olderHeading());
  }

  /**
   * A token stream whose list is sized for the text up front: grown from ANTLR's hundred by
   * halves, it was copied some five times a letter. Letters hold a token every 23 to 35
   * characters; room for one every 16 is rarely exceeded.
   */
  private static final class SizedTokenStream extends CommonTokenStream {
    SizedTokenStream(TokenSource source, int characters) {
      super(source);
      tokens = new ArrayList<>(Math.min(characters / 16, 1 << 16) + 32);
    }
  }

  /**
   * At most this many item decisions are read. Real letters decide a few dozen items at most; a
   * text of millions of {@code : Upheld} lines under the items heading would otherwise make a
   * parse tree, with its error recovery, that outgrows memory.
   */
  static final int MAX_DECISIONS = 1000;

  /**
   * The lexer's tokens up to the decision past {@link #MAX_DECISIONS}, then the end. It sees
   * every token, so it also notes an older layout's heading among them.
   */
  private static final class DecisionLimit implements TokenSource {
    private final LetterLexer lexer;
    private int decisions;
    private @Nullable Token cut;
    private boolean olderHeading;

    DecisionLimit(LetterLexer lexer) {
      this.lexer = lexer;
    }

    @Nullable Token cut() {
      return cut;
    }

    boolean olderHeading() {
      return olderHeading;
    }

    @Override
    public Token nextToken() {
      if (cut != null) {
        return end(cut);
      }
      Token token = lexer.nextToken();
      if (token.getType() == LetterLexer.DECISION && ++decisions > MAX_DECISIONS) {
        cut = token;
        return end(token);
      }
      olderHeading |= token.getType() == LetterLexer.OLDER_HEADING;
      return token;
    }

    private static Token end(Token at) {
      CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
      eof.setStartIndex(at.getStartIndex());
      eof.setStopIndex(at.getStartIndex() - 1);
      eof.setLine(at.getLine());
      eof.setCharPositionInLine(at.getCharPositionInLine());
      return eof;
    }

    @Override
    public int getLine() {
      return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
      return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
      return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
      return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
      lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
      return lexer.getTokenFactory();
    }
  }

  private static LetterParser parser(CommonTokenStream tokens) {
    LetterParser parser = new LetterParser(tokens);
    parser.removeErrorListeners();
    return parser;
  }

  /** SLL first, which is all this grammar needs on good input; full LL with recovery on errors. */
  private static <T> T parse(LetterParser parser, CommonTokenStream tokens, SyntaxErrors errors,
      Supplier<T> startRule) {
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return startRule.get();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(errors);
      return startRule.get();
    }
  }
}
