package io.github.dxplan.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dxplan.model.format.UnreadableFileException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link InputFiles}: no file makes a reader wait for ever or read without end. */
class InputFilesTest {

  @TempDir Path dir;

  private static Reason reasonOf(Path file, int limit) {
    try {
      InputFiles.read(file, limit);
    } catch (UnreadableFileException e) {
      assertThat(e).isInstanceOf(io.github.dxplan.model.DxplanException.class).hasMessageStartingWith("cannot read ");
      return e.reason();
    }
    throw new AssertionError("read " + file);
  }

  private Path fifo(String name) throws Exception {
    Path p = dir.resolve(name);
    Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
    assumeTrue(mk.waitFor() == 0, "mkfifo is available");
    return p;
  }

  @Test
  void regularFile_isReadWhole() throws IOException {
    Path f = Files.writeString(dir.resolve("plan.yaml"), "title: 潮来市DX推進計画\n");
    assertThat(new String(InputFiles.read(f, 100), StandardCharsets.UTF_8)).isEqualTo("title: 潮来市DX推進計画\n");
  }

  @Test
  void fileOfExactlyTheLimit_isRead_oneByteMoreIsRefused() throws IOException {
    Path f = Files.write(dir.resolve("ten"), new byte[10]);
    assertThat(InputFiles.read(f, 10)).hasSize(10);
    UnreadableFileException e = org.junit.jupiter.api.Assertions.assertThrows(
        UnreadableFileException.class, () -> InputFiles.read(f, 9));
    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.limit()).isEqualTo(9);
    assertThat(e).hasMessageContaining(f.toString()).hasMessageContaining("(9 bytes)");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void namedPipe_isRefusedWithoutBeingOpened() throws Exception {
    assertThat(reasonOf(fifo("plan.yaml"), 1000)).isEqualTo(Reason.NAMED_PIPE);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void endlessDevice_endsAtTheLimit() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));
    assertThat(reasonOf(zero, 1 << 20)).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void missingFolderAndEmptyName_eachSayWhich() throws IOException {
    assertThat(reasonOf(dir.resolve("none.yaml"), 10)).isEqualTo(Reason.MISSING);
    assertThat(reasonOf(dir, 10)).isEqualTo(Reason.DIRECTORY);
    assertThat(reasonOf(Path.of(""), 10)).isEqualTo(Reason.EMPTY_NAME);
  }

  @Test
  void brokenAndLoopingLinks_sayWhereTheyLead() throws IOException {
    Path broken = Files.createSymbolicLink(dir.resolve("broken.yaml"), dir.resolve("gone.yaml"));
    UnreadableFileException e = org.junit.jupiter.api.Assertions.assertThrows(
        UnreadableFileException.class, () -> InputFiles.read(broken, 10));
    assertThat(e.reason()).isEqualTo(Reason.BROKEN_LINK);
    assertThat(e.detail()).isEqualTo(dir.resolve("gone.yaml").toString());
    Path a = dir.resolve("a.yaml");
    Files.createSymbolicLink(a, dir.resolve("b.yaml"));
    Files.createSymbolicLink(dir.resolve("b.yaml"), a);
    assertThat(reasonOf(a, 10)).isEqualTo(Reason.LINK_LOOP);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void planReaderFromAPath_readsThroughTheSameRules() throws Exception {
    Path fifo = fifo("plan.json");
    assertThatThrownBy(() -> PlanReader.auto().read(fifo))
        .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NAMED_PIPE))
        .hasMessage("cannot read " + fifo + ": it is a named pipe (FIFO), not a regular file");
    Path big = Files.write(dir.resolve("big.yaml"), new byte[2048]);
    PlanReader small = PlanReader.auto().withLimits(new ReadLimits(1024, 64, 1000, 100));
    assertThatThrownBy(() -> small.read(big))
        .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }
}
