package io.github.dxplan.examples;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The five seed plans: real municipal DX plans encoded in the dxplan format and shipped as classpath
 * resources of this module ({@code /plans/<id>.yaml}).
 *
 * <pre>{@code
 * DxPlan itako = SeedPlans.load("itako-2023");
 * itako.title();                      // 潮来市DX推進計画
 * SeedPlans.ids();                    // [utsunomiya-2020, utsunomiya-2023, oyama-2021, nasukarasuyama-2024, itako-2023]
 * }</pre>
 *
 * <table>
 *   <caption>The seed plans</caption>
 *   <tr><th>id</th><th>document</th></tr>
 *   <tr><td>utsunomiya-2020</td><td>宇都宮市 情報化推進に係る取組状況 (令和2年度の重点取組, 基本方針Ⅰ–Ⅳ)</td></tr>
 *   <tr><td>utsunomiya-2023</td><td>宇都宮市 DX実現タスク (令和5年2月, 工程表 R5–R9)</td></tr>
 *   <tr><td>oyama-2021</td><td>第3次小山市情報化基本計画, chapter 5</td></tr>
 *   <tr><td>nasukarasuyama-2024</td><td>那須烏山市DX推進計画 原案 (令和6–10年度)</td></tr>
 *   <tr><td>itako-2023</td><td>潮来市DX推進計画 (令和5年12月, 令和5–7年度)</td></tr>
 * </table>
 *
 * <h2>How the seeds are encoded</h2>
 *
 * <ul>
 *   <li>Text fields hold the city's own words, typos and full-width forms included; nothing is
 *       guessed. A figure lost when the source was extracted to text has no value.
 *   <li>National items ({@code nationalItems}) are only those the city itself claims, at the level it
 *       claims them (潮来市 per 施策 in its 対応表, 那須烏山市 per 基本目標); 宇都宮市 and 小山市 claim none.
 *   <li>宇都宮市 2023: ● is {@link io.github.dxplan.model.Approach#FORECAST}, ◎ is {@link
 *       io.github.dxplan.model.Approach#BACKCAST}. A 工程 cell goes to an initiative's roadmap only when
 *       its words name that initiative (or its row has one initiative); other cells stay with the row as
 *       a measure note such as "R7: 実施". The bars were lost in extraction, so each entry spans the one
 *       column where its text sits; KPI figures lost with the charts are absent.
 *   <li>宇都宮市 2020: the 令和元年度 results (section 1) are kept in each policy's notes; section 3 (⑴…⑷
 *       with 重点取組 ア/イ/ウ) gives the measures and initiatives.
 *   <li>The files are in canonical form: exactly what {@code PlanWriter.yaml()} writes for the plan they
 *       hold (a test checks it byte for byte).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SeedPlans {

  private static final List<String> IDS =
      List.of("utsunomiya-2020", "utsunomiya-2023", "oyama-2021", "nasukarasuyama-2024", "itako-2023");

  private SeedPlans() {}

  /**
   * Returns the ids of the seed plans, oldest city document first within each city, in a fixed order.
   *
   * @return the ids: utsunomiya-2020, utsunomiya-2023, oyama-2021, nasukarasuyama-2024, itako-2023
   */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * Reads the seed plan with the given id.
   *
   * @param id an id from {@link #ids()}, e.g. {@code "itako-2023"}
   * @return the plan
   * @throws IllegalArgumentException if there is no seed plan with that id
   */
  public static DxPlan load(String id) {
    return PlanReader.yaml().read(bytes(id), fileName(id));
  }

  /**
   * Reads all seed plans, in the order of {@link #ids()}.
   *
   * @return the plans
   */
  public static List<DxPlan> loadAll() {
    List<DxPlan> plans = new ArrayList<>();
    for (String id : IDS) {
      plans.add(load(id));
    }
    return List.copyOf(plans);
  }

  /**
   * Returns the seed plan's file as stored: canonical YAML, UTF-8.
   *
   * @param id an id from {@link #ids()}
   * @return the YAML text
   * @throws IllegalArgumentException if there is no seed plan with that id
   */
  public static String yaml(String id) {
    return new String(bytes(id), StandardCharsets.UTF_8);
  }

  /**
   * Returns the classpath resource name of a seed plan, e.g. {@code /plans/itako-2023.yaml}.
   *
   * @param id an id from {@link #ids()}
   * @return the absolute resource name
   * @throws IllegalArgumentException if there is no seed plan with that id
   */
  public static String resourceName(String id) {
    return "/plans/" + fileName(id);
  }

  private static String fileName(String id) {
    requireNonNull(id, "id");
    if (!IDS.contains(id)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "no seed plan with id \"%s\"; the seed plans are %s", id, IDS));
    }
    return id + ".yaml";
  }

  private static byte[] bytes(String id) {
    String name = resourceName(id);
    try (InputStream in = SeedPlans.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("seed plan resource missing from the classpath: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }
}
