package dev.imr.parser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ParserBenchmark} and {@link ScalingBenchmark} with JMH's GC profiler and prints,
 * per corpus, letters/s and MB/s (per second of wall-clock time and of processor time) and bytes
 * allocated per input byte, then the targets of the performance issue, each met or not. The real
 * letters' run is added when {@code ../shared} is there.
 *
 * <p>System properties: {@code imr.bench.letters} (generated letters, default 4000), {@code
 * imr.bench.iterations} and {@code imr.bench.time} (warm-up and measured iterations, and seconds
 * each, default 5 and 3), {@code imr.bench.include} (a regular expression of benchmark methods to
 * run), {@code imr.bench.corpora} (a comma-separated subset of {@code generated,real}), {@code
 * imr.bench.result} (a file for JMH's JSON results). With {@code imr.letters.dir}
 * set it runs no benchmark and writes {@code imr.letters.count} letters there ({@link
 * WriteLetters}).
 */
public final class BenchmarkReport {

  // The targets, for a 2-core machine on JDK 17: issue 5's speed on one thread, then issue 11's
  // (half the lexer's speed, at most 15 bytes allocated per input byte, 2 threads 1.8 x one).
  static final double FULL_PARSE_MB_S = 40;
  static final double FULL_PARSE_OF_LEXING = 0.5;
  static final double TWO_THREADS_SPEEDUP = 1.8;
  static final double ALLOCATED_PER_BYTE = 15;
  static final double EIGHT_TIMES_INPUT_TIME = 9;
  static final double PDF_OVER_STRIPPER = 2.5;
  static final double PDF_OVER_FLOOR = 1.6;

  private BenchmarkReport() {}

  public static void main(String[] args) throws RunnerException, IOException {
    String lettersDir = System.getProperty("imr.letters.dir", "");
    if (!lettersDir.isBlank()) {
      // Not a benchmark: letters for the command line's memory check.
      WriteLetters.write(Path.of(lettersDir), Integer.getInteger("imr.letters.count", 50_000));
      return;
    }
    int iterations = Integer.getInteger("imr.bench.iterations", 5);
    int seconds = Integer.getInteger("imr.bench.time", 3);
    String letters = System.getProperty("imr.bench.letters", "4000");
    String include = System.getProperty("imr.bench.include", ".*");
    boolean real = BenchmarkCorpus.real().isPresent();
    List<String> corpora = real ? List.of("generated", "real") : List.of("generated");
    String only = System.getProperty("imr.bench.corpora", "");
    if (!only.isBlank()) {
      corpora = corpora.stream().filter(List.of(only.split(","))::contains).toList();
    }
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("dev\\.imr\\.parser\\.(ParserBenchmark|ScalingBenchmark)\\.(" + include + ")$")
        .param("corpus", corpora.toArray(String[]::new))
        .warmupIterations(iterations)
        .warmupTime(TimeValue.seconds(seconds))
        .measurementIterations(iterations)
        .measurementTime(TimeValue.seconds(seconds))
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend("-Dimr.bench.letters=" + letters);
    String resultFile = System.getProperty("imr.bench.result");
    if (resultFile != null && !resultFile.isBlank()) {
      options.result(resultFile).resultFormat(ResultFormatType.JSON);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.println(report(results, letters, real));
  }

  /** One benchmark's figures: JMH's rates per second of wall-clock time. */
  record Figures(String benchmark, String corpus, double lettersPerSecond, double bytesPerSecond,
      double cpuNanosPerSecond, double allocatedPerLetter) {

    double megabytesPerSecond() {
      return bytesPerSecond / 1e6;
    }

    /** Megabytes per second of processor time: what the parser does with the cores it gets. */
    double megabytesPerCpuSecond() {
      return bytesPerSecond / cpuNanosPerSecond * 1e3;
    }

    double lettersPerCpuSecond() {
      return lettersPerSecond / cpuNanosPerSecond * 1e9;
    }

    /** The processors the benchmark's threads got: 1 per thread on an idle machine. */
    double processorsGot() {
      return cpuNanosPerSecond / 1e9;
    }

    double allocatedPerInputByte() {
      return allocatedPerLetter * lettersPerSecond / bytesPerSecond;
    }
  }

  static String report(Collection<RunResult> results, String letters, boolean real) {
    Map<String, Figures> figures = new LinkedHashMap<>();
    for (RunResult run : results) {
      // "dev.imr.parser.ParserBenchmark.fullParse" as "ParserBenchmark.fullParse"
      String benchmark = run.getParams().getBenchmark();
      int method = benchmark.lastIndexOf('.');
      benchmark = benchmark.substring(benchmark.lastIndexOf('.', method - 1) + 1);
      String corpus = run.getParams().getParam("corpus");
      String scale = run.getParams().getParam("scale");
      String key = benchmark + " " + (scale != null ? "x" + scale : corpus);
      figures.put(key, new Figures(benchmark, scale != null ? "generated x" + scale : corpus,
          run.getPrimaryResult().getScore(), score(run, "inputBytes"),
          score(run, "cpuNanos"), score(run, "gc.alloc.rate.norm")));
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Machine: %d processors, JDK %s (%s); generated corpus"
        + " %s letters%s%n%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), System.getProperty("java.vm.name"), letters,
        real ? ", real corpus from ../shared" : "; ../shared absent: no real corpus"));
    out.append(String.format(Locale.ROOT, "%-36s %-13s %10s %8s %10s %10s %7s%n", "benchmark",
        "corpus", "letters/s", "MB/s", "MB/cpu-s", "alloc B/B", "cpus"));
    for (Figures f : figures.values()) {
      out.append(String.format(Locale.ROOT, "%-36s %-13s %10.0f %8.2f %10.2f %10.1f %7.2f%n",
          f.benchmark(), f.corpus(), f.lettersPerSecond(), f.megabytesPerSecond(),
          f.megabytesPerCpuSecond(), f.allocatedPerInputByte(), f.processorsGot()));
    }
    out.append(String.format(Locale.ROOT, "%n"
        + "MB = 10^6 bytes of input (UTF-8 text, or the PDF file for pdfPath). letters/s and MB/s"
        + " are per second of%nwall-clock time, both threads together for two threads; MB/cpu-s"
        + " is per second of the parsing thread's%nprocessor time; cpus is the processors the"
        + " benchmark's threads got (1 a thread when the machine is%nidle: less means other"
        + " processes took the cores and the wall-clock figures understate the parser).%n%n"
        + "Targets (wall-clock; processor time in brackets):%n"));
    for (String corpus : List.of("generated", "real")) {
      Figures lexing = figures.get("ParserBenchmark.lexingOnly " + corpus);
      Figures full = figures.get("ParserBenchmark.fullParse " + corpus);
      Figures two = figures.get("ParserBenchmark.fullParseTwoThreads " + corpus);
      Figures pdf = figures.get("ParserBenchmark.pdfPath " + corpus);
      if (full != null) {
        target(out, corpus, "full parse >= " + FULL_PARSE_MB_S + " MB/s on one thread",
            full.megabytesPerSecond(), full.megabytesPerCpuSecond(), FULL_PARSE_MB_S, "MB/s");
        double allocated = full.allocatedPerInputByte();
        out.append(String.format(Locale.ROOT, "  %-9s %-4s %-52s %7.1f B/B%n", corpus,
            allocated <= ALLOCATED_PER_BYTE ? "MET" : "NOT",
            "allocation <= " + ALLOCATED_PER_BYTE + " B per input byte", allocated));
      }
      if (full != null && lexing != null) {
        target(out, corpus, "full parse >= " + FULL_PARSE_OF_LEXING + " x lexing only",
            full.megabytesPerSecond() / lexing.megabytesPerSecond(),
            full.megabytesPerCpuSecond() / lexing.megabytesPerCpuSecond(), FULL_PARSE_OF_LEXING,
            "x");
      }
      if (full != null && two != null) {
        // On processor time: two threads' letters per processor-second against one thread's,
        // times two, is the speedup two idle cores give when nothing is shared between threads.
        target(out, corpus, "2 threads >= " + TWO_THREADS_SPEEDUP + " x one thread",
            two.lettersPerSecond() / full.lettersPerSecond(),
            2 * two.lettersPerCpuSecond() / full.lettersPerCpuSecond(), TWO_THREADS_SPEEDUP, "x");
      }
      if (pdf != null) {
        out.append(String.format(Locale.ROOT, "  %-9s      PDF path: %.0f letters/s per thread"
            + " (%.0f per processor-second, %.1f ms of processor time a letter)%n", corpus,
            pdf.lettersPerSecond(), pdf.lettersPerCpuSecond(), 1000 / pdf.lettersPerCpuSecond()));
      }
    }
    for (String corpus : List.of("generated", "real")) {
      Figures load = figures.get("ParserBenchmark.pdfLoad " + corpus);
      Figures floor = figures.get("ParserBenchmark.pdfTokenize " + corpus);
      Figures stripper = figures.get("ParserBenchmark.pdfStripper " + corpus);
      Figures fast = figures.get("ParserBenchmark.pdfExtraction " + corpus);
      Figures path = figures.get("ParserBenchmark.pdfPath " + corpus);
      if (stripper == null || fast == null) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "  %-9s PDF stage, letters/s and ms a letter (wall-clock;"
          + " processor time in brackets):%n", corpus));
      for (Figures f : new Figures[] {load, floor, stripper, fast, path}) {
        if (f != null) {
          out.append(String.format(Locale.ROOT, "    %-32s %8.0f /s %7.3f ms (%7.3f ms)%n",
              f.benchmark(), f.lettersPerSecond(), 1000 / f.lettersPerSecond(),
              1000 / f.lettersPerCpuSecond()));
        }
      }
      target(out, corpus, "extraction >= " + PDF_OVER_STRIPPER + " x stripper",
          fast.lettersPerSecond() / stripper.lettersPerSecond(),
          fast.lettersPerCpuSecond() / stripper.lettersPerCpuSecond(), PDF_OVER_STRIPPER, "x");
      if (floor != null) {
        target(out, corpus, "extraction time <= " + PDF_OVER_FLOOR + " x load+tokenize",
            floor.lettersPerSecond() / fast.lettersPerSecond(),
            floor.lettersPerCpuSecond() / fast.lettersPerCpuSecond(), -PDF_OVER_FLOOR, "x");
      }
    }
    Figures one = figures.get("ScalingBenchmark.fullParse x1");
    Figures eight = figures.get("ScalingBenchmark.fullParse x8");
    if (one != null && eight != null) {
      double bytesRatio = (eight.bytesPerSecond() / eight.lettersPerSecond())
          / (one.bytesPerSecond() / one.lettersPerSecond());
      // The x8 letters are not exactly 8 times as long (the header is written once): compare
      // the time per byte, scaled to 8 times the input.
      double wall = one.lettersPerSecond() / eight.lettersPerSecond() / bytesRatio * 8;
      double cpu = one.lettersPerCpuSecond() / eight.lettersPerCpuSecond() / bytesRatio * 8;
      target(out, "generated", String.format(Locale.ROOT, "linear: 8 x input in <= %.0f x time"
          + " (letters %.2f x as long)", EIGHT_TIMES_INPUT_TIME, bytesRatio), wall, cpu,
          -EIGHT_TIMES_INPUT_TIME, "x");
    }
    return out.toString();
  }

  /** A target, met when a figure is at least {@code bound} (at most {@code -bound} if negative). */
  private static void target(StringBuilder out, String corpus, String target, double wall,
      double cpu, double bound, String unit) {
    boolean wallMet = bound >= 0 ? wall >= bound : wall <= -bound;
    boolean cpuMet = bound >= 0 ? cpu >= bound : cpu <= -bound;
    out.append(String.format(Locale.ROOT, "  %-9s %-4s %-52s %7.2f %s (%s %.2f)%n", corpus,
        wallMet ? "MET" : "NOT", target, wall, unit, cpuMet ? "met" : "not met", cpu));
  }

  /** The score of the run's secondary result whose name ends in {@code suffix}. */
  @SuppressWarnings("rawtypes") // JMH hands its results out as raw types
  private static double score(RunResult run, String suffix) {
    for (var result : run.getSecondaryResults().entrySet()) {
      if (result.getKey().endsWith(suffix)) {
        return result.getValue().getScore();
      }
    }
    return Double.NaN;
  }
}
