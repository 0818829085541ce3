package io.github.dxplan.benchmarks;

import io.github.dxplan.model.DxPlan;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.function.Function;

/**
 * The validation and mapping stages, found on the class path when their modules provide them.
 *
 * <p>{@code dx-validation} ({@code PlanValidator.create().validate(plan)}) and {@code dx-mapping}
 * ({@code CoverageMapper.create().map(plan)}) are built on other branches; looking them up here lets
 * the benchmarks compile and run at every stage of that work and report a missing stage as missing
 * ({@code null} with a note) rather than fail or fake a number. The call goes through a
 * {@link MethodHandle}, whose cost is nanoseconds against the microseconds of the work.
 */
final class Stages {
  static final String VALIDATOR = "io.github.dxplan.validation.PlanValidator";
  static final String MAPPER = "io.github.dxplan.mapping.CoverageMapper";

  private Stages() {}

  /** {@code PlanValidator.create()::validate}, if dx-validation provides it. */
  static Optional<Function<DxPlan, Object>> validator() {
    return find(VALIDATOR, "validate");
  }

  /** {@code CoverageMapper.create()::map}, if dx-mapping provides it. */
  static Optional<Function<DxPlan, Object>> mapper() {
    return find(MAPPER, "map");
  }

  /** Why a stage is missing, for the notes. */
  static String missing(String className, String method) {
    return className + ".create()." + method + "(DxPlan) is not on the class path (not merged yet)";
  }

  private static Optional<Function<DxPlan, Object>> find(String className, String method) {
    Class<?> type;
    try {
      type = Class.forName(className);
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Object instance = type.getMethod("create").invoke(null);
      Class<?> returns = type.getMethod(method, DxPlan.class).getReturnType();
      MethodHandle mh = lookup.findVirtual(type, method, MethodType.methodType(returns, DxPlan.class))
          .bindTo(instance)
          .asType(MethodType.methodType(Object.class, DxPlan.class));
      return Optional.of(plan -> {
        try {
          return mh.invokeExact(plan);
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw new IllegalStateException(e);
        }
      });
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }
}
