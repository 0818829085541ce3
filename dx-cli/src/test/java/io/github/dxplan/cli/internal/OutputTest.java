package io.github.dxplan.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OutputTest {

  private static String printed(String text, boolean terminal) {
    StringWriter w = new StringWriter();
    Output.print(text, new PrintWriter(w), terminal);
    return w.toString();
  }

  @Test
  void onATerminal_controlCharactersFromPlansAreShownAsEscapes() {
    String csv = "\uFEFFplan,title\r\nx,\"\u001b[2J潮来市\u202E\"\r\n";
    assertThat(printed(csv, true)).doesNotContain("\u001b").doesNotContain("\u202E").contains("\\u001B[2J潮来市")
        .startsWith("\uFEFFplan,title\r\n");
  }

  @Test
  void intoAPipe_theExportersBytesAreKept() {
    String csv = "plan,title\r\nx,\"\u001b[2J潮来市\"\r\n";
    assertThat(printed(csv, false)).isEqualTo(csv);
  }
}
