/** Implementation of the workbook format: the bounded zip and XML reader, the sheet layout, the writer. */
package io.github.dxplan.xlsx.internal;
