package io.github.dxplan.benchmarks;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * A quick comparison for one change on a busy machine: each stage over a corpus on one thread, the
 * <em>minimum</em> thread CPU time of {@code --rounds} (default 15) after as many warm-up rounds
 * (the minimum is what other load inflates least). Not the figure; that is {@link EndToEnd}.
 *
 * <pre>java -cp dx-benchmarks/target/benchmarks.jar io.github.dxplan.benchmarks.StageProbe DIR [--rounds N]</pre>
 */
public final class StageProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private StageProbe() {}

  interface Stage {
    long run();
  }

  /** Bytes the probe thread allocated in the last measured round of the last stage. */
  private static long lastAllocated;

  private static long allocated() {
    return THREADS instanceof com.sun.management.ThreadMXBean t ? t.getCurrentThreadAllocatedBytes() : 0;
  }

  private static double minCpuMs(Stage s, int rounds) {
    for (int r = 0; r < rounds; r++) {
      s.run();
    }
    double min = Double.MAX_VALUE;
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long a0 = allocated();
      long t0 = THREADS.getCurrentThreadCpuTime();
      sink += s.run();
      min = Math.min(min, (THREADS.getCurrentThreadCpuTime() - t0) / 1e6);
      lastAllocated = allocated() - a0;
    }
    if (sink == 42) {
      System.out.print("");
    }
    return min;
  }

  /**
   * Runs the probe.
   *
   * @param args corpus directory, optionally {@code --rounds N}
   */
  public static void main(String[] args) {
    EndToEnd.Corpus c = EndToEnd.Corpus.load(Path.of(args[0]));
    int rounds = args.length > 2 && args[1].equals("--rounds") ? Integer.parseInt(args[2]) : 15;
    JsonMapper json = JsonMapper.builder().build();
    PlanReader reader = PlanReader.json();
    Function<DxPlan, Object> validator = Stages.validator().orElseThrow();
    Function<DxPlan, Object> mapper = Stages.mapper().orElseThrow();
    List<DxPlan> plans = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      plans.add(reader.read(c.bytes().get(i), c.names().get(i)));
    }
    double floor = minCpuMs(() -> {
      long n = 0;
      for (byte[] b : c.bytes()) {
        n += json.readTree(b).size();
      }
      return n;
    }, rounds);
    long floorAlloc = lastAllocated;
    double read = minCpuMs(() -> {
      long n = 0;
      for (int i = 0; i < c.size(); i++) {
        n += reader.read(c.bytes().get(i), c.names().get(i)).policies().size();
      }
      return n;
    }, rounds);
    long readAlloc = lastAllocated;
    double validate = minCpuMs(() -> {
      long n = 0;
      for (DxPlan p : plans) {
        n += System.identityHashCode(validator.apply(p));
      }
      return n;
    }, rounds);
    long validateAlloc = lastAllocated;
    double map = minCpuMs(() -> {
      long n = 0;
      for (DxPlan p : plans) {
        n += System.identityHashCode(mapper.apply(p));
      }
      return n;
    }, rounds);
    long mapAlloc = lastAllocated;
    double check = read + validate + map;
    System.out.printf(Locale.ROOT,
        "probe %s (%d plans, 1 thread, min cpu ms of %d): floor %.1f  read %.1f (%.2fx)  validate %.1f (%.2fx)  map %.1f (%.2fx)  read+validate+map %.2fx%n",
        c.label(), c.size(), rounds, floor, read, read / floor, validate, validate / floor, map, map / floor, check / floor);
    double kb = 1024.0 * c.size();
    System.out.printf(Locale.ROOT,
        "alloc KB/plan: floor %.1f  read %.1f  validate %.1f  map %.1f%n",
        floorAlloc / kb, readAlloc / kb, validateAlloc / kb, mapAlloc / kb);
  }
}
