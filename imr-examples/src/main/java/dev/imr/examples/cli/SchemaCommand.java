package dev.imr.examples.cli;

import dev.imr.examples.output.DeterminationJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code imr schema}: prints the JSON Schema (draft 2020-12) of one record of {@code imr parse},
 * {@value DeterminationJson#SCHEMA} in this jar, so that programs in other languages can check
 * the records and generate types from them.
 */
@Command(
    name = "schema",
    description = {
        "Prints the JSON Schema (draft 2020-12) of one record of imr parse: a line of its JSON"
            + " Lines, or an element of its JSON array.",
        "Check records with any JSON Schema validator, or generate types from it."})
public final class SchemaCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  /** A command; picocli fills it in from the arguments. */
  public SchemaCommand() {}

  /** Prints the schema and returns 0. */
  @Override
  public Integer call() throws IOException {
    CommandSpec spec = Objects.requireNonNull(this.spec, "run through picocli's CommandLine");
    PrintWriter out = spec.commandLine().getOut();
    out.print(DeterminationJson.schema());
    out.flush();
    return 0;
  }
}
