package io.github.dxplan.xlsx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet to write: its columns, its data rows (cell texts, {@code null} for empty) and an example
 * row for the template.
 */
final class SheetData {
  final String name;
  final List<Col> cols;
  final List<String[]> rows = new ArrayList<>();
  String[] example;

  SheetData(String name, List<Col> cols) {
    this.name = name;
    this.cols = cols;
  }

  String[] newRow() {
    String[] r = new String[cols.size()];
    rows.add(r);
    return r;
  }

  int index(String key) {
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
