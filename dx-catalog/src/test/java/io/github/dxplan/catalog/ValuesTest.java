package io.github.dxplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.model.InvalidValueException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  @Nested
  class DueDates {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"FY2025, 2026-03-31", "FY2022, 2023-03-31", "2026-09, 2026-09-30", "2024-02, 2024-02-29"})
    void date_isTheLastDayTheDeadlineIsMet(String text, LocalDate date) {
      assertThat(DueDate.parse(text).date()).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FY2025", "2026-09", "FY1999", "2030-12"})
    void parse_isTheInverseOfToString(String text) {
      assertThat(DueDate.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "fy2025", "FY25", "2026-9", "2026-13", "令和7年度末", "2026-09-30", ""})
    void parse_rejectsOtherForms(String text) {
      assertThatThrownBy(() -> DueDate.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("accepted forms are FY2025");
    }

    @Test
    void fiscalYearEnd_sortsBeforeItsMonth() {
      assertThat(DueDate.endOfFiscalYear(2025)).isLessThan(DueDate.ofMonth(YearMonth.of(2026, 3)));
      assertThat(DueDate.endOfFiscalYear(2025)).isNotEqualTo(DueDate.ofMonth(YearMonth.of(2026, 3)));
      assertThat(DueDate.parse("FY2025")).isEqualTo(DueDate.endOfFiscalYear(2025));
      assertThat(DueDate.parse("FY2025").fiscalYear()).hasValue(2025);
      assertThat(DueDate.parse("2026-09").fiscalYear()).isEmpty();
    }
  }

  @Test
  void nationalItem_copiesItsLists() {
    java.util.List<String> variants = new java.util.ArrayList<>(java.util.List.of("a"));
    Provenance p = new Provenance(true, "test");
    NationalItem item =
        new NationalItem(
            "A", "t", Category.PRIORITY, 1, "d", java.util.List.of(), java.util.List.of(), variants,
            java.util.List.of(), p, p);
    variants.add("b");
    assertThat(item.variants()).containsExactly("a");
    assertThatThrownBy(() -> item.variants().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nationalCatalog_ofRejectsADuplicateCode() {
    Provenance p = new Provenance(true, "test");
    NationalItem a =
        new NationalItem(
            "A", "t", Category.PRIORITY, 1, "d", java.util.List.of(), java.util.List.of(),
            java.util.List.of(), java.util.List.of(), p, p);
    NationalItem again =
        new NationalItem(
            "A", "t", Category.PRIORITY, 2, "d", java.util.List.of(), java.util.List.of(),
            java.util.List.of(), java.util.List.of(), p, p);
    assertThatThrownBy(
            () ->
                NationalCatalog.of(
                    "x", "x", io.github.dxplan.model.PlanDate.of(2024), p, java.util.List.of(a, again), java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate item code in version x: A");
  }
}
