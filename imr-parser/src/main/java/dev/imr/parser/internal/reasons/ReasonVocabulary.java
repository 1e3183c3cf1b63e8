package dev.imr.parser.internal.reasons;

import dev.imr.model.DecisionReason.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules of {@code reasons.txt}: which wording states which kind of ground. Immutable once
 * loaded; {@link #standard()} is shared. The file's header describes its format.
 */
final class ReasonVocabulary {

  /** Which decisions a rule applies to. */
  enum Section {
    UPHELD,
    OVERTURNED
  }

  /**
   * One rule: a sentence states {@code kind} when it holds a phrase of every group, none of the
   * excluded phrases, and no kind of {@code unless} was found in it by an earlier rule. Phrases
   * are kept {@link #normalise normalised}.
   */
  record Rule(Section section, Kind kind, List<List<String>> groups, List<String> excluded,
      Set<Kind> unless) {

    boolean matches(String normalisedSentence, Set<Kind> foundBefore) {
      for (Kind kind : unless) {
        if (foundBefore.contains(kind)) {
          return false;
        }
      }
      for (List<String> group : groups) {
        if (!containsAny(normalisedSentence, group)) {
          return false;
        }
      }
      return !containsAny(normalisedSentence, excluded);
    }

    private static boolean containsAny(String text, List<String> phrases) {
      for (String phrase : phrases) {
        if (text.contains(phrase)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final String RESOURCE = "reasons.txt";
  private static final ReasonVocabulary STANDARD = load();

  private final List<Rule> rules;
  private final int maxWords;

  private ReasonVocabulary(List<Rule> rules, int maxWords) {
    this.rules = List.copyOf(rules);
    this.maxWords = maxWords;
  }

  /** The vocabulary of {@code reasons.txt}. */
  static ReasonVocabulary standard() {
    return STANDARD;
  }

  /** The rules in file order. */
  List<Rule> rules() {
    return rules;
  }

  /** Sentences of more words than this are quoted guideline passages and are not read. */
  int maxWords() {
    return maxWords;
  }

  /**
   * The text as rules compare it: lower case, every run of characters other than letters, digits,
   * {@code %} and {@code '} one space, with one space before and after, so that a phrase matches
   * whole words only.
   */
  static String normalise(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '%' || c == '\'') {
        out.append(c);
      } else if (out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    if (out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
    return out.toString();
  }

  /** The number of words of a normalised text. */
  static int words(String normalised) {
    int count = 0;
    for (int i = 1; i < normalised.length(); i++) {
      if (normalised.charAt(i) == ' ') {
        count++;
      }
    }
    return count;
  }

  private static ReasonVocabulary load() {
    try (InputStream in = ReasonVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the rules of {@code lines}, the file's format; a malformed line throws. */
  static ReasonVocabulary parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    Section section = null;
    int maxWords = Integer.MAX_VALUE;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = Section.valueOf(line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT));
        continue;
      }
      int equals = line.indexOf(" = ");
      if (equals < 0) {
        throw new IllegalArgumentException(RESOURCE + ":" + (n + 1) + ": expected 'NAME = …'");
      }
      String name = line.substring(0, equals).strip();
      String body = line.substring(equals + 3).strip();
      if (name.equals("MAX_WORDS")) {
        maxWords = Integer.parseInt(body);
        continue;
      }
      if (section == null) {
        throw new IllegalArgumentException(RESOURCE + ":" + (n + 1) + ": rule before a section");
      }
      Set<Kind> unless = EnumSet.noneOf(Kind.class);
      int semicolon = body.indexOf(" ; unless ");
      if (semicolon >= 0) {
        for (String kind : body.substring(semicolon + 10).strip().split("\\s+")) {
          unless.add(Kind.valueOf(kind));
        }
        body = body.substring(0, semicolon);
      }
      List<String> excluded = List.of();
      int bang = body.indexOf(" ! ");
      if (bang >= 0) {
        excluded = phrases(body.substring(bang + 3));
        body = body.substring(0, bang);
      }
      List<List<String>> groups = new ArrayList<>();
      for (String group : body.split(" & ")) {
        groups.add(phrases(group));
      }
      rules.add(new Rule(section, Kind.valueOf(name), List.copyOf(groups), excluded,
          Set.copyOf(unless)));
    }
    return new ReasonVocabulary(rules, maxWords);
  }

  private static List<String> phrases(String alternatives) {
    List<String> phrases = new ArrayList<>();
    for (String phrase : alternatives.split(" \\| ")) {
      String normalised = normalise(phrase.strip());
      if (normalised.isBlank()) {
        throw new IllegalArgumentException(RESOURCE + ": empty phrase in '" + alternatives + "'");
      }
      phrases.add(normalised);
    }
    return List.copyOf(phrases);
  }
}
