package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DxCommandTest {

  @Test
  void help_listsCommandsAndExitsZero() {
    Dx.Result r = Dx.run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("catalog", "convert", "schema", "Example");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "check", "corpus", "catalog", "convert", "schema"})
  void help_onEveryCommandShowsAnExample(String command) {
    Dx.Result r = Dx.run(command, "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: dx " + command).containsPattern("Examples?:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "check", "corpus", "catalog", "convert", "schema", "catalog list", "catalog diff"})
  void version_onEveryCommandPrintsDxsVersion(String command) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
    args.add("--version");
    Dx.Result r = Dx.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().strip()).isEqualTo(Dx.run("--version").out().strip()).startsWith("dx ");
  }

  @Test
  void helpCommand_showsTheHelpOfTheNamedCommand() {
    assertThat(Dx.run("help", "check").out()).contains("Usage: dx check");
    assertThat(Dx.run("help").out()).contains("Usage: dx").contains("validate");
  }

  @Test
  void completion_offersTheVersionNamesForNationalPlan() {
    String script = Dx.run("generate-completion").out();
    assertThat(script).contains("(\"1.0\" \"2.0\" \"2.3\" \"3.0\" \"latest\") # --national-plan values");
  }

  @Test
  void dash_readsStandardInput_andOutDashWritesStandardOutput() throws Exception {
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(
          "title: 最小の計画\npolicies:\n  - title: 基本方針1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      Dx.Result r = Dx.run("check", "-", "--format", "json", "--out", "-");
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).contains("\"items\"");
      System.setIn(new java.io.ByteArrayInputStream("{\"title\": \"x\", \"policies\": [{\"title\": \"\"}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      Dx.Result v = Dx.run("validate", "--format", "json", "-");
      assertThat(v.out()).contains("\"file\": \"-\"").contains("DX-COMPLETE-001");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void catalogSubcommands_haveHelpWithAnExample() {
    for (String sub : new String[] {"list", "show", "diff"}) {
      Dx.Result r = Dx.run("catalog", sub, "--help");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("Example:");
    }
  }

  @Test
  void noCommand_isAUsageErrorWithExitCode2() {
    Dx.Result r = Dx.run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Usage: dx");
  }

  @Test
  void unknownOption_printsUsageAndExits2() {
    Dx.Result r = Dx.run("convert", "--frobnicate", "x.yaml", "--to", "json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--frobnicate").contains("Usage: dx convert");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void unknownLanguage_isAUsageError() {
    Dx.Result r = Dx.run("--lang", "fr", "catalog", "list");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--lang");
  }

  @Test
  void lang_isAcceptedBeforeAndAfterTheCommand() {
    assertThat(Dx.run("--lang", "en", "convert", "missing.yaml", "--to", "json").err()).contains("no such file");
    assertThat(Dx.run("convert", "missing.yaml", "--to", "json", "--lang", "en").err()).contains("no such file");
    assertThat(Dx.run("convert", "missing.yaml", "--to", "json").err()).contains("ファイルがありません");
  }

  @Test
  void debug_showsTheStackTraceOfAnError() {
    Dx.Result plain = Dx.run("convert", "missing.yaml", "--to", "json");
    Dx.Result debug = Dx.run("--debug", "convert", "missing.yaml", "--to", "json");
    assertThat(plain.err()).doesNotContain("\tat ");
    assertThat(debug.err()).contains("\tat ");
    assertThat(debug.exitCode()).isEqualTo(2);
  }

  @Test
  void version_isPrinted() {
    Dx.Result r = Dx.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("dx ");
  }

  @Test
  void completion_isGeneratedByAHiddenCommand() {
    Dx.Result r = Dx.run("generate-completion");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("complete -F").contains("catalog");
    assertThat(Dx.run("--help").out()).doesNotContain("generate-completion");
  }
}
