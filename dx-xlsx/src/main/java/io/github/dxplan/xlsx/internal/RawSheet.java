package io.github.dxplan.xlsx.internal;

import java.util.List;

/**
 * One sheet as stored.
 *
 * @param name the sheet name
 * @param hidden whether the sheet is hidden (or very hidden)
 * @param rows the rows with at least one cell, in order
 * @param merges the merged ranges ({@code A3:A5})
 */
public record RawSheet(String name, boolean hidden, List<RawRow> rows, List<String> merges) {}
