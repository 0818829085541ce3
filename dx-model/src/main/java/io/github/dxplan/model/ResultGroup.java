package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Lists;
import java.util.List;

/**
 * What a plan says about a whole group of previous-plan results, such as a 基本方針 of the previous
 * plan: its assessment, the 課題 it found and the 方向性 it draws. Results belong to the group whose
 * {@code name} their {@link PreviousResult#group() group} names.
 *
 * <p>Example from 宇都宮市 2023's review of 第4次宇都宮市情報化計画: group 「基本方針Ⅰ
 * 市民生活に身近な分野のデジタルサービスの拡充」, challenges 「スマートフォンアプリやSNSを活用し、…」, outlook
 * 「⇒あらゆる分野におけるデジタルサービスの提供を進める…」.
 *
 * @param name the group as written, matching the results' {@code group}
 * @param assessment the plan's overall assessment of the group (評価, 成果), or {@code null}
 * @param challenges 課題 the plan names for the group, one entry per point
 * @param outlook 方向性 / 今後の方向性, one entry per point
 * @param notes text the plan states here that has no other home
 */
public record ResultGroup(
    String name, String assessment, List<String> challenges, List<String> outlook, List<String> notes) {
  /** Checks the name and copies the lists. */
  public ResultGroup {
    requireNonNull(name, "name");
    challenges = Lists.copy(challenges, "challenges");
    outlook = Lists.copy(outlook, "outlook");
    notes = Lists.copy(notes, "notes");
  }
}
