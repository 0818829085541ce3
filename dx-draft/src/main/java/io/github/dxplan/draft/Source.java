package io.github.dxplan.draft;

/**
 * Where a drafted element stands in the document and how sure the drafter is of it.
 *
 * @param page the page (1 for a text without page marks)
 * @param line the line: in the text file, or on the PDF page
 * @param confidence 0–1: the share of like headings in the training plans that were this element
 */
public record Source(int page, int line, double confidence) {}
