package io.github.dxplan.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of {@code docs/architecture.md}, checked over the compiled main classes of
 * every module dx-examples sees (dx-model, dx-validation, dx-mapping, dx-testing and this module).
 * dx-cli is not on this classpath, so what it does is not checked here, but nothing here may depend
 * on it.
 */
class ArchitectureTest {

  private static final String ROOT = "io.github.dxplan";

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void theImport_seesTheModules() {
    // guard against rules that pass because nothing was imported
    assertThat(classes.containPackage("io.github.dxplan.model")).isTrue();
    assertThat(classes.containPackage("io.github.dxplan.model.format")).isTrue();
    assertThat(classes.containPackage("io.github.dxplan.catalog")).isTrue();
    assertThat(classes.containPackage("io.github.dxplan.validation")).isTrue();
    assertThat(classes.containPackage("io.github.dxplan.mapping")).isTrue();
    assertThat(classes.containPackage("io.github.dxplan.examples")).isTrue();
  }

  @Test
  void modules_haveNoDependencyCycles() {
    // one slice per module: io.github.dxplan.model.., io.github.dxplan.mapping.., …
    slices().matching("io.github.dxplan.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void model_dependsOnNoOtherModuleAndNotOnHibernate() {
    noClasses()
        .that()
        .resideInAPackage("io.github.dxplan.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.dxplan.catalog..",
            "io.github.dxplan.validation..",
            "io.github.dxplan.mapping..",
            "io.github.dxplan.cli..",
            "io.github.dxplan.examples..",
            "io.github.dxplan.testing..",
            "org.hibernate..",
            "jakarta.validation..")
        .check(classes);
  }

  @Test
  void catalog_dependsOnlyOnTheModel() {
    noClasses()
        .that()
        .resideInAPackage("io.github.dxplan.catalog..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.dxplan.validation..",
            "io.github.dxplan.mapping..",
            "io.github.dxplan.cli..",
            "io.github.dxplan.examples..",
            "io.github.dxplan.testing..")
        .check(classes);
  }

  @Test
  void validationAndMapping_takeTheCatalogueFromDxCatalog() {
    // Both use it (so neither keeps a copy of its own), and neither depends on the other (below).
    classes().that().resideInAPackage("io.github.dxplan.validation.internal..").and().haveSimpleName("PlanChecks")
        .should().dependOnClassesThat().resideInAPackage("io.github.dxplan.catalog..").check(classes);
    classes().that().resideInAPackage("io.github.dxplan.mapping..").and().haveSimpleName("CoverageMapper")
        .should().dependOnClassesThat().resideInAPackage("io.github.dxplan.catalog..").check(classes);
  }

  @Test
  void mapping_doesNotDependOnValidation() {
    noClasses()
        .that()
        .resideInAPackage("io.github.dxplan.mapping..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.dxplan.validation..", "io.github.dxplan.cli..", "io.github.dxplan.examples..")
        .check(classes);
  }

  @Test
  void validation_doesNotDependOnMappingCliOrExamples() {
    noClasses()
        .that()
        .resideInAPackage("io.github.dxplan.validation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.dxplan.mapping..", "io.github.dxplan.cli..", "io.github.dxplan.examples..")
        .allowEmptyShould(true) // dx-validation may have no classes yet
        .check(classes);
  }

  @Test
  void publicApi_exposesNoInternalType() {
    classes()
        .that()
        .resideInAPackage("io.github.dxplan..")
        .and()
        .resideOutsideOfPackage("..internal..")
        .and()
        .arePublic()
        .should(exposeNoInternalType())
        .check(classes);
  }

  /**
   * A public type's supertypes and the signatures of its public and protected constructors, methods
   * and fields — including generic type arguments, type-parameter bounds and thrown types — name no
   * type from an {@code internal} package.
   */
  private static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("expose no type of an ..internal.. package in its public signatures") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<String> problems = new ArrayList<>();
        if (type.getSuperclass().isPresent()) {
          report(problems, "extends", type.getSuperclass().get());
        }
        for (JavaType i : type.getInterfaces()) {
          report(problems, "implements", i);
        }
        for (JavaCodeUnit code : type.getCodeUnits()) {
          if (!visible(code.getModifiers()) || code.getName().equals("<clinit>")) {
            continue;
          }
          String where = code.getFullName();
          report(problems, where + " returns", code.getReturnType());
          for (JavaType p : code.getParameterTypes()) {
            report(problems, where + " takes", p);
          }
          for (JavaType t : code.getTypeParameters()) {
            report(problems, where + " has type parameter", t);
          }
          for (JavaClass t : code.getThrowsClause().getTypes()) {
            report(problems, where + " throws", t);
          }
        }
        for (JavaField field : type.getFields()) {
          if (visible(field.getModifiers())) {
            report(problems, field.getFullName() + " has type", field.getType());
          }
        }
        for (String problem : problems) {
          events.add(SimpleConditionEvent.violated(type, problem));
        }
      }
    };
  }

  private static boolean visible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static void report(List<String> problems, String what, JavaType type) {
    Set<JavaClass> internal = new LinkedHashSet<>();
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      if (raw.getPackageName().startsWith(ROOT) && raw.getPackageName().contains(".internal")) {
        internal.add(raw);
      }
    }
    for (JavaClass raw : internal) {
      problems.add(what + " " + raw.getName() + ", which is internal");
    }
  }
}
