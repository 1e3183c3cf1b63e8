package dev.imr.examples;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of its own, started from the binaries found on this machine ({@code
 * initdb} and {@code pg_ctl} on the PATH or under {@code /usr/lib/postgresql}) in a fresh data
 * folder on a free port of the loopback, with trust authentication, and stopped again. As root,
 * which PostgreSQL refuses to run as, it runs as the {@code postgres} user.
 */
final class PostgresServer implements AutoCloseable {

  private final Path bin;
  private final Path data;
  private final List<String> asUser;
  private final int port;

  private PostgresServer(Path bin, Path data, List<String> asUser, int port) {
    this.bin = bin;
    this.data = data;
    this.asUser = asUser;
    this.port = port;
  }

  /** Starts a server, or says why none can be started here. */
  static PostgresServer start(Path folder) throws IOException, InterruptedException {
    Path bin = binaries().orElseThrow(() -> new Unavailable(
        "no PostgreSQL server binaries (initdb, pg_ctl) on this machine"));
    List<String> asUser = new ArrayList<>();
    Path data = folder.resolve("pgdata");
    Files.createDirectories(data);
    if ("root".equals(System.getProperty("user.name"))) {
      UserPrincipal postgres;
      try {
        postgres = folder.getFileSystem().getUserPrincipalLookupService()
            .lookupPrincipalByName("postgres");
      } catch (IOException e) {
        throw new Unavailable("running as root and there is no postgres user to run the server");
      }
      // The server's user must reach its data folder: the test's folders up to the temporary one.
      Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
      for (Path p = data.getParent().toRealPath(); p != null && p.startsWith(temporary)
          && !p.equals(temporary); p = p.getParent()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      Files.setOwner(data, postgres);
      asUser.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    PostgresServer server = new PostgresServer(bin, data, asUser, port);
    server.run("initdb", "-D", data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
    server.run("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-l",
        data.resolve("server.log").toString(), "-o",
        "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data, "start");
    return server;
  }

  /** The JDBC URL of the server's {@code postgres} database. */
  String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  @Override
  public void close() throws IOException, InterruptedException {
    run("pg_ctl", "-D", data.toString(), "-w", "-m", "immediate", "stop");
  }

  private void run(String program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(asUser);
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new Unavailable(program + " failed: " + output.strip());
    }
  }

  private static Optional<Path> binaries() throws IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path initdb = Path.of(dir).resolve("initdb");
      if (!dir.isEmpty() && Files.isExecutable(initdb)) {
        return Optional.of(initdb.toRealPath().getParent());
      }
    }
    Path versions = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(versions)) {
      return Optional.empty();
    }
    try (Stream<Path> list = Files.list(versions)) {
      return list.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
          .sorted().reduce((a, b) -> b);
    }
  }

  /** Why no server could be started here. */
  static final class Unavailable extends IOException {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }
}
