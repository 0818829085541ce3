package io.github.dxplan.benchmarks;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanWriter;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A generated corpus held in memory for the JMH benchmarks: plans, their JSON and YAML bytes.
 * Each benchmark invocation handles one plan, going round the corpus, so a score is time per plan.
 */
@State(Scope.Thread)
public class CorpusState {
  /** How many distinct plans to cycle through. */
  @Param({"64"})
  public int plans;

  /** Text scale of the generated plans. */
  @Param({"1"})
  public int textScale;

  List<DxPlan> model;
  List<byte[]> json;
  List<byte[]> yaml;
  List<String> names;
  private int next;
  long jsonBytes;

  /** Generates the plans and writes them in both formats. */
  @Setup(Level.Trial)
  public void setUp() {
    CorpusGenerator generator = CorpusGenerator.of(CorpusGenerator.DEFAULT_SEED, textScale);
    model = new ArrayList<>(plans);
    json = new ArrayList<>(plans);
    yaml = new ArrayList<>(plans);
    names = new ArrayList<>(plans);
    for (int i = 0; i < plans; i++) {
      DxPlan plan = generator.plan(i);
      model.add(plan);
      byte[] j = PlanWriter.json().writeBytes(plan);
      json.add(j);
      yaml.add(PlanWriter.yaml().writeBytes(plan));
      names.add(plan.id() + ".json");
      jsonBytes += j.length;
    }
  }

  /** The index of the plan for this invocation. */
  int next() {
    int i = next;
    next = i + 1 == plans ? 0 : i + 1;
    return i;
  }
}
