package dev.imr.parser.internal.text;

import dev.imr.model.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/** A range {@code [start, end)} of the cleaned text, trimmed of white space at both ends. */
public record Region(int start, int end) {

  /** The text a rule matched, or null when the rule matched nothing real. */
  public static @Nullable Region of(@Nullable ParserRuleContext ctx) {
    if (ctx == null || ctx.getStart() == null || ctx.getStop() == null) {
      return null;
    }
    int start = ctx.getStart().getStartIndex();
    int end = ctx.getStop().getStopIndex() + 1;
    if (start < 0 || end <= start || ctx.getStart().getType() == Token.EOF) {
      return null;
    }
    return new Region(start, end);
  }

  /** The text of a token, or null for a token error recovery made up. */
  public static @Nullable Region of(@Nullable TerminalNode node) {
    if (node == null) {
      return null;
    }
    Token token = node.getSymbol();
    if (token.getStartIndex() < 0 || token.getType() == Token.EOF) {
      return null;
    }
    return new Region(token.getStartIndex(), token.getStopIndex() + 1);
  }

  public Region trim(String text) {
    int s = start;
    int e = end;
    while (s < e && Characters.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && Characters.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return s == start && e == end ? this : new Region(s, e);
  }

  public boolean isEmpty() {
    return end <= start;
  }

  public String folded(SourceText source) {
    return Folding.fold(source, start, end);
  }

  public SourceSpan span(SourceText source) {
    return source.span(start, end);
  }
}
