package io.github.dxplan.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The one way {@code dx} reads a file the user names: only what can be read to an end without
 * waiting, and never more than a limit.
 *
 * <ul>
 *   <li>A regular file (or a symbolic link to one) is read, at most {@code limit + 1} bytes, so a
 *       file larger than the limit is refused without reading it all.
 *   <li>A named pipe (FIFO) or a socket is refused without being opened: opening one waits for a
 *       writer, for ever if none comes. Only {@code /dev/stdin}, {@code /dev/fd/N} and {@code
 *       /proc/...} (the shell's pipes and {@code <(...)}, already open) are read.
 *   <li>A device such as {@code /dev/zero} or {@code /dev/urandom} is read up to the limit, so it
 *       ends with the "larger than the limit" message, not after gigabytes.
 *   <li>A directory, a missing file, a broken or looping symbolic link and a file without read
 *       permission each get a message naming the file.
 * </ul>
 */
public final class InputFile {

  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFSOCK = 0140000;

  private InputFile() {}

  /**
   * Reads a file the user named.
   *
   * @param file the file as the user named it
   * @param limit the most bytes accepted
   * @param messages the messages
   * @return the content, at most {@code limit} bytes
   * @throws CliException (exit 2) naming the file and what is wrong with it
   */
  public static byte[] read(Path file, int limit, Messages messages) {
    if (file.toString().isEmpty()) {
      throw CliException.unusable(messages.get("file.emptyName"));
    }
    BasicFileAttributes attrs = attributes(file, messages);
    if (attrs.isDirectory()) {
      throw CliException.unusable(messages.get("file.directory", file));
    }
    if (attrs.isOther()) {
      String kind = specialKind(file);
      if (kind != null && !isOpenStream(file)) {
        throw CliException.unusable(messages.get("file.special", file, messages.get("file.kind." + kind)));
      }
    }
    if (attrs.isRegularFile() && attrs.size() > limit) {
      throw tooLarge(file, limit, messages);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(limit + 1);
    } catch (AccessDeniedException e) {
      throw CliException.unusable(messages.get("file.denied", file));
    } catch (IOException e) {
      throw CliException.unusable(messages.get("file.unreadable", file, reason(e)));
    }
    if (bytes.length > limit) {
      throw tooLarge(file, limit, messages);
    }
    return bytes;
  }

  private static CliException tooLarge(Path file, int limit, Messages messages) {
    String mb = String.format(Locale.ROOT, "%.0f", limit / (1024.0 * 1024.0));
    return CliException.unusable(messages.get("file.tooLarge", file, mb, Integer.toString(limit)));
  }

  /** The attributes of the file a path leads to, or the message of why there is none. */
  private static BasicFileAttributes attributes(Path file, Messages messages) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(file)) {
        throw CliException.unusable(messages.get("file.brokenLink", file, linkTarget(file)));
      }
      throw CliException.unusable(messages.get("file.missing", file));
    } catch (AccessDeniedException e) {
      throw CliException.unusable(messages.get("file.denied", file));
    } catch (FileSystemException e) {
      if (Files.isSymbolicLink(file)) {
        // ELOOP: "Too many levels of symbolic links"
        throw CliException.unusable(messages.get("file.linkLoop", file, reason(e)));
      }
      throw CliException.unusable(messages.get("file.unreadable", file, reason(e)));
    } catch (IOException e) {
      throw CliException.unusable(messages.get("file.unreadable", file, reason(e)));
    }
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "?";
    }
  }

  /** "fifo" or "socket" for the kinds that must not be opened, else {@code null} (a device, read to the limit). */
  private static String specialKind(Path file) {
    int mode;
    try {
      mode = (Integer) Files.getAttribute(file, "unix:mode");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "other"; // not knowing what it is, do not open it
    }
    return switch (mode & S_IFMT) {
      case S_IFIFO -> "fifo";
      case S_IFSOCK -> "socket";
      default -> null;
    };
  }

  /** Whether the path names a stream this process already holds open (a shell pipe), which does not wait on open. */
  private static boolean isOpenStream(Path file) {
    String p = file.toAbsolutePath().normalize().toString();
    return p.equals("/dev/stdin") || p.startsWith("/dev/fd/") || p.startsWith("/proc/");
  }

  /** The operating system's words for an I/O failure, without repeating the file name. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
