package io.github.dxplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearRangeTest {

  private static FiscalYearRange range(int from, int to) {
    return FiscalYearRange.of(from, to);
  }

  @Nested
  class Construction {
    @Test
    void constructor_acceptsAnUnorderedRange() {
      FiscalYearRange r = new FiscalYearRange(FiscalYear.of(2025), FiscalYear.of(2023));
      assertThat(r.isOrdered()).isFalse();
      assertThat(r.lengthInYears()).isEqualTo(-1);
      assertThat(r.years()).isEmpty();
    }

    @Test
    void constructor_rejectsNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> new FiscalYearRange(null, FiscalYear.of(2024)))
          .withMessage("from");
      assertThatNullPointerException()
          .isThrownBy(() -> FiscalYearRange.of(FiscalYear.of(2024), null))
          .withMessage("to");
      assertThatNullPointerException().isThrownBy(() -> FiscalYearRange.single(null));
      assertThatNullPointerException()
          .isThrownBy(() -> FiscalYearRange.parse(null))
          .withMessage("text");
    }

    @Test
    void of_withIntsRejectsYearsOutOfRange() {
      assertThatThrownBy(() -> FiscalYearRange.of(2023, 3000))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("fiscal year out of range: 3000");
    }

    @Test
    void single_coversOneYear() {
      FiscalYearRange r = FiscalYearRange.single(FiscalYear.of(2024));
      assertThat(r.lengthInYears()).isEqualTo(1);
      assertThat(r.years()).containsExactly(FiscalYear.of(2024));
      assertThat(r).hasToString("FY2024-FY2024");
    }

    @Test
    void equalsAndHashCode_areByEnds() {
      assertThat(range(2023, 2025))
          .isEqualTo(FiscalYearRange.parse("令和5年度～令和7年度"))
          .hasSameHashCodeAs(FiscalYearRange.parse("R5-R7"))
          .isNotEqualTo(range(2023, 2024));
    }
  }

  @Nested
  class Parse {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "FY2023-FY2025 | 2023 | 2025",
          "2023-2025 | 2023 | 2025",
          "2023年度～2025年度 | 2023 | 2025",
          "令和5年度～令和7年度 | 2023 | 2025",
          "令和5年度〜令和7年度 | 2023 | 2025",
          "令和5年度から令和7年度まで | 2023 | 2025",
          "令和5年度から令和7年度 | 2023 | 2025",
          "R5〜R7 | 2023 | 2025",
          "R5-R7 | 2023 | 2025",
          "Ｒ５－Ｒ７ | 2023 | 2025",
          "R5 – R7 | 2023 | 2025",
          "令和5～7年度 | 2023 | 2025",
          "令和6～10年度 | 2024 | 2028",
          "R6-10 | 2024 | 2028",
          "令和元～5年度 | 2019 | 2023",
          "平成30年度～令和2年度 | 2018 | 2020",
          "令和6（2024）年度～令和10（2028）年度 | 2024 | 2028",
          "令和6年度 | 2024 | 2024",
          "FY2025-FY2023 | 2025 | 2023",
        })
    void parse_acceptsThePlanForms(String text, int from, int to) {
      assertThat(FiscalYearRange.parse(text)).isEqualTo(range(from, to));
    }

    @Test
    void parse_readsToStringBack() {
      for (int from = 2015; from <= 2035; from++) {
        for (int to = 2015; to <= 2035; to++) {
          FiscalYearRange r = range(from, to);
          assertThat(FiscalYearRange.parse(r.toString())).isEqualTo(r);
        }
      }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          " '' | the text is empty",
          "FY2023- | the end is missing",
          "-FY2025 | the start is missing",
          "2023-2024-2025 | more than one separator",
          "令和0年度～令和2年度 | the start \"令和0年度\" is not a fiscal year: era year 0 does not exist",
          "R5-R7年度末 | the end \"R7年度末\" is not a fiscal year: 年度末",
          "R5-X7 | unknown era letter X",
          "2023-25 | the year 25 is outside 1868..2999",
        })
    void parse_rejectsWithTheReason(String text, String reason) {
      assertThatThrownBy(() -> FiscalYearRange.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("cannot read fiscal year range \"" + text + "\"")
          .hasMessageContaining(reason)
          .hasMessageContaining("accepted forms: FY2023-FY2025");
    }
  }

  @Nested
  class Queries {
    private final FiscalYearRange plan = range(2023, 2025);

    @Test
    void lengthAndYears_countBothEnds() {
      assertThat(plan.lengthInYears()).isEqualTo(3);
      assertThat(plan.years())
          .containsExactly(FiscalYear.of(2023), FiscalYear.of(2024), FiscalYear.of(2025));
      assertThat(range(2026, 2025).lengthInYears()).isZero();
    }

    @Test
    void startAndEndDate_spanTheFiscalYears() {
      assertThat(plan.startDate()).isEqualTo(LocalDate.of(2023, 4, 1));
      assertThat(plan.endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @ParameterizedTest
    @CsvSource({"2022, false", "2023, true", "2024, true", "2025, true", "2026, false"})
    void contains_yearIncludesBothEnds(int year, boolean expected) {
      assertThat(plan.contains(FiscalYear.of(year))).isEqualTo(expected);
    }

    @Test
    void contains_yearIsFalseForAnUnorderedRange() {
      assertThat(range(2025, 2023).contains(FiscalYear.of(2024))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
      "2023, 2025, true",
      "2024, 2024, true",
      "2022, 2024, false",
      "2024, 2026, false",
      "2020, 2030, false",
      "2025, 2024, false",
    })
    void contains_rangeRequiresBothEndsInside(int from, int to, boolean expected) {
      assertThat(plan.contains(range(from, to))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
      "2025, 2027, true",
      "2020, 2023, true",
      "2024, 2024, true",
      "2020, 2030, true",
      "2026, 2027, false",
      "2020, 2022, false",
      "2025, 2023, false",
    })
    void overlaps_needsACommonYear(int from, int to, boolean expected) {
      assertThat(plan.overlaps(range(from, to))).isEqualTo(expected);
      assertThat(range(from, to).overlaps(plan)).isEqualTo(expected);
    }

    @Test
    void queries_rejectNull() {
      assertThatNullPointerException().isThrownBy(() -> plan.contains((FiscalYear) null));
      assertThatNullPointerException().isThrownBy(() -> plan.contains((FiscalYearRange) null));
      assertThatNullPointerException().isThrownBy(() -> plan.overlaps(null));
    }
  }
}
