package io.github.dxplan.benchmarks;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.xlsx.PlanWorkbook;
import io.github.dxplan.xlsx.WorkbookLimits;

/**
 * Imports the generated 160-initiative workbook ten times, so the smallest {@code -Xmx} it runs in
 * can be found ({@code java -Xmx24m -cp … io.github.dxplan.benchmarks.XlsxHeap}); prints the
 * workbook's size and the bytes one import allocates.
 */
public final class XlsxHeap {
  private XlsxHeap() {}

  /**
   * Runs the probe.
   *
   * @param args {@code seed} for the largest seed instead
   */
  public static void main(String[] args) {
    DxPlan plan = args.length > 0 && args[0].equals("seed") ? XlsxBenchmarks.largestSeed() : XlsxBenchmarks.generated(160);
    byte[] xlsx = XlsxBenchmarks.write(plan);
    var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long allocated = 0;
    for (int i = 0; i < 10; i++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      DxPlan back = PlanWorkbook.read(xlsx, "plan.xlsx", WorkbookLimits.DEFAULT);
      allocated = threads.getCurrentThreadAllocatedBytes() - before;
      if (!back.equals(plan)) {
        throw new AssertionError("round trip");
      }
    }
    System.out.printf("initiatives %d, workbook %d bytes, one import allocates %.1f MB, max heap %d MB%n",
        plan.allInitiatives().size(), xlsx.length, allocated / 1e6, Runtime.getRuntime().maxMemory() >> 20);
  }
}
