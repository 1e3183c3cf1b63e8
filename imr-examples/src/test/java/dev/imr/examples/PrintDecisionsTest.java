package dev.imr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example program runs on the bundled letters and prints what it promises. */
class PrintDecisionsTest {

  @Test
  void printsCaseNumberItemsAndOutcomeOfEachLetter() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      PrintDecisions.main(new String[] {
          "letters/CM99-0000101.txt", "letters/2014-inline-credentials.txt",
          "letters/CM99-0000102.txt"});
    } finally {
      System.setOut(stdout);
    }

    String output = captured.toString(StandardCharsets.UTF_8);
    assertThat(output.lines()).containsExactly(
        "CM99-0000101",
        "  UPHELD      Aquatic therapy 12 sessions for the lumbar spine was the original request."
            + " Aquatic therapy 6 sessions was authorized by the Claims Administrator. The remaining"
            + " IMR eligible portion of the original request, Aquatic therapy 6 sessions is",
        "  OVERTURNED  Functional capacity evaluation for the lumbar spine and right shoulder prior"
            + " to return to full duty",
        "  UPHELD      Reusable thermal wrap for the low back, purchase",
        "  outcome: PARTIALLY_OVERTURNED",
        // No header before 2015, so no case number: the file name stands in.
        "2014-inline-credentials.txt",
        "  UPHELD      TRIGGER POINT INJECTIONS TO THE UPPER TRAPEZIUS UNDER ULTRASOUND GUIDANCE"
            + " QTY: 3",
        "  UPHELD      Cervical traction unit for home use",
        "  outcome: UPHELD",
        "CM99-0000102",
        "  OVERTURNED  Left knee arthroscopy with partial medial meniscectomy",
        "  OVERTURNED  Associated surgical service: Post-operative physical therapy 6 sessions for"
            + " the left knee",
        "  outcome: OVERTURNED");
  }
}
