package io.github.dxplan.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void line_escapesEveryControlAndBidiCharacterVisibly() {
    assertThat(Terminal.line("a\u001b[2Jb\u0007c\u009bd\u007fe")).isEqualTo("a\\u001B[2Jb\\u0007c\\u009Bd\\u007Fe");
    assertThat(Terminal.line("abc\u202Egnp.exe")).isEqualTo("abc\\u202Egnp.exe");
    assertThat(Terminal.line("\u2066x\u2069\u200F")).isEqualTo("\\u2066x\\u2069\\u200F");
    assertThat(Terminal.line("one\ntwo\rthree\tfour")).isEqualTo("one\\ntwo\\rthree\\tfour");
  }

  @Test
  void line_escapesLoneSurrogatesButKeepsPairs() {
    assertThat(Terminal.line("x\uD800y")).isEqualTo("x\\uD800y");
    assertThat(Terminal.line("x\uDC00")).isEqualTo("x\\uDC00");
    assertThat(Terminal.line("𠮷野家")).isEqualTo("𠮷野家");
  }

  @Test
  void text_keepsLineBreaksAndTabsOnly() {
    assertThat(Terminal.text("a\nb\r\n\u001b\tc\rd")).isEqualTo("a\nb\r\n\\u001B\tc\\rd");
  }

  @Test
  void plainJapaneseText_isReturnedAsItIs() {
    String s = "潮来市DX推進計画（第2版） ● ○ …";
    assertThat(Terminal.line(s)).isSameAs(s);
  }
}
