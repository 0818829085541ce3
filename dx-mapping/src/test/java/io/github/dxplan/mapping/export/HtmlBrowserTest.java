package io.github.dxplan.mapping.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageReport;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML export in headless Chromium (Debian package {@code chromium}; {@code .ci/run}
 * installs it) and checks the DOM has the heatmap and the console has no error. Skipped when
 * Chromium is not on the PATH.
 */
class HtmlBrowserTest {

  static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void html_rendersInChromiumWithoutConsoleErrors(@TempDir Path tmp) throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "chromium not on PATH; CI installs it");
    CoverageReport itako = CoverageMapper.create().map(ExportGoldenTest.seed("itako-2023"));
    CoverageReport hostile = CoverageMapper.create().map(ExportGoldenTest.hostile(), "2.3");
    for (var entry : List.of(
        java.util.Map.entry("itako", CoverageExporter.toHtml(itako)),
        java.util.Map.entry("hostile", CoverageExporter.toHtml(hostile)))) {
      Path page = tmp.resolve(entry.getKey() + ".html");
      Files.writeString(page, entry.getValue(), StandardCharsets.UTF_8);
      List<String> cmd = new ArrayList<>(List.of(chromium.get().toString(), "--headless", "--no-sandbox",
          "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-first-run", "--user-data-dir=" + tmp.resolve("profile-" + entry.getKey()),
          "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString()));
      Path out = tmp.resolve(entry.getKey() + ".out");
      Path err = tmp.resolve(entry.getKey() + ".err");
      Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("chromium timed out");
      }
      String dom = Files.readString(out, StandardCharsets.UTF_8);
      String log = Files.readString(err, StandardCharsets.UTF_8);
      assertThat(dom).as("DOM of %s", entry.getKey()).contains("id=\"heatmap\"").contains("<tbody>");
      assertThat(dom).doesNotContain("<script").doesNotContain("<img");
      for (String line : log.split("\n")) {
        assertThat(line).as("chromium log").doesNotContain("Uncaught")
            .doesNotContainPattern("CONSOLE.*(?i)error").doesNotContain("Refused to");
      }
    }
  }
}
