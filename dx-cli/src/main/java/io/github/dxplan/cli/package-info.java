/**
 * The {@code dx} command: validate plans, check them against the national 自治体DX推進計画, compare many plans,
 * browse the national catalogue, convert between YAML and JSON, and print the JSON Schema of the format.
 *
 * <p>{@link io.github.dxplan.cli.DxCommand} is the entry point; run it with {@code ./dx} at the repository
 * root. Exit codes: 0 done, 1 findings at or above the failure threshold, 2 the input or the command line
 * could not be used.
 */
package io.github.dxplan.cli;
