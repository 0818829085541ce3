package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path dir;

  @Test
  void convert_yamlToJsonAndBackIsTheSamePlan() throws IOException {
    Path seed = Dx.seed("itako-2023.yaml");
    Dx.Result json = Dx.run("convert", seed.toString(), "--to", "json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).startsWith("{").contains("\"title\": \"潮来市DX推進計画\"");
    Path jsonFile = dir.resolve("itako.json");
    Files.writeString(jsonFile, json.out());
    Dx.Result yaml = Dx.run("convert", jsonFile.toString(), "--to", "yaml");
    assertThat(yaml.exitCode()).isZero();
    assertThat(PlanReader.yaml().readString(yaml.out(), "out.yaml")).isEqualTo(PlanReader.yaml().read(seed));
    Path yamlFile = dir.resolve("itako.yaml");
    Files.writeString(yamlFile, yaml.out());
    assertThat(Dx.run("convert", yamlFile.toString(), "--to", "yaml").out()).isEqualTo(yaml.out());
  }

  @Test
  void convert_writesToOut() throws IOException {
    Path out = dir.resolve("plan.json");
    Dx.Result r = Dx.run("convert", Dx.seedPath("oyama-2021.yaml"), "--to", "json", "--out", out.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    DxPlan plan = PlanReader.json().read(out);
    assertThat(plan).isEqualTo(PlanReader.yaml().read(Dx.seed("oyama-2021.yaml")));
  }

  @Test
  void convert_outIntoADirectoryIsExit2() {
    Dx.Result r = Dx.run("convert", Dx.seedPath("oyama-2021.yaml"), "--to", "json", "--out", dir.toString(), "--lang", "en");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(dir.toString()).contains("is a directory");
  }

  @Test
  void convert_missingFileIsExit2AndNamesTheFile() {
    Path missing = dir.resolve("nope.yaml");
    Dx.Result r = Dx.run("--lang", "en", "convert", missing.toString(), "--to", "json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(missing + ": no such file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void convert_directoryIsExit2() {
    Dx.Result r = Dx.run("--lang", "en", "convert", dir.toString(), "--to", "yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(dir.toString()).contains("is a directory");
  }

  @Test
  void convert_unreadableFileIsExit2() throws IOException {
    assumeFalse(Dx.isRoot(), "root can read a file whatever its permissions");
    Path file = dir.resolve("secret.yaml");
    Files.writeString(file, "title: x\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Dx.Result r = Dx.run("--lang", "en", "convert", file.toString(), "--to", "json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(file.toString()).contains("permission denied");
  }

  @Test
  void convert_malformedYamlIsExit2WithLineColumnAndPointer() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "title: x\npolicies:\n  - title: a\n    titel: b\n", StandardCharsets.UTF_8);
    Dx.Result r = Dx.run("convert", file.toString(), "--to", "json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith(file + ":4:5: ").contains("titel").contains("(at /policies/0/titel)");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void convert_brokenSyntaxIsExit2() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"title\": \"x\", \"policies\": [", StandardCharsets.UTF_8);
    Dx.Result r = Dx.run("convert", file.toString(), "--to", "yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith(file + ":1:");
  }

  @Test
  void convert_withoutTo_isAUsageError() {
    Dx.Result r = Dx.run("convert", Dx.seedPath("oyama-2021.yaml"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--to");
  }

  @org.junit.jupiter.api.Test
  void inPlace_warnsThatTheFilesYamlCommentsAreDropped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws java.io.IOException {
    java.nio.file.Path plan = java.nio.file.Files.writeString(tmp.resolve("plan.yaml"),
        "# 令和6年度版\ntitle: 計画 # 仮題\ndescription: \"# これは本文\"\npolicies:\n  - title: 方針\n");
    Dx.Result r = Dx.run("--lang", "en", "convert", plan.toString(), "--to", "yaml", "--out", plan.toString());
    org.assertj.core.api.Assertions.assertThat(r.exitCode()).isZero();
    org.assertj.core.api.Assertions.assertThat(r.err()).contains("holds 2 YAML comment(s)");
    org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(plan)).doesNotContain("仮題").contains("# これは本文");
    Dx.Result again = Dx.run("--lang", "en", "convert", plan.toString(), "--to", "yaml", "--out", plan.toString());
    org.assertj.core.api.Assertions.assertThat(again.err()).doesNotContain("comment");
  }
}
