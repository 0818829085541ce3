package io.github.dxplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.catalog.NationalCatalogs;
import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.mapping.UnresolvedClaim;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.validation.Finding;
import io.github.dxplan.validation.PlanValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Validation and mapping pick the same version by the one rule, so a claim is an ERROR (DX-ID-005)
 * exactly when the mapper cannot resolve it and no unshipped revision explains it.
 */
class ValidationAgreesWithMappingTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void unknownClaimErrors_matchTheMappersUnresolvedClaims_forEveryVersionDateAndCode() {
    PlanValidator validator = PlanValidator.builder().clock(CLOCK).build();
    CoverageMapper mapper = CoverageMapper.builder().clock(CLOCK).build();
    Set<String> codes = new TreeSet<>();
    for (NationalCatalog c : NationalCatalogs.shipped().versions()) {
      codes.addAll(c.codes());
    }
    codes.add("NOT_A_NATIONAL_ITEM");
    List<String> versions = new ArrayList<>(NationalCatalogs.shipped().versionNames());
    versions.add(null);
    versions.add("9.9");
    DxPlan seed = SeedPlans.load("itako-2023");
    int compared = 0;
    for (String version : versions) {
      for (String adopted : new String[] {"2021-06", "2023-06", "2024-03", "2024-06", null}) {
        BasicPolicy p = seed.policies().get(0);
        BasicPolicy claiming = new BasicPolicy(p.id(), p.label(), p.title(), p.description(), List.copyOf(codes),
            p.measures(), p.kpis(), p.kpiRefs(), p.notes());
        DxPlan plan = new DxPlan(seed.schemaVersion(), seed.id(), seed.title(), seed.status(), seed.municipality(),
            null, adopted == null ? null : PlanDate.parse(adopted), seed.period(), version, seed.vision(),
            seed.description(), seed.governance(), seed.notes(), List.of(claiming), seed.previousPlan(),
            seed.tables(), seed.glossary());
        Set<String> errors = new LinkedHashSet<>();
        for (Finding f : validator.validate(plan).findings()) {
          if (f.code().equals("DX-ID-005") && f.path().startsWith("/policies/0/nationalItems/")) {
            errors.add(f.path());
          }
        }
        CoverageReport r = mapper.map(plan);
        Set<String> unresolved = new LinkedHashSet<>();
        for (UnresolvedClaim u : r.unresolvedClaims()) {
          if (u.addedBy().isEmpty() && u.path().startsWith("/policies/0/nationalItems/")) {
            unresolved.add(u.path());
          }
        }
        assertThat(errors).as("version %s, adopted %s (mapped against %s)", version, adopted, r.version())
            .isEqualTo(unresolved).isNotEmpty();
        compared++;
      }
    }
    assertThat(compared).isEqualTo(30);
  }
}
