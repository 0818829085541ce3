package io.github.dxplan.model.format;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.internal.Factories;
import io.github.dxplan.model.format.internal.PlanGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes plans in the canonical form: a fixed key order, absent values and empty lists left out, fiscal
 * years as their starting Western year (2024), Japanese text as UTF-8 (never escaped), a final newline.
 * The same plan always gives the same bytes, so plans diff cleanly in git, and
 * {@code reader.read(writer.write(plan))} equals {@code plan}.
 *
 * <pre>{@code
 * String yaml = PlanWriter.yaml().write(plan);
 * PlanWriter.json().write(plan, Path.of("itako-2023.json"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanWriter {
  private static final PrettyPrinter JSON_PRETTY =
      new DefaultPrettyPrinter(
          Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withArrayIndenter(tools.jackson.core.util.DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
          .withObjectIndenter(tools.jackson.core.util.DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));

  private final PlanFormat format;

  private PlanWriter(PlanFormat format) {
    this.format = format;
  }

  /**
   * Returns the canonical JSON writer.
   *
   * @return the writer
   */
  public static PlanWriter json() {
    return new PlanWriter(PlanFormat.JSON);
  }

  /**
   * Returns the canonical YAML writer.
   *
   * @return the writer
   */
  public static PlanWriter yaml() {
    return new PlanWriter(PlanFormat.YAML);
  }

  /**
   * Returns the writer for {@code format}.
   *
   * @param format the syntax
   * @return the writer
   */
  public static PlanWriter of(PlanFormat format) {
    return new PlanWriter(requireNonNull(format, "format"));
  }

  /**
   * Returns the plan as canonical text.
   *
   * @param plan the plan
   * @return the document, ending with a newline
   */
  public String write(DxPlan plan) {
    requireNonNull(plan, "plan");
    StringWriter out = new StringWriter();
    ObjectWriteContext ctx =
        format == PlanFormat.JSON ? new PrettyContext() : ObjectWriteContext.empty();
    try (JsonGenerator g = Factories.writer(format).createGenerator(ctx, out)) {
      new PlanGenerator(g).writePlan(plan);
    }
    String text = out.toString();
    return text.endsWith("\n") ? text : text + "\n";
  }

  /**
   * Returns the plan as canonical UTF-8 bytes.
   *
   * @param plan the plan
   * @return the document
   */
  public byte[] writeBytes(DxPlan plan) {
    return write(plan).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the plan to a stream as UTF-8; the stream is not closed.
   *
   * @param plan the plan
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void write(DxPlan plan, OutputStream out) {
    requireNonNull(out, "out");
    try {
      out.write(writeBytes(plan));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the plan to a file as UTF-8, replacing it.
   *
   * @param plan the plan
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(DxPlan plan, Path file) {
    requireNonNull(file, "file");
    try {
      Files.write(file, writeBytes(plan));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static final class PrettyContext extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return ((DefaultPrettyPrinter) JSON_PRETTY).createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }
}
