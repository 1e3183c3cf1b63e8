package dev.imr.parser;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whether cost is linear in a letter's length: the same letters with their case summary and
 * items written once and eight times over. {@link BenchmarkReport} compares the time per byte.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ScalingBenchmark {

  /** How many times each letter's summary and items are written. */
  @Param({"1", "8"})
  public int scale;

  private final ImrParser parser = ImrParser.create();
  private List<String> texts = List.of();
  private long[] bytes = new long[0];

  @Setup(Level.Trial)
  public void load() {
    texts = BenchmarkCorpus.scaled(200, scale);
    bytes = texts.stream().mapToLong(BenchmarkCorpus::utf8Length).toArray();
  }

  @Benchmark
  public ParseResult fullParse(ParserBenchmark.Input input) {
    int letter = input.take(bytes);
    return input.done(parser.parse(texts.get(letter)));
  }
}
