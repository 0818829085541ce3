/**
 * The national 自治体DX推進計画 as versioned data: each version's items with their stable codes,
 * titles, categories, order, deadlines and targets, and how sure each fact is.
 *
 * <p>Start from {@link io.github.dxplan.catalog.NationalCatalogs#shipped()}:
 *
 * <pre>{@code
 * NationalCatalogs catalogs = NationalCatalogs.shipped();
 * NationalCatalog v23 = catalogs.get("2.3");
 * v23.items(Category.PRIORITY);        // FRONTYARD, STANDARDIZATION, ELTAX_PUBLIC_FUNDS, ...
 * catalogs.inForceOn(LocalDate.of(2023, 12, 1)).orElseThrow().version();   // "2.0"
 * CatalogCrosswalk.between(catalogs.get("2.0"), v23).absorbed();          // ONLINE_PROCEDURES into FRONTYARD
 * }</pre>
 *
 * <p>Users load their own catalogue files (a newer national revision, a prefecture's plan) with
 * {@link io.github.dxplan.catalog.CatalogLoader} and add them with
 * {@link io.github.dxplan.catalog.NationalCatalogs#withCatalog(NationalCatalog)}. The file
 * format is described in {@code docs/national-catalogue.md}.
 */
package io.github.dxplan.catalog;
