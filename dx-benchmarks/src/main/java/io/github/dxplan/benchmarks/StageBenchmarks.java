package io.github.dxplan.benchmarks;

import io.github.dxplan.model.DxPlan;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating and mapping one plan already read. A stage whose module has not landed yet fails the
 * benchmark's setup with a message saying so (see {@link Stages}); the others still run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class StageBenchmarks {
  private Function<DxPlan, Object> validator;
  private Function<DxPlan, Object> mapper;

  /** Finds the stages. */
  @Setup
  public void setUp() {
    validator = Stages.validator().orElse(null);
    mapper = Stages.mapper().orElse(null);
  }

  /** {@code PlanValidator.validate} on one plan. */
  @Benchmark
  public Object validate(CorpusState corpus) {
    if (validator == null) {
      throw new IllegalStateException(Stages.missing(Stages.VALIDATOR, "validate"));
    }
    return validator.apply(corpus.model.get(corpus.next()));
  }

  /** {@code CoverageMapper.map} (with inference) on one plan. */
  @Benchmark
  public Object map(CorpusState corpus) {
    if (mapper == null) {
      throw new IllegalStateException(Stages.missing(Stages.MAPPER, "map"));
    }
    return mapper.apply(corpus.model.get(corpus.next()));
  }
}
