package io.github.dxplan.model.format;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.format.UnreadableFileException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file someone named — a plan, a catalogue, a terms file — so that no file can make the
 * reader wait for ever or read without end. Every reader of dxplan that takes a {@link Path} reads
 * through here.
 *
 * <ul>
 *   <li>A regular file (or a symbolic link to one) is read, at most {@code limit + 1} bytes: a
 *       file larger than the limit is refused by its size, without reading it.
 *   <li>A named pipe or a socket is refused without being opened (opening a pipe waits for a
 *       writer). Only {@code /dev/stdin}, {@code /dev/fd/N} and {@code /proc/...} — streams the
 *       process already holds, such as a shell's {@code <(...)} — are read.
 *   <li>A device such as {@code /dev/zero} is read up to the limit and then refused as too large.
 *   <li>A folder, a missing file, a broken or looping link, a file without read permission: each
 *       is an {@link UnreadableFileException} with its {@link UnreadableFileException.Reason}.
 * </ul>
 *
 * <pre>{@code
 * byte[] bytes = InputFiles.read(Path.of("plans/itako-2023.yaml"), ReadLimits.DEFAULTS.maxDocumentBytes());
 * }</pre>
 */
public final class InputFiles {

  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFSOCK = 0140000;

  private InputFiles() {}

  /**
   * Reads a file.
   *
   * @param file the file as it was named
   * @param limit the most bytes accepted (at least 0)
   * @return the content, at most {@code limit} bytes
   * @throws UnreadableFileException naming the file and why it was not read
   */
  public static byte[] read(Path file, int limit) {
    requireNonNull(file, "file");
    if (limit < 0 || limit == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("limit must be from 0 to " + (Integer.MAX_VALUE - 1) + ": " + limit);
    }
    if (file.toString().isEmpty()) {
      throw new UnreadableFileException(file, Reason.EMPTY_NAME, null, limit, null);
    }
    BasicFileAttributes attrs = attributes(file, limit);
    if (attrs.isDirectory()) {
      throw new UnreadableFileException(file, Reason.DIRECTORY, null, limit, null);
    }
    if (attrs.isOther() && !isOpenStream(file)) {
      Reason special = specialKind(file);
      if (special != null) {
        throw new UnreadableFileException(file, special, null, limit, null);
      }
    }
    if (attrs.isRegularFile() && attrs.size() > limit) {
      throw new UnreadableFileException(file, Reason.TOO_LARGE, null, limit, null);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(limit + 1);
    } catch (AccessDeniedException e) {
      throw new UnreadableFileException(file, Reason.DENIED, null, limit, e);
    } catch (IOException e) {
      throw new UnreadableFileException(file, Reason.IO_ERROR, reason(e), limit, e);
    }
    if (bytes.length > limit) {
      throw new UnreadableFileException(file, Reason.TOO_LARGE, null, limit, null);
    }
    return bytes;
  }

  /** The attributes of what the path leads to, or why there is none. */
  private static BasicFileAttributes attributes(Path file, int limit) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(file)) {
        throw new UnreadableFileException(file, Reason.BROKEN_LINK, linkTarget(file), limit, e);
      }
      throw new UnreadableFileException(file, Reason.MISSING, null, limit, e);
    } catch (AccessDeniedException e) {
      throw new UnreadableFileException(file, Reason.DENIED, null, limit, e);
    } catch (FileSystemException e) {
      // ELOOP: "Too many levels of symbolic links"
      Reason r = Files.isSymbolicLink(file) ? Reason.LINK_LOOP : Reason.IO_ERROR;
      throw new UnreadableFileException(file, r, reason(e), limit, e);
    } catch (IOException e) {
      throw new UnreadableFileException(file, Reason.IO_ERROR, reason(e), limit, e);
    }
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "?";
    }
  }

  /** The kind of a special file that must not be opened, or {@code null} for a device (read to the limit). */
  private static Reason specialKind(Path file) {
    int mode;
    try {
      mode = (Integer) Files.getAttribute(file, "unix:mode");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return Reason.SPECIAL_FILE; // not knowing what it is, do not open it
    }
    return switch (mode & S_IFMT) {
      case S_IFIFO -> Reason.NAMED_PIPE;
      case S_IFSOCK -> Reason.SOCKET;
      default -> null;
    };
  }

  /** Whether the path names a stream this process already holds open (a shell pipe), which does not wait on open. */
  private static boolean isOpenStream(Path file) {
    String p = file.toAbsolutePath().normalize().toString();
    return p.equals("/dev/stdin") || p.startsWith("/dev/fd/") || p.startsWith("/proc/");
  }

  /** The operating system's words for an I/O failure, without repeating the file name. */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
