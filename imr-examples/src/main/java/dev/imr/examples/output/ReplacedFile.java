package dev.imr.examples.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A file written whole or not at all: the text goes to a hidden file beside the target, which
 * {@link #commit()} writes to disk and renames over the target. Until then the target is left as
 * it was (or absent); {@link #close()} without a commit, Ctrl-C or a crash removes the hidden
 * file (a crash that kills the process at once may leave it, never a cut-off target).
 */
public final class ReplacedFile implements Closeable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path temporary;
  private final FileChannel channel;
  private final Writer writer;
  private boolean done;

  private ReplacedFile(Path target, Path temporary, FileChannel channel) {
    this.target = target;
    this.temporary = temporary;
    this.channel = channel;
    this.writer = new BufferedWriter(
        new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
        1 << 16);
  }

  /**
   * Starts replacing {@code target}; a symbolic link is followed, so the file it names is
   * replaced and the link kept.
   *
   * @throws IOException when the hidden file cannot be made in the target's folder
   */
  public static ReplacedFile create(Path target) throws IOException {
    Path resolved = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
    Path folder = resolved.getParent();
    byte[] nonce = new byte[6];
    RANDOM.nextBytes(nonce);
    // Hidden, beside the target (a rename within one folder is atomic), never an existing file.
    Path temporary = folder.resolve(
        "." + resolved.getFileName() + "." + HexFormat.of().formatHex(nonce) + ".tmp");
    FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    temporary.toFile().deleteOnExit(); // on Ctrl-C, should the run not stop in time
    return new ReplacedFile(resolved, temporary, channel);
  }

  /** Where to write the text (UTF-8, buffered); do not close it. */
  public Writer writer() {
    return writer;
  }

  /** Writes the text to disk and puts it in the target's place. */
  public void commit() throws IOException {
    writer.flush();
    channel.force(true);
    writer.close();
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  /** Without a commit, removes the hidden file and leaves the target as it was. */
  @Override
  public void close() throws IOException {
    if (done) {
      return;
    }
    done = true;
    try {
      writer.close();
    } catch (IOException e) {
      // the text is being thrown away
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
