package com.example.imr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.imr.model.Decision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionCountsTest {

  /** A letter made up for this test, in the form's own wording. */
  private static final String LETTER = """
      Case Number: CM99-0000950
      Date Assigned: 02/01/2017 Date of Injury:  04/04/2014
      Decision Date: 02/27/2017 UR Denial Date:  01/20/2017
      Priority:  Standard Application
      Received:
      01/25/2017

      HOW THE IMR FINAL DETERMINATION WAS MADE
      MAXIMUS Federal Services sent the complete case file to an expert reviewer.

      IMR ISSUES, DECISIONS AND RATIONALES
      The Final Determination was based on decisions for the disputed items/services set forth below:

      Invented knee sleeve: Upheld

      Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.

      MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for
      its decision.

      Decision rationale: An invented rationale.

      Invented walking cane: Overturned

      Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.

      MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for
      its decision.

      Decision rationale: Another invented rationale.
      """;

  @TempDir
  Path folder;

  @Test
  void countsTheDecisionsOfEveryLetter() throws IOException {
    Files.writeString(folder.resolve("a.txt"), LETTER);
    Files.createDirectories(folder.resolve("more"));
    Files.writeString(folder.resolve("more/b.txt"), LETTER.replace(": Overturned", ": Upheld"));
    Files.writeString(folder.resolve("notes.md"), "not read");

    Map<Decision, Integer> counts = DecisionCounts.count(folder);

    assertEquals(Map.of(Decision.UPHELD, 3, Decision.OVERTURNED, 1), counts);
  }

  @Test
  void theLibraryBringsTheAntlrRuntimeButNotTheToolNorJackson() {
    // imr-parser depends on the ANTLR runtime only; Jackson is optional in imr-model.
    assertEquals("org.antlr.v4.runtime.Lexer", loads("org.antlr.v4.runtime.Lexer"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.antlr.v4.Tool"));
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"));
  }

  private static String loads(String name) {
    try {
      return Class.forName(name).getName();
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " is missing", e);
    }
  }
}
