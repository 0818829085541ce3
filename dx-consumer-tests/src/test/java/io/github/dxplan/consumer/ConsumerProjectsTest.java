package io.github.dxplan.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Builds the applications in {@code src/test/projects} against the jars this build produced, the way a
 * user's build would meet them: through their published poms (so the dependency versions a consumer
 * gets are the ones resolved here, not the reactor's), from a private local repository.
 *
 * <p>The jars and poms of every module are put into {@code target/consumer-repo} in the local
 * repository layout (nothing is installed into the user's {@code ~/.m2}); everything else comes from the
 * user's local repository, read as a remote {@code file:} repository, then from Maven Central. Each
 * project's own tests make the assertions (a plan with a surrogate pair across the YAML reader's
 * buffer, a malformed body answered 400 with the located message, the module path); here the build of
 * each must succeed and must have run its tests.
 */
class ConsumerProjectsTest {
  private static final Path ROOT = Path.of(System.getProperty("dx.root"));
  private static final String VERSION = System.getProperty("dx.version");
  private static final Path HERE = ROOT.resolve("dx-consumer-tests");
  private static final Path REPO = HERE.resolve("target/consumer-repo");
  private static final Path WORK = HERE.resolve("target/consumer-projects");

  @BeforeAll
  static void stageTheBuiltArtifacts() throws IOException {
    Path group = REPO.resolve("io/github/dxplan");
    stage(group, "dxplan-parent", ROOT.resolve("pom.xml"), null);
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.sorted().toList()) {
        String name = module.getFileName().toString();
        Path pom = module.resolve("pom.xml");
        if (!name.startsWith("dx-") || !Files.isRegularFile(pom) || name.equals("dx-consumer-tests")) {
          continue;
        }
        Path jar = module.resolve("target/" + name + "-" + VERSION + ".jar");
        boolean isPom = Files.readString(pom).contains("<packaging>pom</packaging>");
        if (isPom || Files.isRegularFile(jar)) {
          stage(group, name, pom, isPom ? null : jar);
        }
      }
    }
    Files.createDirectories(WORK);
    Files.writeString(WORK.resolve("settings.xml"), settings(), StandardCharsets.UTF_8);
  }

  private static void stage(Path group, String artifact, Path pom, Path jar) throws IOException {
    Path dir = group.resolve(artifact).resolve(VERSION);
    Files.createDirectories(dir);
    Files.copy(pom, dir.resolve(artifact + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      Files.copy(jar, dir.resolve(artifact + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The user's local repository as a remote one (releases only: dxplan's snapshots come from REPO). */
  private static String settings() {
    String home = Path.of(System.getProperty("dx.localRepository")).toUri().toString();
    String repo = """
          <id>%s</id><url>%s</url>
          <releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots>
        """.formatted("user-local", home);
    return """
        <settings>
          <profiles>
            <profile>
              <id>user-local</id>
              <repositories><repository>%s</repository></repositories>
              <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>user-local</activeProfile></activeProfiles>
        </settings>
        """.formatted(repo, repo);
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain-maven", "jpms", "spring-boot-3", "spring-boot-4"})
  void consumerProject_buildsAndPassesItsTests(String project) throws Exception {
    Path source = HERE.resolve("src/test/projects").resolve(project);
    Path copy = WORK.resolve(project);
    copyTree(source, copy);
    // A real plan for the projects' tests, from the examples rather than a second copy in the tree.
    Path resources = Files.createDirectories(copy.resolve("src/test/resources"));
    Files.copy(ROOT.resolve("dx-examples/src/main/resources/plans/itako-2023.yaml"),
        resources.resolve("itako-2023.yaml"), StandardCopyOption.REPLACE_EXISTING);
    Path log = WORK.resolve(project + ".log");

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("dx.mavenHome"), "bin", "mvn").toString(),
        "-B", "-ntp", "-e",
        "-s", WORK.resolve("settings.xml").toString(),
        "-Dmaven.repo.local=" + REPO,
        "-Ddx.version=" + VERSION,
        "-Ddx.snakeyamlEngineVersion=" + System.getProperty("dx.snakeyamlEngineVersion"),
        "-f", copy.resolve("pom.xml").toString(),
        "verify"));
    if (System.getProperty("dx.offline", "").endsWith("=true")) {
      // Offline (a developer's -o): the user's repository is still readable as a file: repository.
      command.add(1, "-o");
      command.add(2, "-Daether.offline.protocols=file");
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    // The outer build's MAVEN_ARGS (CI sets -Dmaven.repo.local there) must not reach the consumer's.
    builder.environment().remove("MAVEN_ARGS");
    Process process = builder
        .directory(copy.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    boolean finished = process.waitFor(20, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    String tail = output.substring(Math.max(0, output.length() - 6000));
    assertThat(finished).as("%s finished within 20 minutes; log %s", project, log).isTrue();
    assertThat(process.exitValue()).as("%s build exit code; log %s ends:%n%s", project, log, tail).isZero();
    Matcher m = Pattern.compile("Tests run: (\\d+), Failures: 0, Errors: 0, Skipped: 0\\s*$", Pattern.MULTILINE)
        .matcher(output);
    int ran = 0;
    while (m.find()) {
      ran = Integer.parseInt(m.group(1));
    }
    assertThat(ran).as("%s ran its tests, none skipped; log %s ends:%n%s", project, log, tail).isPositive();
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
