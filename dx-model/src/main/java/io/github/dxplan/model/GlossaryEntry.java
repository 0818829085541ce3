package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

/**
 * One entry of a plan's 用語解説 or one footnote, in the city's words.
 *
 * <p>Example from 潮来市: {@code new GlossaryEntry("RPA", "Robotic Process Automationの略。…")}; a footnote
 * keeps its mark as the term ({@code "※1"}).
 *
 * @param term the term or footnote mark as written
 * @param definition the explanation as written
 */
public record GlossaryEntry(String term, String definition) {
  /** Checks that both parts are present. */
  public GlossaryEntry {
    requireNonNull(term, "term");
    requireNonNull(definition, "definition");
  }
}
