/**
 * dxplan plans for Jackson 2 ({@code com.fasterxml.jackson}): {@link
 * io.github.dxplan.jackson2.DxplanJackson2Module}.
 */
package io.github.dxplan.jackson2;
