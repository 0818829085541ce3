/**
 * Implementation of inference: the text normalizer (NFKC and folding with an offset map), the
 * Aho–Corasick term automaton, the terms-file loader and the scorer. Not an API.
 */
package io.github.dxplan.mapping.internal;
