package io.github.dxplan.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes a JFR recording's execution samples: the methods where samples land (self) and the
 * methods that are on the stack (total), as percentages of all samples.
 *
 * <pre>{@code
 * java -cp dx-benchmarks/target/benchmarks.jar io.github.dxplan.benchmarks.JfrTop rec.jfr [top]
 * }</pre>
 */
public final class JfrTop {
  private JfrTop() {}

  /**
   * Prints the summary.
   *
   * @param args the recording, and optionally how many rows to print (default 25)
   * @throws IOException if the recording cannot be read
   */
  public static void main(String[] args) throws IOException {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    Map<String, Integer> owner = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      samples++;
      self.merge(name(frames.get(0)), 1, Integer::sum);
      String nearest = "(outside dxplan)";
      for (RecordedFrame f : frames) {
        String n = name(f);
        if (n.startsWith("io.github.dxplan.") && !n.startsWith("io.github.dxplan.benchmarks.")) {
          nearest = n;
          break;
        }
      }
      owner.merge(nearest + "  <-  " + name(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String n = name(f);
        if (seen.add(n)) {
          total.merge(n, 1, Integer::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d execution samples%n", samples);
    print("self", self, samples, top);
    print("total (on the stack)", total, samples, top);
    print("nearest dxplan method  <-  where the sample landed", owner, samples, top);
  }

  private static String name(RecordedFrame f) {
    RecordedMethod m = f.getMethod();
    return m == null ? "?" : m.getType().getName() + "." + m.getName();
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.printf(Locale.ROOT, "%n%s:%n", title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(en -> System.out.printf(Locale.ROOT, "%6.1f%%  %s%n", 100.0 * en.getValue() / samples, en.getKey()));
  }
}
