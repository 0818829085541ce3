package io.github.dxplan.draft;

/**
 * One place in the document a person must check before the draft is trusted.
 *
 * @param kind what to check: {@code FIGURES} (a KPI's figures not read), {@code SPAN} (a 工程's end not
 *     told), {@code UNSURE} / {@code UNSURE_SKIPPED} (a heading drafted or left out with low confidence),
 *     {@code SKIPPED} (a table of contents, appendix, or the national or previous plan's lists),
 *     {@code IMPLICIT} / {@code DERIVED} (a level the document did not head), {@code CLAIM} (a national
 *     item named in the city's words), {@code METADATA}, {@code READER} (what the reader did)
 * @param page the page (1 for a text without page marks)
 * @param line the line: in the text file, or on the PDF page
 * @param ja the message in Japanese
 * @param en the message in English
 */
public record ReviewItem(String kind, int page, int line, String ja, String en) {}
