/**
 * Helpers of dx-model that users must not touch: the Japanese era table and the reader for
 * years as Japanese documents write them.
 *
 * <p>Nothing here is API; it may change in any release. The public types in {@code
 * io.github.dxplan.model} never expose these classes.
 */
package io.github.dxplan.model.internal;
