package io.github.dxplan.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Inferred links against the engineer's own labels of the other seeds (宇都宮市 2023 initiatives,
 * 那須烏山市 initiatives, 小山市 measures): src/test/resources/eval/own-labels.tsv. These are the
 * engineer's judgement, not the cities' statements; the figures are printed, and a floor guards
 * against regressions.
 */
class OwnLabelsQualityTest {

  record Label(String plan, String version, String path, Set<String> codes) {}

  static List<Label> labels() throws IOException {
    List<Label> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/eval/own-labels.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Set<String> codes = f[3].equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(f[3].split(",")));
      out.add(new Label(f[0], f[1], f[2], codes));
    }
    return out;
  }

  @Test
  void ownLabels_precisionRecallF1() throws IOException {
    CoverageMapper mapper = CoverageMapper.builder().inferOnly(true).build();
    Map<String, List<Label>> byPlan = new LinkedHashMap<>();
    for (Label l : labels()) {
      byPlan.computeIfAbsent(l.plan() + "@" + l.version(), k -> new ArrayList<>()).add(l);
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (var e : byPlan.entrySet()) {
      String[] pv = e.getKey().split("@");
      CoverageReport r = mapper.map(Plans.seed(pv[0]), pv[1]);
      Set<String> judged = DevSetQualityTest.judged(r);
      Map<String, Set<String>> gold = new TreeMap<>();
      Map<String, Set<String>> pred = new TreeMap<>();
      for (Label l : e.getValue()) {
        gold.put(l.path(), l.codes());
        Set<String> p = new TreeSet<>();
        r.element(l.path()).orElseThrow(() -> new AssertionError("no element " + l.path())).links()
            .forEach(x -> p.add(x.code()));
        pred.put(l.path(), p);
        if (Boolean.getBoolean("dx.debugEval")) {
          Set<String> pj = new TreeSet<>(p);
          pj.retainAll(judged);
          if (!pj.equals(l.codes())) {
            System.out.println("  " + pv[0] + " " + l.path() + " " + r.element(l.path()).get().title()
                + " predicted " + pj + " label " + l.codes());
            for (ElementLink x : r.element(l.path()).get().links()) {
              if (!l.codes().contains(x.code()) && judged.contains(x.code())) {
                System.out.println("      extra " + x.code() + " " + x.score() + " " + x.evidence().stream()
                    .map(v -> v.field().replaceAll("^.*?/(title|description|goal|challenges/\\d+|kpis/\\d+/name)$", "$1")
                        + ":" + v.text() + "=" + v.contribution()).toList());
              }
            }
          }
        }
      }
      Scores s = Scores.of(gold, pred, judged);
      System.out.println("[own labels] " + pv[0] + " (" + pv[1] + ", infer-only): " + s);
      tp += s.tp();
      fp += s.fp();
      fn += s.fn();
    }
    Scores total = new Scores(tp, fp, fn);
    System.out.println("[own labels] all: " + total);
    assertThat(total.f1()).isGreaterThanOrEqualTo(0.85);
  }
}
