package io.github.dxplan.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two (or more) builds compared in one JVM, each benchmarks jar in its own class loader, stage by
 * stage and round by round alternated, so both see the same load, JIT threads and heap: thread CPU
 * ms (min, first quartile, median) and allocated KB per plan of each stage over a corpus, one thread.
 * Stages: {@code read}, {@code validate}, {@code map} (plans read once) and {@code check} (read,
 * validate and map each plan, as {@link EndToEnd} does).
 * Steadier than {@link StageProbe} runs in separate JVMs on a shared machine; run it with
 * {@code -XX:+UseSerialGC} so no concurrent GC threads compete with the measured one.
 *
 * <pre>java -XX:+UseSerialGC -Xms3g -Xmx3g -Xmn2g -cp dx-benchmarks/target/benchmarks.jar \
 *   io.github.dxplan.benchmarks.PairedProbe DIR ROUNDS read,validate,map old.jar new.jar</pre>
 */
public final class PairedProbe {
  private PairedProbe() {}

  private static final class Build {
    String name;
    Object reader;
    Method read;
    Object validator;
    Method validate;
    Object mapper;
    Method map;
    final List<Object> plans = new ArrayList<>();
  }

  /**
   * Runs the comparison.
   *
   * @param args corpus directory, rounds, stages (comma-separated), then the jars
   * @throws Exception if a jar cannot be loaded
   */
  public static void main(String[] args) throws Exception {
    EndToEnd.Corpus c = EndToEnd.Corpus.load(Path.of(args[0]));
    int rounds = Integer.parseInt(args[1]);
    String[] stages = args[2].split(",");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<Build> builds = new ArrayList<>();
    for (int k = 3; k < args.length; k++) {
      Build b = new Build();
      b.name = Path.of(args[k]).getFileName().toString();
      ClassLoader cl = new URLClassLoader(new URL[] {Path.of(args[k]).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> reader = cl.loadClass("io.github.dxplan.model.format.PlanReader");
      b.reader = reader.getMethod("json").invoke(null);
      b.read = reader.getMethod("read", byte[].class, String.class);
      Class<?> plan = cl.loadClass("io.github.dxplan.model.DxPlan");
      Class<?> validator = cl.loadClass(Stages.VALIDATOR);
      b.validator = validator.getMethod("create").invoke(null);
      b.validate = validator.getMethod("validate", plan);
      Class<?> mapper = cl.loadClass(Stages.MAPPER);
      b.mapper = mapper.getMethod("create").invoke(null);
      b.map = mapper.getMethod("map", plan);
      for (int i = 0; i < c.size(); i++) {
        b.plans.add(b.read.invoke(b.reader, c.bytes().get(i), c.names().get(i)));
      }
      builds.add(b);
    }
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    Map<String, Double> alloc = new LinkedHashMap<>();
    long sink = 0;
    for (int r = -Math.max(3, rounds / 4); r < rounds; r++) {
      for (String stage : stages) {
        for (Build b : builds) {
          long a0 = threads.getCurrentThreadAllocatedBytes();
          long t0 = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < c.size(); i++) {
            Object out = switch (stage) {
              case "read" -> b.read.invoke(b.reader, c.bytes().get(i), c.names().get(i));
              case "validate" -> b.validate.invoke(b.validator, b.plans.get(i));
              case "map" -> b.map.invoke(b.mapper, b.plans.get(i));
              case "check" -> {
                // As EndToEnd's check: read, validate and map each plan.
                Object plan = b.read.invoke(b.reader, c.bytes().get(i), c.names().get(i));
                sink += System.identityHashCode(b.validate.invoke(b.validator, plan));
                yield b.map.invoke(b.mapper, plan);
              }
              default -> throw new IllegalArgumentException("unknown stage " + stage);
            };
            sink += System.identityHashCode(out);
          }
          double ms = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
          double kb = (threads.getCurrentThreadAllocatedBytes() - a0) / 1024.0 / c.size();
          if (r >= 0) {
            String key = String.format(Locale.ROOT, "%-9s %s", stage, b.name);
            cpu.computeIfAbsent(key, k -> new ArrayList<>()).add(ms);
            alloc.merge(key, kb, Math::min);
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "paired probe %s (%d plans, 1 thread, %d rounds)%n", c.label(), c.size(), rounds);
    for (var e : cpu.entrySet()) {
      List<Double> xs = e.getValue();
      Collections.sort(xs);
      System.out.printf(Locale.ROOT, "%-30s cpu ms min %6.1f  p25 %6.1f  median %6.1f   alloc %6.1f KB/plan%n",
          e.getKey(), xs.get(0), xs.get(xs.size() / 4), xs.get(xs.size() / 2), alloc.get(e.getKey()));
    }
    if (sink == 42) {
      System.out.print("");
    }
  }
}
