package io.github.dxplan.cli.internal;

import io.github.dxplan.model.format.InputFiles;
import io.github.dxplan.model.format.UnreadableFileException;
import java.nio.file.Path;
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

  private InputFile() {}

  /**
   * Reads a file the user named, through {@link InputFiles} (the rules above), with each refusal
   * worded in the user's language.
   *
   * @param file the file as the user named it
   * @param limit the most bytes accepted
   * @param messages the messages
   * @return the content, at most {@code limit} bytes
   * @throws CliException (exit 2) naming the file and what is wrong with it
   */
  public static byte[] read(Path file, int limit, Messages messages) {
    if (isStdin(file)) {
      return readStdin(limit, messages);
    }
    try {
      return InputFiles.read(file, limit);
    } catch (UnreadableFileException e) {
      if (e.reason() == UnreadableFileException.Reason.MISSING && file.toString().indexOf('\uFFFD') >= 0) {
        // Java decodes file names as UTF-8 here; a name holding other bytes arrives with U+FFFD in it
        // and cannot be opened under that name, though the file exists.
        throw CliException.unusable(messages.get("file.nameNotUtf8", file));
      }
      throw CliException.unusable(message(e, messages));
    }
  }

  /**
   * Whether a file argument is {@code -}, standard input.
   *
   * @param file the argument
   * @return true for {@code -}
   */
  public static boolean isStdin(Path file) {
    return file != null && file.toString().equals("-");
  }

  /** Standard input, at most {@code limit} bytes. */
  private static byte[] readStdin(int limit, Messages messages) {
    try {
      byte[] bytes = System.in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw CliException.unusable(messages.get(
            "file.tooLarge",
            "-",
            String.format(Locale.ROOT, "%.0f", limit / (1024.0 * 1024.0)),
            Integer.toString(limit)));
      }
      return bytes;
    } catch (java.io.IOException e) {
      throw CliException.unusable(messages.get("file.unreadable", "-", String.valueOf(e.getMessage())));
    }
  }

  /** The user's-language sentence for a file that was not read. */
  static String message(UnreadableFileException e, Messages messages) {
    Path file = e.file();
    return switch (e.reason()) {
      case EMPTY_NAME -> messages.get("file.emptyName");
      case MISSING -> messages.get("file.missing", file);
      case BROKEN_LINK -> messages.get("file.brokenLink", file, e.detail());
      case LINK_LOOP -> messages.get("file.linkLoop", file, e.detail());
      case DIRECTORY -> messages.get("file.directory", file);
      case NAMED_PIPE -> messages.get("file.special", file, messages.get("file.kind.fifo"));
      case SOCKET -> messages.get("file.special", file, messages.get("file.kind.socket"));
      case SPECIAL_FILE -> messages.get("file.special", file, messages.get("file.kind.other"));
      case TOO_LARGE -> messages.get(
          "file.tooLarge",
          file,
          String.format(Locale.ROOT, "%.0f", e.limit() / (1024.0 * 1024.0)),
          Integer.toString(e.limit()));
      case DENIED -> messages.get("file.denied", file);
      case IO_ERROR -> messages.get("file.unreadable", file, e.detail());
    };
  }
}
