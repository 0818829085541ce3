/** Drafts a plan from a city's own document, with the places a person must check. */
package io.github.dxplan.draft;
