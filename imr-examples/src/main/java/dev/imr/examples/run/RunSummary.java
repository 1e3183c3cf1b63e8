package dev.imr.examples.run;

import dev.imr.model.Decision;
import dev.imr.model.DisputedItem;
import dev.imr.model.LetterHeader;
import dev.imr.parser.Diagnostic;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Counts what a run read and prints the closing summary on standard error. */
public final class RunSummary {

  /** Files with errors named in the summary; all of them were reported as they came. */
  public static final int LISTED = 20;

  private final boolean warningsAsErrors;
  private long files;
  private long letters;
  private final CaseNumbers caseNumbers = new CaseNumbers();
  private long repeats;
  private long items;
  private long upheld;
  private long overturned;
  private long failedFiles;
  private final List<String> firstFailures = new ArrayList<>();

  /** A summary that counts warnings as errors when {@code warningsAsErrors}. */
  public RunSummary(boolean warningsAsErrors) {
    this.warningsAsErrors = warningsAsErrors;
  }

  /** Counts one file. */
  public void add(ParsedLetter letter) {
    files++;
    letter.determination().ifPresent(determination -> {
      letters++;
      determination.header().flatMap(LetterHeader::caseNumber).ifPresent(caseNumber -> {
        if (!caseNumbers.add(caseNumber)) {
          repeats++;
        }
      });
      for (DisputedItem item : determination.items()) {
        items++;
        if (item.decision().isPresent()) {
          if (item.decision().get() == Decision.UPHELD) {
            upheld++;
          } else {
            overturned++;
          }
        }
      }
    });
    if (letter.failed(warningsAsErrors)) {
      failedFiles++;
      if (firstFailures.size() < LISTED) {
        firstFailures.add(where(letter));
      }
    }
  }

  /** True when a file failed: the run's exit code is then 1. */
  public boolean anyFailed() {
    return failedFiles > 0;
  }

  /**
   * Prints, for example:
   *
   * <pre>
   * imr parse: 5 files, 4 letters, 6 items: 3 upheld, 2 overturned, 1 without a decision
   * imr parse: 1 letter repeats a case number read before: 3 different cases
   * imr parse: 2 files with errors:
   *   letters/broken.txt:12:1 MISSING_DECISION
   *   letters/list.txt:1:1 NOT_AN_IMR_LETTER
   * </pre>
   */
  public void print(PrintWriter err, String command) {
    long undecided = items - upheld - overturned;
    err.println(command + ": " + count(files, "file") + ", " + count(letters, "letter") + ", "
        + count(items, "item") + ": " + upheld + " upheld, " + overturned + " overturned"
        + (undecided > 0 ? ", " + undecided + " without a decision" : ""));
    if (repeats > 0) {
      // The counts above include the repeats (a PDF beside its text is read twice).
      err.println(command + ": " + count(repeats, "letter") + (repeats == 1 ? " repeats" : " repeat")
          + " a case number read before: " + count(letters - repeats, "different case"));
    }
    if (failedFiles > 0) {
      err.println(command + ": " + count(failedFiles, "file") + " with errors"
          + (warningsAsErrors ? " or warnings" : "") + ":");
      // File names escaped: a line break in one must not forge a line of its own.
      firstFailures.forEach(failure -> err.println("  " + TerminalText.escaped(failure)));
      if (failedFiles > firstFailures.size()) {
        err.println("  and " + (failedFiles - firstFailures.size()) + " more, reported above");
      }
    }
    err.flush();
  }

  /** The file and the position and code of its first error. */
  private String where(ParsedLetter letter) {
    ParsedLetter.Failure failure = letter.failure();
    if (failure != null) {
      return letter.source() + ":1:1 " + failure.code();
    }
    for (Diagnostic diagnostic : letter.diagnostics()) {
      if (ParsedLetter.counts(diagnostic, warningsAsErrors)) {
        return letter.source() + ":" + diagnostic.line() + ":" + diagnostic.column() + " "
            + diagnostic.code();
      }
    }
    return letter.source();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
