package io.github.dxplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

  @Nested
  class Of {
    @Test
    void of_acceptsTheBounds() {
      assertThat(FiscalYear.of(1868).value()).isEqualTo(1868);
      assertThat(FiscalYear.of(2999).value()).isEqualTo(2999);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1867, 3000, 99999, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void of_rejectsYearsOutsideTheRange(int year) {
      assertThatThrownBy(() -> FiscalYear.of(year))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("fiscal year out of range: " + year)
          .hasMessageContaining("1868..2999");
    }
  }

  @Nested
  class Parse {
    @ParameterizedTest(name = "{0} -> FY{1}")
    @CsvSource({
      "2024, 2024",
      "FY2024, 2024",
      "fy2024, 2024",
      "Fy2024, 2024",
      "2024年度, 2024",
      "2024年, 2024",
      "２０２４年度, 2024",
      "ＦＹ２０２４, 2024",
      "R6, 2024",
      "r6, 2024",
      "R6年度, 2024",
      "Ｒ６, 2024",
      "Ｒ６年度, 2024",
      "令和6年度, 2024",
      "令和６年度, 2024",
      "令和6年, 2024",
      "令和6, 2024",
      "令和元年度, 2019",
      "令和元年, 2019",
      "令和1年度, 2019",
      "令和06年度, 2024",
      "R1, 2019",
      "令和10年度, 2028",
      "㋿6年度, 2024",
      "㍻30年度, 2018",
      "平成31年度, 2019",
      "平成元年度, 1989",
      "H30, 2018",
      "H31, 2019",
      "平成30年度, 2018",
      "昭和63年度, 1988",
      "昭和64年度, 1989",
      "S63, 1988",
      "昭和元年度, 1926",
      "大正元年度, 1912",
      "大正15年度, 1926",
      "T15, 1926",
      "明治元年度, 1868",
      "明治45年度, 1912",
      "M45, 1912",
    })
    void parse_acceptsWesternAndEraForms(String text, int expected) {
      assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(expected));
    }

    @ParameterizedTest(name = "{0} -> FY{1}")
    @CsvSource({
      "令和6（2024）年度, 2024",
      "令和6(2024)年度, 2024",
      "令和６（２０２４）年度, 2024",
      "令和元（2019）年度, 2019",
      "令和6（2024年）年度, 2024",
      "平成30（2018）年度, 2018",
      "R6(2024), 2024",
      "令和4（2022）年度, 2022",
    })
    void parse_acceptsReiwaWithWesternYearInParentheses(String text, int expected) {
      assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(expected));
    }

    @ParameterizedTest(name = "{0} -> FY{1}")
    @CsvSource({
      "2024（令和6）年度, 2024",
      "2024(令和6)年度, 2024",
      "2019（令和元）年度, 2019",
      "2018（平成30年）年度, 2018",
      "2024年（令和6年）度, 2024",
    })
    void parse_acceptsWesternYearWithEraInParentheses(String text, int expected) {
      assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(expected));
    }

    @Test
    void parse_acceptsTheSeedFormWithTheWesternYearAfterNen() {
      // 那須烏山市 writes 令和6年（2024）度からの5年間
      assertThat(FiscalYear.parse("令和6年（2024）度")).isEqualTo(FiscalYear.of(2024));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {" 2024 ", "\t令和 6 年度\n", "令和\u30006年度", "R 6", "FY 2024", "2024 年度"})
    void parse_ignoresWhitespace(String text) {
      assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(2024));
    }

    @ParameterizedTest(name = "{0} -> FY{1}")
    @CsvSource({"平成32年度, 2020", "平成33年度, 2021", "H32, 2020", "昭和65年度, 1990"})
    void parse_acceptsAnEraYearAfterTheEraEnded(String text, int expected) {
      assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(expected));
    }

    @Test
    void parse_rejectsEraYearZero() {
      assertThatThrownBy(() -> FiscalYear.parse("令和0年度"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("cannot read fiscal year \"令和0年度\"")
          .hasMessageContaining("era year 0 does not exist (令和 starts at 元年 = 2019)")
          .hasMessageContaining("accepted forms: 2024, FY2024");
    }

    @Test
    void parse_rejectsAnEraYearBeyondTheSupportedRange() {
      assertThat(FiscalYear.parse("令和981年度")).isEqualTo(FiscalYear.of(2999));
      assertThatThrownBy(() -> FiscalYear.parse("令和982年度"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("令和982 is the year 3000, after the last supported year 2999");
      assertThatThrownBy(() -> FiscalYear.parse("R1000"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("the era year 令和1000 has more than 3 digits");
    }

    @ParameterizedTest
    @CsvSource({
      "令和6（2023）年度, '令和6 is 2024, but the text also gives the Western year 2023'",
      "2023（令和6）年度, '令和6 is 2024, but the text also gives the Western year 2023'",
      "平成30(2019)年度, '平成30 is 2018, but the text also gives the Western year 2019'",
      "令和6年（2025）度, '令和6 is 2024, but the text also gives the Western year 2025'",
      "令和元(2020)年度, '令和元 is 2019, but the text also gives the Western year 2020'",
    })
    void parse_rejectsEraAndWesternYearsThatDisagree(String text, String reason) {
      assertThatThrownBy(() -> FiscalYear.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource({"光文5年度, unknown era 光文", "X5, unknown era letter X", "Ｘ５年度, unknown era letter X",
      "寛永3年, unknown era 寛永"})
    void parse_rejectsUnknownEras(String text, String reason) {
      assertThatThrownBy(() -> FiscalYear.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining(reason)
          .hasMessageContaining("known: 明治 (M), 大正 (T), 昭和 (S), 平成 (H), 令和 (R)");
    }

    @ParameterizedTest
    @CsvSource({
      "0, the year 0 is outside 1868..2999",
      "24, the year 24 is outside 1868..2999",
      "1867年度, the year 1867 is outside 1868..2999",
      "3000, the year 3000 is outside 1868..2999",
      "99999, the year 99999 has more than 4 digits",
      "020240, the year 020240 has more than 4 digits",
    })
    void parse_rejectsAbsurdNumbers(String text, String reason) {
      assertThatThrownBy(() -> FiscalYear.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000"})
    void parse_rejectsEmptyText(String text) {
      assertThatThrownBy(() -> FiscalYear.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("the text is empty")
          .extracting(e -> ((InvalidValueException) e).input())
          .isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"2024年度末, 2025-03-31", "令和7年度末, 2026-03-31", "R7年度末まで, 2026-03-31"})
    void parse_rejectsAFiscalYearEndAsADeadline(String text, String end) {
      assertThatThrownBy(() -> FiscalYear.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("年度末 (the end of the fiscal year, " + end + ") is a deadline")
          .hasMessageContaining("PlanDate");
    }

    @ParameterizedTest
    @CsvSource({
      "2024年度から, unexpected \"から\" after the year",
      "令和6年度中, unexpected \"中\" after the year",
      "FY2024x, unexpected \"X\" after the year",
      "2024-04, unexpected \"-04\" after the year",
      "令和6年4月, '\"4月\" gives a month, so it is a date, not a fiscal year'",
    })
    void parse_rejectsTrailingText(String text, String reason) {
      assertThatThrownBy(() -> FiscalYear.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"年度", "令和年度", "abc", "FY", "-2024", "令和十十年度"})
    void parse_rejectsTextWithoutAYear(String text) {
      assertThatThrownBy(() -> FiscalYear.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("cannot read fiscal year \"" + text + "\"");
    }

    @Test
    void parse_rejectsNonAsciiDigitsThatNfkcKeeps() {
      // Devanagari digits: the default locale of the test run is hi_IN.
      assertThatThrownBy(() -> FiscalYear.parse("२०२४"))
          .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void parse_rejectsNull() {
      assertThatNullPointerException().isThrownBy(() -> FiscalYear.parse(null)).withMessage("text");
    }

    @ParameterizedTest(name = "{0} -> FY{1}")
    @CsvSource({"令和六年度, 2024", "令和元年度, 2019", "二〇二四年度, 2024", "平成三十一年度, 2019", "令和十年度, 2028",
      "二千二十四年度, 2024", "令和六（二〇二四）年度, 2024"})
    void parse_readsKanjiNumerals(String text, int expected) {
      assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和⑥年度", "令和²年度", "٢٠٢٤", "２⁰２⁴年度", "R⑥", "令和Ⅵ年度", "①②③④"})
    void parse_rejectsDigitsThatAreNotAsciiOrFullWidth(String text) {
      assertThatThrownBy(() -> FiscalYear.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("is not a digit that is read");
    }

    @ParameterizedTest
    @CsvSource({"0x7E8, hexadecimal", "0b11111101000, binary", "0o3750, octal", "2_024, groups digits with _"})
    void parse_namesProgrammersNotations(String text, String reason) {
      assertThatThrownBy(() -> FiscalYear.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining(reason)
          .hasMessageNotContaining("is outside");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "昭和100年度|昭和 ended in 昭和64 (1989)",
          "大正30年度|大正 ended in 大正15 (1926)",
          "明治99年度|明治 ended in 明治45 (1912)",
          "平成42年度|平成 ended in 平成31 (2019)",
          "S100|昭和 ended in 昭和64 (1989)",
        })
    void parse_refusesAnEraYearLongAfterTheEraEnded(String text, String reason) {
      assertThatThrownBy(() -> FiscalYear.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining(reason);
    }

    @Test
    void parse_acceptsAnEraYearUpToTenYearsAfterItsLastYear() {
      assertThat(FiscalYear.parse("平成41年度")).isEqualTo(FiscalYear.of(2029));
      assertThat(FiscalYear.parse("昭和74年度")).isEqualTo(FiscalYear.of(1999));
      assertThatThrownBy(() -> FiscalYear.parse("昭和75年度")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    @Timeout(10) // normalizing this took hours before (quadratic reordering of the marks)
    void parse_ofAMillionCombiningMarksEndsAndTheMessageIsShort() {
      String text = "2023" + "\u0301\u0316".repeat(500_000) + "年度";
      assertThatThrownBy(() -> FiscalYear.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1200).contains("1000006 characters in all"));
    }
  }

  @Nested
  class FromAndNow {
    @ParameterizedTest(name = "{0} is in FY{1}")
    @CsvSource({
      "2024-03-31, 2023",
      "2024-04-01, 2024",
      "2024-12-31, 2024",
      "2025-01-01, 2024",
      "2019-04-30, 2019",
      "2019-05-01, 2019",
      "1869-03-31, 1868",
    })
    void from_changesOnAprilFirst(LocalDate date, int expected) {
      assertThat(FiscalYear.from(date)).isEqualTo(FiscalYear.of(expected));
    }

    @Test
    void from_rejectsADateBeforeTheFirstFiscalYear() {
      assertThatThrownBy(() -> FiscalYear.from(LocalDate.of(1868, 3, 31)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("fiscal year out of range: 1867");
    }

    @Test
    void now_usesTheZoneOfTheClock() {
      // 2024-03-31T15:30Z is already April 1 in Tokyo.
      Instant instant = Instant.parse("2024-03-31T15:30:00Z");
      assertThat(FiscalYear.now(Clock.fixed(instant, ZoneOffset.UTC)))
          .isEqualTo(FiscalYear.of(2023));
      assertThat(FiscalYear.now(Clock.fixed(instant, ZoneId.of("Asia/Tokyo"))))
          .isEqualTo(FiscalYear.of(2024));
    }

    @Test
    void fromAndNow_rejectNull() {
      assertThatNullPointerException().isThrownBy(() -> FiscalYear.from(null)).withMessage("date");
      assertThatNullPointerException().isThrownBy(() -> FiscalYear.now(null)).withMessage("clock");
    }
  }

  @Nested
  class Queries {
    private final FiscalYear fy2024 = FiscalYear.of(2024);

    @Test
    void startAndEndDate_areAprilFirstAndMarch31() {
      assertThat(fy2024.startDate()).isEqualTo(LocalDate.of(2024, 4, 1));
      assertThat(fy2024.endDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void contains_includesBothEnds() {
      assertThat(fy2024.contains(LocalDate.of(2024, 4, 1))).isTrue();
      assertThat(fy2024.contains(LocalDate.of(2025, 3, 31))).isTrue();
      assertThat(fy2024.contains(LocalDate.of(2024, 3, 31))).isFalse();
      assertThat(fy2024.contains(LocalDate.of(2025, 4, 1))).isFalse();
    }

    @Test
    void plusAndMinusYears_move() {
      assertThat(fy2024.plusYears(2)).isEqualTo(FiscalYear.of(2026));
      assertThat(fy2024.plusYears(-5)).isEqualTo(FiscalYear.of(2019));
      assertThat(fy2024.minusYears(5)).isEqualTo(FiscalYear.of(2019));
      assertThat(fy2024.minusYears(0)).isSameAs(fy2024);
    }

    @ParameterizedTest
    @ValueSource(longs = {976, 10_000, Long.MAX_VALUE, Long.MIN_VALUE})
    void plusYears_rejectsResultsOutOfRange(long years) {
      assertThatThrownBy(() -> fy2024.plusYears(years))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("fiscal year out of range");
    }

    @ParameterizedTest
    @ValueSource(longs = {157, -976, Long.MAX_VALUE, Long.MIN_VALUE})
    void minusYears_rejectsResultsOutOfRange(long years) {
      assertThatThrownBy(() -> fy2024.minusYears(years))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("fiscal year out of range");
    }

    @Test
    void isBeforeAndIsAfter_compareStartingYears() {
      assertThat(FiscalYear.of(2023).isBefore(fy2024)).isTrue();
      assertThat(fy2024.isBefore(fy2024)).isFalse();
      assertThat(FiscalYear.of(2025).isAfter(fy2024)).isTrue();
      assertThat(fy2024.isAfter(fy2024)).isFalse();
    }

    @Test
    void compareTo_sortsByStartingYear() {
      List<FiscalYear> years =
          new ArrayList<>(List.of(FiscalYear.of(2025), FiscalYear.of(1989), fy2024));
      Collections.sort(years);
      assertThat(years).containsExactly(FiscalYear.of(1989), fy2024, FiscalYear.of(2025));
    }

    @Test
    void queries_rejectNull() {
      assertThatNullPointerException().isThrownBy(() -> fy2024.isBefore(null)).withMessage("other");
      assertThatNullPointerException().isThrownBy(() -> fy2024.isAfter(null)).withMessage("other");
      assertThatNullPointerException().isThrownBy(() -> fy2024.contains(null)).withMessage("date");
    }
  }

  @Nested
  class ValueContract {
    @Test
    void equalsAndHashCode_areByValue() {
      FiscalYear a = FiscalYear.of(2024);
      FiscalYear b = FiscalYear.parse("令和6年度");
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a).isNotEqualTo(FiscalYear.of(2023)).isNotEqualTo("FY2024").isNotEqualTo(null);
    }

    @Test
    void toString_isCanonical() {
      assertThat(FiscalYear.of(2024)).hasToString("FY2024");
    }

    @Test
    void parse_readsToStringBackForEveryYear() {
      for (int y = FiscalYear.MIN_VALUE; y <= FiscalYear.MAX_VALUE; y++) {
        FiscalYear fy = FiscalYear.of(y);
        assertThat(FiscalYear.parse(fy.toString())).isEqualTo(fy);
      }
    }

    @Test
    void serialization_keepsTheValue() throws Exception {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(FiscalYear.of(2024));
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        assertThat(in.readObject()).isEqualTo(FiscalYear.of(2024));
      }
    }
  }
}
