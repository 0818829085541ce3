package io.github.dxplan.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;

/** Where a command's result goes: a file given with {@code --out}, or standard output. */
public final class Output {
  private Output() {}

  /**
   * Writes text to {@code out} when given, else to the command's standard output.
   *
   * @param text the text
   * @param out the file, or {@code null}
   * @param stdout the command's standard output
   * @param messages the messages
   * @throws CliException (exit 2) if the file cannot be written
   */
  public static void write(String text, Path out, PrintWriter stdout, Messages messages) {
    if (out == null || isStdout(out)) {
      print(text, stdout, STDOUT_IS_TERMINAL);
      return;
    }
    writeFile(out, text.getBytes(StandardCharsets.UTF_8), messages);
  }

  /**
   * Whether standard output is a terminal (the JDK gives a console only when standard input and
   * output both are one).
   */
  private static final boolean STDOUT_IS_TERMINAL = System.console() != null;

  /**
   * Prints a result. On a terminal, control characters from plan text (an ESC sequence in a title,
   * U+202E) are shown as escapes so the terminal does not obey them; into a pipe or file the bytes
   * are the exporter's, unchanged.
   */
  static void print(String text, PrintWriter stdout, boolean terminal) {
    stdout.print(terminal ? Terminal.text(text) : text);
    stdout.flush();
  }

  /**
   * Writes text like {@link #write(String, Path, PrintWriter, Messages)}, refusing an {@code --out}
   * that is one of the command's input files: a report written there would replace the plan.
   *
   * @param text the text
   * @param out the file, or {@code null}
   * @param stdout the command's standard output
   * @param messages the messages
   * @param inputs the files the command read
   * @throws CliException (exit 2) if the file is an input or cannot be written
   */
  public static void write(String text, Path out, PrintWriter stdout, Messages messages, Collection<Path> inputs) {
    if (out != null && !isStdout(out)) {
      for (Path in : inputs) {
        if (isSameFile(out, in)) {
          throw CliException.unusable(messages.get("out.isInput", out));
        }
      }
    }
    write(text, out, stdout, messages);
  }

  /**
   * Whether {@code --out} is {@code -}, standard output.
   *
   * @param out the option's value
   * @return true for {@code -}
   */
  public static boolean isStdout(Path out) {
    return out != null && out.toString().equals("-");
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /**
   * Writes bytes to a file, all or nothing: into a new file beside it, then moved over it, so a
   * failed write (a full disk) never leaves a cut file, and {@code dx convert plan.yaml --out
   * plan.yaml} never loses the plan. An existing file keeps its permissions; a symbolic link is
   * written through. The target is never written in place: when the new file cannot be written
   * beside it (a full disk, a folder that lets no new file be made), the command fails and the
   * existing file is left as it was. Devices and the shell's streams ({@code /dev/null}, {@code /dev/stdout}) are
   * written directly; a named pipe or socket elsewhere is refused, since opening it would wait for a
   * reader.
   *
   * @param out the file
   * @param bytes the content
   * @param messages the messages
   * @throws CliException (exit 2) if the file cannot be written
   */
  public static void writeFile(Path out, byte[] bytes, Messages messages) {
    if (isStdout(out)) {
      try {
        java.io.FileOutputStream stdout = new java.io.FileOutputStream(java.io.FileDescriptor.out);
        stdout.write(bytes);
        stdout.flush();
      } catch (IOException e) {
        throw unwritable(out, e, messages);
      }
      return;
    }
    if (out.toString().isEmpty()) {
      throw CliException.unusable(messages.get("out.emptyName"));
    }
    if (Files.isDirectory(out)) {
      throw CliException.unusable(messages.get("out.directory", out));
    }
    boolean exists = Files.exists(out);
    if (exists && !Files.isRegularFile(out)) {
      if (!isDeviceOrStream(out)) {
        throw CliException.unusable(messages.get("out.special", out));
      }
      try {
        Files.write(out, bytes);
      } catch (IOException e) {
        throw unwritable(out, e, messages);
      }
      return;
    }
    if (!exists && Files.isSymbolicLink(out)) {
      throw CliException.unusable(messages.get("out.brokenLink", out));
    }
    Path target;
    try {
      target = exists ? out.toRealPath() : out.toAbsolutePath();
    } catch (IOException e) {
      throw unwritable(out, e, messages);
    }
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      // /etc/passwd/x: say that /etc/passwd is a file, not that a folder is missing.
      for (Path up = dir; up != null; up = up.getParent()) {
        if (Files.exists(up)) {
          if (!Files.isDirectory(up)) {
            throw CliException.unusable(messages.get("out.parentIsFile", out, up));
          }
          break;
        }
      }
      throw CliException.unusable(messages.get("out.noFolder", out, dir == null ? out : dir));
    }
    if (exists && !Files.isWritable(target)) {
      throw CliException.unusable(messages.get("out.denied", out));
    }
    // A short name, so that a long target name still leaves room for the temporary one.
    Path tmp = dir.resolve(".dx-" + Long.toHexString(System.nanoTime()) + "-" + Integer.toHexString(target.getFileName().hashCode()) + ".tmp");
    try {
      Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      // Never fall back to writing the target in place: a full disk would leave it cut short.
      deleteQuietly(tmp);
      if (e instanceof AccessDeniedException) {
        throw CliException.unusable(messages.get("out.folderDenied", out, dir));
      }
      throw unwritable(out, e, messages);
    }
    try {
      if (exists) {
        copyPermissions(target, tmp);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw unwritable(out, e, messages);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** Whether a path that is not a regular file is a device or an open stream ({@code /dev/null}, {@code /dev/stdout}), even through a link. */
  private static boolean isDeviceOrStream(Path out) {
    String p = out.toAbsolutePath().normalize().toString();
    if (p.startsWith("/dev/") || p.startsWith("/proc/")) {
      return true;
    }
    try {
      String real = out.toRealPath().toString();
      return real.startsWith("/dev/") || real.startsWith("/proc/");
    } catch (IOException e) {
      return false;
    }
  }

  private static void copyPermissions(Path from, Path to) {
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system: the new file keeps the default permissions
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // nothing more to do
    }
  }

  private static CliException unwritable(Path out, IOException e, Messages messages) {
    if (e instanceof AccessDeniedException) {
      return CliException.unusable(messages.get("out.denied", out));
    }
    String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    return CliException.unusable(messages.get("out.unwritable", out, why));
  }
}
