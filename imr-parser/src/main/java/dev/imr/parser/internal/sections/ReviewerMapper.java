package dev.imr.parser.internal.sections;

import dev.imr.model.ExpertReviewer;
import dev.imr.model.SourceSpan;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.grammar.LetterParser.CredentialsContext;
import dev.imr.parser.internal.grammar.LetterParser.HowMadeContext;
import dev.imr.parser.internal.grammar.LetterParser;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.FixedWording;
import dev.imr.parser.internal.text.Folding;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import dev.imr.parser.internal.vocabulary.Specialties;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps the expert reviewer's credentials, stated as a list after {@code The Expert Reviewer has
 * the following credentials:} (2015 on) or inline in the paragraph under {@code HOW THE IMR FINAL
 * DETERMINATION WAS MADE} (2014).
 */
public final class ReviewerMapper {

  // Extraction can lose the space at a line break ("licensed to practice inCalifornia"): between
  // the fixed words any blanks or none; after "in", blanks or the capital of a name.
  private static final String IN = "in(?:\\s+|(?-i:(?=\\p{Lu})))";
  private static final Pattern INLINE = Pattern.compile(
      "board\\s*certified\\s*" + IN + "(.+?)\\s*and\\s*is\\s*licensed\\s*to\\s*practice\\s*" + IN
          + "(.+?)\\.(?=\\s|$)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern STATE_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b)\\s*");
  // The listed form separates names by commas only; "and" inside a name is part of it.
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");

  private final SourceText source;
  private final Diagnostics diagnostics;

  public ReviewerMapper(SourceText source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  Optional<ExpertReviewer> map(@Nullable HowMadeContext howMade, Region placeIfMissing) {
    if (howMade != null && howMade.credentials() != null) {
      return Optional.of(listed(howMade.credentials()));
    }
    Region paragraph = howMade == null ? null : Region.of(howMade.text());
    if (paragraph != null) {
      Optional<ExpertReviewer> inline = inline(paragraph);
      if (inline.isPresent()) {
        return inline;
      }
    }
    diagnostics.warning(DiagnosticCode.MISSING_CREDENTIALS,
        "no expert reviewer credentials: expected " + FixedWording.CREDENTIALS_INTRO.quoted()
            + " or 'The expert reviewer is Board Certified in …'",
        placeIfMissing.start(), placeIfMissing.end());
    return Optional.empty();
  }

  private ExpertReviewer listed(CredentialsContext credentials) {
    ExpertReviewer.Builder reviewer = ExpertReviewer.builder();
    String clean = source.clean();
    for (LetterParser.LicensureContext licensure : credentials.licensure()) {
      Region states = Region.of(licensure.text());
      if (states != null) {
        reviewer.addAllLicensureStates(splitList(states.folded(source), STATE_SEPARATOR));
      }
    }
    for (LetterParser.SpecialtiesContext specialties : credentials.specialties()) {
      Region names = Region.of(specialties.text());
      if (names == null) {
        continue;
      }
      for (String name : splitList(names.folded(source), NAME_SEPARATOR)) {
        if (!Specialties.isKnown(name)) {
          diagnostics.info(DiagnosticCode.UNKNOWN_SPECIALTY,
              Diagnostics.quote(name) + " is not a known board specialty; kept as written", names.start(), names.end());
        }
        reviewer.addSpecialties(name).addCanonicalSpecialties(Specialties.canonicalOrAsWritten(name));
      }
    }
    Region whole = Region.of(credentials);
    if (whole != null) {
      reviewer.span(whole.trim(clean).span(source));
    }
    return reviewer.build();
  }

  /** The credentials stated inline ({@code Board Certified in … and is licensed to practice in …}). */
  public Optional<ExpertReviewer> inline(Region paragraph) {
    String clean = source.clean();
    Matcher matcher = INLINE.matcher(clean).region(paragraph.start(), paragraph.end());
    if (!matcher.find()) {
      return Optional.empty();
    }
    ExpertReviewer.Builder reviewer = ExpertReviewer.builder();
    for (Specialties.Piece piece : Specialties.splitInline(Folding.fold(source, matcher.start(1), matcher.end(1)))) {
      if (!piece.known()) {
        diagnostics.info(DiagnosticCode.UNKNOWN_SPECIALTY,
            Diagnostics.quote(piece.name()) + " is not a known board specialty; kept whole as written",
            matcher.start(1), matcher.end(1));
      }
      reviewer.addSpecialties(piece.name())
          .addCanonicalSpecialties(Specialties.canonicalOrAsWritten(piece.name()));
    }
    reviewer.addAllLicensureStates(
        splitList(Folding.fold(source, matcher.start(2), matcher.end(2)), STATE_SEPARATOR));
    SourceSpan span = source.span(matcher.start(), matcher.end());
    return Optional.of(reviewer.boardCertified(true).span(span).build());
  }

  private static List<String> splitList(String list, Pattern separator) {
    List<String> items = new ArrayList<>();
    for (String item : separator.split(list)) {
      String name = item.strip();
      if (!name.isEmpty()) {
        items.add(name);
      }
    }
    return items;
  }
}
