package dev.imr.parser.internal.citations;

import dev.imr.model.CitationBasis;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import java.util.regex.Matcher;

/**
 * A document that is none of the named guidelines: its title and web address ({@code Laboratory
 * Safety Monitoring Of Chronic Medications In Ambulatory Care Settings, http://…/.}), an OTHER
 * citation that is read, not unreadable.
 */
final class DocumentReader {

  private final Statement s;

  DocumentReader(Statement statement) {
    this.s = statement;
  }

  /** Reads the document cited in {@code [start, end)}. */
  void read(int start, int end) {
    GuidelineCitation.Builder citation = s.citation(CitationBasis.NON_MTUS, start, end)
        .guideline(Guideline.OTHER);
    Matcher url = s.find(Shape.URL, start, end);
    int titleEnd = end;
    if (url != null) {
      String address = s.text.substring(url.start(), url.end());
      citation.url(trimUrl(address));
      titleEnd = url.start();
    }
    int trimmedTitleEnd = s.trimEnd(start, titleEnd);
    while (trimmedTitleEnd > start && ",;:(".indexOf(s.text.charAt(trimmedTitleEnd - 1)) >= 0) {
      trimmedTitleEnd = s.trimEnd(start, trimmedTitleEnd - 1);
    }
    if (trimmedTitleEnd > start) {
      citation.title(s.text.substring(start, trimmedTitleEnd));
    }
    s.citations.add(citation.build());
  }

  /** A URL without the sentence's closing punctuation or an unbalanced closing parenthesis. */
  static String trimUrl(String url) {
    int end = url.length();
    while (end > 0) {
      char c = url.charAt(end - 1);
      if (c == '.' || c == ',' || c == ';' || c == ':') {
        end--;
      } else if (c == ')' && url.lastIndexOf('(', end - 1) < 0) {
        end--;
      } else {
        break;
      }
    }
    return url.substring(0, end);
  }
}
