package io.github.dxplan.catalog.internal;

import io.github.dxplan.catalog.OnlineProcedures;
import io.github.dxplan.catalog.ProcedureGroup;
import io.github.dxplan.catalog.Provenance;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and validates {@code reference-lists.yaml}. */
public final class ReferenceListsReader {

  /** The resource that holds the shipped reference lists. */
  public static final String RESOURCE = ShippedCatalogs.BASE + "reference-lists.yaml";

  /**
   * The reference lists as read.
   *
   * @param standardizationTargets the 20 業務
   * @param originalStandardizationCount how many of them date from 2020 (17)
   * @param standardizationProvenance where the list comes from
   * @param onlineProcedures the structure of the 31 procedures
   * @param digitalGardenCityPillars the four pillars
   */
  public record Data(
      List<String> standardizationTargets,
      int originalStandardizationCount,
      Provenance standardizationProvenance,
      OnlineProcedures onlineProcedures,
      List<String> digitalGardenCityPillars) {

    /** Copies the lists. */
    public Data {
      standardizationTargets = List.copyOf(standardizationTargets);
      digitalGardenCityPillars = List.copyOf(digitalGardenCityPillars);
    }
  }

  private ReferenceListsReader() {}

  /**
   * Reads the shipped reference lists.
   *
   * @return the lists
   * @throws io.github.dxplan.catalog.CatalogFormatException if the shipped file is broken
   *     (a test keeps this from happening)
   */
  public static Data shipped() {
    return ShippedCatalogs.withResource(RESOURCE, ReferenceListsReader::read);
  }

  /**
   * Reads reference lists.
   *
   * @param in the bytes; not closed
   * @param source the name of the file or resource
   * @return the lists
   * @throws io.github.dxplan.catalog.CatalogFormatException with every problem found
   */
  public static Data read(InputStream in, String source) {
    Problems problems = new Problems(source);
    Data data = TreeReader.read(in, problems).map(root -> data(root, problems)).orElse(null);
    problems.throwIfAny();
    return data;
  }

  private static Data data(Node root, Problems problems) {
    Fields f = Fields.of(root, "the reference lists", problems).orElse(null);
    if (f == null) {
      return null;
    }
    CatalogReader.checkFormat(f, problems);

    List<String> targets = List.of();
    Integer original = null;
    Provenance targetsProvenance = null;
    Optional<Node> st = f.required("standardizationTargets");
    if (st.isPresent()) {
      Fields s = Fields.of(st.get(), "\"standardizationTargets\"", problems).orElse(null);
      if (s != null) {
        targetsProvenance = s.provenance("verified", "source");
        original = s.integer("originalCount");
        targets = s.texts("names");
        if (original != null && (original < 0 || original > targets.size())) {
          problems.at(
              s.optional("originalCount").orElseThrow(),
              "originalCount %d is not between 0 and the number of names (%d)",
              original,
              targets.size());
        }
        s.rejectUnknown();
      }
    }

    OnlineProcedures procedures = null;
    Optional<Node> op = f.required("onlineProcedures");
    if (op.isPresent()) {
      procedures = procedures(op.get(), problems);
    }

    List<String> pillars = List.of();
    Optional<Node> dg = f.required("digitalGardenCityPillars");
    if (dg.isPresent()) {
      Fields d = Fields.of(dg.get(), "\"digitalGardenCityPillars\"", problems).orElse(null);
      if (d != null) {
        d.provenance("verified", "source");
        pillars = d.texts("names");
        d.rejectUnknown();
      }
    }
    f.rejectUnknown();
    if (problems.any()) {
      return null;
    }
    return new Data(targets, original, targetsProvenance, procedures, pillars);
  }

  private static OnlineProcedures procedures(Node node, Problems problems) {
    Fields f = Fields.of(node, "\"onlineProcedures\"", problems).orElse(null);
    if (f == null) {
      return null;
    }
    Integer total = f.integer("total");
    Provenance provenance = f.provenance("verified", "source");
    Set<String> ids = new HashSet<>();
    List<ProcedureGroup> groups = new ArrayList<>();
    for (Node g : f.list("groups", true)) {
      ProcedureGroup group = group(g, ids, null, problems);
      if (group != null) {
        groups.add(group);
      }
    }
    int sum = groups.stream().mapToInt(ProcedureGroup::count).sum();
    if (total != null && !problems.any() && sum != total) {
      problems.at(
          f.optional("total").orElseThrow(),
          "total %d is not the sum of the groups' counts (%d)",
          total,
          sum);
    }
    List<OnlineProcedures.Separate> separate = new ArrayList<>();
    for (Node s : f.list("separate", false)) {
      Fields sf = Fields.of(s, "an entry of \"separate\"", problems).orElse(null);
      if (sf == null) {
        continue;
      }
      String name = sf.text("name");
      LocalDate since = null;
      String sinceText = sf.text("liveSince");
      if (sinceText != null) {
        try {
          since = LocalDate.parse(sinceText);
        } catch (DateTimeException e) {
          problems.at(
              sf.optional("liveSince").orElseThrow(),
              "cannot read date \"%s\": expected the form 2023-02-06",
              sinceText);
        }
      }
      Provenance p = sf.provenance("verified", "source");
      sf.rejectUnknown();
      if (name != null && since != null && p != null) {
        separate.add(new OnlineProcedures.Separate(name, since, p));
      }
    }
    f.rejectUnknown();
    if (total == null || provenance == null) {
      return null;
    }
    return new OnlineProcedures(total, groups, separate, provenance);
  }

  private static ProcedureGroup group(
      Node node, Set<String> ids, ProcedureGroup.Level parentLevel, Problems problems) {
    Fields f = Fields.of(node, "a procedure group", problems).orElse(null);
    if (f == null) {
      return null;
    }
    String id = f.text("id");
    if (id != null && !ids.add(id)) {
      problems.at(f.optional("id").orElseThrow(), "duplicate group id \"%s\"", id);
    }
    String name = f.text("name");
    ProcedureGroup.Level level = parentLevel;
    Optional<String> levelText =
        parentLevel == null ? Optional.ofNullable(f.text("level")) : f.optionalText("level");
    if (levelText.isPresent()) {
      try {
        level = ProcedureGroup.Level.valueOf(levelText.get());
      } catch (IllegalArgumentException e) {
        problems.at(
            f.optional("level").orElseThrow(),
            "unknown level \"%s\"; known levels: MUNICIPAL, PREFECTURAL",
            levelText.get());
      }
    }
    Integer count = f.integer("count");
    List<String> names = f.texts("names");
    if (count != null && names.size() > count) {
      problems.at(f.optional("names").orElseThrow(), "more names (%d) than count (%d)", names.size(), count);
    }
    List<ProcedureGroup> subgroups = new ArrayList<>();
    for (Node s : f.list("subgroups", false)) {
      ProcedureGroup sub = group(s, ids, level, problems);
      if (sub != null) {
        subgroups.add(sub);
      }
    }
    Provenance provenance = f.provenance("verified", "source");
    f.rejectUnknown();
    if (id == null || name == null || level == null || count == null || provenance == null) {
      return null;
    }
    // A subgroup inherits its parent's level when it does not state one.
    return new ProcedureGroup(id, name, level, count, names, subgroups, provenance);
  }
}
