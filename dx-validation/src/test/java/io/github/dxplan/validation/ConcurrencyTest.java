package io.github.dxplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.testing.PlanGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  @Test
  void oneValidator_servesManyThreads_withIdenticalReports() throws Exception {
    PlanValidator validator = PlanValidator.create();
    Random random = new Random(42);
    List<DxPlan> plans = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      plans.add(PlanGenerator.plan(random));
    }
    List<ValidationReport> expected = plans.stream().map(validator::validate).toList();
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Void>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = t;
        Callable<Void> task =
            () -> {
              List<Integer> order = new ArrayList<>();
              for (int i = 0; i < plans.size(); i++) {
                order.add(i);
              }
              Collections.shuffle(order, new Random(seed));
              start.await();
              for (int i : order) {
                ValidationReport report = validator.validate(plans.get(i));
                assertThat(report).isEqualTo(expected.get(i));
                for (Finding f : report.findings()) {
                  f.message(seed % 2 == 0 ? java.util.Locale.JAPANESE : java.util.Locale.ENGLISH);
                }
              }
              return null;
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Void> f : results) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
