package io.github.dxplan.model;

/**
 * The local government that wrote a plan.
 *
 * <p>Example: {@code new Municipality(LocalGovernmentCode.parse("082236"), "潮来市", "茨城県")}.
 * Every part may be {@code null} when a plan does not state it.
 *
 * @param code the 全国地方公共団体コード, or {@code null}
 * @param name the name as the city writes it, or {@code null}
 * @param prefecture the prefecture, or {@code null}
 */
public record Municipality(LocalGovernmentCode code, String name, String prefecture) {}
