package dev.imr.parser.internal.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a reviewer's inline credentials into specialty names against the list of known board
 * specialties in {@code specialties.txt}: "and" joins names but also stands inside them.
 */
public final class Specialties {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Known names in matching form (lower case, "&amp;" spelled "and"), longest first. */
  private static final List<String> KNOWN = load();
  private static final Set<String> KNOWN_SET = Set.copyOf(KNOWN);

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
    return KNOWN_SET.contains(normalise(name));
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
    for (String known : KNOWN) {
      int end = matchEnd(list, position, known);
      if (end > 0) {
        return end;
      }
    }
    return position;
  }

  /** Matches a known name (normalised) against the text, "&amp;" against "and"; -1 if no match. */
  private static int matchEnd(String text, int position, String known) {
    int i = position;
    int k = 0;
    while (k < known.length()) {
      if (i >= text.length()) {
        return -1;
      }
      if (known.startsWith("and ", k) && text.startsWith("& ", i)) {
        k += 4;
        i += 2;
        continue;
      }
      if (Character.toLowerCase(text.charAt(i)) != known.charAt(k)) {
        return -1;
      }
      i++;
      k++;
    }
    boolean wordEnds = i == text.length() || !Character.isLetter(text.charAt(i));
    return wordEnds ? i : -1;
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

  private static String normalise(String name) {
    return SPACES.matcher(name.strip().toLowerCase(Locale.ROOT).replace(" & ", " and "))
        .replaceAll(" ");
  }

  private static List<String> load() {
    List<String> names = new ArrayList<>();
    try (InputStream in = Specialties.class.getResourceAsStream("specialties.txt")) {
      if (in == null) {
        throw new IllegalStateException("specialties.txt is missing from the parser's jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(normalise(name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(names);
  }
}
