package io.github.dxplan.xlsx.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Japanese of each listed code, and reading a chosen value back. */
final class Choices {
  private Choices() {}

  private static final Map<String, String> JA = Map.ofEntries(
      Map.entry("INCREASE", "増加"),
      Map.entry("DECREASE", "減少"),
      Map.entry("MAINTAIN", "維持"),
      Map.entry("AT_LEAST", "以上"),
      Map.entry("AT_MOST", "以下"),
      Map.entry("LESS_THAN", "未満"),
      Map.entry("MORE_THAN", "超"),
      Map.entry("EQUAL", "ちょうど"),
      Map.entry("FORECAST", "フォアキャスト"),
      Map.entry("BACKCAST", "バックキャスト"),
      Map.entry("STUDY", "調査・検討"),
      Map.entry("PLAN", "計画・設計"),
      Map.entry("PILOT", "試行・実証"),
      Map.entry("IMPLEMENT", "導入・実施"),
      Map.entry("OPERATE", "運用"),
      Map.entry("EVALUATE", "評価・見直し"),
      Map.entry("OTHER", "その他"),
      Map.entry("DRAFT", "原案"),
      Map.entry("ADOPTED", "策定済み"),
      Map.entry("STATED", "記載どおり"),
      Map.entry("APPROXIMATE", "おおよそ"),
      Map.entry("UNKNOWN", "終わり不明"),
      Map.entry("NOT_SET", "設定なし"),
      Map.entry("NOT_RECOVERED", "読み取れず"));

  /** The text a cell shows for a code: 増加（INCREASE）, or the code where no Japanese is known. */
  static String display(String code) {
    String ja = JA.get(code);
    return ja == null ? code : ja + "（" + code + "）";
  }

  static List<String> displays(List<String> codes) {
    List<String> out = new ArrayList<>(codes.size());
    for (String c : codes) {
      out.add(display(c));
    }
    return out;
  }

  /**
   * Reads a chosen value: the displayed form, the code alone or the Japanese alone (any width, any
   * case for the code).
   *
   * @return the code, or {@code null} if it is none of the choices
   */
  static String read(String text, List<String> codes) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    for (String code : codes) {
      String ja = JA.get(code);
      String shown = Normalizer.normalize(display(code), Normalizer.Form.NFKC);
      if (t.equals(shown) || t.equalsIgnoreCase(code) || (ja != null && t.equals(Normalizer.normalize(ja, Normalizer.Form.NFKC)))
          || t.toUpperCase(Locale.ROOT).equals(code)) {
        return code;
      }
    }
    return null;
  }
}
