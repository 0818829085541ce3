package io.github.dxplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearFormat;
import io.github.dxplan.model.LocalGovernmentCode;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Seeded properties of the scalar value types, complementing the exhaustive tests in dx-model. */
class FiscalYearPropertyTest {

  @Test
  void everyWrittenForm_parsesBackToTheSameYear() {
    Property.check(
        "fiscal year forms",
        2000,
        random -> {
          FiscalYear fy = FiscalYear.of(1868 + random.nextInt(2100 - 1868 + 1));
          String[] forms = {
            fy.toString(),
            Integer.toString(fy.value()),
            fy.value() + "年度",
            FiscalYearFormat.japanese(fy),
            FiscalYearFormat.japaneseWithWestern(fy),
            FiscalYearFormat.shortJapanese(fy),
            toFullWidth(FiscalYearFormat.shortJapanese(fy)),
            toFullWidth(FiscalYearFormat.japanese(fy)),
          };
          for (String form : forms) {
            assertThat(FiscalYear.parse(form)).as(form).isEqualTo(fy);
          }
        });
  }

  @Test
  void anyDate_fallsInsideItsFiscalYear() {
    Property.check(
        "from(date)",
        2000,
        random -> {
          LocalDate date = LocalDate.of(1869, 1, 1).plusDays(random.nextInt(365 * 200));
          FiscalYear fy = FiscalYear.from(date);
          assertThat(fy.startDate()).isBeforeOrEqualTo(date);
          assertThat(fy.endDate()).isAfterOrEqualTo(date);
          assertThat(fy.contains(date)).isTrue();
        });
  }

  @Test
  void eraBoundaries_areWhereTheCalendarPutsThem() {
    // 平成 began 1989-01-08, inside FY1988 (still 昭和63年度); 令和 began 2019-05-01, inside FY2019 (令和元年度).
    assertThat(FiscalYear.from(LocalDate.of(1989, 1, 8))).isEqualTo(FiscalYear.of(1988));
    assertThat(FiscalYearFormat.japanese(FiscalYear.of(1988))).isEqualTo("昭和63年度");
    assertThat(FiscalYearFormat.japanese(FiscalYear.of(1989))).isEqualTo("平成元年度");
    assertThat(FiscalYear.from(LocalDate.of(2019, 4, 30))).isEqualTo(FiscalYear.of(2019));
    assertThat(FiscalYearFormat.japanese(FiscalYear.of(2019))).isEqualTo("令和元年度");
    assertThat(FiscalYear.parse("平成31年度")).isEqualTo(FiscalYear.parse("令和元年度"));
  }

  @Test
  void checkDigit_acceptsExactlyOneSixthDigit() {
    Property.check(
        "check digit",
        3000,
        random -> {
          String five = String.format(java.util.Locale.ROOT, "%02d%03d", 1 + random.nextInt(47), random.nextInt(1000));
          int accepted = 0;
          for (int d = 0; d <= 9; d++) {
            if (LocalGovernmentCode.isValid(five + d)) {
              accepted++;
              assertThat(d).isEqualTo(LocalGovernmentCode.checkDigit(five));
            }
          }
          assertThat(accepted).isEqualTo(1);
          assertThat(LocalGovernmentCode.parse(five).jisCode()).isEqualTo(five);
        });
  }

  private static String toFullWidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '!' && c <= '~') {
        sb.append((char) (c - '!' + '！'));
      } else {
        sb.append(c);
      }
    }
    String out = sb.toString();
    assertThat(Normalizer.normalize(out, Normalizer.Form.NFKC)).isEqualTo(s);
    return out;
  }
}
