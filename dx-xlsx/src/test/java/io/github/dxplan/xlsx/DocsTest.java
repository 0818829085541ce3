package io.github.dxplan.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/workbook.md lists every class of import error. */
class DocsTest {
  @Test
  void workbookDoc_namesEveryProblemKind() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "workbook.md"));
    for (ProblemKind k : ProblemKind.values()) {
      assertThat(doc).as(k.name()).contains("`" + k.name() + "`");
    }
  }
}
