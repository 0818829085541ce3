package io.github.dxplan.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.catalog.Category;
import io.github.dxplan.catalog.NationalItem;
import io.github.dxplan.model.DxPlan;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The dev set: 潮来市's own 対応表 (seed 004, as the city printed it, split columns folded into
 * codes), judged on the PRIORITY, COMPANION and OPTIONAL items of 2.0, the plan's claims ignored.
 */
class DevSetQualityTest {

  static final Map<String, Set<String>> ITAKO_TABLE = new LinkedHashMap<>();

  static {
    ITAKO_TABLE.put("/policies/0/measures/0", Set.of("MYNUMBER_CARD", "ONLINE_PROCEDURES", "ANALOG_REGULATION", "BPR"));
    ITAKO_TABLE.put("/policies/0/measures/1", Set.of("DIGITAL_COMMUNITY", "OPEN_DATA"));
    ITAKO_TABLE.put("/policies/1/measures/0", Set.of("STANDARDIZATION"));
    ITAKO_TABLE.put("/policies/1/measures/1", Set.of("AI_RPA", "TELEWORK", "ANALOG_REGULATION", "BPR"));
    ITAKO_TABLE.put("/policies/2/measures/0", Set.of("DIGITAL_COMMUNITY"));
    ITAKO_TABLE.put("/policies/2/measures/1", Set.of("SECURITY"));
  }

  static Set<String> judged(CoverageReport r) {
    Set<String> out = new HashSet<>();
    for (NationalItem i : r.catalog().items()) {
      if (i.category() != Category.STRUCTURE) {
        out.add(i.code());
      }
    }
    return out;
  }

  static Map<String, Set<String>> predicted(CoverageReport r, ElementKind kind) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (ElementCoverage e : r.elements()) {
      if (e.kind() != kind) {
        continue;
      }
      Set<String> codes = new TreeSet<>();
      for (ElementLink l : e.links()) {
        codes.add(l.code());
      }
      out.put(e.path(), codes);
    }
    return out;
  }

  @Test
  void itako_inferredLinksAgainstTheCitysTable() {
    DxPlan plan = Plans.seed("itako-2023");
    CoverageReport r = CoverageMapper.builder().inferOnly(true).build().map(plan, "2.0");
    Map<String, Set<String>> pred = predicted(r, ElementKind.MEASURE);
    Scores s = Scores.of(ITAKO_TABLE, pred, judged(r));
    System.out.println("[dev set] 潮来市 対応表, measures × items (2.0, infer-only): " + s);
    for (var e : pred.entrySet()) {
      Set<String> p = new TreeSet<>(e.getValue());
      p.retainAll(judged(r));
      Set<String> g = ITAKO_TABLE.getOrDefault(e.getKey(), Set.of());
      System.out.println("  " + e.getKey() + " predicted " + p + " table " + new TreeSet<>(g));
      if (Boolean.getBoolean("dx.debugEval")) {
        for (ElementLink l : r.element(e.getKey()).orElseThrow().links()) {
          if (!g.contains(l.code())) {
            System.out.println("    extra " + l.code() + " " + l.score() + " " + l.evidence());
          }
        }
      }
    }
    assertThat(s.f1()).isGreaterThanOrEqualTo(0.85);
  }
}
