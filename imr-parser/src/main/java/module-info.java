/**
 * Parses IMR determination letters, as text or PDF, into the {@code dev.imr.model} types.
 *
 * <p>Only {@code dev.imr.parser} is API. The stages of the parser live in {@code
 * dev.imr.parser.internal.*}, which are not exported: their classes are public to each other,
 * never to a user of the library, and ANTLR's types stay inside.
 */
module dev.imr.parser {
  requires transitive dev.imr.model;
  requires org.antlr.antlr4.runtime;
  requires org.apache.pdfbox;
  requires org.apache.fontbox;
  // PDFBox logs through Commons Logging to java.util.logging, where the PDF stage collects it.
  requires java.logging;
  requires static org.jspecify;

  exports dev.imr.parser;
}
