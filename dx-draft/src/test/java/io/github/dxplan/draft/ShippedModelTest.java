package io.github.dxplan.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.draft.internal.Fit;
import io.github.dxplan.draft.internal.Model;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The model in the jar is what fitting on the five seeds gives today (regenerate: -Ddx.draft.writeModel=true). */
class ShippedModelTest {
  private static final Path SHIPPED = Path.of("src/main/resources/io/github/dxplan/draft/model.tsv");

  @Test
  void shippedModel_isTheFitOnTheFiveSeeds() throws Exception {
    String fitted = Fit.fit(Seeds.documents(), Seeds.references()).toTsv();
    if (Boolean.getBoolean("dx.draft.writeModel")) {
      Files.createDirectories(SHIPPED.getParent());
      Files.writeString(SHIPPED, fitted, StandardCharsets.UTF_8);
    }
    assertThat(Model.shipped().toTsv()).isEqualTo(fitted);
  }
}
