/**
 * The national 自治体DX推進計画 as data: the shipped catalogue versions, their crosswalk, and the
 * loader for user catalogues.
 *
 * <p>Only the API package is exported to everyone; {@code …internal} only to dx-mapping.
 */
module io.github.dxplan.catalog {
  requires transitive io.github.dxplan.model;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;

  exports io.github.dxplan.catalog;
  // Shared implementation (the YAML tree reader, the bounded reading) for the term dictionary of
  // dx-mapping only; not API.
  exports io.github.dxplan.catalog.internal to io.github.dxplan.mapping;
}
