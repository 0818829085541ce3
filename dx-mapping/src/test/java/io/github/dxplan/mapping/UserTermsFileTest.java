package io.github.dxplan.mapping;

import io.github.dxplan.model.Measure;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.BasicPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A user's terms file ({@code CoverageMapper.Builder.addTerms}): every problem located, nothing silently kept or dropped. */
class UserTermsFileTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void everyProblem_isReportedAtOnceWithLineColumnAndPointer() throws IOException {
    Path f = write("terms.yaml", """
        termsFormat: 1
        items:
          AI_RPA:
            strongg: [x]
            weak: [ "a^2" ]
          ai_rpa:
            strong: [y]
        """);
    assertThatThrownBy(() -> CoverageMapper.builder().addTerms(f))
        .isInstanceOf(TermsFormatException.class)
        .hasMessageContaining("terms file " + f + " has 3 problems")
        .hasMessageContaining(f + ":4:5 /items/AI_RPA/strongg: AI_RPA: unknown key strongg")
        .hasMessageContaining(f + ":5:13 /items/AI_RPA/weak/0: AI_RPA: weight out of range in a^2")
        .hasMessageContaining(f + ":6:3 /items/ai_rpa: not an item code: ai_rpa");
  }

  @Test
  void rulesInAUsersFile_areRefused_theVersionsFileSetsThem() throws IOException {
    Path f = write("terms.yaml", "termsFormat: 1\nrules:\n  threshold: 0.2\nitems:\n  AI_RPA:\n    strong: [議事録]\n");
    assertThatThrownBy(() -> CoverageMapper.builder().addTerms(f))
        .isInstanceOf(TermsFormatException.class)
        .hasMessageContaining(":2:1")
        .hasMessageContaining("rules are set by the shipped terms file");
  }

  @Test
  void usersTermWithoutWeight_takesTheVersionsTierWeight() throws IOException {
    Path f = write("terms.yaml", "termsFormat: 1\nitems:\n  AI_RPA:\n    strong: [議事録要約ツール]\n");
    DxPlan plan = DxPlan.of("t", List.of(BasicPolicy.of("方針", List.of(Measure.of("議事録要約ツールの導入", null, List.of())))));
    CoverageReport r = CoverageMapper.builder().addTerms(f).inferOnly(true).build().map(plan, "2.3");
    assertThat(r.element("/policies/0/measures/0").orElseThrow().links()).singleElement()
        .satisfies(l -> assertThat(l.score()).isEqualTo(0.9));
  }

  @Test
  void repeatedItemCode_isAProblemNotASilentMerge() throws IOException {
    Path f = write("terms.yaml", "termsFormat: 1\nitems:\n  AI_RPA:\n    strong: [x]\n  AI_RPA:\n    strong: [y]\n");
    assertThatThrownBy(() -> CoverageMapper.builder().addTerms(f))
        .isInstanceOf(TermsFormatException.class)
        .hasMessageContaining(":5:3")
        .hasMessageContaining("AI_RPA");
  }

  @Test
  void yamlAlias_isRefusedAtItsPlace() throws IOException {
    Path f = write("terms.yaml", "termsFormat: 1\nitems:\n  AI_RPA:\n    strong: [&t 議事録]\n    weak: [*t]\n");
    assertThatThrownBy(() -> CoverageMapper.builder().addTerms(f))
        .isInstanceOf(TermsFormatException.class)
        .hasMessageContaining(":5:")
        .hasMessageContaining("alias");
  }

  @Test
  void unknownTopLevelKeyAndMissingFormat_areNamed() throws IOException {
    Path f = write("terms.yaml", "item:\n  AI_RPA:\n    strong: [x]\n");
    assertThatThrownBy(() -> CoverageMapper.builder().addTerms(f))
        .isInstanceOf(TermsFormatException.class)
        .hasMessageContaining("unknown key item")
        .hasMessageContaining("termsFormat is missing");
  }

  @Test
  void missingFile_saysSo() {
    Path f = dir.resolve("none.yaml");
    assertThatThrownBy(() -> CoverageMapper.builder().addTerms(f))
        .isInstanceOf(TermsFormatException.class)
        .hasMessage("cannot read terms file " + f + ": no such file");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void namedPipe_isRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("terms.yaml");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
    assertThatThrownBy(() -> CoverageMapper.builder().addTerms(fifo))
        .isInstanceOf(TermsFormatException.class)
        .hasMessageContaining("named pipe");
  }

  @Test
  void extensionKeysAndAnEmptyItemList_areAccepted() throws IOException {
    Path f = write("terms.yaml", "termsFormat: 1\nx-note: 栃木県の用語\nitems:\n");
    assertThat(CoverageMapper.builder().addTerms(f).build()).isNotNull();
  }
}
