module consumer {
  requires io.github.dxplan.mapping;
  requires io.github.dxplan.validation;
  requires io.github.dxplan.jackson2;

  exports consumer;
}
