package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.cli.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What dx says about claimed codes, the municipality and the time of the national plan; the day of
 * the check is fixed with {@code -Ddx.today}.
 */
class NationalTimeCliTest {

  @TempDir Path dir;

  @BeforeEach
  void today() {
    System.setProperty("dx.today", "2026-12-01");
  }

  @AfterEach
  void clear() {
    System.clearProperty("dx.today");
  }

  private Path plan(String name, String head, String claims) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, "schemaVersion: 1\ntitle: テスト計画\n" + head
        + "municipality:\n  code: \"082236\"\n  name: 潮来市\n  prefecture: 茨城県\n"
        + "period:\n  from: 2024\n  to: 2028\n"
        + "policies:\n  - title: 基本方針\n    nationalItems: [" + claims + "]\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void validate_unknownClaim_exits1_withAnErrorAtThatClaim() throws IOException {
    Path f = plan("p.yaml", "adopted: 2024-06\n", "FRONTYARD, NOT_A_NATIONAL_ITEM");
    Dx.Result r = Dx.run("validate", "--format", "json", f.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode finding = null;
    for (JsonNode x : Json.mapper().readTree(r.out()).path("files").get(0).path("findings")) {
      if (x.path("code").asString().equals("DX-ID-005")) {
        finding = x;
      }
    }
    assertThat(finding).isNotNull();
    assertThat(finding.path("severity").asString()).isEqualTo("ERROR");
    assertThat(finding.path("path").asString()).isEqualTo("/policies/0/nationalItems/1");
  }

  @Test
  void validate_unknownNationalPlanVersion_isReportedWithTheKnownVersions() throws IOException {
    Path f = plan("p.yaml", "adopted: 2024-06\nnationalPlanVersion: \"9.9\"\n", "FRONTYARD");
    Dx.Result r = Dx.run("--lang", "en", "validate", f.toString());
    assertThat(r.out()).contains("DX-ID-008", "\"9.9\"", "1.0, 2.0, 2.3, 3.0");
  }

  @Test
  void validate_itakoWithHitachinakasCode_namesHitachinakaAndSuggestsTheRightCode() throws IOException {
    Path f = plan("p.yaml", "adopted: 2024-06\n", "FRONTYARD");
    Files.writeString(f, Files.readString(f).replace("082236", "082210"));
    Dx.Result r = Dx.run("validate", f.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("DX-ID-012", "ひたちなか市", "082236");
  }

  @Test
  void check_today_saysANewerPlanExistsAndThat3_0sPeriodEnded_inTextAndJson() throws IOException {
    Path f = plan("p.yaml", "adopted: 2024-06\n", "FRONTYARD");
    Dx.Result text = Dx.run("check", f.toString());
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("2025-12", "第3.0版の対象期間は 2026-03-31 に終了");
    assertThat(Dx.run("--lang", "en", "check", f.toString()).out())
        .contains("a newer national plan (2025-12) exists whose items dxplan does not ship; checked against 3.0");
    JsonNode np = Json.mapper().readTree(Dx.run("check", "--format", "json", f.toString()).out()).path("nationalPlan");
    assertThat(np.path("version").asString()).isEqualTo("3.0");
    assertThat(np.path("basis").asString()).isEqualTo("adoption");
    assertThat(np.path("notices").findValuesAsString("code"))
        .containsExactly("NEWER_REVISION_NOT_SHIPPED", "PERIOD_ENDED");
    assertThat(Dx.run("check", "--format", "md", f.toString()).out()).contains("NEWER_REVISION_NOT_SHIPPED");
    assertThat(Dx.run("check", "--format", "csv", f.toString()).out()).contains("PERIOD_ENDED");
    assertThat(Dx.run("check", "--format", "html", f.toString()).out()).contains("data-code=\"PERIOD_ENDED\"");
  }

  @Test
  void check_beforeTheRevision_hasNoNotice() throws IOException {
    System.setProperty("dx.today", "2025-06-01");
    Path f = plan("p.yaml", "adopted: 2024-06\n", "FRONTYARD");
    JsonNode np = Json.mapper().readTree(Dx.run("check", "--format", "json", f.toString()).out()).path("nationalPlan");
    assertThat(np.path("notices").size()).isZero();
  }

  @Test
  void check_planAdoptedIn2024_03_followsTheVersionThenInForce() throws IOException {
    Path f = plan("p.yaml", "adopted: 2024-03\n", "FRONTYARD");
    JsonNode np = Json.mapper().readTree(Dx.run("check", "--format", "json", f.toString()).out()).path("nationalPlan");
    assertThat(np.path("version").asString()).isEqualTo("2.3");
  }

  @Test
  void catalogList_showsEachVersionsPeriodAndStatus() throws IOException {
    Dx.Result r = Dx.run("--lang", "en", "catalog", "list");
    assertThat(r.out()).contains("as of 2026-12-01", "period 2021-01 – 2026-03", "period – 2026-03-31",
        "superseded by a revision not shipped, period ended", "2025-12");
    JsonNode root = Json.mapper().readTree(Dx.run("catalog", "list", "--format", "json").out());
    assertThat(root.path("status").asString()).isEqualTo("superseded_not_shipped");
    assertThat(root.path("period").path("to").asString()).isEqualTo("2026-03-31");
    assertThat(root.path("versions").findValuesAsString("status"))
        .containsExactly("superseded", "superseded", "superseded", "superseded_not_shipped");
    assertThat(root.path("revisionsNotShipped").findValuesAsString("publishedOn")).containsExactly("2023", "2025-12");
  }
}
