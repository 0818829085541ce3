/**
 * dxplan's mapping of a plan onto the national 自治体DX推進計画: the coverage mapper, its inference
 * and the report exports. The catalogues themselves are module {@code io.github.dxplan.catalog}.
 *
 * <p>Only the API packages are exported; {@code …internal} packages are not readable from other
 * modules.
 */
module io.github.dxplan.mapping {
  requires transitive io.github.dxplan.model;
  requires transitive io.github.dxplan.catalog;

  exports io.github.dxplan.mapping;
  exports io.github.dxplan.mapping.export;
}
