package dev.imr.parser;

import dev.imr.parser.internal.LexingOnly;
import dev.imr.parser.internal.pdf.Limits;
import dev.imr.parser.internal.pdf.PdfText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Throughput of the parser over one in-memory corpus, one letter per operation: lexing only (the
 * floor of the design), the full parse on one thread and on two threads sharing one parser, and
 * the PDF path. {@link Input#inputBytes} counts the bytes handed to the parser and the processor
 * time each letter took, so JMH reports bytes per second and processor time beside letters per
 * second. {@link BenchmarkReport} runs it and prints MB/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ParserBenchmark {

  /** {@code generated} (always there) or {@code real} (the letters in {@code ../shared}). */
  @Param({"generated"})
  public String corpus;

  private final ImrParser parser = ImrParser.create();
  private List<String> texts = List.of();
  private List<String> cleaned = List.of();
  private List<byte[]> pdfs = List.of();
  private long[] textBytes = new long[0];
  private long[] pdfBytes = new long[0];

  @Setup(Level.Trial)
  public void load(BenchmarkParams params) {
    BenchmarkCorpus.Letters letters = corpus(corpus, params.getBenchmark().contains(".pdf"));
    texts = letters.texts();
    pdfs = letters.pdfs();
    textBytes = texts.stream().mapToLong(BenchmarkCorpus::utf8Length).toArray();
    pdfBytes = pdfs.stream().mapToLong(pdf -> pdf.length).toArray();
    if (params.getBenchmark().endsWith("lexingOnly")) {
      cleaned = texts.stream().map(LexingOnly::cleaned).toList();
    }
  }

  static BenchmarkCorpus.Letters corpus(String name, boolean withPdfs) {
    int count = Integer.getInteger("imr.bench.letters", 4000);
    return switch (name) {
      case "generated" -> BenchmarkCorpus.generated(count, withPdfs ? Math.min(count, 400) : 0);
      case "real" -> BenchmarkCorpus.real().orElseThrow(
          () -> new IllegalStateException("../shared holds no letters"));
      default -> throw new IllegalArgumentException("no corpus '" + name + "'");
    };
  }

  /**
   * Which letter a thread parses next, the bytes it has handed over and the processor time it
   * took. Processor time is what a loaded machine does not distort: on a shared machine other
   * processes take the cores from the benchmark, and wall-clock rates fall with no change in
   * the parser.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Input {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Bytes handed to the parser this iteration; JMH reports it per second. */
    public long inputBytes;
    /** Nanoseconds of this thread's processor time spent parsing; JMH reports it per second. */
    public long cpuNanos;
    private int next;
    private long cpuStart;

    @Setup(Level.Trial)
    public void start(ThreadParams thread) {
      // Threads start far apart in the corpus, so they do not parse the same letter at once.
      next = thread.getThreadIndex() * 7919;
    }

    @Setup(Level.Iteration)
    public void reset() {
      inputBytes = 0;
      cpuNanos = 0;
    }

    /** The next letter's index; starts its clock. */
    int take(long[] sizes) {
      int index = Math.floorMod(next++, sizes.length);
      inputBytes += sizes[index];
      cpuStart = THREADS.getCurrentThreadCpuTime();
      return index;
    }

    /** Stops the clock {@link #take} started; passes {@code result} through. */
    <T> T done(T result) {
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
      return result;
    }
  }

  /** The generated lexer over the cleaned text, every token: no parse tree, no model. */
  @Benchmark
  public int lexingOnly(Input input) {
    int letter = input.take(textBytes);
    return input.done(LexingOnly.tokens(cleaned.get(letter)));
  }

  /** Text to a complete {@code Determination}, typed citations and case facts included. */
  @Benchmark
  public ParseResult fullParse(Input input) {
    int letter = input.take(textBytes);
    return input.done(parser.parse(texts.get(letter)));
  }

  /** The full parse on two threads sharing one parser; the score is both threads' together. */
  @Benchmark
  @Threads(2)
  public ParseResult fullParseTwoThreads(Input input) {
    int letter = input.take(textBytes);
    return input.done(parser.parse(texts.get(letter)));
  }

  /** PDF bytes to a {@code Determination}: PDFBox's extraction, then the full parse. */
  @Benchmark
  public ParseResult pdfPath(Input input) {
    int letter = input.take(pdfBytes);
    return input.done(parser.parsePdf(pdfs.get(letter)));
  }

  /** PDF stage, step 1: {@code Loader.loadPDF} (cross-reference, decryption set up), no page. */
  @Benchmark
  public int pdfLoad(Input input) throws IOException {
    int letter = input.take(pdfBytes);
    try (PDDocument document = Loader.loadPDF(pdfs.get(letter))) {
      return input.done(document.getNumberOfPages());
    }
  }

  /** Load and tokenize every page's content stream: the floor of any text extraction. */
  @Benchmark
  public int pdfTokenize(Input input) throws IOException {
    int letter = input.take(pdfBytes);
    int tokens = 0;
    try (PDDocument document = Loader.loadPDF(pdfs.get(letter))) {
      for (PDPage page : document.getPages()) {
        PDFStreamParser parser = new PDFStreamParser(page);
        while (parser.parseNextToken() != null) {
          tokens++;
        }
      }
    }
    return input.done(tokens);
  }

  /** Load and PDFBox's {@code PDFTextStripper} with its default settings. */
  @Benchmark
  public Object pdfStripper(Input input) {
    int letter = input.take(pdfBytes);
    return input.done(PdfText.extract(pdfs.get(letter), Limits.DEFAULT, PdfText.Route.STRIPPER));
  }

  /** Load and the project's extraction (what {@code parsePdf} uses). */
  @Benchmark
  public Object pdfExtraction(Input input) {
    int letter = input.take(pdfBytes);
    return input.done(PdfText.extract(pdfs.get(letter), Limits.DEFAULT, PdfText.Route.FAST));
  }
}
