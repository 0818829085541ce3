/**
 * dxplan's mapping of a plan onto the national 自治体DX推進計画: the shipped catalogues, the coverage
 * mapper and the report exports.
 *
 * <p>Only the API packages are exported; {@code …internal} packages are not readable from other
 * modules.
 */
module io.github.dxplan.mapping {
  requires transitive io.github.dxplan.model;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;

  exports io.github.dxplan.mapping;
  exports io.github.dxplan.mapping.catalog;
  exports io.github.dxplan.mapping.export;
}
