package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.validation.PlanValidator;
import io.github.dxplan.validation.ValidationReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PlainConsumerTest {

  /** 𠮷 (a surrogate pair) at every position around the YAML engine's 1024-character read buffer. */
  @Test
  void yamlWithASurrogatePairAcrossTheReadBuffer_reads() {
    for (int at = 1000; at <= 1050; at++) {
      String head = "title: \"";
      String padding = "あ".repeat(at - head.length());
      String title = padding + "𠮷野家のDX";
      String yaml = head + title + "\"\n";
      assertEquals(at, yaml.indexOf("𠮷"));
      DxPlan fromText = PlanReader.yaml().readString(yaml, "kichi.yaml");
      DxPlan fromBytes = PlanReader.yaml().read(yaml.getBytes(StandardCharsets.UTF_8), "kichi.yaml");
      assertEquals(title, fromText.title());
      assertEquals(title, fromBytes.title());
    }
  }

  @Test
  void snakeyamlEngine_isTheVersionDxplanIsTestedWith() {
    String expected = "snakeyaml-engine-" + System.getProperty("dx.snakeyamlEngineVersion") + ".jar";
    String[] classPath = System.getProperty("java.class.path").split(java.io.File.pathSeparator);
    assertTrue(Arrays.stream(classPath).anyMatch(e -> e.endsWith(expected)),
        "expected " + expected + " on the class path: " + String.join("\n", classPath));
  }

  @Test
  void aRealPlan_readsValidatesAndMaps() throws Exception {
    DxPlan plan;
    try (InputStream in = getClass().getResourceAsStream("/itako-2023.yaml")) {
      plan = PlanReader.auto().read(in, "itako-2023.yaml");
    }
    ValidationReport report = PlanValidator.builder().build().validate(plan);
    assertFalse(report.hasErrors(), report.toString());
    CoverageReport coverage = CoverageMapper.create().map(plan);
    assertFalse(coverage.items().isEmpty());
  }
}
