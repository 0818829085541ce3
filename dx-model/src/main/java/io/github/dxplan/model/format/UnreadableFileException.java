package io.github.dxplan.model.format;

import io.github.dxplan.model.DxplanException;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file that {@link InputFiles#read} would not or could not read: missing, a folder, a named pipe,
 * larger than the limit, not permitted... The {@link #reason()} says which, so a tool can word the
 * message in its own language; {@link #getMessage()} is an English sentence naming the file.
 *
 * <pre>{@code
 * try {
 *   DxPlan plan = PlanReader.auto().read(Path.of("plans/itako-2023.yaml"));
 * } catch (UnreadableFileException e) {
 *   if (e.reason() == UnreadableFileException.Reason.TOO_LARGE) { ... e.limit() ... }
 * }
 * }</pre>
 */
public final class UnreadableFileException extends DxplanException {
  private static final long serialVersionUID = 1L;

  /** Why a file was not read. */
  public enum Reason {
    /** The file name is empty (often an unset shell variable). */
    EMPTY_NAME,
    /** Nothing exists at the path. */
    MISSING,
    /** A symbolic link to something that does not exist; {@link #detail()} is the link's target. */
    BROKEN_LINK,
    /** A symbolic link that cannot be followed (a loop); {@link #detail()} is the system's reason. */
    LINK_LOOP,
    /** A folder. */
    DIRECTORY,
    /** A named pipe (FIFO): opening it would wait for a writer, so it is refused unopened. */
    NAMED_PIPE,
    /** A socket: refused unopened. */
    SOCKET,
    /** Some other special file whose kind could not be told: refused unopened. */
    SPECIAL_FILE,
    /** More bytes than the limit; see {@link #limit()}. */
    TOO_LARGE,
    /** Not permitted to read. */
    DENIED,
    /** Reading failed; {@link #detail()} is the system's reason. */
    IO_ERROR
  }

  /** The file, not serialized. */
  private final transient Path file;
  /** Why the file cannot be read. */
  private final Reason reason;
  /** The system's own words, or empty. */
  private final String detail;
  /** The size limit in bytes, for a file too large. */
  private final int limit;
  /** What is wrong, without the file name. */
  private final String problem;

  UnreadableFileException(Path file, Reason reason, String detail, int limit, IOException cause) {
    super(
        "cannot read " + (reason == Reason.EMPTY_NAME ? "a file" : file.toString()) + ": " + problem(reason, detail, limit),
        cause);
    this.file = requireNonNull(file, "file");
    this.reason = requireNonNull(reason, "reason");
    this.detail = detail;
    this.limit = limit;
    this.problem = problem(reason, detail, limit);
  }

  private static String problem(Reason reason, String detail, int limit) {
    return switch (reason) {
          case EMPTY_NAME -> "the file name is empty";
          case MISSING -> "no such file";
          case BROKEN_LINK -> "it is a symbolic link to " + detail + ", which does not exist";
          case LINK_LOOP -> "it is a symbolic link that cannot be followed (a loop?): " + detail;
          case DIRECTORY -> "it is a folder, not a file";
          case NAMED_PIPE -> "it is a named pipe (FIFO), not a regular file";
          case SOCKET -> "it is a socket, not a regular file";
          case SPECIAL_FILE -> "it is a special file, not a regular file";
          case TOO_LARGE -> String.format(
              Locale.ROOT, "larger than the limit of %s (%d bytes)", megabytes(limit), limit);
          case DENIED -> "permission denied";
          case IO_ERROR -> detail;
        };
  }

  /**
   * Returns a limit in whole megabytes for messages, such as {@code 16 MB}.
   *
   * @param limit bytes
   * @return the text
   */
  static String megabytes(int limit) {
    return String.format(Locale.ROOT, "%.0f MB", limit / (1024.0 * 1024.0));
  }

  /**
   * Returns what is wrong, in English, without the file name: {@code no such file}, {@code it is a
   * named pipe (FIFO), not a regular file}...
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the file as it was named.
   *
   * @return the path
   */
  public Path file() {
    return file;
  }

  /**
   * Returns why the file was not read.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the link target ({@link Reason#BROKEN_LINK}) or the system's words ({@link
   * Reason#LINK_LOOP}, {@link Reason#IO_ERROR}); otherwise {@code null}.
   *
   * @return the detail, or {@code null}
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the limit in bytes that was applied (for {@link Reason#TOO_LARGE}).
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }
}
