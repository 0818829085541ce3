/**
 * The plan model: a municipal DX plan (自治体DX推進計画) as immutable values.
 *
 * <p>A {@link io.github.dxplan.model.DxPlan} holds 基本方針 ({@link io.github.dxplan.model.BasicPolicy}),
 * 施策 ({@link io.github.dxplan.model.Measure}) and 取組 ({@link io.github.dxplan.model.Initiative}), with
 * KPIs, roadmaps (工程表) and departments (所管課). Text fields keep the city's own wording; nothing in this
 * package normalizes it. Scalars that people write in many forms — fiscal years, 全国地方公共団体コード,
 * adoption dates — are value types with {@code parse} methods. The JSON/YAML format lives in
 * {@link io.github.dxplan.model.format}.
 *
 * <p>Records here check only that required parts are present and copy their lists; whether a plan is
 * sensible (periods in order, KPIs consistent) is the job of dx-validation, which reports every problem
 * at once instead of throwing.
 */
package io.github.dxplan.model;
