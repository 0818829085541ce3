/**
 * Test fixtures for dxplan's own tests: seeded generators of plans and a small runner for property
 * tests over them. Used in test scope only; not published as part of the API.
 */
package io.github.dxplan.testing;
