package io.github.dxplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.validation.internal.RulesDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the code; this test fails when it is out of date. */
class RulesDocTest {
  private static final Path DOC = Path.of("..", "docs", "rules.md");

  @Test
  void rulesDoc_isUpToDate() throws IOException {
    String generated = RulesDocument.render();
    if (Boolean.getBoolean("dx.updateDocs")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    String instructions =
        "docs/rules.md is out of date with the rule catalogue; regenerate it with"
            + " ./mvnw -pl dx-validation -am verify -Ddx.updateDocs=true and commit it";
    assertThat(Files.exists(DOC)).as(instructions).isTrue();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).as(instructions).isEqualTo(generated);
  }
}
