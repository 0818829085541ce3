package io.github.dxplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.model.PlanDate.Precision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanDateTest {

  @Nested
  class Parse {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "2023, 2023",
      "2023-12, 2023-12",
      "2023-12-01, 2023-12-01",
      "2023-1, 2023-01",
      "2023/12/1, 2023-12-01",
      "2023.12, 2023-12",
      "2023年, 2023",
      "2023年12月, 2023-12",
      "2024年2月15日, 2024-02-15",
      "２０２４年２月１５日, 2024-02-15",
      "令和5年, 2023",
      "令和5年12月, 2023-12",
      "令和5年12月1日, 2023-12-01",
      "令和５年１２月, 2023-12",
      "令和元年5月, 2019-05",
      "令和8年9月, 2026-09",
      "令和5（2023）年12月, 2023-12",
      "令和8（2026）年9月, 2026-09",
      "平成30（2018）年3月, 2018-03",
      "令和5年（2023年）2月, 2023-02",
      "2023（令和5）年12月, 2023-12",
      "R5.12, 2023-12",
      "Ｒ５．１２, 2023-12",
      "R5.12.1, 2023-12-01",
      "R5/12, 2023-12",
      "'令和 6 年 2 月 15 日', 2024-02-15",
      "平成31年4月30日, 2019-04-30",
      "平成32年3月, 2020-03",
      "2024-02-29, 2024-02-29",
    })
    void parse_acceptsThePlanForms(String text, String iso) {
      assertThat(PlanDate.parse(text)).hasToString(iso);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"令和7年度末, 2026-03-31", "2025年度末, 2026-03-31", "R4年度末, 2023-03-31"})
    void parse_readsTheEndOfAFiscalYearAsItsLastDay(String text, String iso) {
      PlanDate date = PlanDate.parse(text);
      assertThat(date).hasToString(iso);
      assertThat(date.precision()).isEqualTo(Precision.DAY);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "2023-13 | month 13 is not between 1 and 12",
          "令和5年13月 | month 13 is not between 1 and 12",
          "2023-00 | month 0 does not exist",
          "2023-02-29 | day 29 does not exist in 2023-02 (it has 28 days)",
          "令和5年4月31日 | day 31 does not exist in 2023-04 (it has 30 days)",
          "2023-12-00 | day 0 does not exist",
          "2023-012 | the month 012 has more than 2 digits",
          "令和元年4月 | 2019-04 is before 令和 began on 2019-05-01",
          "令和元年4月30日 | 2019-04-30 is before 令和 began on 2019-05-01",
          "平成元年1月7日 | 1989-01-07 is before 平成 began on 1989-01-08",
          "令和5年度 | 年度 names a fiscal year, not a date",
          "FY2023 | FY names a fiscal year, not a date",
          "令和0年12月 | era year 0 does not exist",
          "令和5（2024）年12月 | 令和5 is 2023, but the text also gives the Western year 2024",
          "2023年12月頃 | unexpected \"年12月頃\" after the year",
          "2023-12/01 | unexpected \"-12/01\" after the year",
          "12月 | the year 12 is outside 1868..2999",
          "X5年 | unknown era letter X",
          " '' | the text is empty",
        })
    void parse_rejectsWithTheReason(String text, String reason) {
      assertThatThrownBy(() -> PlanDate.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("cannot read plan date \"" + text + "\"")
          .hasMessageContaining(reason)
          .hasMessageContaining("accepted forms: 2023, 2023-12, 2023-12-01");
    }

    @Test
    void parse_rejectsNull() {
      assertThatNullPointerException().isThrownBy(() -> PlanDate.parse(null)).withMessage("text");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "昭和64年1月8日|昭和 ended on 1989-01-07: that is 平成元年",
          "平成31年5月1日|平成 ended on 2019-04-30: that is 令和元年",
          "平成31年5月|平成 ended on 2019-04-30",
          "昭和100年1月1日|昭和 ended in 昭和64 (1989)",
        })
    void parse_refusesAnEraDateAfterTheEraEnded(String text, String reason) {
      assertThatThrownBy(() -> PlanDate.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"昭和64年1月7日, 1989-01-07", "平成31年4月30日, 2019-04-30", "令和六年三月三十一日, 2024-03-31",
      "令和七年度末, 2026-03-31"})
    void parse_acceptsTheEraToItsLastDayAndKanjiNumerals(String text, String iso) {
      assertThat(PlanDate.parse(text)).hasToString(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1868", "2023", "2023-01", "2023-12", "2024-02-29", "2999-12-31"})
    void parse_readsToStringBack(String iso) {
      assertThat(PlanDate.parse(iso)).hasToString(iso);
      assertThat(PlanDate.parse(PlanDate.parse(iso).toString())).isEqualTo(PlanDate.parse(iso));
    }
  }

  @Nested
  class Of {
    @Test
    void of_buildsEachPrecision() {
      assertThat(PlanDate.of(2023).precision()).isEqualTo(Precision.YEAR);
      assertThat(PlanDate.of(2023, 12).precision()).isEqualTo(Precision.MONTH);
      assertThat(PlanDate.of(YearMonth.of(2023, 12))).isEqualTo(PlanDate.of(2023, 12));
      assertThat(PlanDate.of(LocalDate.of(2023, 12, 1)).precision()).isEqualTo(Precision.DAY);
      assertThat(PlanDate.of(LocalDate.of(2023, 12, 1))).isEqualTo(PlanDate.parse("令和5年12月1日"));
    }

    @ParameterizedTest
    @CsvSource({"2023, 0", "2023, 13", "2023, -1"})
    void of_rejectsInvalidMonths(int year, int month) {
      assertThatThrownBy(() -> PlanDate.of(year, month))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("month " + month + " is not between 1 and 12");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1867, 3000})
    void of_rejectsYearsOutOfRange(int year) {
      assertThatThrownBy(() -> PlanDate.of(year))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("outside 1868..2999");
      assertThatThrownBy(() -> PlanDate.of(LocalDate.of(year, 1, 1)))
          .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void of_rejectsNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> PlanDate.of((LocalDate) null))
          .withMessage("date");
      assertThatNullPointerException()
          .isThrownBy(() -> PlanDate.of((YearMonth) null))
          .withMessage("yearMonth");
    }
  }

  @Nested
  class Queries {
    @ParameterizedTest(name = "{0}: {1} .. {2}")
    @CsvSource({
      "2023, 2023-01-01, 2023-12-31",
      "2023-12, 2023-12-01, 2023-12-31",
      "2024-02, 2024-02-01, 2024-02-29",
      "2023-02, 2023-02-01, 2023-02-28",
      "2023-12-15, 2023-12-15, 2023-12-15",
    })
    void earliestAndLatest_coverWhatWasStated(String iso, LocalDate earliest, LocalDate latest) {
      PlanDate date = PlanDate.parse(iso);
      assertThat(date.earliest()).isEqualTo(earliest);
      assertThat(date.latest()).isEqualTo(latest);
      assertThat(date.contains(earliest)).isTrue();
      assertThat(date.contains(latest)).isTrue();
      assertThat(date.contains(earliest.minusDays(1))).isFalse();
      assertThat(date.contains(latest.plusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "2023-12, FY2023",
      "2024-02, FY2023",
      "2024-03-31, FY2023",
      "2024-04, FY2024",
      "2024-04-01, FY2024",
      "令和8年9月, FY2026",
      "令和7年度末, FY2025",
    })
    void fiscalYear_isKnownWhenAMonthIsStated(String text, String expected) {
      assertThat(PlanDate.parse(text).fiscalYear()).contains(FiscalYear.parse(expected));
    }

    @Test
    void fiscalYear_isEmptyForAYearOrBeforeFy1868() {
      assertThat(PlanDate.of(2023).fiscalYear()).isEmpty();
      assertThat(PlanDate.of(1868, 3).fiscalYear()).isEmpty();
      assertThat(PlanDate.of(1868, 4).fiscalYear()).contains(FiscalYear.of(1868));
    }

    @Test
    void isCertainlyBeforeAndAfter_useTheWholeSpan() {
      PlanDate december = PlanDate.parse("令和5年12月");
      assertThat(december.isCertainlyBefore(LocalDate.of(2024, 1, 1))).isTrue();
      assertThat(december.isCertainlyBefore(LocalDate.of(2023, 12, 31))).isFalse();
      assertThat(december.isCertainlyAfter(LocalDate.of(2023, 11, 30))).isTrue();
      assertThat(december.isCertainlyAfter(LocalDate.of(2023, 12, 1))).isFalse();
    }

    @Test
    void accessors_returnWhatWasStated() {
      PlanDate date = PlanDate.parse("2024年2月15日");
      assertThat(date.year()).isEqualTo(2024);
      assertThat(date.month()).isEqualTo(OptionalInt.of(2));
      assertThat(date.day()).isEqualTo(OptionalInt.of(15));
      PlanDate year = PlanDate.parse("2024");
      assertThat(year.month()).isEmpty();
      assertThat(year.day()).isEmpty();
    }

    @Test
    void queries_rejectNull() {
      PlanDate date = PlanDate.of(2023);
      assertThatNullPointerException().isThrownBy(() -> date.isCertainlyBefore(null));
      assertThatNullPointerException().isThrownBy(() -> date.isCertainlyAfter(null));
      assertThatNullPointerException().isThrownBy(() -> date.contains(null));
    }
  }

  @Nested
  class ValueContract {
    @Test
    void equalsAndHashCode_includeThePrecision() {
      assertThat(PlanDate.parse("令和5年12月"))
          .isEqualTo(PlanDate.of(2023, 12))
          .hasSameHashCodeAs(PlanDate.of(2023, 12))
          .isNotEqualTo(PlanDate.of(LocalDate.of(2023, 12, 1)))
          .isNotEqualTo(PlanDate.of(2023))
          .isNotEqualTo("2023-12");
    }

    @Test
    void serialization_keepsTheValue() throws Exception {
      PlanDate date = PlanDate.parse("令和8年9月");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(date);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        assertThat(in.readObject()).isEqualTo(date);
      }
    }
  }
}
