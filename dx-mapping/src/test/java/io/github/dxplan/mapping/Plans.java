package io.github.dxplan.mapping;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the seed plans from dx-examples by relative path (dx-examples depends on us, not back). */
final class Plans {
  static final Path DIR = Path.of("..", "dx-examples", "src", "main", "resources", "plans");

  private Plans() {}

  static DxPlan seed(String name) {
    Path p = DIR.resolve(name + ".yaml");
    if (!Files.exists(p)) {
      throw new IllegalStateException("seed plan not found: " + p.toAbsolutePath());
    }
    return PlanReader.yaml().read(p);
  }
}
