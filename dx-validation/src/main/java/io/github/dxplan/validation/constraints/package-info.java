/**
 * Jakarta Validation constraints for the plan model, for a user's own {@code Validator}: {@link
 * io.github.dxplan.validation.constraints.ValidPlan} on {@code DxPlan}, {@link
 * io.github.dxplan.validation.constraints.ConsistentKpi} on {@code Kpi}, {@link
 * io.github.dxplan.validation.constraints.OrderedFiscalYearRange} on {@code FiscalYearRange} and {@link
 * io.github.dxplan.validation.constraints.ConsistentRoadmapEntry} on {@code RoadmapEntry}.
 *
 * <p>The model carries no annotations; {@link io.github.dxplan.validation.DxplanConstraints#addTo} puts
 * these constraints on the model types and registers their validators (which live in {@code
 * io.github.dxplan.validation.internal}) programmatically, as Hibernate Validator recommends. The same
 * annotations can be placed on a user's own fields ({@code @ConsistentKpi Kpi kpi}) once registered. The
 * validators run the same rule code as {@link io.github.dxplan.validation.PlanValidator}.
 */
package io.github.dxplan.validation.constraints;
