package consumer;

import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.validation.PlanValidator;
import java.io.InputStream;

/** What an application on the module path does with a plan: read, validate, map. */
public final class Summary {
  private Summary() {}

  public static String of(InputStream yaml, String name) {
    DxPlan plan = PlanReader.yaml().read(yaml, name);
    int findings = PlanValidator.create().validate(plan).findings().size();
    int items = CoverageMapper.create().map(plan).items().size();
    return plan.title() + ": " + findings + " findings, " + items + " national items";
  }
}
