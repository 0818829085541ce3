package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip ({@code dx-cli/target/dx-VERSION.zip}) unpacks into bin/, lib/ and a README
 * and runs with nothing but a Java runtime: no Maven, no source tree, PATH holding only java and the
 * shell. Runs in the verify phase, after {@code package} has built the zip.
 */
class DistributionTest {
  @TempDir static Path dir;
  static Path home;

  @BeforeAll
  static void unpack() throws IOException {
    String zip = System.getProperty("dx.distribution");
    // Set by the pom's distribution execution (verify phase); the test phase runs before the zip exists.
    org.junit.jupiter.api.Assumptions.assumeTrue(zip != null, "runs in the verify phase, after package");
    assertThat(Path.of(zip)).exists();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of(zip)))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        Path target = dir.resolve(e.getName()).normalize();
        assertThat(target.startsWith(dir)).as(e.getName()).isTrue();
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target);
        }
      }
    }
    try (var top = Files.list(dir)) {
      home = top.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    assertThat(home.getFileName().toString()).startsWith("dx-");
  }

  private static Process run(String... args) throws IOException {
    Path dx = home.resolve("bin/dx");
    try {
      Files.setPosixFilePermissions(dx, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
    } catch (UnsupportedOperationException e) {
      // not POSIX: sh runs it all the same
    }
    List<String> command = new ArrayList<>(List.of("sh", dx.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.clear();
    // Only a Java runtime and the shell's own tools: no Maven, no JAVA_HOME, no source tree.
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
    env.put("LANG", "C");
    return pb.start();
  }

  private static String output(Process p) throws Exception {
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("dx ended").isTrue();
    try (InputStream in = p.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void zip_holdsLaunchersLibraryAndReadme() {
    assertThat(home.resolve("bin/dx")).isRegularFile();
    assertThat(home.resolve("bin/dx.cmd")).isRegularFile().content().contains("lib\\dx.jar").contains("\r\n");
    assertThat(home.resolve("lib/dx.jar")).isRegularFile();
    assertThat(home.resolve("lib/jvm.options")).isRegularFile();
    assertThat(home.resolve("README.md")).isRegularFile().content(StandardCharsets.UTF_8).contains("dx.cmd").contains("Java 17");
  }

  @Test
  void unpacked_runsWithOnlyAJavaRuntime() throws Exception {
    Process version = run("--version");
    assertThat(output(version)).startsWith("dx ");
    assertThat(version.exitValue()).isZero();

    Path plan = Files.writeString(dir.resolve("計画.yaml"), "title: 最小の計画\npolicies:\n  - title: 基本方針1\n");
    Process check = run("check", plan.toString(), "--format", "json");
    String out = output(check);
    assertThat(check.exitValue()).as(out).isZero();
    assertThat(out).contains("\"items\"");
  }
}
