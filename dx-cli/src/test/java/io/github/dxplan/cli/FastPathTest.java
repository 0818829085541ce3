package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link FastPath} gives exactly what picocli gives, and leaves to picocli what it does not take. */
class FastPathTest {

  record Run(Integer exitCode, String out, String err) {}

  static Run fast(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Integer code = FastPath.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run picocli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DxCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Stream<List<String>> plain() {
    String itako = Dx.seedPath("itako-2023.yaml");
    String oyama = Dx.seedPath("oyama-2021.yaml");
    String dir = Dx.seed("itako-2023.yaml").getParent().toString();
    List<List<String>> lines = new ArrayList<>();
    for (String f : new String[] {"text", "json", "csv", "md", "html"}) {
      lines.add(List.of("check", itako, "--format", f));
    }
    lines.add(List.of("check", itako));
    lines.add(List.of("--lang", "en", "check", itako));
    lines.add(List.of("check", "--lang", "en", oyama, "--infer-only"));
    lines.add(List.of("check", oyama, "--national-plan", "3.0", "--format", "json"));
    lines.add(List.of("check", oyama, "--national-plan", "latest"));
    lines.add(List.of("check", oyama, "--national-plan", "9.9"));
    lines.add(List.of("check", itako, "--fail-on", "missing,late"));
    lines.add(List.of("check", itako, "--fail-on", "inferred", "--format", "csv"));
    lines.add(List.of("check", "missing.yaml"));
    lines.add(List.of("check", "@args.txt"));
    lines.add(List.of("--lang", "en", "check", "missing.yaml"));
    lines.add(List.of("check", dir));
    lines.add(List.of("validate", itako));
    lines.add(List.of("validate", "--format", "json", itako, oyama));
    lines.add(List.of("validate", "--fail-on", "warning", itako, "--lang", "en"));
    lines.add(List.of("validate", "--fail-on", "info", "--format", "json", itako, "missing.yaml", oyama));
    lines.add(List.of("validate", dir));
    lines.add(List.of("--version"));
    lines.add(List.of("-V"));
    for (String seed : Dx.SEEDS) {
      lines.add(List.of("validate", "--format", "json", Dx.seedPath(seed)));
      lines.add(List.of("check", "--format", "json", Dx.seedPath(seed)));
    }
    return lines.stream();
  }

  @ParameterizedTest
  @MethodSource("plain")
  void plainLines_areRunWithoutPicocli_withTheSameResult(List<String> line) {
    String[] args = line.toArray(String[]::new);
    Run fast = fast(args);
    assertThat(fast.exitCode()).as("taken by the fast path").isNotNull();
    assertThat(fast).isEqualTo(picocli(args));
  }

  @Test
  void debug_printsTheSameMessageAndATrace() {
    Run fast = fast("--debug", "check", "missing.yaml");
    Run slow = picocli("--debug", "check", "missing.yaml");
    assertThat(fast.exitCode()).isEqualTo(slow.exitCode());
    assertThat(fast.err().lines().findFirst()).isEqualTo(slow.err().lines().findFirst());
    assertThat(fast.err()).contains("\tat ");
  }

  @Test
  void out_writesTheSameFile(@TempDir Path tmp) throws IOException {
    String itako = Dx.seedPath("itako-2023.yaml");
    Path a = tmp.resolve("a.json");
    Path b = tmp.resolve("b.json");
    Run fast = fast("check", itako, "--format", "json", "--out", a.toString());
    Run slow = picocli("check", itako, "--format", "json", "--out", b.toString());
    assertThat(fast).isEqualTo(slow);
    assertThat(Files.readString(a)).isEqualTo(Files.readString(b)).isNotEmpty();
    fast = fast("validate", itako, "--out", a.toString());
    slow = picocli("validate", itako, "--out", b.toString());
    assertThat(fast).isEqualTo(slow);
    assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
  }

  static Stream<List<String>> notPlain() {
    String itako = Dx.seedPath("itako-2023.yaml");
    return Stream.of(
        List.of(),
        List.of("--help"),
        List.of("-h"),
        List.of("--version", "--help"),
        List.of("check"),
        List.of("check", "--help"),
        List.of("check", itako, "-h"),
        List.of("check", itako, "--format", "JSON"),
        List.of("check", itako, "--format=json"),
        List.of("check", itako, "--format", "json", "--format", "csv"),
        List.of("check", itako, "--format"),
        List.of("check", itako, "--fail-on", "missing,"),
        List.of("check", itako, "--fail-on", "missing", "--fail-on", "late"),
        List.of("check", itako, "--out", "--format"),
        List.of("check", itako, "other.yaml"),
        List.of("check", itako, "--frobnicate"),
        List.of("check", ""),
        List.of("check", "--", itako),
        List.of("check", "validate"),
        List.of("--lang", "fr", "check", itako),
        List.of("--lang", "EN", "check", itako),
        List.of("--lang", "en", "check", itako, "--lang", "en"),
        List.of("--debug", "check", itako, "--debug"),
        List.of("--lang"),
        List.of("validate"),
        List.of("validate", "--fail-on", "fatal", itako),
        List.of("validate", itako, "--national-plan", "2.0"),
        List.of("catalog", "list"),
        List.of("convert", itako, "--to", "json"),
        List.of("frobnicate"),
        List.of("generate-completion"));
  }

  @ParameterizedTest
  @MethodSource("notPlain")
  void otherLines_areLeftToPicocli(List<String> line) {
    Run fast = fast(line.toArray(String[]::new));
    assertThat(fast).isEqualTo(new Run(null, "", ""));
  }
}
