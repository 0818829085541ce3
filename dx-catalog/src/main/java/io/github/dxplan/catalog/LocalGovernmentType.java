package io.github.dxplan.catalog;

import java.util.Locale;

/** The kind of a local government in the official code list. */
public enum LocalGovernmentType {
  /** 都道府県. */
  PREFECTURE("prefecture", "都道府県"),
  /** 政令指定都市. */
  DESIGNATED_CITY("designated_city", "政令指定都市"),
  /** 市 (other than a designated city). */
  CITY("city", "市"),
  /** 特別区 (東京都's 23 wards). */
  SPECIAL_WARD("special_ward", "特別区"),
  /** 町. */
  TOWN("town", "町"),
  /** 村. */
  VILLAGE("village", "村"),
  /** A ward of a designated city (政令市の区); it has a parent city. */
  DESIGNATED_WARD("designated_ward", "政令市の区");

  private final String id;
  private final String ja;

  LocalGovernmentType(String id, String ja) {
    this.id = id;
    this.ja = ja;
  }

  /**
   * Returns the name used in the TSV and in exports.
   *
   * @return e.g. {@code designated_city}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the Japanese name.
   *
   * @return e.g. 政令指定都市
   */
  public String ja() {
    return ja;
  }

  /**
   * Returns the type of a TSV name.
   *
   * @param id e.g. {@code town}
   * @return the type, or null if unknown
   */
  public static LocalGovernmentType ofId(String id) {
    for (LocalGovernmentType t : values()) {
      if (t.id.equals(id.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    return null;
  }
}
