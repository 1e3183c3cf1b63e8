package dev.imr.parser.internal.older;

import dev.imr.model.CaseSummary;
import dev.imr.model.Decision;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.ExpertReviewer;
import dev.imr.model.GuidelineStatement;
import dev.imr.model.LetterHeader;
import dev.imr.parser.DiagnosticCode;
import dev.imr.parser.internal.citations.CitationReader;
import dev.imr.parser.internal.grammar.LetterLexer;
import dev.imr.parser.internal.grammar.LetterParser.OlderLetterContext;
import dev.imr.parser.internal.grammar.LetterParser.OlderSectionContext;
import dev.imr.parser.internal.grammar.LetterParser;
import dev.imr.parser.internal.prose.DateReader;
import dev.imr.parser.internal.prose.Fact;
import dev.imr.parser.internal.prose.ItemDetailsReader;
import dev.imr.parser.internal.prose.NoticeReader;
import dev.imr.parser.internal.sections.CaseSummaryMapper;
import dev.imr.parser.internal.sections.HeaderMapper;
import dev.imr.parser.internal.sections.ItemsMapper;
import dev.imr.parser.internal.sections.LetterBuilder;
import dev.imr.parser.internal.sections.ReviewerMapper;
import dev.imr.parser.internal.text.Diagnostics;
import dev.imr.parser.internal.text.FixedWording;
import dev.imr.parser.internal.text.Folding;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import dev.imr.parser.internal.vocabulary.RequestClassifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * Maps letters in the layouts of 2013 – early 2014 (FORMAT.md, "Older layouts"): each heading's
 * text goes to the part of the model it names, and one warning names the layout, what was read
 * and which headings' text the model has no place for. A part the layout should give but that is
 * not there, or not in words the parser reads, is reported too: nothing is left silently empty.
 * Two layouts are known only by their headings; the 2013 decision notice also by its fixed
 * sentences, which {@link NoticeMapper} reads into the header, the items and the case summary's
 * date.
 *
 * <p>The 2013 letter that heads its items {@code IMR DECISION(S) AND RATIONALE(S)} is read by the
 * current grammar (its items read alike); {@link #noteOlderItemsHeading} names its layout.
 */
public final class OlderLayoutMapper {

  /** An older layout, by the name the diagnostics give it. */
  public enum Layout {
    MAXIMUS_LETTER("2013 MAXIMUS letter"),
    PROFESSIONAL_REVIEW("Medical Professional Review"),
    DECISION_NOTICE("2013 decision notice");

    private final String title;

    Layout(String title) {
      this.title = title;
    }

    String title() {
      return title;
    }
  }

  /** The headings the older layouts use, each with the layout it marks. */
  private enum Heading {
    LETTERHEAD(FixedWording.LETTERHEAD, Layout.MAXIMUS_LETTER),
    DOCUMENTS_REVIEWED(FixedWording.DOCUMENTS_REVIEWED, Layout.MAXIMUS_LETTER),
    HOW_MADE(FixedWording.HOW_MADE, Layout.MAXIMUS_LETTER),
    CLINICAL_CASE_SUMMARY(FixedWording.CASE_SUMMARY, Layout.MAXIMUS_LETTER),
    PROFESSIONAL_REVIEW(FixedWording.PROFESSIONAL_REVIEW, Layout.PROFESSIONAL_REVIEW),
    ISSUE_AT_DISPUTE(FixedWording.ISSUE_AT_DISPUTE, Layout.PROFESSIONAL_REVIEW),
    CASE_SUMMARY(FixedWording.OLDER_CASE_SUMMARY, Layout.PROFESSIONAL_REVIEW),
    DOCUMENTS_FOR_DETERMINATION(FixedWording.DOCUMENTS_FOR_DETERMINATION, Layout.PROFESSIONAL_REVIEW),
    GUIDELINES_RELIED_UPON(FixedWording.GUIDELINES_RELIED_UPON, Layout.PROFESSIONAL_REVIEW),
    RATIONALE_FOR_WHY(FixedWording.RATIONALE_FOR_WHY, Layout.PROFESSIONAL_REVIEW),
    REVIEWER_QUALIFICATIONS(FixedWording.REVIEWER_QUALIFICATIONS, Layout.PROFESSIONAL_REVIEW),
    DECISION_NOTICE(FixedWording.DECISION_NOTICE, Layout.DECISION_NOTICE),
    EXPERT_QUALIFICATIONS(FixedWording.EXPERT_QUALIFICATIONS, Layout.DECISION_NOTICE),
    NOTICE_CASE_SUMMARY(FixedWording.NOTICE_CASE_SUMMARY, Layout.DECISION_NOTICE);

    private final String words;
    private final Layout layout;

    Heading(FixedWording wording, Layout layout) {
      this.words = wording.words();
      this.layout = layout;
    }

    /** The heading a token's text spells, its words folded; null for none. */
    static @Nullable Heading of(String tokenText) {
      String folded = normalise(tokenText);
      for (Heading heading : values()) {
        if (normalise(heading.words).equals(folded)) {
          return heading;
        }
      }
      return null;
    }

    private static String normalise(String text) {
      return text.replaceAll("\\s+", " ").replaceAll("\\s*:$", ":").strip();
    }
  }

  private static final Pattern HEADING_DECISION = Pattern.compile(
      ":\\s*(Upheld|Overturned)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NECESSITY = Pattern.compile(
      "\\b(?:is|are|was|were)\\s+(not\\s+)?medically\\s+necessary\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SUMMARY_INTRO = Pattern.compile(
      "^The\\s+expert\\s+reviewer\\s+developed\\s+the\\s+following\\s+clinical\\s+case\\s+summary\\s+based"
          + "\\s+on\\s+a\\s+review\\s+of\\s+the\\s+case\\s+file,\\s+including\\s+all\\s+medical\\s+records\\s*:\\s*");
  private static final Pattern DOCUMENTS_REVIEWED_LINE = Pattern.compile("(?m)^DOCUMENTS\\s+REVIEWED\\b");
  // The headings of a layout that must be there for a text to be taken for it.
  private static final int HEADINGS_TO_RECOGNISE = 2;
  private static final int TEXT_LIMIT = 60;

  private final SourceText source;
  private final String clean;
  private final Diagnostics diagnostics;
  private final Layout layout;
  private final DateReader dates = DateReader.withPivot();
  private final RequestClassifier classifier = RequestClassifier.standard();
  private final NoticeMapper noticeMapper;

  public OlderLayoutMapper(SourceText source, Diagnostics diagnostics, Layout layout) {
    this.source = source;
    this.clean = source.clean();
    this.diagnostics = diagnostics;
    this.layout = layout;
    this.noticeMapper = new NoticeMapper(source, diagnostics, dates);
  }

  /**
   * The older layout whose headings the tokens hold, or null: at least two distinct headings of
   * one layout, and no {@code IMR ISSUES, DECISIONS AND RATIONALES} (a current letter).
   */
  public static @Nullable Layout recognise(List<? extends Token> tokens) {
    Set<Heading> seen = EnumSet.noneOf(Heading.class);
    boolean olderHeading = false;
    for (Token token : tokens) {
      switch (token.getType()) {
        case LetterLexer.ISSUES -> {
          return null;
        }
        case LetterLexer.OLDER_HEADING -> {
          olderHeading = true;
          Heading heading = Heading.of(token.getText());
          if (heading != null) {
            seen.add(heading);
          }
        }
        case LetterLexer.HOW_MADE -> seen.add(Heading.HOW_MADE);
        case LetterLexer.CASE_SUMMARY -> seen.add(Heading.CLINICAL_CASE_SUMMARY);
        default -> { }
      }
    }
    if (!olderHeading) {
      return null;
    }
    Layout best = null;
    long bestCount = 0;
    for (Layout candidate : Layout.values()) {
      long count = seen.stream().filter(h -> h.layout == candidate).count();
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return bestCount >= HEADINGS_TO_RECOGNISE ? best : null;
  }

  /**
   * For a letter the current grammar read: when its items stand under the 2013 heading {@code
   * IMR DECISION(S) AND RATIONALE(S)}, a warning names the layout and the part it has that the
   * model has no place for.
   */
  public static void noteOlderItemsHeading(LetterParser.LetterContext letter, SourceText source,
      Diagnostics diagnostics) {
    LetterParser.IssuesContext issues = LetterBuilder.issues(letter);
    if (issues == null || issues.ISSUES() == null
        || !issues.ISSUES().getText().contains("DECISION(S)")) {
      return;
    }
    Region heading = Region.of(issues.ISSUES());
    if (heading == null) {
      return;
    }
    Matcher documents = DOCUMENTS_REVIEWED_LINE.matcher(source.clean());
    String notRead = documents.find()
        ? "; the list under " + FixedWording.DOCUMENTS_REVIEWED.quoted() + " has no place in the model and is not read"
        : "";
    diagnostics.warning(DiagnosticCode.OLDER_LAYOUT, "a letter in the older layout '"
        + Layout.MAXIMUS_LETTER.title() + "' (2013): its items under " + FixedWording.ISSUES_2013.quoted()
        + " are read as in later letters" + notRead, heading.start(), heading.end());
  }

  /** The determination; every older letter gives one, with what could be read. */
  public Determination map(OlderLetterContext letter) {
    Determination.Builder determination = Determination.builder();
    List<String> read = new ArrayList<>();
    Set<String> notRead = new LinkedHashSet<>();
    boolean notice = layout == Layout.DECISION_NOTICE;
    // The notice's title, determinations and dates paragraph, in order: read as one.
    List<Region> noticeFront = new ArrayList<>();
    LetterHeader labelled = null;
    if (letter.header() != null) {
      if (HeaderMapper.hasLabels(letter.header())) {
        labelled = new HeaderMapper(source, diagnostics).map(letter.header()).orElse(null);
        if (labelled != null) {
          determination.header(labelled);
          read.add("the header");
        }
      } else if (notice && Region.of(letter.header()) != null) {
        noticeFront.add(Region.of(letter.header()));
      } else {
        notRead.add("the text before the first heading");
      }
    }
    List<ItemBuilder> items = new ArrayList<>();
    boolean reviewerFound = false;
    boolean summaryFound = false;
    int firstHeadingStart = -1;
    int firstHeadingEnd = -1;
    for (OlderSectionContext section : letter.olderSection()) {
      Token headingToken = section.heading;
      Heading heading = headingOf(headingToken);
      Region text = section.olderText() == null ? null : Region.of(section.olderText());
      text = text == null ? null : text.trim(clean);
      if (text != null && text.isEmpty()) {
        text = null;
      }
      if (firstHeadingStart < 0 && heading != null && heading.layout == layout
          && heading != Heading.HOW_MADE && heading != Heading.CLINICAL_CASE_SUMMARY) {
        firstHeadingStart = headingToken.getStartIndex();
        firstHeadingEnd = headingToken.getStopIndex() + 1;
      }
      if (heading == null) {
        // a heading token whose words match none of the table: report it, do not guess
        notRead.add("'" + Folding.fold(headingToken.getText(), 0, headingToken.getText().length())
            + "'");
        continue;
      }
      String name = heading.words;
      if (notice && (heading == Heading.LETTERHEAD || heading == Heading.DECISION_NOTICE)) {
        if (text != null) {
          noticeFront.add(text);
        }
        continue;
      }
      switch (heading) {
        case CLINICAL_CASE_SUMMARY, CASE_SUMMARY, NOTICE_CASE_SUMMARY -> {
          CaseSummary summary = text == null || summaryFound ? null
              : notice ? noticeMapper.caseSummary(text, notRead) : caseSummary(text);
          if (summary != null) {
            determination.caseSummary(summary);
            summaryFound = true;
            read.add("the case summary");
          } else if (text != null) {
            notRead.add(summaryFound ? "a second '" + name + "'" : "'" + name + "'");
          }
        }
        case HOW_MADE, REVIEWER_QUALIFICATIONS, EXPERT_QUALIFICATIONS -> {
          ExpertReviewer reviewer = text == null ? null : reviewer(text);
          if (reviewer != null && !reviewerFound) {
            determination.reviewer(reviewer);
            reviewerFound = true;
            read.add("the reviewer's credentials");
          } else if (text != null && heading != Heading.HOW_MADE) {
            notRead.add("'" + name + "' (not in the words 'Board Certified in … and is licensed to"
                + " practice in …')");
          }
        }
        case ISSUE_AT_DISPUTE -> {
          if (text != null) {
            items.add(issueAtDispute(text));
          }
        }
        case GUIDELINES_RELIED_UPON -> {
          if (text != null) {
            currentItem(items, text).reviewerGuideline = text;
          }
        }
        case RATIONALE_FOR_WHY -> {
          if (text != null) {
            currentItem(items, text).rationale = text;
          }
        }
        default -> {
          if (text != null) {
            notRead.add("'" + name + "'");
          }
        }
      }
    }
    if (firstHeadingStart < 0) {
      firstHeadingStart = 0;
      firstHeadingEnd = 0;
    }
    if (notice) {
      LetterHeader header = noticeMapper.header(noticeFront, labelled, read,
          new Region(firstHeadingStart, firstHeadingEnd));
      if (header != null) {
        determination.header(header);
      }
      items.addAll(0, noticeItems(noticeFront));
    }
    for (ItemBuilder item : items) {
      determination.addItems(item.build());
    }
    if (!items.isEmpty()) {
      read.add(items.size() == 1 ? "1 disputed item" : items.size() + " disputed items");
    }
    diagnostics.warning(DiagnosticCode.OLDER_LAYOUT, "a letter in the older layout '"
        + layout.title() + "' (2013 – early 2014)"
        + (notice ? "" : ", known only by its headings") + ": read "
        + (read.isEmpty() ? "nothing" : String.join(", ", read))
        + (notice ? "; it states no case number, date of injury or priority" : "")
        + (notRead.isEmpty() ? "" : "; not read into the model: " + String.join(", ", notRead)),
        firstHeadingStart, firstHeadingEnd);
    if (!reviewerFound) {
      diagnostics.warning(DiagnosticCode.MISSING_CREDENTIALS, "no expert reviewer credentials"
          + " readable in the older layout '" + layout.title() + "'", firstHeadingStart, firstHeadingEnd);
    }
    if (!summaryFound) {
      diagnostics.warning(DiagnosticCode.MISSING_PART, "no case summary in the older layout '"
          + layout.title() + "'", firstHeadingStart, firstHeadingEnd);
    }
    if (items.isEmpty()) {
      diagnostics.error(DiagnosticCode.MISSING_PART, "no disputed item readable in the older layout '"
          + layout.title() + "': expected " + FixedWording.ISSUE_AT_DISPUTE.quoted() + " or '1) MAXIMUS Federal Services, Inc."
          + " has determined the request for … is (not) medically necessary'",
          firstHeadingStart, firstHeadingEnd);
    }
    return determination.build();
  }

  private static @Nullable Heading headingOf(Token token) {
    return switch (token.getType()) {
      case LetterLexer.HOW_MADE -> Heading.HOW_MADE;
      case LetterLexer.CASE_SUMMARY -> Heading.CLINICAL_CASE_SUMMARY;
      default -> Heading.of(token.getText());
    };
  }

  private CaseSummary caseSummary(Region text) {
    Matcher intro = SUMMARY_INTRO.matcher(clean).region(text.start(), text.end());
    Region narrative = intro.lookingAt() ? new Region(intro.end(), text.end()).trim(clean) : text;
    return new CaseSummaryMapper(source, diagnostics, dates).summary(narrative);
  }

  private @Nullable ExpertReviewer reviewer(Region text) {
    return new ReviewerMapper(source, diagnostics).inline(text).orElse(null);
  }

  /** An {@code ISSUE AT DISPUTE:} text: the title, with its decision when the heading states one. */
  private ItemBuilder issueAtDispute(Region text) {
    ItemBuilder item = new ItemBuilder(text);
    Matcher decided = HEADING_DECISION.matcher(clean).region(text.start(), text.end());
    if (decided.find()) {
      item.title = new Region(text.start(), decided.start()).trim(clean);
      item.decision = decision(decided.group(1));
    }
    return item;
  }

  /**
   * The numbered determinations of a 2013 decision notice, each once: its request the title,
   * its verdict the decision.
   */
  private List<ItemBuilder> noticeItems(List<Region> front) {
    List<ItemBuilder> items = new ArrayList<>();
    for (NoticeReader.Determination determination : noticeMapper.determinations(front)) {
      ItemBuilder item = new ItemBuilder(determination.request().isEmpty() ? null : determination.request());
      item.decision = Fact.valueOf(determination.decision());
      item.placeholderAt = determination.sentence().start();
      item.end = determination.sentence().end();
      items.add(item);
    }
    return items;
  }

  /** The item a guideline or rationale section belongs to: the last one, or one without a title. */
  private ItemBuilder currentItem(List<ItemBuilder> items, Region at) {
    if (items.isEmpty()) {
      ItemBuilder untitled = new ItemBuilder(null);
      untitled.placeholderAt = at.start();
      items.add(untitled);
    }
    return items.get(items.size() - 1);
  }

  private static Decision decision(String word) {
    return word.toLowerCase(Locale.ROOT).startsWith("over") ? Decision.OVERTURNED : Decision.UPHELD;
  }

  /** One item as its sections are met. */
  private final class ItemBuilder {
    private @Nullable Region title;
    private @Nullable Decision decision;
    private @Nullable Region reviewerGuideline;
    private @Nullable Region rationale;
    private int placeholderAt = -1;
    private int end = -1;

    ItemBuilder(@Nullable Region title) {
      this.title = title;
    }

    DisputedItem build() {
      DisputedItem.Builder item = DisputedItem.builder();
      int start;
      if (title == null || title.isEmpty()) {
        start = Math.max(0, placeholderAt);
        diagnostics.error(DiagnosticCode.MISSING_TITLE, layout == Layout.DECISION_NOTICE
            ? "a determination of the older layout '" + layout.title() + "' that names no request"
            : "a rationale or guideline in the older layout '" + layout.title() + "' without an "
                + FixedWording.ISSUE_AT_DISPUTE.quoted() + " before it", start, start);
        item.title("");
      } else {
        start = title.start();
        item.title(title.folded(source)).titleSpan(title.span(source));
        details(item, title);
      }
      int itemEnd = Math.max(start, end);
      if (decision == null && rationale != null) {
        Matcher necessity = NECESSITY.matcher(clean).region(rationale.start(), rationale.end());
        Decision found = null;
        boolean conflicting = false;
        while (necessity.find()) {
          Decision next = necessity.group(1) == null ? Decision.OVERTURNED : Decision.UPHELD;
          conflicting |= found != null && found != next;
          found = next;
        }
        decision = conflicting ? null : found;
      }
      if (decision != null) {
        item.decision(decision);
      } else {
        int at = title == null ? start : title.end();
        diagnostics.error(DiagnosticCode.MISSING_DECISION, "the decision on '"
            + abbreviate(title == null ? "" : title.folded(source)) + "' is not stated in words the"
            + " parser reads in the older layout '" + layout.title() + "' (': Upheld', ': Overturned'"
            + " or '… is (not) medically necessary')", at, at);
      }
      if (reviewerGuideline != null) {
        item.reviewerGuideline(GuidelineStatement.builder()
            .text(reviewerGuideline.folded(source))
            .span(reviewerGuideline.span(source))
            .addAllCitations(CitationReader.standard().read(source, reviewerGuideline, diagnostics)
                .citations())
            .build());
        itemEnd = Math.max(itemEnd, reviewerGuideline.end());
      }
      if (rationale != null) {
        item.rationale(rationale.folded(source)).rationaleSpan(rationale.span(source));
        itemEnd = Math.max(itemEnd, rationale.end());
      }
      if (title != null) {
        itemEnd = Math.max(itemEnd, title.end());
      }
      return item.span(source.span(start, itemEnd)).build();
    }
  }

  /** What the title states beyond its words, read as a current letter's titles are. */
  private void details(DisputedItem.Builder item, Region title) {
    ItemsMapper.applyDetails(item, ItemDetailsReader.read(clean, title, dates), classifier, source);
  }

  private static String abbreviate(String text) {
    return text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT - 3) + "...";
  }
}
