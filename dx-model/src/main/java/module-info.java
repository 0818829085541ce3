/**
 * dxplan's model of a municipal DX plan: the entities, fiscal years, local government codes and the
 * JSON/YAML plan format ({@link io.github.dxplan.model.format.PlanReader},
 * {@link io.github.dxplan.model.format.PlanWriter}, {@link io.github.dxplan.model.format.DxplanModule}).
 *
 * <p>Only the API packages are exported; {@code …internal} packages are not readable from other
 * modules. The Jackson module is provided as a service, so {@code findAndAddModules()} finds it.
 */
module io.github.dxplan.model {
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports io.github.dxplan.model;
  exports io.github.dxplan.model.format;

  provides tools.jackson.databind.JacksonModule with io.github.dxplan.model.format.DxplanModule;
}
