package dev.imr.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ScopeType;

/**
 * The {@code imr} command line. Its one task today is {@code imr parse PATH...}, which prints a
 * JSON record per letter (see {@link ParseCommand}).
 *
 * <p>Run it from the shaded jar: {@code java -jar imr-examples/target/imr.jar parse letters/}.
 * Embedders and tests call {@code new CommandLine(new ImrCommand()).execute(args)}, which returns
 * the exit code instead of exiting.
 */
@Command(
    name = "imr",
    mixinStandardHelpOptions = true,
    versionProvider = ImrCommand.Version.class,
    // Subcommands inherit --help and --version.
    scope = ScopeType.INHERIT,
    description = "Reads California workers' compensation Independent Medical Review (IMR)"
        + " determination letters.",
    subcommands = {ParseCommand.class, CommandLine.HelpCommand.class})
public final class ImrCommand {

  /** A command; picocli fills it in from the arguments. */
  public ImrCommand() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String... args) {
    System.exit(new CommandLine(new ImrCommand()).execute(args));
  }

  /** The project version, which the build writes into {@code version.txt}. */
  static final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
      String version = "(unknown version)";
      try (InputStream in = ImrCommand.class.getResourceAsStream("version.txt")) {
        if (in != null) {
          version = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
      }
      return new String[] {"imr " + version};
    }
  }
}
