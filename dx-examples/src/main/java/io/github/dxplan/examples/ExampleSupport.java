package io.github.dxplan.examples;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearFormat;
import io.github.dxplan.model.Measurement;
import io.github.dxplan.model.format.PlanReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** What the examples share: reading the plan argument, UTF-8 output, Japanese figures. */
final class ExampleSupport {

  private ExampleSupport() {}

  /**
   * Reads the plan an example was given: a seed plan id ({@code itako-2023}) or a path to a JSON or
   * YAML file.
   */
  static DxPlan readPlan(String idOrPath) {
    if (SeedPlans.ids().contains(idOrPath)) {
      return SeedPlans.load(idOrPath);
    }
    return PlanReader.auto().read(Path.of(idOrPath));
  }

  /**
   * Returns a stream that writes UTF-8 to the current {@code System.out}, whatever the platform's
   * encoding, so the Japanese output is readable on any terminal set to UTF-8.
   */
  static PrintStream utf8Out() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  /** 令和6（2024）年度, or 年度不明. */
  static String year(FiscalYear fy) {
    return fy == null ? "年度不明" : FiscalYearFormat.japaneseWithWestern(fy);
  }

  /** A value with its unit: 15.9%, 77人/年; 数値なし when the plan gives none. */
  static String value(BigDecimal value, String unit) {
    if (value == null) {
      return "数値なし";
    }
    return value.toPlainString() + (unit == null ? "" : unit);
  }

  /** 15.9%（令和4（2022）年度）. */
  static String measurement(Measurement m, String unit) {
    if (m == null) {
      return "記載なし";
    }
    return value(m.value(), unit) + "（" + year(m.fiscalYear()) + "）";
  }
}
