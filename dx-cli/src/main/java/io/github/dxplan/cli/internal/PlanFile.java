package io.github.dxplan.cli.internal;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.DxplanException;
import io.github.dxplan.model.format.PlanFormatException;
import io.github.dxplan.model.format.PlanReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A plan read from a file, with the bytes it was read from (to find the line of a JSON Pointer).
 *
 * @param file the file as the user named it
 * @param bytes the file's content
 * @param plan the plan
 */
public record PlanFile(Path file, byte[] bytes, DxPlan plan) {

  private static final PlanReader READER = PlanReader.auto();

  /**
   * Reads a plan file, turning every way it can fail into a message that names the file.
   *
   * @param file the file
   * @param messages the messages
   * @return the plan file
   * @throws CliException (exit 2) if the file is missing, a directory or unreadable, or if the content
   *     is not a plan: then its message is the {@link PlanFormatException}'s, which names line, column
   *     and pointer, with control characters escaped ({@link Terminal#line})
   */
  public static PlanFile read(Path file, Messages messages) {
    byte[] bytes = null;
    DxPlan plan;
    try {
      bytes = readBytes(file, messages);
      plan = READER.read(bytes, file.toString());
    } catch (PlanFormatException e) {
      String encoding = Encodings.guess(bytes);
      String message = encoding == null ? e.getMessage() : e.getMessage() + messages.get("plan.encoding", encoding);
      throw new CliException(ExitCodes.UNUSABLE, Terminal.line(message), e);
    } catch (CliException | DxplanException | UncheckedIOException e) {
      // The message quotes the file name and may quote the plan (a key, a value): both may hold
      // control characters that a terminal would obey.
      throw new CliException(ExitCodes.UNUSABLE, Terminal.line(e.getMessage()), e);
    }
    return new PlanFile(file, bytes, plan);
  }

  /**
   * Reads a file's bytes, with a message naming the file when that fails: at most the reader's
   * document limit ({@link io.github.dxplan.model.format.ReadLimits#maxDocumentBytes()}), and never
   * from a named pipe or socket (see {@link InputFile}).
   *
   * @param file the file
   * @param messages the messages
   * @return the bytes
   * @throws CliException (exit 2) if the file is missing, a directory, a pipe, too large or unreadable
   */
  public static byte[] readBytes(Path file, Messages messages) {
    return InputFile.read(file, READER.limits().maxDocumentBytes(), messages);
  }

  /**
   * Returns the one-line message for a plan that could not be used.
   *
   * @param e the problem
   * @return {@code FILE:LINE:COL: problem (at /pointer)} or {@code FILE: problem}
   */
  public static String describe(RuntimeException e) {
    return e.getMessage();
  }

  /**
   * Returns a locator of JSON Pointers in this file.
   *
   * @return the locator
   */
  public PointerLocator locator() {
    return PointerLocator.of(bytes, file.toString());
  }

  /**
   * Returns a locator that places at least the given pointers, walking the file only as far as
   * they need.
   *
   * @param pointers the pointers to place
   * @return the locator
   */
  public PointerLocator locator(java.util.Collection<String> pointers) {
    return PointerLocator.of(bytes, file.toString(), pointers);
  }
}
