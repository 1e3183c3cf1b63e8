package dev.imr.examples.output;

import dev.imr.examples.run.LetterRun;
import dev.imr.examples.run.ParsedLetter;
import java.io.IOException;
import java.io.Writer;

/** What {@code imr parse --format} writes. */
public enum OutputFormat {
  /** One JSON record per file, one a line (the default): streams, and tools read it line by line. */
  jsonl {
@Override
    public LetterRun.Output open(Writer out, DeterminationJson json, boolean rawCells) {
      return new LetterRun.Output() {
        @Override
        public void accept(ParsedLetter letter) throws IOException {
          json.write(out, letter);
          out.write('\n'); // JSON Lines: '\n' on every platform
        }

        @Override
        public void finish() {}
      };
    }
  },

  /** One JSON array of the same records, for tools that want a single document. */
  json {
@Override
    public LetterRun.Output open(Writer out, DeterminationJson json, boolean rawCells) {
      return new LetterRun.Output() {
        private boolean first = true;

        @Override
        public void accept(ParsedLetter letter) throws IOException {
          // Each record on its own line: the array still streams and stays readable.
          out.write(first ? "[\n" : ",\n");
          first = false;
          json.write(out, letter);
        }

        @Override
        public void finish() throws IOException {
          out.write(first ? "[]\n" : "\n]\n");
        }
      };
    }
  },

  /** One CSV row per disputed item, the letter's fields repeated (see {@link LetterCsv}). */
  csv {
@Override
    public LetterRun.Output open(Writer out, DeterminationJson json, boolean rawCells)
        throws IOException {
      return new LetterCsv(out, rawCells);
    }
  };

  /**
   * An output writing this format to {@code out}, which it neither flushes nor closes; {@code
   * rawCells} writes CSV cells without the guard against spreadsheet formulas.
   */
  public abstract LetterRun.Output open(Writer out, DeterminationJson json, boolean rawCells)
      throws IOException;
}
