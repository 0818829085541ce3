package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.cli.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plan text meant to act on a terminal (ESC sequences, BEL, carriage returns, a right-to-left
 * override) reaches the terminal views and messages as visible escapes, while the file formats keep
 * it as written.
 */
class HostileTextTest {
  private static final String TITLE = "A\\u001b[31mRED\\u001b[0m \\u202e evil\\rhidden\\nnext \\u0007";

  @TempDir Path dir;

  private Path plan() throws IOException {
    return Files.writeString(
        dir.resolve("esc.json"),
        "{\"title\": \"" + TITLE + " デジタルデバインド\", \"policies\": [{\"title\": \"" + TITLE + " デジタル人材の育成\"}]}");
  }

  private static void assertNoActingCharacter(String s) {
    assertThat(s).doesNotContain("\u001b", "\u0007", "\u202e", "\r");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void checkTextView_showsControlCharactersAsEscapes(String lang) throws IOException {
    Dx.Result r = Dx.run("--lang", lang, "check", plan().toString());
    assertThat(r.exitCode()).isZero();
    assertNoActingCharacter(r.out());
    assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("A\\u001B[31mRED\\u001B[0m \\u202E evil\\rhidden\\nnext \\u0007");
  }

  @Test
  void validateText_showsControlCharactersInQuotedPlanTextAsEscapes() throws IOException {
    Path plan = Files.writeString(
        dir.resolve("kpi.json"),
        "{\"title\": \"t\", \"policies\": [{\"title\": \"p\", \"kpis\": [{\"name\": \"k\\u001b[2J\\u202ez\"}]}]}");
    Dx.Result r = Dx.run("--lang", "en", "validate", "--fail-on", "info", plan.toString());
    assertThat(r.out()).contains("\"k\\u001B[2J\\u202Ez\"");
    assertNoActingCharacter(r.out());
  }

  @Test
  void checkJson_keepsTheTitleAsWritten() throws IOException {
    Dx.Result r = Dx.run("check", plan().toString(), "--format", "json");
    assertThat(Json.mapper().readTree(r.out()).path("plan").path("title").asString()).startsWith("A\u001b[31mRED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "check", "convert", "corpus"})
  void errorNamingAHostileKey_isOneLineWithTheKeyEscaped(String command) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"title\": \"x\", \"\\u001b[2J\\nkey\": 1}");
    Dx.Result r = command.equals("convert")
        ? Dx.run("--lang", "en", command, bad.toString(), "--to", "yaml")
        : Dx.run("--lang", "en", command, bad.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown key \"\\u001B[2J\\nkey\"");
    assertNoActingCharacter(r.err());
  }

  @Test
  void fileNameWithControlCharacters_isEscapedInMessages() throws IOException {
    Path bad = Files.writeString(dir.resolve("a\u001b[2Jb.yaml"), "title: [\n");
    Dx.Result r = Dx.run("--lang", "en", "validate", bad.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("a\\u001B[2Jb.yaml");
    assertNoActingCharacter(r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "check", "convert", "corpus"})
  void escapedLoneSurrogate_isALocatedErrorNotAQuestionMarkInTheOutput(String command) throws IOException {
    Path plan = Files.writeString(
        dir.resolve("lone.json"), "{\"title\": \"t\",\n \"policies\": [{\"title\": \"a\\ud800b\"}]}");
    Dx.Result r = command.equals("convert")
        ? Dx.run("--lang", "en", command, plan.toString(), "--to", "json")
        : Dx.run("--lang", "en", command, plan.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).doesNotContain("a?b");
    assertThat(r.err())
        .contains(plan + ":2:")
        .contains("\\uD800, half of a UTF-16 surrogate pair")
        .contains("(at /policies/0/title)");
  }

  @Test
  void escapedLoneSurrogateInYaml_isALocatedError() throws IOException {
    Path plan = Files.writeString(dir.resolve("lone.yaml"), "title: t\npolicies:\n  - title: \"x\\uDC00\"\n");
    Dx.Result r = Dx.run("convert", plan.toString(), "--to", "yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(plan + ":3:").contains("\\uDC00, half of a UTF-16 surrogate pair").contains("(at /policies/0/title)");
  }

  @Test
  void escapedSurrogatePairAndALiteralBackslashU_areKept() throws IOException {
    Path plan = Files.writeString(
        dir.resolve("pair.json"), "{\"title\": \"\\ud83d\\ude00 C:\\\\ud800\", \"policies\": [{\"title\": \"p\"}]}");
    Dx.Result r = Dx.run("convert", plan.toString(), "--to", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("\"title\": \"\uD83D\uDE00 C:\\\\ud800\"");
  }
}
