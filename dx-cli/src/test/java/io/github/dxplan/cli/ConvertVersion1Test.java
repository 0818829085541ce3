package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dx convert} of a version-1 file writes version 2 with the same content: the 宇都宮市 2023 seed
 * as it was before format 2 (from git history) and the format-1 example of docs/plan-format.md.
 */
class ConvertVersion1Test {
  @TempDir Path dir;

  private Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = ConvertVersion1Test.class.getResourceAsStream("/v1/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"utsunomiya-2023-format1.yaml", "docs-example-format1.yaml"})
  void version1File_convertsToVersion2InYamlAndJson(String name) throws IOException {
    Path v1 = resource(name);
    DxPlan original = PlanReader.yaml().read(v1);
    assertThat(original.schemaVersion()).isEqualTo(1);
    for (String to : new String[] {"yaml", "json"}) {
      Dx.Result r = Dx.run("convert", v1.toString(), "--to", to);
      assertThat(r.exitCode()).as(r.err()).isZero();
      Path out = dir.resolve(name + "." + to);
      Files.writeString(out, r.out(), StandardCharsets.UTF_8);
      DxPlan converted = PlanReader.auto().read(out);
      assertThat(converted.schemaVersion()).isEqualTo(2);
      // The same plan apart from the version it was written in.
      assertThat(converted).isEqualTo(withVersion2(original));
      // Converting the result again changes nothing.
      assertThat(Dx.run("convert", out.toString(), "--to", to).out()).isEqualTo(r.out());
    }
    assertThat(Dx.run("convert", v1.toString(), "--to", "yaml").out()).startsWith("schemaVersion: 2\n");
  }

  private static DxPlan withVersion2(DxPlan p) {
    return new DxPlan(2, p.id(), p.title(), p.status(), p.municipality(), p.drafted(), p.adopted(), p.period(),
        p.nationalPlanVersion(), p.vision(), p.description(), p.governance(), p.notes(), p.policies(),
        p.previousPlan(), p.tables(), p.glossary());
  }
}
