package io.github.dxplan.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.draft.internal.Kpis;
import io.github.dxplan.draft.internal.Line;
import io.github.dxplan.draft.internal.Marker;
import io.github.dxplan.draft.internal.Node;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpisTest {
  private static final Line L = new Line(1, 1, "", List.of(List.of("")), 0);

  @Test
  void labelledFigures_areReadWithTheirYears() {
    Node.KpiDraft k = Kpis.read("・オンライン申請利用率 現状（R4年度）：15.9% 目標（R10年度）：50.0%", L);
    assertThat(k.name()).isEqualTo("オンライン申請利用率");
    assertThat(k.baseline().value()).isEqualByComparingTo(new BigDecimal("15.9"));
    assertThat(k.baseline().fiscalYear()).isEqualTo(2022);
    assertThat(k.target().fiscalYear()).isEqualTo(2028);
    assertThat(k.unit()).isEqualTo("%");
  }

  @Test
  void arrowForm_andComparator_areRead() {
    Node.KpiDraft k = Kpis.read("待ち人数 R5 60人 ⇒ R10 40人未満", L);
    assertThat(k.target().value()).isEqualByComparingTo("40");
    assertThat(k.target().comparator()).isEqualTo("LESS_THAN");
    assertThat(k.unit()).isEqualTo("人");
  }

  @Test
  void figuresWithoutYears_areNotGuessed() {
    Node.KpiDraft k = Kpis.read("KPI 行政手続オンライン化数 120 件 300 件", L);
    assertThat(k.recovered()).isFalse();
    assertThat(k.baseline()).isNull();
    assertThat(k.target()).isNull();
  }

  @Test
  void nameWithoutFigures_isNotRecovered() {
    Node.KpiDraft k = Kpis.read("■ KPI マイナンバーカード普及率", L);
    assertThat(k.name()).isEqualTo("マイナンバーカード普及率");
    assertThat(k.recovered()).isFalse();
  }

  @Test
  void markers_inFullAndHalfWidth() {
    assertThat(Marker.of("（１） 行政手続").kind()).isEqualTo(Marker.Kind.PAREN);
    assertThat(Marker.of("⑴ 市民生活").ordinal()).isEqualTo(1);
    assertThat(Marker.of("③公金収納").kind()).isEqualTo(Marker.Kind.CIRCLED);
    assertThat(Marker.of("イ 行政手続き").ordinal()).isEqualTo(2);
    assertThat(Marker.of("Ⅳ 本市の現状").kind()).isEqualTo(Marker.Kind.ROMAN);
    assertThat(Marker.of("【基本方針2】 業務効率化の実現").label()).isEqualTo("基本方針2");
    assertThat(Marker.of("基本目標３：安全で安心な基盤の運用").title()).isEqualTo("安全で安心な基盤の運用");
    assertThat(Marker.of("１ 令和元年度の主な取組").kind()).isEqualTo(Marker.Kind.DIGIT);
    assertThat(Marker.of("■ KPI").kind()).isEqualTo(Marker.Kind.SQUARE);
  }
}
