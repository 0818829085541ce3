package io.github.dxplan.benchmarks;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading one generated plan: the Jackson tree-parse floor, and {@code PlanReader} from JSON and from
 * YAML into the model. Average time per plan; compare {@code readJson} with {@code parseFloorJson}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class FormatBenchmarks {
  private final JsonMapper mapper = JsonMapper.builder().build();
  private final PlanReader json = PlanReader.json();
  private final PlanReader yaml = PlanReader.yaml();

  /** The floor: Jackson parsing the same bytes into a tree. */
  @Benchmark
  public JsonNode parseFloorJson(CorpusState corpus) {
    return mapper.readTree(corpus.json.get(corpus.next()));
  }

  /** JSON bytes into the model. */
  @Benchmark
  public DxPlan readJson(CorpusState corpus) {
    int i = corpus.next();
    return json.read(corpus.json.get(i), corpus.names.get(i));
  }

  /** YAML bytes into the model. */
  @Benchmark
  public DxPlan readYaml(CorpusState corpus) {
    int i = corpus.next();
    return yaml.read(corpus.yaml.get(i), corpus.names.get(i));
  }
}
