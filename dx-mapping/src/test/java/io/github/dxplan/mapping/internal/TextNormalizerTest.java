package io.github.dxplan.mapping.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void spacedLatinLetters_foldToOneWord_withExactOffsets() {
    NormalizedText nt = TextNormalizer.normalize("I C T機器の導入");
    assertEquals("ict機器の導入", nt.text());
    assertEquals(0, nt.originalStart(0));
    assertEquals(5, nt.originalEnd(2));
    assertEquals("I C T", nt.original().substring(nt.originalStart(0), nt.originalEnd(2)));
    assertEquals("機", nt.original().substring(nt.originalStart(3), nt.originalEnd(3)));

    NormalizedText wide = TextNormalizer.normalize("（Ｉ　Ｃ　Ｔ）活用");
    assertEquals("(ict)活用", wide.text());
    assertEquals("Ｉ　Ｃ　Ｔ", wide.original().substring(wide.originalStart(1), wide.originalEnd(3)));
  }

  @Test
  void spacedLatinLetters_onlyWhenEveryWordOfTheRunIsOneLetter() {
    assertEquals("plan a b", TextNormalizer.normalize("Plan A B").text());
    assertEquals("a bc", TextNormalizer.normalize("a bc").text());
    assertEquals("a 5", TextNormalizer.normalize("a 5").text());
    assertEquals("ab・cd", TextNormalizer.normalize("a b・c d").text());
    assertEquals("ai", TextNormalizer.normalize("A I").text());
  }

  @Test
  void unchangedText_hasIdentityOffsets() {
    String s = "行政のdx推進、オンライン化";
    NormalizedText nt = TextNormalizer.normalize(s);
    assertEquals(s, nt.text());
    for (int i = 0; i < s.length(); i++) {
      assertEquals(i, nt.originalStart(i));
      assertEquals(i + 1, nt.originalEnd(i));
    }
  }

  private static final String[] ALPHABET = {
    "a", "B", "c", "e", "i", "l", "t", "x", "Z", "1", " ", "\u3000", "\t", "\n", "*", "\\", "-", "\u2010", "\u2212",
    "ー", "手", "続", "き", "取", "り", "組", "み", "申", "込", "し", "ア", "ｱ", "ｶ", "ﾞ", "ﾟ", "が", "か", "\u3099",
    "\u0301", "é", "Ｉ", "Ｃ", "Ｔ", "１", "(", "（", "。", "、", "・", "\u200b", "\ufeff", "\u00ad", "デ", "バ", "イ",
    "ン", "ド", "ウ", "ェ", "エ", "ブ", "ﾃ", "ﾚ", "😀", "\ud800", "Ⅰ", "㈱", "ﬁ", "個", "人", "番", "号", "カ", "見",
    "直", "行", "な", "う", "利", "活", "用", "ホ", "ム", "ペ", "ジ", "マ", "ナ", "ﾊ", "ﾟ",
  };

  @Test
  void sameAsPrevious_onRandomText_includingSpacedLettersAndFolds() {
    SplittableRandom r = new SplittableRandom(9);
    for (int n = 0; n < 300_000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(40);
      for (int k = 0; k < len; k++) {
        sb.append(r.nextInt(8) == 0 ? FOLD_VARIANTS[r.nextInt(FOLD_VARIANTS.length)] : ALPHABET[r.nextInt(ALPHABET.length)]);
      }
      String s = sb.toString();
      NormalizedText want = PreviousNormalizer.normalize(s);
      NormalizedText got = TextNormalizer.normalize(s);
      assertEquals(want.text(), got.text(), s);
      for (int i = 0; i < want.text().length(); i++) {
        assertEquals(want.originalStart(i), got.originalStart(i), s);
        assertEquals(want.originalEnd(i), got.originalEnd(i), s);
      }
    }
  }

  @Test
  void foldThatLengthens_manyTimesInOneText() {
    String s = "個人番号カード".repeat(200);
    NormalizedText nt = TextNormalizer.normalize(s);
    assertEquals("マイナンバーカード".repeat(200), nt.text());
    assertEquals(7 * 199, nt.originalStart(9 * 199));
    assertEquals(7 * 200, nt.originalEnd(9 * 200 - 1));
  }

  private static final String[] FOLD_VARIANTS = {
    "手続き", "取り組み", "取組み", "取り組", "申し込み", "申込み", "申し込", "問い合わせ", "問合わせ", "打ち合わせ",
    "デバインド", "デジタルデバイス対策", "デジタル・デバイド", "ディバイド", "見直し", "行なう", "利活用", "e-ltax",
    "E-LTAX", "マイナンバー・カード", "個人番号カード", "テレ・ワーク", "ウェブ", "ウエブ", "ホームページ", "ﾎｰﾑﾍﾟｰｼﾞ",
    "手続 き", "I C T", "a b c",
  };
}
