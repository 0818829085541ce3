package io.github.dxplan.validation;

import org.hibernate.validator.spi.cfg.ConstraintMappingContributor;

/**
 * Adds dxplan's constraints when named in Hibernate Validator's property {@code
 * hibernate.validator.constraint_mapping_contributors} (in {@code META-INF/validation.xml} or a
 * framework's validation properties), for applications that configure validation without code.
 *
 * <p>It does what {@link DxplanConstraints#addTo} does. This class is stateless and thread-safe.
 */
public final class DxplanConstraintMappingContributor implements ConstraintMappingContributor {

  /** Creates the contributor; Hibernate Validator instantiates it by name. */
  public DxplanConstraintMappingContributor() {}

  @Override
  public void createConstraintMappings(ConstraintMappingBuilder builder) {
    DxplanConstraints.define(builder.addConstraintMapping());
  }
}
