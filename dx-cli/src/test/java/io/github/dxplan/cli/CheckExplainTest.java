package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code dx check --explain PATH}: one element's decisions, Japanese by default, English or JSON on request. */
class CheckExplainTest {

  @Test
  void explain_byPointer_isJapaneseByDefault() {
    Dx.Result r = Dx.run("check", Dx.seedPath("itako-2023.yaml"), "--infer-only", "--explain", "/policies/1/measures/0");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("施策「(1) 情報システムの標準化・共通化」", "しきい値 0.5", "[対応] STANDARDIZATION",
        "[対応なし] OPEN_DATA", "この項目の語は見つかりません");
  }

  @Test
  void explain_byIdInEnglish_andAsJson() {
    Dx.Result en = Dx.run("--lang", "en", "check", Dx.seedPath("nasukarasuyama-2024.yaml"), "--infer-only", "--explain", "p1-m1-i2");
    assertThat(en.exitCode()).as(en.err()).isZero();
    assertThat(en.out()).contains("national plan: 2.3", "[linked] FRONTYARD", "行政手続のオンライン化 (strong)");
    Dx.Result json = Dx.run("check", Dx.seedPath("nasukarasuyama-2024.yaml"), "--explain", "p1-m1-i2", "--format", "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).startsWith("{").contains("\"path\": \"/policies/0/measures/0/initiatives/1\"", "\"reason\": \"LINKED\"");
  }

  @Test
  void explain_ofAnAmbiguousOrUnknownElement_exitsTwoNamingIt() {
    Dx.Result many = Dx.run("check", Dx.seedPath("itako-2023.yaml"), "--explain", "①");
    assertThat(many.exitCode()).isEqualTo(2);
    assertThat(many.err()).contains("--explain ①", "JSON Pointer", "/policies/0/measures/0/initiatives/0");
    Dx.Result none = Dx.run("--lang", "en", "check", Dx.seedPath("itako-2023.yaml"), "--explain", "/policies/9");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--explain /policies/9", "no policy, measure or initiative");
    Dx.Result format = Dx.run("check", Dx.seedPath("itako-2023.yaml"), "--explain", "/policies/0", "--format", "csv");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("text", "json");
  }
}
