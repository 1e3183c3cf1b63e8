package dev.imr.parser.internal.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a reviewer's inline credentials into specialty names against the list of known board
 * specialties in {@code specialties.tsv} (a {@link VocabularyFile}), matched by {@link Phrases}:
 * "and" joins names but also stands inside them. Each known name has a canonical spelling, the
 * same for all the ways letters write it.
 */
public final class Specialties {

  /** Known names, each standing for its canonical name. */
  private static final Phrases<String> KNOWN = load();

  private Specialties() {}

  /** One piece of an inline list: the name as written and whether it is a known specialty. */
  public record Piece(String name, boolean known) {}

  /**
   * Splits {@code list} ("Physical Medicine and Rehabilitation and Pain Medicine") at the commas
   * and "and"s that stand between known names. Text that matches no known name is kept whole up
   * to the next separator before a known name.
   */
  public static List<Piece> splitInline(String list) {
    List<Piece> pieces = new ArrayList<>();
    int position = 0;
    int length = list.length();
    while (position < length) {
      position = skipSeparators(list, position);
      if (position >= length) {
        break;
      }
      int knownEnd = knownNameEnd(list, position);
      if (knownEnd > position) {
        pieces.add(new Piece(list.substring(position, knownEnd).strip(), true));
        position = knownEnd;
        continue;
      }
      int end = nextBoundaryBeforeKnown(list, position);
      pieces.add(new Piece(list.substring(position, end).strip(), false));
      position = end;
    }
    pieces.removeIf(piece -> piece.name().isEmpty());
    return pieces;
  }

  /** True when {@code name} is a known specialty, whatever its case or its "&amp;"/"and". */
  public static boolean isKnown(String name) {
    return canonical(name).isPresent();
  }

  /**
   * The canonical name of a known specialty ({@code Physical Medicine and Rehabilitation} for
   * {@code physical medicine & rehabilitation}); empty for a name the list does not know.
   */
  public static Optional<String> canonical(String name) {
    String stripped = name.strip();
    Phrases.Match<String> match = KNOWN.longestAt(stripped, 0, stripped.length());
    return match != null && match.end() == stripped.length()
        ? Optional.of(match.value()) : Optional.empty();
  }

  /**
   * The name to count {@code name} by: its canonical name when the list knows it, otherwise the
   * name as written (stripped).
   */
  public static String canonicalOrAsWritten(String name) {
    return canonical(name).orElse(name.strip());
  }

  private static int skipSeparators(String list, int position) {
    while (true) {
      while (position < list.length()
          && (list.charAt(position) == ' ' || list.charAt(position) == ',' || list.charAt(position) == ';')) {
        position++;
      }
      if (list.regionMatches(true, position, "and ", 0, 4)) {
        position += 4;
      } else if (list.startsWith("& ", position)) {
        position += 2;
      } else {
        return position;
      }
    }
  }

  /** The end of the longest known name starting at {@code position}, or {@code position}. */
  private static int knownNameEnd(String list, int position) {
    Phrases.Match<String> match = KNOWN.longestAt(list, position, list.length());
    return match == null ? position : match.end();
  }

  private static int nextBoundaryBeforeKnown(String list, int position) {
    for (int i = position + 1; i < list.length(); i++) {
      char c = list.charAt(i);
      boolean separator = c == ',' || c == ';'
          || (c == ' ' && (list.regionMatches(true, i + 1, "and ", 0, 4) || list.startsWith("& ", i + 1)));
      if (separator) {
        int next = skipSeparators(list, i);
        if (next >= list.length() || knownNameEnd(list, next) > next || c != ' ') {
          return i;
        }
      }
    }
    return list.length();
  }

  private static Phrases<String> load() {
    Phrases.Builder<String> known = Phrases.builder();
    for (VocabularyFile.Entry entry : VocabularyFile.read("specialties.tsv")) {
      if (!entry.kind().equals("specialty")) {
        throw entry.unknownKind();
      }
      entry.expectFields(2, 3, "specialty, name and other spellings");
      String name = entry.field(1);
      known.add(name, name);
      for (String spelling : entry.list(2)) {
        known.add(spelling, name);
      }
    }
    return known.build();
  }
}
