/**
 * Implementation detail of the catalogue: the location-tracking YAML/JSON tree reader and the
 * validating mappers from that tree to catalogue values. Not an API: users call
 * {@link io.github.dxplan.catalog.CatalogLoader}.
 */
package io.github.dxplan.catalog.internal;
