package dev.imr.parser.internal.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one format and the one loader of the vocabulary files beside this class ({@code
 * citations.tsv}, {@code specialties.tsv}, {@code request-vocabulary.tsv}, {@code drugs.tsv}).
 *
 * <p>The format:
 *
 * <ul>
 *   <li>UTF-8 text, one entry a line. A blank line, or one whose first character other than white
 *       space is {@code #}, is skipped.
 *   <li>An entry's fields are separated by tabs; white space around a field is not part of it.
 *       The first field is the entry's <em>kind</em>; each file's header says which kinds it has
 *       and what their fields hold, and the vocabulary that reads it checks their number.
 *   <li>{@code -} stands for an empty field.
 *   <li>A field that holds a list separates its items with commas; an item holds no comma. Names
 *       are matched by {@link Phrases}, which ignores commas between words, so a name never needs
 *       one ({@code Hand Wrist and Forearm Complaints} matches {@code Hand, Wrist, and Forearm
 *       Complaints}). A field that holds one value (a canonical name) keeps its commas.
 * </ul>
 *
 * <p>A line that cannot be read is an {@link IllegalArgumentException} whose message starts with
 * the file and the line ({@code drugs.tsv line 12: …}): the files ship inside the parser, so a bad
 * line is a build error, found by the tests, never a letter's problem.
 */
public final class VocabularyFile {

  private VocabularyFile() {}

  /** One entry: its kind and fields, and where it stands, for messages. */
  public static final class Entry {
    private final String source;
    private final int line;
    private final List<String> fields;

    Entry(String source, int line, List<String> fields) {
      this.source = source;
      this.line = line;
      this.fields = fields;
    }

    /** The first field, what the entry is. */
    public String kind() {
      return fields.get(0);
    }

    /** The number of fields, the kind included. */
    public int size() {
      return fields.size();
    }

    /** Field {@code i} (the kind is field 0) as written, or {@code -} when the line has fewer. */
    public String field(int i) {
      return i < fields.size() ? fields.get(i) : "-";
    }

    /** True when field {@code i} is {@code -} or missing. */
    public boolean isEmpty(int i) {
      return field(i).equals("-");
    }

    /** The items of list field {@code i}, in order, each once; none for {@code -}. */
    public List<String> list(int i) {
      if (isEmpty(i)) {
        return List.of();
      }
      Set<String> items = new LinkedHashSet<>();
      for (String item : field(i).split(",")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
      return List.copyOf(items);
    }

    /** Field {@code i} as a constant of {@code type}, or an error naming {@code what} it is. */
    public <E extends Enum<E>> E constant(int i, Class<E> type, String what) {
      try {
        return Enum.valueOf(type, field(i));
      } catch (IllegalArgumentException e) {
        throw error("unknown " + what + " '" + field(i) + "'");
      }
    }

    /** Field {@code i} as a whole number, or an error. */
    public int number(int i) {
      try {
        return Integer.parseInt(field(i));
      } catch (NumberFormatException e) {
        throw error("'" + field(i) + "' is not a number");
      }
    }

    /** Checks that the entry has between {@code min} and {@code max} fields, the kind included. */
    public void expectFields(int min, int max, String what) {
      if (fields.size() < min || fields.size() > max) {
        throw error("expected " + what);
      }
    }

    /** An error about this entry, naming its file and line. */
    public IllegalArgumentException error(String problem) {
      return new IllegalArgumentException(where() + ": " + problem);
    }

    /**
     * {@code failure} about this entry, with its file and line in front unless it names them
     * already.
     */
    public IllegalArgumentException located(IllegalArgumentException failure) {
      String message = String.valueOf(failure.getMessage());
      return message.startsWith(where() + ": ") ? failure : error(message);
    }

    /** The file and the line ({@code drugs.tsv line 12}). */
    public String where() {
      return source + " line " + line;
    }

    /** An error about an unknown kind. */
    public IllegalArgumentException unknownKind() {
      return error("unknown kind '" + kind() + "'");
    }

    @Override
    public String toString() {
      return where() + ": " + String.join(" | ", fields);
    }
  }

  /**
   * The entries of a resource beside this class.
   *
   * @throws IllegalStateException when the resource is missing from the parser's jar
   */
  public static List<Entry> read(String resource) {
    try (InputStream in = VocabularyFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the parser's jar");
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The entries of {@code text}, named {@code source} in messages. */
  public static List<Entry> parse(String source, String text) {
    return parse(source, List.of(text.split("\r?\n", -1)));
  }

  /** The entries of {@code lines}, named {@code source} in messages. */
  public static List<Entry> parse(String source, List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    int number = 0;
    for (String line : lines) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      List<String> fields = new ArrayList<>();
      for (String field : line.split("\t", -1)) {
        fields.add(field.strip());
      }
      entries.add(new Entry(source, number, List.copyOf(fields)));
    }
    return List.copyOf(entries);
  }
}
