/** The streaming parser and generator behind the plan format; not part of the API. */
package io.github.dxplan.model.format.internal;
