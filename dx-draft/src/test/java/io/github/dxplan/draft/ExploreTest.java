package io.github.dxplan.draft;

import org.junit.jupiter.api.Test;

class ExploreTest {
  @Test
  void print() {
    System.out.println(Explore.table());
  }
}
