package dev.imr.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of {@code report.sql}: for each table of {@code imr report}, the query that gives the
 * same numbers over the database {@code imr load} makes of the same letters. The report shows
 * each under its table, so a reader can take a number further in SQL.
 */
public final class ReportQueries {

  /** The file, beside this class. */
  public static final String FILE = "report.sql";

  private static final Pattern QUERY =
      Pattern.compile("^-- query: ([a-z-]+)\\n(.*?;)$", Pattern.MULTILINE | Pattern.DOTALL);

  private static final Map<String, String> QUERIES = load();

  private ReportQueries() {}

  /**
   * The query named {@code name}, with its closing semicolon.
   *
   * @throws IllegalArgumentException when {@code report.sql} has no such query
   */
  public static String get(String name) {
    String query = QUERIES.get(name);
    if (query == null) {
      throw new IllegalArgumentException("no query " + name + " in " + FILE);
    }
    return query;
  }

  /** Every query by name, in the file's order. */
  public static Map<String, String> all() {
    return QUERIES;
  }

  private static Map<String, String> load() {
    String text;
    try (InputStream in = ReportQueries.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> queries = new LinkedHashMap<>();
    Matcher query = QUERY.matcher(text.replace("\r\n", "\n"));
    while (query.find()) {
      queries.put(query.group(1), query.group(2));
    }
    return Collections.unmodifiableMap(queries);
  }
}
