package io.github.dxplan.mapping;

import io.github.dxplan.model.ElementKind;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The held-out set: two fictional plans written in everyday municipal DX-plan language
 * (src/test/resources/eval/heldout), labelled by the national items' definitions before the
 * method was tuned. Initiatives are labelled; a measure's label is the union of its initiatives'.
 * Not used to choose terms or thresholds: it estimates how the mapper does on plans it has not
 * seen. Printed per level; a floor guards against regressions.
 */
class HeldOutQualityTest {
  static final Path DIR = Path.of("src/test/resources/eval/heldout");

  @Test
  void heldOut_precisionRecallF1() throws IOException {
    CoverageMapper mapper = CoverageMapper.builder().inferOnly(true).build();
    Map<String, Map<String, Set<String>>> gold = new LinkedHashMap<>();
    Map<String, String> versions = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DIR.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Set<String> codes = f[3].equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(f[3].split(",")));
      versions.put(f[0], f[1]);
      gold.computeIfAbsent(f[0], k -> new TreeMap<>()).put(f[2], codes);
    }
    Scores[] all = {new Scores(0, 0, 0), new Scores(0, 0, 0)};
    for (var e : gold.entrySet()) {
      DxPlan plan = PlanReader.yaml().read(DIR.resolve(e.getKey()));
      CoverageReport r = mapper.map(plan, versions.get(e.getKey()));
      Set<String> judged = judged(r);
      Map<String, Set<String>> goldInit = e.getValue();
      Map<String, Set<String>> goldMeasure = new TreeMap<>();
      for (var g : goldInit.entrySet()) {
        String measure = g.getKey().substring(0, g.getKey().indexOf("/initiatives/"));
        goldMeasure.computeIfAbsent(measure, k -> new TreeSet<>()).addAll(g.getValue());
      }
      Map<String, Set<String>> predInit = predicted(r, ElementKind.INITIATIVE);
      Map<String, Set<String>> predMeasure = predicted(r, ElementKind.MEASURE);
      assertThat(predInit.keySet()).isEqualTo(goldInit.keySet());
      Scores si = Scores.of(goldInit, predInit, judged);
      Scores sm = Scores.of(goldMeasure, predMeasure, judged);
      System.out.println("[held-out] " + e.getKey() + " initiatives: " + si);
      System.out.println("[held-out] " + e.getKey() + " measures:    " + sm);
      if (Boolean.getBoolean("dx.debugEval")) {
        debug(r, goldInit, predInit, judged);
        debug(r, goldMeasure, predMeasure, judged);
      }
      all[0] = all[0].plus(si);
      all[1] = all[1].plus(sm);
    }
    System.out.println("[held-out] all initiatives: " + all[0]);
    System.out.println("[held-out] all measures:    " + all[1]);
    assertThat(all[0].f1()).isGreaterThanOrEqualTo(0.85);
    assertThat(all[1].f1()).isGreaterThanOrEqualTo(0.85);
  }

  private static void debug(CoverageReport r, Map<String, Set<String>> gold, Map<String, Set<String>> pred,
      Set<String> judged) {
    for (var g : gold.entrySet()) {
      Set<String> p = new TreeSet<>(pred.getOrDefault(g.getKey(), Set.of()));
      p.retainAll(judged);
      if (!p.equals(g.getValue())) {
        System.out.println("  " + g.getKey() + " " + r.element(g.getKey()).orElseThrow().title()
            + " predicted " + p + " label " + g.getValue());
      }
    }
  }

  /** The PRIORITY, COMPANION and OPTIONAL items of the report's version (what these labels judge). */
  static Set<String> judged(CoverageReport r) {
    Set<String> out = new java.util.HashSet<>();
    for (io.github.dxplan.catalog.NationalItem i : r.catalog().items()) {
      if (i.category() != io.github.dxplan.catalog.Category.STRUCTURE) {
        out.add(i.code());
      }
    }
    return out;
  }

  static Map<String, Set<String>> predicted(CoverageReport r, ElementKind kind) {
    Map<String, Set<String>> out = new java.util.TreeMap<>();
    for (ElementCoverage e : r.elements()) {
      if (e.kind() == kind) {
        Set<String> codes = new java.util.TreeSet<>();
        e.links().forEach(l -> codes.add(l.code()));
        out.put(e.path(), codes);
      }
    }
    return out;
  }
}
