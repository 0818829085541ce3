/**
 * A Jackson 2 module for dxplan plans ({@link io.github.dxplan.jackson2.DxplanJackson2Module}), for
 * applications still on {@code com.fasterxml.jackson}, such as Spring Boot 3 services.
 */
module io.github.dxplan.jackson2 {
  requires transitive io.github.dxplan.model;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.dxplan.jackson2;

  provides com.fasterxml.jackson.databind.Module with io.github.dxplan.jackson2.DxplanJackson2Module;
}
