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

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  private static final Messages EN = Messages.of(Lang.en);

  @Test
  void writeFile_replacesTheTargetByANewFile_neverWritingItInPlace() throws Exception {
    // A name of 240 bytes left no room for the old temporary name (".NAME.dx-….tmp" > 255 bytes);
    // writeFile then wrote the target in place, which a full disk leaves cut short.
    java.nio.file.Path target = dir.resolve("a".repeat(240) + ".json");
    java.nio.file.Files.writeString(target, "old content");
    Object before = java.nio.file.Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    Output.writeFile(target, "new".getBytes(java.nio.charset.StandardCharsets.UTF_8), EN);
    assertThat(java.nio.file.Files.readString(target)).isEqualTo("new");
    Object after = java.nio.file.Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    org.junit.jupiter.api.Assumptions.assumeTrue(before != null, "the file system gives no file keys");
    assertThat(after).as("a new file was moved over the old one").isNotEqualTo(before);
    try (var files = java.nio.file.Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(target.getFileName().toString());
    }
  }

  @Test
  void writeFile_underAFile_saysThatItIsAFile() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("passwd"), "x");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Output.writeFile(file.resolve("x"), new byte[] {1}, EN))
        .isInstanceOf(CliException.class)
        .hasMessageContaining(file + " is a file, not a folder")
        .hasMessageNotContaining("does not exist");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Output.writeFile(file.resolve("y/z.json"), new byte[] {1}, EN))
        .hasMessageContaining(file + " is a file, not a folder");
  }
}
