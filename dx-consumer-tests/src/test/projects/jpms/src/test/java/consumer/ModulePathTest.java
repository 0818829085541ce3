package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dxplan.jackson2.DxplanJackson2Module;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.DxplanModule;
import io.github.dxplan.validation.DxplanConstraints;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.InputStream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ModulePathTest {

  @Test
  void dxplan_isOnTheModulePathAsNamedModules() {
    assertEquals("consumer", Summary.class.getModule().getName());
    assertEquals("io.github.dxplan.model", DxPlan.class.getModule().getName());
    assertEquals("io.github.dxplan.jackson2", DxplanJackson2Module.class.getModule().getName());
    assertEquals("io.github.dxplan.validation", DxplanConstraints.class.getModule().getName());
  }

  @Test
  void internalPackages_areNotExported() {
    Module model = DxPlan.class.getModule();
    assertTrue(model.isExported("io.github.dxplan.model.format"));
    assertFalse(model.isExported("io.github.dxplan.model.internal"));
    assertFalse(model.isExported("io.github.dxplan.model.format.internal"));
    Module validation = DxplanConstraints.class.getModule();
    assertFalse(validation.isExported("io.github.dxplan.validation.internal"));
    assertFalse(validation.isOpen("io.github.dxplan.validation.internal", Summary.class.getModule()));
  }

  @Test
  void aPlan_readsValidatesAndMaps() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/itako-2023.yaml")) {
      assertTrue(Summary.of(in, "itako-2023.yaml").contains("national items"));
    }
  }

  @Test
  void findAndAddModules_findsTheJacksonModuleAsAService() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof DxplanModule));
    DxPlan plan = mapper.readValue("{\"title\":\"計画\"}", DxPlan.class);
    assertEquals("計画", plan.title());
  }

  @Test
  void hibernateValidator_instantiatesTheConstraintValidatorsOnTheModulePath() throws Exception {
    Validator validator = DxplanConstraints.addTo(Validation.byProvider(HibernateValidator.class).configure())
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
    DxPlan plan = JsonMapper.builder().addModule(new DxplanModule()).build()
        .readValue("{\"title\":\"計画\",\"policies\":[{\"title\":\"\"}]}", DxPlan.class);
    assertFalse(validator.validate(plan).isEmpty());
  }
}
