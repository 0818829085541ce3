package io.github.dxplan.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.validation.PlanValidator;
import io.github.dxplan.validation.Severity;
import io.github.dxplan.validation.ValidationProfile;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a user relies on in every draft of a seed document. */
class DraftTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void seedDraft_passesTheDraftProfileAndRoundTrips(int seed) {
    Draft d = Drafter.create().draftText(Seeds.bytes(seed), Seeds.SEEDS[seed][0]);
    var reread = PlanReader.yaml().readString(d.toYaml(), "draft.yaml");
    assertThat(reread).isEqualTo(d.plan());
    var report = PlanValidator.builder().profile(ValidationProfile.named("draft")).build().validate(reread);
    assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void everyDraftedElement_hasASourceLineInTheDocument(int seed) {
    String text = new String(Seeds.bytes(seed), java.nio.charset.StandardCharsets.UTF_8);
    int lines = text.split("\n", -1).length;
    Draft d = Drafter.create().draftText(Seeds.bytes(seed), Seeds.SEEDS[seed][0]);
    int elements = d.plan().policies().size() + d.plan().allMeasures().size() + d.plan().allInitiatives().size();
    assertThat(d.sources()).hasSize(elements);
    assertThat(d.sources().values()).allSatisfy(s -> {
      assertThat(s.line()).isBetween(1, lines);
      assertThat(s.confidence()).isBetween(0.0, 1.0);
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void draftedKpiFigures_appearInTheDocument(int seed) {
    String text = java.text.Normalizer.normalize(new String(Seeds.bytes(seed), java.nio.charset.StandardCharsets.UTF_8),
        java.text.Normalizer.Form.NFKC).replace(",", "");
    Draft d = Drafter.create().draftText(Seeds.bytes(seed), Seeds.SEEDS[seed][0]);
    d.plan().allKpis().forEach(k -> {
      if (k.target() != null) {
        assertThat(text).contains(k.target().value().toPlainString());
      }
      if (k.baseline() != null) {
        assertThat(text).contains(k.baseline().value().toPlainString());
      }
    });
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void reviewList_isWrittenInJapaneseAndEnglish(int seed) {
    Draft d = Drafter.create().draftText(Seeds.bytes(seed), Seeds.SEEDS[seed][0]);
    assertThat(d.reviewMarkdown(Locale.JAPANESE)).startsWith("# 確認リスト").contains("| ページ | 行 |");
    assertThat(d.reviewMarkdown(Locale.ENGLISH)).startsWith("# Review list").contains("| page | line |");
    assertThat(d.review()).isSortedAccordingTo(
        java.util.Comparator.comparingInt(ReviewItem::page).thenComparingInt(ReviewItem::line));
  }
}
