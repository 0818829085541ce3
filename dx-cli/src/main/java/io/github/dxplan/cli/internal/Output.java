package io.github.dxplan.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
    if (out == null) {
      stdout.print(text);
      stdout.flush();
      return;
    }
    writeFile(out, text.getBytes(StandardCharsets.UTF_8), messages);
  }

  /**
   * Writes bytes to a file.
   *
   * @param out the file
   * @param bytes the content
   * @param messages the messages
   * @throws CliException (exit 2) if the file cannot be written
   */
  public static void writeFile(Path out, byte[] bytes, Messages messages) {
    if (Files.isDirectory(out)) {
      throw CliException.unusable(messages.get("out.directory", out));
    }
    try {
      Files.write(out, bytes);
    } catch (IOException e) {
      throw CliException.unusable(messages.get("out.unwritable", out, String.valueOf(e.getMessage())));
    }
  }
}
