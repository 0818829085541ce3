package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.LocalGovernmentCode;
import java.util.Optional;

/**
 * One row of the official list of 全国地方公共団体コード.
 *
 * <p>Example: {@code LocalGovernments.shipped().find("082236")} is 潮来市, 茨城県, {@link
 * LocalGovernmentType#CITY}. This class is immutable and thread-safe.
 *
 * @param code the 6-digit code
 * @param prefecture the prefecture's name (漢字)
 * @param name the name (漢字); a designated-city ward carries its city, e.g. 札幌市中央区
 * @param kana the name in half-width katakana, as the official list gives it
 * @param type the kind
 * @param parent for a {@link LocalGovernmentType#DESIGNATED_WARD}, its designated city's code
 * @param northernTerritories whether it is one of the six 北方領土 villages (a code, no administration)
 */
public record LocalGovernment(
    LocalGovernmentCode code,
    String prefecture,
    String name,
    String kana,
    LocalGovernmentType type,
    Optional<LocalGovernmentCode> parent,
    boolean northernTerritories) {

  /** Checks that every component is present. */
  public LocalGovernment {
    requireNonNull(code, "code");
    requireNonNull(prefecture, "prefecture");
    requireNonNull(name, "name");
    requireNonNull(kana, "kana");
    requireNonNull(type, "type");
    requireNonNull(parent, "parent");
  }

  /** Returns e.g. {@code 潮来市 (茨城県, 082236)}. */
  @Override
  public String toString() {
    return name + " (" + prefecture + ", " + code.value() + ")";
  }
}
