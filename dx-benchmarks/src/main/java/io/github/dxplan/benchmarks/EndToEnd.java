package io.github.dxplan.benchmarks;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntToLongFunction;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end-to-end measurement behind {@code dx-benchmarks/run}: every stage over a whole corpus held
 * in memory, reported as milliseconds and as a ratio to a floor measured in the same run, with a
 * readable table and, as the last line, one JSON object.
 *
 * <p>Stages, each over all plans: {@code parseFloor} (Jackson parsing each plan's bytes into a tree),
 * {@code read} ({@code PlanReader.json().read(bytes, name)}), {@code validate} (on plans already read),
 * {@code check} (read + validate + map). All four use the same fixed pool of
 * {@code availableProcessors()} threads taking plans one at a time, so the ratios compare like with like.
 * Rounds interleave the stages (floor, read, validate, check, floor, ...) so that a noisy moment
 * falls on all of them; the figure is the median of the measured rounds after the warm-up rounds.
 *
 * <p>Options: {@code --corpus DIR} (a directory of {@code *.json}), {@code --linearity DIR} (repeatable:
 * further corpora for the growth check), {@code --warmup N}, {@code --rounds N},
 * {@code --cold-command "java ... check PLAN --format json"} (whitespace-separated; a fresh process
 * of the CLI exactly as {@code ./dx} starts it), {@code --floor-command "java -cp ... Trivial"},
 * {@code --catalog-command "java ... catalog list --format json"} (informative: the CLI's
 * start-up on a command that exists today), {@code --cold-runs N}, {@code --note TEXT} (repeatable: a reason recorded in {@code notes}).
 */
public final class EndToEnd {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final int threads = Runtime.getRuntime().availableProcessors();
  private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
    Thread t = new Thread(r, "bench-worker");
    t.setDaemon(true);
    return t;
  });
  private final PlanReader reader = PlanReader.json();
  private final Optional<Function<DxPlan, Object>> validator = Stages.validator();
  private final Optional<Function<DxPlan, Object>> mapper = Stages.mapper();
  private final List<String> notes = new ArrayList<>();
  private volatile long sink;
  /** CPU ms the workers spent in the last {@link #parallel} call (what other load on the machine cannot inflate much). */
  private double lastCpuMs;

  private EndToEnd() {}

  /** A corpus held in memory: each plan's file name and UTF-8 JSON bytes. */
  record Corpus(String label, List<String> names, List<byte[]> bytes, long totalBytes) {
    static Corpus load(Path dir) {
      try (Stream<Path> files = Files.list(dir)) {
        List<Path> sorted = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        List<String> names = new ArrayList<>(sorted.size());
        List<byte[]> bytes = new ArrayList<>(sorted.size());
        long total = 0;
        for (Path p : sorted) {
          byte[] b = Files.readAllBytes(p);
          names.add(p.getFileName().toString());
          bytes.add(b);
          total += b.length;
        }
        if (names.isEmpty()) {
          throw new IllegalArgumentException("no *.json in " + dir);
        }
        Path parent = dir.getFileName().toString().equals("json") ? dir.getParent() : dir;
        return new Corpus(parent.getFileName().toString(), names, bytes, total);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read corpus " + dir + ": " + e.getMessage(), e);
      }
    }

    int size() {
      return names.size();
    }
  }

  /** Runs {@code task} for indices 0..n-1 on the pool, plans handed out one at a time; returns wall ms. */
  private double parallel(int n, IntToLongFunction task) {
    AtomicInteger next = new AtomicInteger();
    AtomicLong cpuNanos = new AtomicLong();
    long t0 = System.nanoTime();
    List<Future<Long>> futures = new ArrayList<>(threads);
    for (int w = 0; w < threads; w++) {
      futures.add(pool.submit(() -> {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long acc = 0;
        for (int i; (i = next.getAndIncrement()) < n; ) {
          acc += task.applyAsLong(i);
        }
        cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
        return acc;
      }));
    }
    long acc = 0;
    try {
      for (Future<Long> f : futures) {
        acc += f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("stage failed: " + e.getCause(), e.getCause());
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    lastCpuMs = cpuNanos.get() / 1e6;
    sink += acc;
    return ms;
  }

  private double floor(Corpus c) {
    return parallel(c.size(), i -> JSON.readTree(c.bytes().get(i)).size());
  }

  private double read(Corpus c) {
    return parallel(c.size(), i -> reader.read(c.bytes().get(i), c.names().get(i)).policies().size());
  }

  private double validate(List<DxPlan> plans) {
    Function<DxPlan, Object> v = validator.orElseThrow();
    return parallel(plans.size(), i -> System.identityHashCode(v.apply(plans.get(i))));
  }

  private double check(Corpus c) {
    Function<DxPlan, Object> v = validator.orElseThrow();
    Function<DxPlan, Object> m = mapper.orElseThrow();
    return parallel(c.size(), i -> {
      DxPlan plan = reader.read(c.bytes().get(i), c.names().get(i));
      return System.identityHashCode(v.apply(plan)) + System.identityHashCode(m.apply(plan));
    });
  }

  private boolean canCheck() {
    return validator.isPresent() && mapper.isPresent();
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** Stage name → median ms over the measured rounds (stages interleaved in each round). */
  private Map<String, Double> measure(Corpus c, boolean all, int warmup, int rounds) {
    List<DxPlan> plans = null;
    if (all && validator.isPresent()) {
      plans = new ArrayList<>(c.size());
      for (int i = 0; i < c.size(); i++) {
        plans.add(reader.read(c.bytes().get(i), c.names().get(i)));
      }
    }
    Map<String, double[]> times = new LinkedHashMap<>();
    List<String> stages = new ArrayList<>(List.of("parseFloor", "read"));
    if (all && validator.isPresent()) {
      stages.add("validate");
    }
    if (canCheck()) {
      stages.add("check");
    }
    for (String s : stages) {
      times.put(s, new double[rounds]);
    }
    for (String s : stages) {
      times.put(s + "Cpu", new double[rounds]);
    }
    for (int round = -warmup; round < rounds; round++) {
      for (String s : stages) {
        gc();
        double ms = switch (s) {
          case "parseFloor" -> floor(c);
          case "read" -> read(c);
          case "validate" -> validate(plans);
          case "check" -> check(c);
          default -> throw new IllegalStateException(s);
        };
        if (round >= 0) {
          times.get(s)[round] = ms;
          times.get(s + "Cpu")[round] = lastCpuMs;
        }
      }
      System.err.printf(Locale.ROOT, "  %s round %s%n", c.label(), round < 0 ? "warm-up" : round + 1 + "/" + rounds);
    }
    Reference.reachabilityFence(plans);
    Map<String, Double> out = new LinkedHashMap<>();
    times.forEach((s, xs) -> out.put(s, median(xs)));
    return out;
  }

  /** The corpus's bytes without the whitespace outside strings (what the pretty-printing adds). */
  static long compactBytes(Corpus c) {
    long total = 0;
    for (byte[] b : c.bytes()) {
      boolean inString = false;
      for (int i = 0; i < b.length; i++) {
        byte x = b[i];
        if (inString) {
          total++;
          if (x == '\\') {
            i++;
            total++;
          } else if (x == '"') {
            inString = false;
          }
        } else if (x != ' ' && x != '\n' && x != '\r' && x != '\t') {
          total++;
          inString = x == '"';
        }
      }
    }
    return total;
  }

  /** Retained heap of all plans of the corpus, read into a list, per JSON byte. */
  private double heapBytesPerJsonByte(Corpus c) {
    gc();
    long before = MEMORY.getHeapMemoryUsage().getUsed();
    List<DxPlan> plans = new ArrayList<>(c.size());
    for (int i = 0; i < c.size(); i++) {
      plans.add(reader.read(c.bytes().get(i), c.names().get(i)));
    }
    gc();
    long after = MEMORY.getHeapMemoryUsage().getUsed();
    Reference.reachabilityFence(plans);
    return (double) (after - before) / c.totalBytes();
  }

  /** Median wall time of a fresh process, after two unmeasured runs (to warm the page cache). */
  private Double processMs(String what, List<String> command, int runs) {
    double[] ms = new double[runs];
    for (int r = -2; r < runs; r++) {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      long t0 = System.nanoTime();
      try {
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        int code = p.waitFor();
        double elapsed = (System.nanoTime() - t0) / 1e6;
        if (code != 0 && code != 1) {
          String text = new String(out, java.nio.charset.StandardCharsets.UTF_8);
          notes.add(what + ": exit code " + code + " from " + String.join(" ", command) + ": "
              + text.substring(0, Math.min(300, text.length())).strip());
          return null;
        }
        if (r >= 0) {
          ms[r] = elapsed;
        }
      } catch (IOException e) {
        notes.add(what + ": cannot start " + String.join(" ", command) + ": " + e.getMessage());
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return median(ms);
  }

  /**
   * Runs the measurement; see the class comment for the options.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    new EndToEnd().run(args);
  }

  private void run(String[] args) {
    Path corpusDir = null;
    List<Path> linearity = new ArrayList<>();
    int warmup = 3;
    int rounds = 5;
    int coldRuns = 10;
    List<String> cold = null;
    List<String> floorCommand = null;
    List<String> catalogCommand = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpusDir = Path.of(args[++i]);
        case "--linearity" -> linearity.add(Path.of(args[++i]));
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--cold-runs" -> coldRuns = Integer.parseInt(args[++i]);
        case "--cold-command" -> cold = List.of(args[++i].trim().split("\\s+"));
        case "--catalog-command" -> catalogCommand = List.of(args[++i].trim().split("\\s+"));
        case "--floor-command" -> floorCommand = List.of(args[++i].trim().split("\\s+"));
        case "--note" -> notes.add(args[++i]);
        default -> throw new IllegalArgumentException("unknown option: " + args[i]);
      }
    }
    if (corpusDir == null) {
      throw new IllegalArgumentException("--corpus DIR is required");
    }
    if (validator.isEmpty()) {
      notes.add("validateMs, checkMs: " + Stages.missing(Stages.VALIDATOR, "validate"));
    }
    if (mapper.isEmpty()) {
      notes.add("checkMs: " + Stages.missing(Stages.MAPPER, "map"));
    }

    Corpus corpus = Corpus.load(corpusDir);
    System.err.printf(Locale.ROOT, "corpus %s: %d plans, %.1f MB JSON; %d threads%n",
        corpus.label(), corpus.size(), corpus.totalBytes() / 1e6, threads);
    double heap = heapBytesPerJsonByte(corpus);
    long compact = compactBytes(corpus);
    Map<String, Double> main = measure(corpus, true, warmup, rounds);

    // Growth: the same stages over other corpora (fewer plans, longer texts).
    String growthStage = canCheck() ? "check" : "read";
    if (!canCheck()) {
      notes.add("linearity: measured on read (check is not available)");
    }
    Map<String, Object> growth = new LinkedHashMap<>();
    growth.put("stage", growthStage);
    growth.put(corpus.label(), growthRow(corpus, main, growthStage));
    for (Path dir : linearity) {
      Corpus c = Corpus.load(dir);
      System.err.printf(Locale.ROOT, "corpus %s: %d plans, %.1f MB JSON%n", c.label(), c.size(), c.totalBytes() / 1e6);
      growth.put(c.label(), growthRow(c, measure(c, false, Math.max(2, warmup - 1), rounds), growthStage));
    }

    Double jvmFloor = floorCommand == null ? null : processMs("jvmFloorMs", floorCommand, coldRuns);
    if (floorCommand == null) {
      notes.add("jvmFloorMs: no --floor-command given");
    }
    Double coldCheck = cold == null ? null : processMs("coldCheckMs", cold, coldRuns);
    if (cold == null && notes.stream().noneMatch(n -> n.startsWith("coldCheckMs"))) {
      notes.add("coldCheckMs: no --cold-command given");
    }

    Double coldCatalog = catalogCommand == null ? null : processMs("coldCatalogListMs", catalogCommand, coldRuns);

    Double floorMs = main.get("parseFloor");
    Double checkMs = main.get("check");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("plans", corpus.size());
    json.put("jsonBytes", corpus.totalBytes());
    json.put("threads", threads);
    json.put("parseFloorMs", round(floorMs, 1));
    json.put("readMs", round(main.get("read"), 1));
    json.put("validateMs", round(main.get("validate"), 1));
    json.put("checkMs", round(checkMs, 1));
    json.put("readToFloor", ratio(main.get("read"), floorMs));
    json.put("validateToFloor", ratio(main.get("validate"), floorMs));
    json.put("checkToFloor", ratio(checkMs, floorMs));
    json.put("heapBytesPerJsonByte", round(heap, 2));
    json.put("jsonCompactBytes", compact);
    json.put("heapBytesPerCompactJsonByte", round(heap * corpus.totalBytes() / compact, 2));
    Map<String, Object> cpu = new LinkedHashMap<>();
    for (String st : List.of("parseFloor", "read", "validate", "check")) {
      cpu.put(st + "Ms", round(main.get(st + "Cpu"), 1));
    }
    for (String st : List.of("read", "validate", "check")) {
      cpu.put(st + "ToFloor", ratio(main.get(st + "Cpu"), main.get("parseFloorCpu")));
    }
    json.put("cpu", cpu);
    json.put("coldCheckMs", round(coldCheck, 1));
    json.put("jvmFloorMs", round(jvmFloor, 1));
    json.put("coldToFloor", ratio(coldCheck, jvmFloor));
    json.put("coldCatalogListMs", round(coldCatalog, 1));
    json.put("coldCatalogListToFloor", ratio(coldCatalog, jvmFloor));
    json.put("linearity", growth);
    Map<String, Object> targets = new LinkedHashMap<>();
    targets.put("checkToFloor", 3);
    targets.put("checkMs", 3000);
    targets.put("heapBytesPerJsonByte", 2);
    targets.put("coldToFloor", 5);
    json.put("targets", targets);
    json.put("notes", notes);

    printTable(corpus, main, heap, coldCheck, jvmFloor, growth);
    System.out.printf(Locale.ROOT, "%-12s %10s %10s %9s %8s%n", "heap/compact", "", "",
        fmt(heap * corpus.totalBytes() / compact, 2) + " B/B", "(" + fmt(compact / 1e6, 1) + " MB compact)");
    if (coldCatalog != null) {
      System.out.printf(Locale.ROOT, "%-12s %10s %10s %9s %8s%n", "cold catalog", fmt(coldCatalog, 1), "",
          fmt(ratio(coldCatalog, jvmFloor), 2), "(info)");
    }
    System.out.println(toJson(json));
    System.out.flush();
    pool.shutdownNow();
    try {
      pool.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<String, Object> growthRow(Corpus c, Map<String, Double> ms, String stage) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("plans", c.size());
    row.put("jsonBytes", c.totalBytes());
    row.put("parseFloorMs", round(ms.get("parseFloor"), 1));
    row.put(stage + "Ms", round(ms.get(stage), 1));
    row.put("msPerPlan", round(ms.get(stage) / c.size(), 4));
    row.put("msPerMB", round(ms.get(stage) / (c.totalBytes() / 1e6), 2));
    row.put("toFloor", ratio(ms.get(stage), ms.get("parseFloor")));
    row.put("cpuMsPerPlan", round(ms.get(stage + "Cpu") / c.size(), 4));
    row.put("cpuToFloor", ratio(ms.get(stage + "Cpu"), ms.get("parseFloorCpu")));
    return row;
  }

  private void printTable(Corpus c, Map<String, Double> main, double heap, Double cold, Double jvm,
      Map<String, Object> growth) {
    double mb = c.totalBytes() / 1e6;
    System.out.printf(Locale.ROOT, "%ndxplan end-to-end: %d plans, %.1f MB JSON, %d threads (medians)%n",
        c.size(), mb, threads);
    System.out.printf(Locale.ROOT, "%-12s %10s %10s %9s %8s %10s %9s%n", "stage", "ms", "MB/s", "x floor", "target",
        "cpu ms", "cpu x fl");
    Double floor = main.get("parseFloor");
    Double floorCpu = main.get("parseFloorCpu");
    for (String s : List.of("parseFloor", "read", "validate", "check")) {
      Double ms = main.get(s);
      String target = s.equals("check") ? "<= 3" : "";
      System.out.printf(Locale.ROOT, "%-12s %10s %10s %9s %8s %10s %9s%n", s, fmt(ms, 1),
          ms == null ? "-" : fmt(mb / (ms / 1000), 1), fmt(ratio(ms, floor), 2), target,
          fmt(main.get(s + "Cpu"), 1), fmt(ratio(main.get(s + "Cpu"), floorCpu), 2));
    }
    System.out.printf(Locale.ROOT, "%-12s %10s %10s %9s %8s%n", "heap", "", "", fmt(heap, 2) + " B/B", "<= 2");
    System.out.printf(Locale.ROOT, "%-12s %10s %10s %9s %8s%n", "jvm floor", fmt(jvm, 1), "", "", "");
    System.out.printf(Locale.ROOT, "%-12s %10s %10s %9s %8s%n", "cold check", fmt(cold, 1), "", fmt(ratio(cold, jvm), 2), "<= 5");
    System.out.printf(Locale.ROOT, "growth (%s):%n", growth.get("stage"));
    growth.forEach((k, v) -> {
      if (v instanceof Map<?, ?> row) {
        System.out.printf(Locale.ROOT, "  %-12s %5s plans %8.1f MB  %8s ms/plan  %8s ms/MB  %6s x floor  (cpu %s ms/plan, %s x)%n", k,
            row.get("plans"), ((Long) row.get("jsonBytes")) / 1e6, fmt((Double) row.get("msPerPlan"), 3),
            fmt((Double) row.get("msPerMB"), 2), fmt((Double) row.get("toFloor"), 2),
            fmt((Double) row.get("cpuMsPerPlan"), 3), fmt((Double) row.get("cpuToFloor"), 2));
      }
    });
    for (String n : notes) {
      System.out.println("note: " + n);
    }
  }

  private static String fmt(Double x, int digits) {
    return x == null ? "-" : String.format(Locale.ROOT, "%." + digits + "f", x);
  }

  private static Double ratio(Double a, Double b) {
    return a == null || b == null || b == 0 ? null : round(a / b, 2);
  }

  private static Double round(Double x, int digits) {
    if (x == null) {
      return null;
    }
    double f = Math.pow(10, digits);
    return Math.round(x * f) / f;
  }

  /** A small JSON writer for maps, lists, strings, numbers and null. */
  static String toJson(Object o) {
    if (o == null) {
      return "null";
    }
    if (o instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      m.forEach((k, v) -> {
        if (sb.length() > 1) {
          sb.append(',');
        }
        sb.append(toJson(String.valueOf(k))).append(':').append(toJson(v));
      });
      return sb.append('}').toString();
    }
    if (o instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[");
      for (Object v : l) {
        if (sb.length() > 1) {
          sb.append(',');
        }
        sb.append(toJson(v));
      }
      return sb.append(']').toString();
    }
    if (o instanceof Number n) {
      return n instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : n.toString();
    }
    String s = o.toString();
    StringBuilder sb = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (ch < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
