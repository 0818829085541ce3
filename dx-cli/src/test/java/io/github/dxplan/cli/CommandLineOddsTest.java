package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Command lines a person may type by mistake: each gets exit code 2 and one message, never a stack trace. */
class CommandLineOddsTest {

  private static void assertUnusable(Dx.Result r) {
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isNotBlank().doesNotContain("Exception", "\tat ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "catalog diff 2.0 9.9",
        "catalog diff 0.1 3.0",
        "catalog list --national-plan 9.9",
        "catalog show STANDARDIZATION --national-plan 2.2",
      })
  void unknownCatalogueVersion_isNamedWithTheKnownOnesInTheUsersLanguage(String line) {
    Dx.Result ja = Dx.run(line.split(" "));
    assertUnusable(ja);
    assertThat(ja.err()).contains("国の計画の版「").contains("使える版: 1.0, 2.0, 2.3, 3.0");
    Dx.Result en = Dx.run(("--lang en " + line).split(" "));
    assertUnusable(en);
    assertThat(en.err()).contains("unknown national plan version \"").contains("known versions: 1.0, 2.0, 2.3, 3.0");
  }

  @Test
  void corpusWithAnUnknownVersion_isNamedInTheUsersLanguage() {
    Dx.Result r = Dx.run("corpus", Dx.seedPath("itako-2023.yaml"), "--national-plan", "9.9");
    assertUnusable(r);
    assertThat(r.err()).contains("国の計画の版「9.9」はありません");
  }

  @Test
  void checkWithAnUnknownVersion_isNamedInTheUsersLanguageWithItsControlCharactersEscaped() {
    Dx.Result r = Dx.run("check", Dx.seedPath("itako-2023.yaml"), "--national-plan", "9.9\u001b[2J");
    assertUnusable(r);
    assertThat(r.err()).contains("国の計画の版「9.9\\u001B[2J」はありません").doesNotContain("\u001b");
  }

  @Test
  void catalogShow_acceptsACodeInAnyCase() {
    Dx.Result r = Dx.run("--lang", "en", "catalog", "show", "standardization");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("STANDARDIZATION ");
  }

  @Test
  void catalogShow_unknownCodeWithControlCharacters_isEscaped() {
    Dx.Result r = Dx.run("--lang", "en", "catalog", "show", "X\u001b[2J");
    assertUnusable(r);
    assertThat(r.err()).contains("X\\u001B[2J").doesNotContain("\u001b");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--lang xx catalog list",
        "--lang en --lang ja catalog list",
        "catalog list --format text --format json",
        "catalog list --format yaml",
        "catalog",
        "schema extra",
        "schema --out",
        "--bogus",
        "check --fail-on junk PLAN",
        "check --fail-on missing,,late PLAN",
        "check --format json --format csv PLAN",
        "check PLAN PLAN",
        "validate --fail-on junk PLAN",
        "validate --format text --format text PLAN",
        "corpus --fail-on junk PLAN",
        "convert PLAN",
        "convert PLAN --to xml",
        "convert PLAN --to json --to yaml",
      })
  void mistypedCommandLine_exits2WithAMessage(String line) {
    String plan = Dx.seedPath("itako-2023.yaml");
    assertUnusable(Dx.run(line.replace("PLAN", plan).split(" ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"JSON", "Json", "json"})
  void formatInAnyCase_isAccepted(String format) {
    Dx.Result r = Dx.run("check", Dx.seedPath("itako-2023.yaml"), "--format", format);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("{");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "check", "corpus"})
  void emptyFileName_isNamedAsSuchNotReadAsTheCurrentFolder(String command) {
    Dx.Result r = Dx.run("--lang", "en", command, "");
    assertUnusable(r);
    assertThat(r.err()).startsWith("an empty file name was given");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void emptyOut_isNamedAsSuch() {
    Dx.Result r = Dx.run("--lang", "en", "schema", "--out=");
    assertUnusable(r);
    assertThat(r.err()).startsWith("--out was given an empty file name");
  }
}
