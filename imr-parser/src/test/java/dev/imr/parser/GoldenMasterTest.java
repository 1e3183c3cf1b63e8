package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.imr.model.json.ImrJacksonModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parser's whole behaviour over a fixed corpus, pinned: every field, span and diagnostic of
 * every input, compared with the expected files in {@code src/test/resources/golden/}. A change
 * that alters any of them fails here; a deliberate one updates the expected files in a commit of
 * its own that says why:
 *
 * <pre>{@code
 * mvn -B -ntp -pl imr-parser -am verify -Dtest=GoldenMasterTest -Dsurefire.failIfNoSpecifiedTests=false -Dimr.golden.update=true
 * }</pre>
 *
 * <p>The corpus: the fixtures in every layout of {@link Layouts} and {@link PopplerLayouts}, the
 * older-layout fixtures, cut and hostile inputs, letters that {@link LetterWriter} writes from
 * {@link LetterGenerators} with a fixed seed, and the real letters of {@code ../shared} when it is
 * there. The expected files keep a SHA-256 digest of each input's dump, never the dump itself, so
 * no letter's wording enters them. Every run writes the full dump of every input to {@code
 * target/golden-master/}: run the test on the commit before a change and after it and diff the two
 * dumps to see what changed.
 */
class GoldenMasterTest {

  private static final ImrParser PARSER = ImrParser.create();
  private static final long SEED = 20_161_221L;
  private static final int GENERATED = 200;
  private static final Path EXPECTED = Path.of("src/test/resources/golden");
  private static final Path DUMPS = Path.of("target/golden-master");

  private static final ObjectWriter JSON = jsonWriter();

  private static ObjectWriter jsonWriter() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ImrJacksonModule()).build();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return mapper.writer(printer);
  }

  /** One input of the corpus. */
  private record Input(String id, String text) {}

  @Test
  void everyFieldSpanAndDiagnosticOfTheFixedCorpusIsUnchanged() throws IOException {
    check("corpus.txt", corpus());
  }

  @Test
  void everyRealLetterParsesAsBefore() throws IOException {
    Path shared = SharedLetters.require();
    List<Input> inputs = new ArrayList<>();
    for (String folder : List.of("seeds", "corpus/dev")) {
      Path dir = shared.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          inputs.add(new Input("shared/" + folder + "/" + file.getFileName(),
              Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    }
    check("shared.txt", inputs);
  }

  private static void check(String name, List<Input> inputs) throws IOException {
    StringBuilder expected = new StringBuilder(header());
    StringBuilder full = new StringBuilder();
    for (Input input : inputs) {
      String dump = dump(input.text());
      full.append("== ").append(input.id()).append('\n').append(dump).append('\n');
      expected.append("== ").append(input.id()).append(" sha256 ").append(sha256(dump))
          .append('\n');
    }
    Files.createDirectories(DUMPS);
    Files.writeString(DUMPS.resolve(name), full.toString(), StandardCharsets.UTF_8);
    if (Boolean.getBoolean("imr.golden.update")) {
      Files.createDirectories(EXPECTED);
      Files.writeString(EXPECTED.resolve(name), expected.toString(), StandardCharsets.UTF_8);
      return;
    }
    String committed = readResource("/golden/" + name);
    assertThat(expected.toString())
        .as("the parse of the golden-master corpus (%s; full dump of this run in %s)", name,
            DUMPS.resolve(name).toAbsolutePath())
        .isEqualTo(committed);
  }

  private static String header() {
    return "# Golden master of the parser: see GoldenMasterTest. Generated; do not edit by hand.\n";
  }

  /** Every field and span of the determination, then every diagnostic, as indented JSON. */
  static String dump(String text) {
    ParseResult result = PARSER.parse(text);
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("determination", result.determination().orElse(null));
    List<Map<String, Object>> diagnostics = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      Map<String, Object> diagnostic = new LinkedHashMap<>();
      diagnostic.put("severity", d.severity().name());
      diagnostic.put("code", d.code().name());
      diagnostic.put("message", d.message());
      diagnostic.put("line", d.line());
      diagnostic.put("column", d.column());
      diagnostic.put("span", d.span());
      diagnostics.add(diagnostic);
    }
    record.put("diagnostics", diagnostics);
    try {
      return JSON.writeValueAsString(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Input> corpus() {
    List<Input> inputs = new ArrayList<>();
    for (String fixture : ExpectedLetters.all().keySet()) {
      String text = ExpectedLetters.text(fixture);
      for (Layouts.Layout layout : Layouts.all()) {
        inputs.add(new Input("fixture/" + fixture + "/" + layout, layout.apply(text)));
      }
      Optional<PopplerLayouts.HeaderValues> header = PARSER.parse(text).determination()
          .flatMap(d -> PopplerLayouts.HeaderValues.of(d.header()));
      for (PopplerLayoutTest.Variant variant : PopplerLayoutTest.variants()) {
        inputs.add(new Input("fixture/" + fixture + "/" + variant,
            variant.render().apply(text, header.orElse(null))));
      }
      // Cut short at a quarter, half and three quarters, and with one line left out: what a
      // damaged extraction gives, diagnostics included.
      List<String> lines = Layouts.lines(text);
      for (int quarter = 1; quarter <= 3; quarter++) {
        inputs.add(new Input("damaged/" + fixture + "/cut at " + quarter + "/4",
            text.substring(0, text.length() * quarter / 4)));
      }
      List<String> dropped = new ArrayList<>(lines);
      dropped.remove(lines.size() / 2);
      inputs.add(new Input("damaged/" + fixture + "/middle line left out",
          Layouts.unlines(dropped)));
    }
    for (String older : List.of("2013-decision-notice", "2013-maximus-letter",
        "2013-professional-review")) {
      inputs.add(new Input("older/" + older, readResource("/older-layouts/" + older + ".txt")));
    }
    String[] hostile = {"", " \n\t\n", "MEMORANDUM \nTo: All staff \nFrom: Facilities \n",
        "Case Number:", "CLINICAL CASE SUMMARY", ": Upheld\n: Overturned\n",
        "IMR ISSUES, DECISIONS AND RATIONALES \n: Upheld \nDecision rationale: x \n"};
    for (int i = 0; i < hostile.length; i++) {
      inputs.add(new Input("hostile/" + i, hostile[i]));
    }
    List<String> generated = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(GENERATED).withShrinkCycles(0)
        .forAll(LetterGenerators.determinations(), LetterGenerators.options())
        .checkAssert((letter, options) -> generated.add(LetterWriter.write(letter, options)));
    for (int i = 0; i < generated.size(); i++) {
      inputs.add(new Input("generated/" + i, generated.get(i)));
    }
    return inputs;
  }

  private static String readResource(String resource) {
    try (InputStream in = GoldenMasterTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource
            + ": write it with -Dimr.golden.update=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
