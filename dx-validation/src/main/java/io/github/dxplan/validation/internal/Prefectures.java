package io.github.dxplan.validation.internal;

import java.util.List;

/** The 47 prefectures by their JIS X 0401 code (01 北海道 … 47 沖縄県), the first two digits of a 団体コード. */
final class Prefectures {
  private static final List<String> NAMES =
      List.of(
          "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県",
          "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",
          "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県",
          "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県",
          "宮崎県", "鹿児島県", "沖縄県");

  private Prefectures() {}

  /** Returns the name for a two-digit code ("09" → 栃木県). */
  static String name(String twoDigits) {
    int n = Integer.parseInt(twoDigits);
    return NAMES.get(n - 1);
  }

  /** Tells whether text names the prefecture, with or without 都・府・県 (栃木県, 栃木). */
  static boolean matches(String text, String name) {
    String t = text.strip();
    if (t.equals(name)) {
      return true;
    }
    return !name.equals("北海道") && t.equals(name.substring(0, name.length() - 1));
  }
}
