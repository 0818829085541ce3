package io.github.dxplan.catalog;

/**
 * The section of the national plan an item belongs to.
 *
 * <p>For example, {@code STANDARDIZATION} (自治体の情報システムの標準化・共通化) is a {@link #PRIORITY}
 * item in every version. The declaration order is the order of the sections in the national
 * plan, and the order in which {@link NationalCatalog#items()} lists them.
 */
public enum Category {
  /** 推進体制の構築: how the local government organises itself for DX. */
  STRUCTURE,
  /** 重点取組事項: the priority items every local government is expected to address. */
  PRIORITY,
  /** 自治体DXの取組とあわせて取り組むべき事項: items to pursue together with DX. */
  COMPANION,
  /** その他 / 各団体において必要に応じ実施を検討する取組: items each government considers as needed. */
  OPTIONAL
}
