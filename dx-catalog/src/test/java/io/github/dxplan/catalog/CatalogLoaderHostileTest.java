package io.github.dxplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dxplan.catalog.CatalogFormatException.Problem;
import io.github.dxplan.model.DxplanException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * User catalogue files that are hostile or broken: each ends quickly with a problem that names the
 * place, never a hang, a stack overflow, an unbounded read or a value read wrongly.
 */
class CatalogLoaderHostileTest {

  @TempDir Path dir;

  private static List<Problem> problems(String text, String source) {
    return catchThrowableOfType(
            CatalogFormatException.class,
            () -> CatalogLoader.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source))
        .problems();
  }

  @Test
  void yamlAlias_isAProblemAtTheAliasNotItsNameReadAsText() {
    List<Problem> problems =
        problems("catalogFormat: 1\nversion: &v \"9.9\"\ntitle: *v\n", "alias.yaml");
    assertThat(problems)
        .contains(
            new Problem(
                "alias.yaml",
                3,
                8,
                "/title",
                "YAML aliases (*v) are not accepted in catalogue files: write the value out in full"));
  }

  @Test
  void billionLaughs_stopsAtTheAliasesWithoutExpandingThem() {
    StringBuilder yaml = new StringBuilder("catalogFormat: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    assertThat(problems(yaml.toString(), "lol.yaml"))
        .filteredOn(p -> p.message().startsWith("YAML aliases"))
        .hasSize(90)
        .allMatch(p -> p.line() > 2);
  }

  @Test
  void deepNesting_isAProblemWithALineAndColumnNotAStackOverflow() {
    String deep = "catalogFormat: 1\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    for (String source : new String[] {"deep.yaml", "deep.json"}) {
      String text = source.endsWith(".json") ? "{\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}" : deep;
      List<Problem> problems = problems(text, source);
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).message()).contains("nesting depth").contains("64");
      assertThat(problems.get(0).line()).isPositive();
      assertThat(problems.get(0).column()).isPositive();
    }
  }

  @Test
  void yamlSyntaxError_saysWhyNotOnlyWhatTheParserWasDoing() {
    List<Problem> problems = problems("catalogFormat: 1\n\tversion: x\n", "tab.yaml");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).contains("cannot start any token");
  }

  @Test
  void fileLargerThanTheLimit_isRefusedUnreadWithTheLimit() throws IOException {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(5L * 1024 * 1024 * 1024); // sparse
    }
    assertThatThrownBy(() -> CatalogLoader.load(big))
        .isInstanceOf(DxplanException.class)
        .hasMessageContaining(big.toString())
        .hasMessageContaining("larger than the limit of 16 MB");
  }

  @Test
  void endlessStream_isReadOnlyToOneBytePastTheLimit() {
    InputStream endless = new InputStream() {
      long read;

      @Override
      public int read() {
        read++;
        return ' ';
      }
    };
    assertThatThrownBy(() -> CatalogLoader.load(endless, "endless.yaml"))
        .isInstanceOf(DxplanException.class)
        .hasMessageContaining("endless.yaml")
        .hasMessageContaining("larger than the limit");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void devZero_endsAtTheLimit() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero));
    assertThatThrownBy(() -> CatalogLoader.load(zero)).hasMessageContaining("larger than the limit");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void namedPipe_isRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("catalog.yaml");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is not available");
    assertThatThrownBy(() -> CatalogLoader.load(fifo))
        .isInstanceOf(DxplanException.class)
        .hasMessageContaining(fifo.toString())
        .hasMessageContaining("named pipe");
  }

  @Test
  void missingFileAndFolder_sayWhatTheyAre() {
    assertThatThrownBy(() -> CatalogLoader.load(dir.resolve("none.yaml")))
        .hasMessage("cannot read catalogue file " + dir.resolve("none.yaml") + ": no such file");
    assertThatThrownBy(() -> CatalogLoader.load(dir)).hasMessageEndingWith(": it is a folder, not a file");
  }
}
