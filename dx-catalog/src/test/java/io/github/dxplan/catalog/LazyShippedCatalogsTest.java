package io.github.dxplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.catalog.internal.ShippedCatalogs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link NationalCatalogs#shipped()} reads a version's items only when asked, with the same results. */
class LazyShippedCatalogsTest {

  private static final NationalCatalogs EAGER = NationalCatalogs.readShipped(false);

  @Test
  void theBuildWritesTheDatesFile() {
    ShippedCatalogs.Index index = ShippedCatalogs.index();
    assertThat(index).isNotNull();
    assertThat(index.names()).isEqualTo(EAGER.versionNames());
    for (int i = 0; i < index.names().size(); i++) {
      assertThat(index.published().get(i)).isEqualTo(EAGER.versions().get(i).publishedOn());
    }
  }

  @Test
  void namesAndIndexReadNoVersion() {
    NationalCatalogs lazy = NationalCatalogs.readShipped(true);
    assertThat(lazy.versionNames()).containsExactly("1.0", "2.0", "2.3", "3.0");
    assertThat(lazy.toString()).isEqualTo(EAGER.toString());
    assertThat(lazy.find("9.9")).isEmpty();
    assertThatThrownBy(() -> lazy.get("9.9"))
        .isInstanceOf(UnknownCatalogVersionException.class)
        .hasMessage(catchMessage(() -> EAGER.get("9.9")));
    for (String v : lazy.versionNames()) {
      assertThat(lazy.isLoaded(v)).as(v).isFalse();
    }
  }

  @Test
  void getReadsOnlyThatVersion() {
    NationalCatalogs lazy = NationalCatalogs.readShipped(true);
    assertThat(lazy.get("2.3")).isEqualTo(EAGER.get("2.3"));
    assertThat(loaded(lazy)).containsExactly("2.3");
    assertThat(lazy.get("2.3")).isSameAs(lazy.get("2.3"));
  }

  @Test
  void latestReadsOnlyTheLast() {
    NationalCatalogs lazy = NationalCatalogs.readShipped(true);
    assertThat(lazy.latest()).isEqualTo(EAGER.latest());
    assertThat(lazy.find("latest")).contains(EAGER.latest());
    assertThat(loaded(lazy)).containsExactly("3.0");
  }

  @Test
  void inForceOnReadsOnlyTheVersionInForce() {
    NationalCatalogs lazy = NationalCatalogs.readShipped(true);
    assertThat(lazy.inForceOn(LocalDate.of(2024, 3, 1))).isEqualTo(EAGER.inForceOn(LocalDate.of(2024, 3, 1)));
    assertThat(loaded(lazy)).containsExactly("2.3");
    assertThat(lazy.inForceOn(LocalDate.of(2019, 1, 1))).isEmpty();
    assertThat(loaded(lazy)).containsExactly("2.3");
  }

  @Test
  void everyQueryEqualsTheEagerOne() {
    NationalCatalogs lazy = NationalCatalogs.readShipped(true);
    for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2026, 6, 1)); d = d.plusDays(3)) {
      assertThat(lazy.inForceOn(d)).as(d.toString()).isEqualTo(EAGER.inForceOn(d));
      assertThat(lazy.possiblyInForceOn(d)).as(d.toString()).isEqualTo(EAGER.possiblyInForceOn(d));
    }
    for (String v : List.of("1.0", "2.0", "2.3", "3.0", "latest")) {
      assertThat(lazy.get(v)).isEqualTo(EAGER.get(v));
      assertThat(lazy.codes(v)).isEqualTo(EAGER.codes(v));
    }
    assertThat(lazy.versions()).isEqualTo(EAGER.versions());
    assertThat(lazy.versions()).isSameAs(lazy.versions());
    assertThat(lazy.withCatalog(NationalCatalogsTest.catalog("3.1", "2026-01-01")).versionNames())
        .containsExactly("1.0", "2.0", "2.3", "3.0", "3.1");
  }

  @Test
  void concurrentFirstUseReadsOnce() throws Exception {
    NationalCatalogs lazy = NationalCatalogs.readShipped(true);
    Set<NationalCatalog> seen = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread th = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        seen.add(lazy.get("2.0"));
      });
      th.start();
      threads.add(th);
    }
    go.countDown();
    for (Thread th : threads) {
      th.join();
    }
    assertThat(seen).hasSize(1);
    // identity: every thread got the same instance
    NationalCatalog one = seen.iterator().next();
    assertThat(lazy.get("2.0")).isSameAs(one);
  }

  private static List<String> loaded(NationalCatalogs c) {
    return c.versionNames().stream().filter(c::isLoaded).toList();
  }

  private static String catchMessage(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e.getMessage();
    }
    throw new AssertionError("no exception");
  }
}
