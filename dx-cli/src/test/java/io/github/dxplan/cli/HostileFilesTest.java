package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files that are not plain plan files, given to every command: pipes, devices, huge files, links that
 * lead nowhere, folders that cannot be opened, and {@code --out} where it cannot or must not write. Each
 * must end quickly with a message naming the file, never hang and never read gigabytes.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileFilesTest {
  private static final int LIMIT = 16 * 1024 * 1024;

  @TempDir Path dir;

  static Path fifo(Path at) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is not available");
    return at;
  }

  /** A plan copied under another name. */
  private Path plan(Path at) throws IOException {
    Files.createDirectories(at.getParent());
    return Files.copy(Dx.seed("itako-2023.yaml"), at);
  }

  @Nested
  class Input {
    @ParameterizedTest
    @ValueSource(strings = {"validate", "check", "convert"})
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void namedPipe_isRefusedWithoutWaitingForAWriter(String command) throws Exception {
      Path fifo = fifo(dir.resolve("plan.yaml"));
      Dx.Result r = command.equals("convert")
          ? Dx.run("--lang", "en", command, fifo.toString(), "--to", "json")
          : Dx.run("--lang", "en", command, fifo.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains(fifo.toString()).contains("named pipe").doesNotContain("Exception");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void namedPipe_messageIsJapaneseByDefault() throws Exception {
      Path fifo = fifo(dir.resolve("plan.yaml"));
      assertThat(Dx.run("validate", fifo.toString()).err()).contains("名前付きパイプ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void endlessDevice_isReadOnlyUpToTheLimitAndTheLimitIsNamed(String device) {
      assumeTrue(Files.isReadable(Path.of(device)));
      Dx.Result r = Dx.run("--lang", "en", "validate", device);
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains(device + ": larger than the limit of 16 MB (" + LIMIT + " bytes)");
    }

    @Test
    void fileLargerThanTheLimit_isRefusedWithTheLimitInJapaneseAndEnglish() throws IOException {
      Path big = dir.resolve("big.yaml");
      try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
        f.setLength(3L * Integer.MAX_VALUE); // sparse: 6 GB that Files.readAllBytes could not even hold
      }
      Dx.Result en = Dx.run("--lang", "en", "check", big.toString());
      assertThat(en.exitCode()).isEqualTo(2);
      assertThat(en.err()).contains(big + ": larger than the limit of 16 MB");
      assertThat(Dx.run("check", big.toString()).err()).contains("上限 16 MB");
    }

    @Test
    void fileOfExactlyTheLimit_isStillRead() throws IOException {
      Path plan = dir.resolve("padded.yaml");
      byte[] head = "title: 計画\npolicies:\n  - title: 方針\n".getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[LIMIT];
      java.util.Arrays.fill(all, (byte) '\n');
      System.arraycopy(head, 0, all, 0, head.length);
      Files.write(plan, all);
      Dx.Result r = Dx.run("--lang", "en", "convert", plan.toString(), "--to", "json");
      assertThat(r.err()).isEmpty();
      assertThat(r.exitCode()).isZero();
    }

    @Test
    void shiftJisPlan_isLocatedAndNamedAsShiftJisWithTheFix() throws IOException {
      Path plan = Files.write(
          dir.resolve("sjis.yaml"), "title: 潮来市DX推進計画\npolicies:\n  - title: 行政手続\n".getBytes(java.nio.charset.Charset.forName("windows-31j")));
      Dx.Result en = Dx.run("--lang", "en", "validate", plan.toString());
      assertThat(en.exitCode()).isEqualTo(2);
      assertThat(en.err()).contains(plan + ":1:8: invalid UTF-8").contains("the file looks like Shift_JIS: save it again as UTF-8");
      assertThat(Dx.run("check", plan.toString()).err()).contains("Shift_JIS のようです。UTF-8 で保存し直してください");
    }

    @Test
    void utf16PlanWithByteOrderMark_isNamedAsUtf16() throws IOException {
      Path plan = Files.write(dir.resolve("u16.yaml"), "\uFEFFtitle: 計画\n".getBytes(StandardCharsets.UTF_16LE));
      Dx.Result r = Dx.run("--lang", "en", "convert", plan.toString(), "--to", "json");
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains(plan + ":1:1:").contains("the file looks like UTF-16");
    }

    @Test
    void latin1Plan_getsNoWrongEncodingGuess() throws IOException {
      Path plan = Files.write(dir.resolve("l1.yaml"), "title: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
      Dx.Result r = Dx.run("--lang", "en", "validate", plan.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains(plan + ":1:11: invalid UTF-8").doesNotContain("looks like");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void atSign_isPartOfAFileNameNotAnArgumentFile() throws Exception {
      Path fifo = fifo(dir.resolve("args"));
      // picocli would read @FILE as more arguments, waiting on a pipe for ever; dx reads no such file.
      Dx.Result r = Dx.run("--lang", "en", "validate", "@" + fifo);
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("@" + fifo).contains("no such file").doesNotContain("Exception");
    }

    @Test
    void emptyFileAndByteOrderMarkOnly_areLocatedErrors() throws IOException {
      for (String name : new String[] {"empty.yaml", "empty.json"}) {
        Path empty = Files.write(dir.resolve(name), new byte[0]);
        Path bom = Files.write(dir.resolve("bom-" + name), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        for (Path p : new Path[] {empty, bom}) {
          Dx.Result r = Dx.run("--lang", "en", "validate", p.toString());
          assertThat(r.exitCode()).isEqualTo(2);
          assertThat(r.err()).startsWith(p + ":1").contains("the document is empty");
        }
      }
    }

    @Test
    void deepNestingAndYamlAliases_areOneLineLocatedErrorsThroughTheCli() throws IOException {
      Path deep = Files.writeString(dir.resolve("deep.json"), "{\"title\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
      Dx.Result d = Dx.run("--lang", "en", "check", deep.toString());
      assertThat(d.exitCode()).isEqualTo(2);
      assertThat(d.err()).startsWith(deep + ":1:").hasLineCount(1);
      StringBuilder lol = new StringBuilder("title: &a t\npolicies:\n");
      for (int i = 0; i < 20; i++) {
        lol.append("  - title: *a\n");
      }
      Path alias = Files.writeString(dir.resolve("lol.yaml"), lol);
      Dx.Result a = Dx.run("--lang", "en", "validate", alias.toString());
      assertThat(a.exitCode()).isEqualTo(2);
      assertThat(a.err()).startsWith(alias + ":3:").contains("YAML aliases (*a) are not accepted").hasLineCount(1);
    }

    @Test
    void tenMegabyteSingleLine_isReadAndLocated() throws IOException {
      StringBuilder json = new StringBuilder("{\"title\": \"t\", \"policies\": [");
      for (int i = 0; i < 200_000; i++) {
        json.append(i == 0 ? "" : ", ").append("{\"title\": \"行政手続のオンライン化 ").append(i).append("\"}");
      }
      json.append(", {\"title\": \"\"}]}");
      Path plan = Files.writeString(dir.resolve("long.json"), json);
      assertThat(Files.size(plan)).isGreaterThan(9_000_000);
      Dx.Result r = Dx.run("--lang", "en", "validate", plan.toString());
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(plan.toString()) + ":1:\\d{7,} \\S+ ERROR .*\\(at /policies/200000/title\\)");
    }

    @Test
    void stringLongerThanTheLimit_isALocatedError() throws IOException {
      Path plan = Files.writeString(dir.resolve("long.json"), "{\"title\": \"" + "計".repeat(1_000_001) + "\"}");
      Dx.Result r = Dx.run("--lang", "en", "validate", plan.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).startsWith(plan + ":1:").hasLineCount(1);
    }

    @Test
    void danglingSymlink_namesWhereItLeads() throws IOException {
      Path link = Files.createSymbolicLink(dir.resolve("plan.yaml"), Path.of("gone.yaml"));
      Dx.Result r = Dx.run("--lang", "en", "validate", link.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains(link + ": is a symbolic link to gone.yaml, which does not exist");
    }

    @Test
    void symlinkLoop_isNamedAsALinkThatCannotBeFollowed() throws IOException {
      Files.createSymbolicLink(dir.resolve("a.yaml"), Path.of("b.yaml"));
      Path b = Files.createSymbolicLink(dir.resolve("b.yaml"), Path.of("a.yaml"));
      Dx.Result r = Dx.run("--lang", "en", "check", b.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains(b + ": is a symbolic link that cannot be followed");
    }

    @Test
    void unreadableFile_saysPermissionDenied() throws IOException {
      assumeFalse(Dx.isRoot(), "root reads every file");
      Path plan = plan(dir.resolve("secret.yaml"));
      Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("---------"));
      Dx.Result r = Dx.run("--lang", "en", "validate", plan.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains(plan + ": cannot be read (permission denied)");
    }

    @Test
    void japaneseNameWithSpaces_isReadAndNamedAsGiven() throws IOException {
      Path plan = plan(dir.resolve("計画 フォルダ").resolve("潮来 市 計画.yaml"));
      Dx.Result r = Dx.run("--lang", "en", "validate", plan.toString());
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains(plan + ":");
      Dx.Result corpus = Dx.run("corpus", plan.getParent().toString());
      assertThat(corpus.exitCode()).isZero();
      assertThat(corpus.out()).contains(plan.toString());
    }
  }

  @Nested
  class Corpus {
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void pipesAndSocketsInAFolder_areReportedAndCountedNotReadNorDropped() throws Exception {
      Path c = dir.resolve("plans");
      plan(c.resolve("a.yaml"));
      Path fifo = fifo(c.resolve("pipe.yaml"));
      Path socket = c.resolve("s.json");
      try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        server.bind(UnixDomainSocketAddress.of(socket));
        Dx.Result r = Dx.run("--lang", "en", "corpus", c.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains(c.resolve("a.yaml").toString());
        assertThat(r.err())
            .contains(fifo + ": is a named pipe (FIFO), not a regular file")
            .contains(socket + ": is a socket, not a regular file")
            .contains("2 of 3 files could not be read and were skipped");
        assertThat(Dx.run("corpus", c.toString(), "--fail-on", "skipped").exitCode()).isEqualTo(1);
      }
    }

    @Test
    void brokenAndLoopingLinksInAFolder_areReportedNotSilentlyDropped() throws IOException {
      Path c = dir.resolve("plans");
      plan(c.resolve("a.yaml"));
      Files.createSymbolicLink(c.resolve("gone.yaml"), Path.of("nowhere.yaml"));
      Files.createSymbolicLink(c.resolve("x.yaml"), Path.of("y.yaml"));
      Files.createSymbolicLink(c.resolve("y.yaml"), Path.of("x.yaml"));
      Files.createSymbolicLink(c.resolve("up"), Path.of("..")); // a folder loop: not followed
      Dx.Result r = Dx.run("--lang", "en", "corpus", c.toString());
      assertThat(r.exitCode()).isZero();
      assertThat(r.err())
          .contains(c.resolve("gone.yaml") + ": is a symbolic link to nowhere.yaml")
          .contains(c.resolve("x.yaml") + ": is a symbolic link that cannot be followed")
          .contains("3 of 4 files could not be read");
      assertThat(r.out().lines().count()).isEqualTo(2); // header + a.yaml
    }

    @Test
    void planNamedTwice_isOneRow() throws IOException {
      Path c = dir.resolve("plans");
      Path a = plan(c.resolve("a.yaml"));
      plan(c.resolve("sub").resolve("b.yaml"));
      Dx.Result r = Dx.run("corpus", c.toString(), a.toString(), c.resolve("sub").toString(), "--format", "json");
      assertThat(r.exitCode()).isZero();
      assertThat(io.github.dxplan.cli.internal.Json.mapper().readTree(r.out()).path("plans").asInt()).isEqualTo(2);
    }

    @Test
    void folderNamedThroughASymlink_isSearchedUnderTheNameGiven() throws IOException {
      Path real = dir.resolve("real");
      plan(real.resolve("a.yaml"));
      Path link = Files.createSymbolicLink(dir.resolve("link"), real);
      Dx.Result r = Dx.run("corpus", link.toString());
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains(link.resolve("a.yaml").toString());
    }

    @Test
    void unreadableSubfolder_isReportedAndTheOtherPlansAreStillCompared() throws IOException {
      assumeFalse(Dx.isRoot(), "root opens every folder");
      Path c = dir.resolve("plans");
      plan(c.resolve("a.yaml"));
      Path locked = c.resolve("locked");
      plan(locked.resolve("b.yaml"));
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
      try {
        Dx.Result r = Dx.run("--lang", "en", "corpus", c.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains(c.resolve("a.yaml").toString());
        assertThat(r.err()).contains(locked + ": folder cannot be opened (permission denied)");
        assertThat(Dx.run("corpus", c.toString(), "--fail-on", "skipped").exitCode()).isEqualTo(1);
      } finally {
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
      }
    }
  }

  @Nested
  class Out {
    @Test
    void intoAMissingFolder_namesTheFolder() {
      Path out = dir.resolve("no-such-folder").resolve("x.json");
      Dx.Result r = Dx.run("--lang", "en", "schema", "--out", out.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains(out + ": cannot be written: the folder " + out.getParent() + " does not exist");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void ontoANamedPipe_isRefusedWithoutWaitingForAReader() throws Exception {
      Path fifo = fifo(dir.resolve("out.json"));
      Dx.Result r = Dx.run("--lang", "en", "convert", Dx.seedPath("itako-2023.yaml"), "--to", "json", "--out", fifo.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains(fifo + ": is not a regular file");
    }

    @Test
    void ontoALinkToDevNull_writesThroughIt() throws IOException {
      assumeTrue(Files.isWritable(Path.of("/dev/null")));
      Path link = Files.createSymbolicLink(dir.resolve("null.json"), Path.of("/dev/null"));
      assertThat(Dx.run("schema", "--out", link.toString()).exitCode()).isZero();
      assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void ontoAReadOnlyFile_isRefused() throws IOException {
      assumeFalse(Dx.isRoot(), "root writes every file");
      Path out = Files.writeString(dir.resolve("ro.json"), "keep");
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
      Dx.Result r = Dx.run("--lang", "en", "schema", "--out", out.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains(out + ": cannot be written (permission denied)");
      assertThat(Files.readString(out)).isEqualTo("keep");
    }

    @Test
    void convertOntoItsOwnInput_rewritesThePlanInPlace() throws IOException {
      Path plan = plan(dir.resolve("plan.yaml"));
      Dx.Result r = Dx.run("convert", plan.toString(), "--to", "json", "--out", plan.toString());
      assertThat(r.exitCode()).isZero();
      assertThat(Files.readString(plan)).startsWith("{").contains("潮来市");
      assertThat(Dx.run("convert", plan.toString(), "--to", "yaml").exitCode()).isZero();
      try (Stream<Path> left = Files.list(dir)) {
        assertThat(left).containsExactly(plan); // no temporary file left beside it
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "corpus", "check"})
    void reportOntoAnInputPlan_isRefusedAndThePlanKept(String command) throws IOException {
      Path plan = plan(dir.resolve("plan.yaml"));
      byte[] before = Files.readAllBytes(plan);
      Dx.Result r = Dx.run("--lang", "en", command, plan.toString(), "--out", plan.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains(plan + ": is one of the input files");
      assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    }

    @Test
    void corpusMatrixOverAnEarlierMatrixInTheSameFolder_isStillWritten() throws IOException {
      Path c = dir.resolve("plans");
      plan(c.resolve("a.yaml"));
      Path out = c.resolve("matrix.json");
      assertThat(Dx.run("corpus", c.toString(), "--format", "json", "--out", out.toString()).exitCode()).isZero();
      // matrix.json is now in the folder and skipped as "not a plan"; it is not an input plan.
      Dx.Result again = Dx.run("corpus", c.toString(), "--format", "json", "--out", out.toString());
      assertThat(again.exitCode()).isZero();
      assertThat(io.github.dxplan.cli.internal.Json.mapper().readTree(Files.readString(out)).path("plans").asInt()).isEqualTo(1);
    }

    @Test
    void overAnExistingFile_keepsItsPermissions() throws IOException {
      Path out = Files.writeString(dir.resolve("schema.json"), "old");
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
      assertThat(Dx.run("schema", "--out", out.toString()).exitCode()).isZero();
      assertThat(Files.readString(out)).contains("$schema");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
    }

    @Test
    void intoAFolderWithJapaneseAndSpacesInItsName_isWritten() throws IOException {
      Path out = Files.createDirectories(dir.resolve("結果 フォルダ")).resolve("対応 表.csv");
      Dx.Result r = Dx.run("check", Dx.seedPath("itako-2023.yaml"), "--format", "csv", "--out", out.toString());
      assertThat(r.exitCode()).isZero();
      assertThat(Files.readString(out)).contains("潮来市");
      try (Stream<Path> left = Files.list(out.getParent())) {
        assertThat(left).containsExactly(out);
      }
    }

    @Test
    void throughASymlink_writesTheFileItLeadsTo() throws IOException {
      Path real = Files.writeString(dir.resolve("real.json"), "old");
      Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
      assertThat(Dx.run("schema", "--out", link.toString()).exitCode()).isZero();
      assertThat(Files.isSymbolicLink(link)).isTrue();
      assertThat(Files.readString(real)).contains("$schema");
    }
  }
}
