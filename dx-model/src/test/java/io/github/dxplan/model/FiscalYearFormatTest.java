package io.github.dxplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearFormatTest {

  @Nested
  class Japanese {
    @ParameterizedTest(name = "FY{0} -> {1}")
    @CsvSource({
      "2024, 令和6年度",
      "2020, 令和2年度",
      "2019, 令和元年度",
      "2018, 平成30年度",
      "1990, 平成2年度",
      "1989, 平成元年度",
      "1988, 昭和63年度",
      "1927, 昭和2年度",
      "1926, 昭和元年度",
      "1925, 大正14年度",
      "1912, 大正元年度",
      "1911, 明治44年度",
      "1868, 明治元年度",
      "2999, 令和981年度",
    })
    void japanese_usesTheEraInForceOnDecember31(int year, String expected) {
      assertThat(FiscalYearFormat.japanese(FiscalYear.of(year))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "FY{0} -> {1}")
    @CsvSource({
      "2024, 令和6（2024）年度",
      "2019, 令和元（2019）年度",
      "2018, 平成30（2018）年度",
      "1989, 平成元（1989）年度",
    })
    void japaneseWithWestern_usesFullWidthParentheses(int year, String expected) {
      assertThat(FiscalYearFormat.japaneseWithWestern(FiscalYear.of(year))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "FY{0} -> {1}")
    @CsvSource({
      "2024, R6",
      "2019, R1",
      "2018, H30",
      "1989, H1",
      "1988, S63",
      "1926, S1",
      "1925, T14",
      "1868, M1",
    })
    void shortJapanese_isTheEraLetterAndYear(int year, String expected) {
      assertThat(FiscalYearFormat.shortJapanese(FiscalYear.of(year))).isEqualTo(expected);
    }

    @Test
    void formats_rejectNull() {
      assertThatNullPointerException().isThrownBy(() -> FiscalYearFormat.japanese(null))
          .withMessage("fy");
      assertThatNullPointerException()
          .isThrownBy(() -> FiscalYearFormat.japaneseWithWestern(null))
          .withMessage("fy");
      assertThatNullPointerException().isThrownBy(() -> FiscalYearFormat.shortJapanese(null))
          .withMessage("fy");
    }
  }

  @Nested
  class EraBoundaries {
    @Test
    void reiwa_fy2019IsReiwaGannenAndHeisei31IsTheSameYear() {
      FiscalYear fy2019 = FiscalYear.of(2019);
      assertThat(FiscalYearFormat.japanese(fy2019)).isEqualTo("令和元年度");
      assertThat(FiscalYear.parse("平成31年度")).isEqualTo(fy2019);
      assertThat(FiscalYear.parse("令和元年度")).isEqualTo(fy2019);
      // April 2019 was still 平成, but belongs to 令和元年度.
      assertThat(FiscalYear.from(java.time.LocalDate.of(2019, 4, 30))).isEqualTo(fy2019);
    }

    @Test
    void heisei_beganOnJanuary8_1989() {
      assertThat(FiscalYearFormat.japanese(FiscalYear.of(1988))).isEqualTo("昭和63年度");
      assertThat(FiscalYearFormat.japanese(FiscalYear.of(1989))).isEqualTo("平成元年度");
      assertThat(FiscalYear.parse("昭和64年度")).isEqualTo(FiscalYear.of(1989));
      assertThat(PlanDate.parse("昭和64年1月7日")).isEqualTo(PlanDate.parse("1989-01-07"));
      assertThat(PlanDate.parse("平成元年1月8日")).isEqualTo(PlanDate.parse("1989-01-08"));
    }

    @Test
    void reiwa_beganOnMay1_2019() {
      assertThat(PlanDate.parse("令和元年5月1日")).isEqualTo(PlanDate.parse("2019-05-01"));
      assertThat(PlanDate.parse("平成31年4月30日")).isEqualTo(PlanDate.parse("2019-04-30"));
    }
  }

  @Nested
  class RoundTrip {
    private void assertEveryYearRoundTrips(Function<FiscalYear, String> format) {
      SoftAssertions softly = new SoftAssertions();
      // Every supported year, which includes the 1868..2100 that plans can name.
      for (int y = FiscalYear.MIN_VALUE; y <= FiscalYear.MAX_VALUE; y++) {
        FiscalYear fy = FiscalYear.of(y);
        String text = format.apply(fy);
        softly.assertThat(FiscalYear.parse(text)).as(text).isEqualTo(fy);
      }
      softly.assertAll();
    }

    @Test
    void japanese_parsesBackForEveryYear() {
      assertEveryYearRoundTrips(FiscalYearFormat::japanese);
    }

    @Test
    void japaneseWithWestern_parsesBackForEveryYear() {
      assertEveryYearRoundTrips(FiscalYearFormat::japaneseWithWestern);
    }

    @Test
    void shortJapanese_parsesBackForEveryYear() {
      assertEveryYearRoundTrips(FiscalYearFormat::shortJapanese);
    }

    @Test
    void toString_parsesBackForEveryYear() {
      assertEveryYearRoundTrips(FiscalYear::toString);
    }

    @Test
    void fullWidthForms_parseBackForEveryYear() {
      assertEveryYearRoundTrips(fy -> toFullWidth(FiscalYearFormat.shortJapanese(fy)));
      assertEveryYearRoundTrips(fy -> toFullWidth(FiscalYearFormat.japanese(fy)));
      assertEveryYearRoundTrips(fy -> toFullWidth(fy.value() + "年度"));
    }

    @Test
    void westernThenEra_parsesBackForEveryYear() {
      assertEveryYearRoundTrips(
          fy -> {
            String era = FiscalYearFormat.japanese(fy).replace("年度", "");
            return fy.value() + "（" + era + "）年度";
          });
    }

    private String toFullWidth(String s) {
      StringBuilder sb = new StringBuilder();
      s.chars()
          .forEach(
              c -> sb.append((char) (c >= '!' && c <= '~' ? c - '!' + '！' : c)));
      return sb.toString();
    }
  }
}
