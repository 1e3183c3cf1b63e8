package dev.imr.parser.internal.vocabulary;

import dev.imr.model.CitationBasis;
import dev.imr.model.Guideline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The names {@link CitationReader} knows, read from {@code citations.txt}: the words that open a
 * citation sentence, the sentences that cite nothing, the MTUS guidelines, the ACOEM chapters and
 * the ODG chapters. Immutable once loaded; {@link #standard()} is shared.
 */
public final class CitationVocabulary {

  /** What a sentence without a citation says. */
  public enum Remark {
    /** The side cited nothing at all. */
    NONE,
    /** The side states its basis ({@code did not base their decision on the MTUS}). */
    BASIS
  }

  /**
   * A guideline MTUS names: one of its own guidelines, an ACOEM chapter ({@code chapter} set) or
   * a part of ACOEM spanning chapters ({@code firstChapter}–{@code lastChapter}).
   */
  public record MtusName(Guideline guideline, @Nullable Integer chapter, @Nullable String title,
      int firstChapter, int lastChapter) {}

  /** An ACOEM chapter. */
  public record AcoemChapter(int number, String title) {}

  private static final CitationVocabulary STANDARD = load("citations.txt");

  public final Phrases<CitationBasis> leads;
  public final Phrases<Remark> remarks;
  public final Phrases<MtusName> mtusNames;
  public final Phrases<AcoemChapter> acoemChapters;
  public final Phrases<Boolean> acoemNames;
  public final Phrases<Boolean> acoemSkips;
  public final Phrases<Boolean> odgNames;
  public final Phrases<String> odgChapters;
  public final Phrases<Boolean> odgDecorations;
  public final Phrases<Boolean> separators;
  /** Canonical ACOEM chapter titles by number. */
  public final Map<Integer, String> acoemTitles;

  private CitationVocabulary(Map<Integer, String> acoemTitles, Phrases.Builder<CitationBasis> leads,
      Phrases.Builder<Remark> remarks, Phrases.Builder<MtusName> mtusNames,
      Phrases.Builder<AcoemChapter> acoemChapters, Phrases.Builder<Boolean> acoemNames,
      Phrases.Builder<Boolean> acoemSkips,
      Phrases.Builder<Boolean> odgNames, Phrases.Builder<String> odgChapters,
      Phrases.Builder<Boolean> odgDecorations, Phrases.Builder<Boolean> separators) {
    this.leads = leads.build();
    this.remarks = remarks.build();
    this.mtusNames = mtusNames.build();
    this.acoemChapters = acoemChapters.build();
    this.acoemNames = acoemNames.build();
    this.acoemSkips = acoemSkips.build();
    this.odgNames = odgNames.build();
    this.odgChapters = odgChapters.build();
    this.odgDecorations = odgDecorations.build();
    this.separators = separators.build();
    this.acoemTitles = Map.copyOf(acoemTitles);
  }

  /** The vocabulary shipped with the parser. */
  public static CitationVocabulary standard() {
    return STANDARD;
  }

  /** Reads a vocabulary resource next to this class. */
  static CitationVocabulary load(String resource) {
    try (InputStream in = CitationVocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the parser's jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
      return parse(resource, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CitationVocabulary parse(String name, List<String> lines) {
    Phrases.Builder<CitationBasis> leads = Phrases.builder();
    Phrases.Builder<Remark> remarks = Phrases.builder();
    Phrases.Builder<MtusName> mtusNames = Phrases.builder();
    Phrases.Builder<AcoemChapter> acoemChapters = Phrases.builder();
    Phrases.Builder<Boolean> acoemNames = Phrases.builder();
    Phrases.Builder<Boolean> acoemSkips = Phrases.builder();
    Phrases.Builder<Boolean> odgNames = Phrases.builder();
    Phrases.Builder<String> odgChapters = Phrases.builder();
    Phrases.Builder<Boolean> odgDecorations = Phrases.builder();
    Phrases.Builder<Boolean> separators = Phrases.builder();
    Map<Integer, String> acoemTitles = new TreeMap<>();
    int lineNumber = 0;
    for (String line : lines) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] f = trimmed.split("\\s*\\|\\s*");
      try {
        switch (f[0].toLowerCase(Locale.ROOT)) {
          case "lead" -> leads.add(f[2], CitationBasis.valueOf(f[1]));
          case "none" -> remarks.add(f[1], Remark.NONE);
          case "basis" -> remarks.add(f[1], Remark.BASIS);
          case "mtus" -> mtusNames.add(f[2], new MtusName(Guideline.valueOf(f[1]), null, null, 0, 0));
          case "acoem" -> {
            int number = Integer.parseInt(f[1]);
            AcoemChapter chapter = new AcoemChapter(number, f[2]);
            acoemTitles.put(number, f[2]);
            MtusName asMtus = new MtusName(Guideline.ACOEM, number, f[2], number, number);
            for (int i = 2; i < f.length; i++) {
              acoemChapters.add(f[i], chapter);
              mtusNames.add(f[i], asMtus);
            }
          }
          case "acoem-part" -> mtusNames.add(f[1], new MtusName(Guideline.ACOEM, null, f[1],
              Integer.parseInt(f[2]), Integer.parseInt(f[3])));
          case "acoem-name" -> acoemNames.add(f[1], true);
          case "acoem-skip" -> acoemSkips.add(f[1], true);
          case "odg-name" -> odgNames.add(f[1], true);
          case "odg" -> {
            for (int i = 1; i < f.length; i++) {
              odgChapters.add(f[i], f[1]);
            }
          }
          case "odg-decoration" -> odgDecorations.add(f[1], true);
          case "separator" -> separators.add(f[1], true);
          default -> throw new IllegalArgumentException("unknown kind '" + f[0] + "'");
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException(name + ":" + lineNumber + ": cannot read '" + trimmed + "': "
            + e.getMessage(), e);
      }
    }
    return new CitationVocabulary(acoemTitles, leads, remarks, mtusNames, acoemChapters, acoemNames,
        acoemSkips, odgNames, odgChapters, odgDecorations, separators);
  }
}
