package io.github.dxplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalGovernmentCodeTest {

  @Nested
  class CheckDigit {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
      "宇都宮市, 092011",
      "小山市, 092088",
      "那須烏山市, 092151",
      "潮来市, 082236",
      "北海道, 010006",
    })
    void checkDigit_matchesTheReferenceVectors(String name, String code) {
      assertThat(LocalGovernmentCode.checkDigit(code.substring(0, 5)))
          .as(name)
          .isEqualTo(code.charAt(5) - '0');
      assertThat(LocalGovernmentCode.of(code).value()).isEqualTo(code);
    }

    @Test
    void checkDigit_isZeroWhenTheSumIsAMultipleOfEleven() {
      // 宇都宮市 and 那須烏山市: s mod 11 = 0 gives (11 - 0) mod 10 = 1.
      assertThat(LocalGovernmentCode.checkDigit("09201")).isEqualTo(1);
      assertThat(LocalGovernmentCode.checkDigit("09215")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0920", "092011", "0920a", "０９２０１"})
    void checkDigit_rejectsAnythingButFiveAsciiDigits(String text) {
      assertThatThrownBy(() -> LocalGovernmentCode.checkDigit(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("is not 5 ASCII digits");
    }

    @Test
    @Timeout(5)
    void everyPrefix_acceptsExactlyOneCheckDigit() {
      char[] code = new char[6];
      for (int prefix = 1000; prefix <= 47999; prefix++) {
        int p = prefix;
        for (int i = 4; i >= 0; i--) {
          code[i] = (char) ('0' + p % 10);
          p /= 10;
        }
        int accepted = 0;
        for (char d = '0'; d <= '9'; d++) {
          code[5] = d;
          if (LocalGovernmentCode.isValid(new String(code))) {
            accepted++;
          }
        }
        assertThat(accepted).as("prefix %05d", prefix).isEqualTo(1);
      }
    }

    @Test
    void isValid_agreesWithOf() {
      for (String code : List.of("092011", "092012", "482011", "002011", "09201", "09201x")) {
        boolean accepted;
        try {
          LocalGovernmentCode.of(code);
          accepted = true;
        } catch (InvalidValueException e) {
          accepted = false;
        }
        assertThat(LocalGovernmentCode.isValid(code)).as(code).isEqualTo(accepted);
      }
    }
  }

  @Nested
  class Of {
    @Test
    void of_rejectsAWrongCheckDigitAndSuggestsTheRightCode() {
      assertThatThrownBy(() -> LocalGovernmentCode.of("092012"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage(
              "local government code \"092012\" has check digit 2, but the digit for 09201 is 1:"
                  + " did you mean 092011?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "09201", "0920111", "09201a", "０９２０１１", " 092011", "09-201"})
    void of_rejectsAnythingButSixAsciiDigits(String text) {
      assertThatThrownBy(() -> LocalGovernmentCode.of(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("is not 6 digits")
          .hasMessageContaining("accepted forms");
    }

    @ParameterizedTest
    @CsvSource({"002011, 00", "482011, 48", "992011, 99"})
    void of_rejectsPrefecturesOutside01To47(String text, String prefecture) {
      assertThatThrownBy(() -> LocalGovernmentCode.of(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("has prefecture code " + prefecture)
          .hasMessageContaining("run from 01 to 47");
    }

    @Test
    void of_rejectsNull() {
      assertThatNullPointerException()
          .isThrownBy(() -> LocalGovernmentCode.of(null))
          .withMessage("sixDigits");
      assertThatNullPointerException()
          .isThrownBy(() -> LocalGovernmentCode.fromJisCode(null))
          .withMessage("fiveDigits");
      assertThatNullPointerException()
          .isThrownBy(() -> LocalGovernmentCode.checkDigit(null))
          .withMessage("fiveDigits");
      assertThatNullPointerException()
          .isThrownBy(() -> LocalGovernmentCode.parse(null))
          .withMessage("text");
    }
  }

  @Nested
  class Parse {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "092011, 092011",
      "09201, 092011",
      "０９２０１１, 092011",
      "０９２０１, 092011",
      "' 082236 ', 082236",
      "'\u300008223\u3000', 082236",
    })
    void parse_acceptsSixAndFiveDigits(String text, String expected) {
      assertThat(LocalGovernmentCode.parse(text).value()).isEqualTo(expected);
    }

    @Test
    void parse_rejectsAWrongCheckDigitAndSuggestsTheRightCode() {
      assertThatThrownBy(() -> LocalGovernmentCode.parse("０９２０１２"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("did you mean 092011?");
    }

    @ParameterizedTest
    @CsvSource({
      "'', is not 6 digits",
      "0920, is not 6 digits",
      "0920111, is not 6 digits",
      "09 201, is not 6 digits",
      "48201, has prefecture code 48",
      "00201, has prefecture code 00",
    })
    void parse_rejectsWithTheReason(String text, String reason) {
      assertThatThrownBy(() -> LocalGovernmentCode.parse(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining(reason);
    }

    @Test
    void fromJisCode_addsTheCheckDigit() {
      assertThat(LocalGovernmentCode.fromJisCode("08223").value()).isEqualTo("082236");
      assertThatThrownBy(() -> LocalGovernmentCode.fromJisCode("082236"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("is not 5 ASCII digits");
      assertThatThrownBy(() -> LocalGovernmentCode.fromJisCode("48223"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("prefecture codes run from 01 to 47");
    }
  }

  @Nested
  class Parts {
    @Test
    void parts_splitTheDigits() {
      LocalGovernmentCode oyama = LocalGovernmentCode.of("092088");
      assertThat(oyama.value()).isEqualTo("092088");
      assertThat(oyama.jisCode()).isEqualTo("09208");
      assertThat(oyama.prefectureCode()).isEqualTo("09");
      assertThat(oyama.isPrefecture()).isFalse();
      assertThat(oyama).hasToString("092088");
    }

    @Test
    void isPrefecture_isTrueForMunicipalityPart000() {
      LocalGovernmentCode tochigi = LocalGovernmentCode.fromJisCode("09000");
      assertThat(tochigi.isPrefecture()).isTrue();
      assertThat(tochigi.value()).isEqualTo("090000");
    }

    @Test
    void equalsHashCodeAndCompareTo_areByDigits() {
      LocalGovernmentCode a = LocalGovernmentCode.of("092011");
      assertThat(a)
          .isEqualTo(LocalGovernmentCode.parse("09201"))
          .hasSameHashCodeAs(LocalGovernmentCode.parse("09201"))
          .isNotEqualTo(LocalGovernmentCode.of("092088"))
          .isNotEqualTo("092011");
      List<LocalGovernmentCode> codes =
          new ArrayList<>(List.of(a, LocalGovernmentCode.of("082236")));
      Collections.sort(codes);
      assertThat(codes).extracting(LocalGovernmentCode::value).containsExactly("082236", "092011");
    }

    @Test
    void parse_readsToStringBack() {
      LocalGovernmentCode code = LocalGovernmentCode.of("092151");
      assertThat(LocalGovernmentCode.parse(code.toString())).isEqualTo(code);
      assertThat(LocalGovernmentCode.of(code.toString())).isEqualTo(code);
    }

    @Test
    void serialization_keepsTheValue() throws Exception {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(LocalGovernmentCode.of("082236"));
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        assertThat(in.readObject()).isEqualTo(LocalGovernmentCode.of("082236"));
      }
    }
  }
}
