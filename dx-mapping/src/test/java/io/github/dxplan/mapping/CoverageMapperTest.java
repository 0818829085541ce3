package io.github.dxplan.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.catalog.VersionBasis;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageMapperTest {
  static final CoverageMapper MAPPER = CoverageMapper.create();

  static DxPlan plan(String title, Measure... measures) {
    return DxPlan.of(title, List.of(BasicPolicy.of("基本方針", List.of(measures))));
  }

  static Initiative initiative(String title, RoadmapEntry... roadmap) {
    return new Initiative(null, null, title, null, null, null, null, null, List.of(roadmap), null, null, null);
  }

  @Nested
  class Claims {
    @Test
    void itako_underTwoPointZeroCoversExactlyItsClaims() {
      DxPlan plan = Plans.seed("itako-2023");
      Set<String> claimed = new LinkedHashSet<>();
      plan.policies().forEach(p -> {
        claimed.addAll(p.nationalItems());
        p.measures().forEach(m -> {
          claimed.addAll(m.nationalItems());
          m.initiatives().forEach(i -> claimed.addAll(i.nationalItems()));
        });
      });
      CoverageReport r = MAPPER.map(plan);
      assertThat(r.version()).isEqualTo("2.0");
      assertThat(r.versionBasis()).isEqualTo(VersionBasis.PLAN);
      assertThat(r.codes(CoverageStatus.COVERED)).containsExactlyInAnyOrderElementsOf(claimed);
      assertThat(r.item("STANDARDIZATION").orElseThrow().claimedBy()).containsExactly("/policies/1/measures/0");
      assertThat(r.unresolvedClaims()).isEmpty();
    }

    @Test
    void map_carriesAnAbsorbedClaimIntoTheAbsorbingItem() {
      Measure m = new Measure(null, null, "手続の改善", null, null, null, null, List.of("ONLINE_PROCEDURES"),
          null, null, null, null, null);
      CoverageReport r = MAPPER.map(plan("計画", m), "2.3");
      assertThat(r.item("FRONTYARD").orElseThrow().status()).isEqualTo(CoverageStatus.COVERED);
    }

    @Test
    void map_reportsClaimsTheVersionDoesNotKnow() {
      Measure m = new Measure(null, null, "窓口", null, null, null, null, List.of("FRONTYARD", "NOT_A_CODE"),
          null, null, null, null, null);
      CoverageReport r = MAPPER.map(plan("計画", m), "2.0");
      assertThat(r.unresolvedClaims()).extracting(UnresolvedClaim::code).containsExactly("FRONTYARD", "NOT_A_CODE");
    }

    @Test
    void inferOnly_ignoresClaims() {
      CoverageReport r = CoverageMapper.builder().inferOnly(true).build().map(Plans.seed("itako-2023"), "2.0");
      assertThat(r.codes(CoverageStatus.COVERED)).isEmpty();
      assertThat(r.codes(CoverageStatus.INFERRED)).contains("STANDARDIZATION", "SECURITY", "MYNUMBER_CARD");
    }
  }

  @Nested
  class Inference {
    @Test
    void planWithoutClaims_getsInferredLinksWithEvidence() {
      DxPlan p = plan("DX計画", Measure.of("ＡＩ・ＲＰＡの活用", "定型業務をＲＰＡで自動化します。", List.of()));
      CoverageReport r = MAPPER.map(p);
      ItemCoverage ai = r.item("AI_RPA").orElseThrow();
      assertThat(ai.status()).isEqualTo(CoverageStatus.INFERRED);
      ElementLink link = r.element("/policies/0/measures/0").orElseThrow().links().get(0);
      assertThat(link.source()).isEqualTo(LinkSource.INFERRED);
      Evidence ev = link.evidence().get(0);
      assertThat(ev.field()).isEqualTo("/policies/0/measures/0/title");
      assertThat(ev.text()).isIn("ＡＩ", "ＲＰＡ");
      assertThat("ＡＩ・ＲＰＡの活用".substring(ev.offset(), ev.offset() + ev.length())).isEqualTo(ev.text());
    }

    @Test
    void latinAcronym_doesNotMatchInsideAWord() {
      CoverageReport r = MAPPER.map(plan("計画", Measure.of("EMAIL配信とMAILの整理", "DETAILの確認", List.of())));
      assertThat(r.item("AI_RPA").orElseThrow().status()).isEqualTo(CoverageStatus.MISSING);
      CoverageReport s = MAPPER.map(plan("計画", Measure.of("AI-OCRの導入", null, List.of())));
      assertThat(s.item("AI_RPA").orElseThrow().status()).isEqualTo(CoverageStatus.INFERRED);
    }

    @Test
    void variantSpellings_areFolded() {
      assertThat(statusOf("デジタルデバインド対策の実施", "DIGITAL_DIVIDE")).isEqualTo(CoverageStatus.INFERRED);
      assertThat(statusOf("デジタルデバイス対策", "DIGITAL_DIVIDE")).isEqualTo(CoverageStatus.INFERRED);
      assertThat(statusOf("行政手続きのオンライン化", "ONLINE_PROCEDURES")).isEqualTo(CoverageStatus.INFERRED);
      assertThat(statusOf("ｅＬＴＡＸによる公金収納", "ELTAX_PUBLIC_FUNDS", "2.3")).isEqualTo(CoverageStatus.INFERRED);
      assertThat(statusOf("自治体の情報システムの標準化・共通化", "STANDARDIZATION")).isEqualTo(CoverageStatus.INFERRED);
    }

    @Test
    void weakTerm_aloneDoesNotLink() {
      assertThat(statusOf("窓口の案内", "ONLINE_PROCEDURES")).isEqualTo(CoverageStatus.MISSING);
    }

    @Test
    void negativeTerm_cancelsOverlappingMatch() {
      assertThat(statusOf("オンライン会議の活用", "ONLINE_PROCEDURES")).isEqualTo(CoverageStatus.MISSING);
      assertThat(statusOf("オンライン会議の活用", "TELEWORK")).isEqualTo(CoverageStatus.INFERRED);
    }

    @Test
    void domainTerms_linkTheCommunityItemOnlyWhenNothingMoreSpecificIs() {
      assertThat(statusOf("観光情報アプリの提供", "DIGITAL_COMMUNITY")).isEqualTo(CoverageStatus.INFERRED);
      assertThat(statusOf("子育て関係手続のオンライン化", "DIGITAL_COMMUNITY")).isEqualTo(CoverageStatus.MISSING);
    }

    @Test
    void userTerms_areAdded(@TempDir Path dir) throws Exception {
      Path f = dir.resolve("my-terms.yaml");
      Files.writeString(f, "termsFormat: 1\nitems:\n  AI_RPA:\n    strong: [議事録自動作成]\n");
      CoverageMapper m = CoverageMapper.builder().addTerms(f).build();
      CoverageReport r = m.map(plan("計画", Measure.of("議事録自動作成ツール", null, List.of())), "2.0");
      assertThat(r.item("AI_RPA").orElseThrow().status()).isEqualTo(CoverageStatus.INFERRED);
    }

    @Test
    void badUserTerms_areRejectedWithTheFileName(@TempDir Path dir) throws Exception {
      Path f = dir.resolve("bad.yaml");
      Files.writeString(f, "termsFormat: 1\nitems:\n  AI_RPA:\n    strongg: [x]\n");
      assertThatThrownBy(() -> CoverageMapper.builder().addTerms(f)).isInstanceOf(TermsFormatException.class)
          .hasMessageContaining("bad.yaml").hasMessageContaining("strongg");
    }

    CoverageStatus statusOf(String title, String code) {
      return statusOf(title, code, "2.0");
    }

    CoverageStatus statusOf(String title, String code, String version) {
      return MAPPER.map(plan("計画", Measure.of(title, null, List.of())), version).item(code).orElseThrow().status();
    }
  }

  @Nested
  class Versions {
    @Test
    void defaultVersion_isTheOneInForceAtAdoption() {
      DxPlan p = new DxPlan(1, null, "計画", null, PlanDate.of(2024, 3), null, null, null, null, null,
          List.of(BasicPolicy.of("方針", List.of())), null, null);
      CoverageReport r = MAPPER.map(p);
      assertThat(r.versionBasis()).isEqualTo(VersionBasis.ADOPTION);
      assertThat(r.version()).isEqualTo("2.3");
    }

    @Test
    void defaultVersion_isLatestWithoutVersionOrDate() {
      CoverageReport r = MAPPER.map(plan("計画"));
      assertThat(r.versionBasis()).isEqualTo(VersionBasis.LATEST);
      assertThat(r.version()).isEqualTo(MAPPER.catalogs().latest().version());
    }

    @Test
    void revisionImpact_itakoFromTwoPointZeroToTwoPointThree() {
      RevisionImpact ri = MAPPER.revisionImpact(Plans.seed("itako-2023"), "2.0", "2.3");
      assertThat(ri.added()).extracting(ItemCoverage::code).contains("FRONTYARD", "ELTAX_PUBLIC_FUNDS");
      assertThat(ri.carried()).singleElement().satisfies(c -> {
        assertThat(c.code()).isEqualTo("ONLINE_PROCEDURES");
        assertThat(c.into()).isEqualTo("FRONTYARD");
        assertThat(c.elements()).containsExactly("/policies/0/measures/0");
      });
      assertThat(ri.after().item("FRONTYARD").orElseThrow().status()).isEqualTo(CoverageStatus.COVERED);
      assertThat(ri.renamed()).extracting(c -> c.code()).contains("MYNUMBER_CARD");
      assertThat(ri.deadlineChanges()).extracting(c -> c.code()).contains("ELTAX_PUBLIC_FUNDS");
    }
  }

  @Nested
  class Deadlines {
    DeadlineStatus standardization(RoadmapEntry... roadmap) {
      Measure m = Measure.of("情報システムの標準化・共通化", null,
          List.of(initiative("基幹系業務システムのガバメントクラウドへの移行", roadmap)));
      return MAPPER.map(plan("計画", m), "2.0").item("STANDARDIZATION").orElseThrow().deadlines().get(0).status();
    }

    @Test
    void implementedBeforeTheDueYear_isOnTime() {
      assertThat(standardization(new RoadmapEntry("移行", RoadmapKind.IMPLEMENT, FiscalYear.of(2024), FiscalYear.of(2025), null)))
          .isEqualTo(DeadlineStatus.ON_TIME);
    }

    @Test
    void implementedAfterTheDueYear_isLate() {
      assertThat(standardization(new RoadmapEntry("移行", RoadmapKind.IMPLEMENT, FiscalYear.of(2025), FiscalYear.of(2026), null)))
          .isEqualTo(DeadlineStatus.LATE);
    }

    @Test
    void utsunomiya2023Standardization_followsTheCitysOwnStandardizationKpiNotTheAiRpaOne() {
      // 重点取組事項⑤ holds two KPIs: AI/RPA活用業務数 (R9) and 標準化共通化対応システム数 (R7).
      DeadlineCheck c = MAPPER.map(Plans.seed("utsunomiya-2023")).item("STANDARDIZATION").orElseThrow().deadlines().get(0);
      assertThat(c.status()).isEqualTo(DeadlineStatus.ON_TIME);
      assertThat(c.planned()).isEqualTo(FiscalYear.of(2025).toString());
    }

    @Test
    void policyKpiAboutAnotherItem_doesNotDateTheItem() {
      Measure m = Measure.of("情報システムの標準化・共通化", null, List.of(initiative("基幹系業務システムのガバメントクラウドへの移行")));
      io.github.dxplan.model.Kpi ai = new io.github.dxplan.model.Kpi(null, "AI/RPA活用業務数", "業務", null, null,
          new io.github.dxplan.model.Target(java.math.BigDecimal.TEN, FiscalYear.of(2027), null, null), List.of(), null);
      DxPlan plan = DxPlan.of("計画", List.of(new BasicPolicy(null, null, "業務のデジタル変革", null, null, List.of(m), List.of(ai), null, null)));
      assertThat(MAPPER.map(plan, "2.0").item("STANDARDIZATION").orElseThrow().deadlines().get(0).status())
          .isEqualTo(DeadlineStatus.NO_ROADMAP);
    }

    @Test
    void withoutRoadmap_isNoRoadmap() {
      assertThat(standardization()).isEqualTo(DeadlineStatus.NO_ROADMAP);
    }

    @Test
    void withoutLinkedElement_isNotLinked() {
      CoverageReport r = MAPPER.map(plan("計画", Measure.of("広報の充実", null, List.of())), "2.3");
      assertThat(r.item("ELTAX_PUBLIC_FUNDS").orElseThrow().deadlines()).extracting(DeadlineCheck::status)
          .containsOnly(DeadlineStatus.NOT_LINKED);
    }

    @Test
    void startBy_eltaxStartingInFiscal2026_isOnTime() {
      Measure m = Measure.of("公金収納へのeLTAXの活用", null, List.of(initiative("eLTAXによる公金収納の開始",
          new RoadmapEntry("開始", RoadmapKind.OPERATE, FiscalYear.of(2026), FiscalYear.of(2027), null))));
      CoverageReport r = MAPPER.map(plan("計画", m), "2.3");
      assertThat(r.item("ELTAX_PUBLIC_FUNDS").orElseThrow().deadlines().get(0).status()).isEqualTo(DeadlineStatus.ON_TIME);
    }
  }

  @Test
  void ownPriorities_areElementsWithoutLinks() {
    CoverageReport r = MAPPER.map(plan("計画", Measure.of("庁舎の維持管理", null, List.of())), "2.0");
    assertThat(r.ownPriorities()).extracting(ElementCoverage::path).contains("/policies/0/measures/0");
  }
}
