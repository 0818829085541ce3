package io.github.dxplan.catalog.internal;

import io.github.dxplan.catalog.Absorption;
import io.github.dxplan.catalog.CatalogPeriod;
import io.github.dxplan.catalog.Category;
import io.github.dxplan.catalog.Deadline;
import io.github.dxplan.catalog.DueDate;
import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.catalog.NationalCatalogs;
import io.github.dxplan.catalog.NationalItem;
import io.github.dxplan.catalog.Provenance;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.catalog.NationalTarget;
import io.github.dxplan.model.InvalidValueException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates one catalogue file (format 1, documented in {@code
 * docs/national-catalogue.md}) into a {@link NationalCatalog}, collecting every problem.
 */
public final class CatalogReader {

  /** The format number this reader understands. */
  public static final int FORMAT = 1;

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern VERSION = Pattern.compile("\\S+");

  private CatalogReader() {}

  /**
   * Reads a catalogue.
   *
   * @param in the bytes, UTF-8; not closed
   * @param source the name of the file or resource, used in problems; {@code .json} selects JSON
   * @return the catalogue
   * @throws io.github.dxplan.catalog.CatalogFormatException with every problem found
   */
  public static NationalCatalog read(InputStream in, String source) {
    Problems problems = new Problems(source);
    Optional<Node> root = TreeReader.read(in, problems);
    NationalCatalog catalog = root.map(r -> catalog(r, problems)).orElse(null);
    problems.throwIfAny();
    return catalog;
  }

  /** Checks the {@code catalogFormat} key of a document. */
  static void checkFormat(Fields f, Problems problems) {
    f.required("catalogFormat")
        .ifPresent(
            n -> {
              Integer format = f.integer("catalogFormat");
              if (format != null && format != FORMAT) {
                problems.at(
                    n, "unsupported catalogFormat %d; this version of dxplan reads %d", format, FORMAT);
              }
            });
  }

  private static NationalCatalog catalog(Node root, Problems problems) {
    Fields f = Fields.of(root, "the catalogue", problems).orElse(null);
    if (f == null) {
      return null;
    }
    checkFormat(f, problems);
    String version = f.text("version");
    if (version != null
        && (!VERSION.matcher(version).matches() || NationalCatalogs.LATEST.equals(version))) {
      problems.at(
          f.optional("version").orElseThrow(),
          "version \"%s\" must be one word without spaces and not \"latest\"",
          version);
      version = null;
    }
    String title = f.text("title");
    PlanDate published = null;
    Provenance publication = null;
    Optional<Node> pubNode = f.required("published");
    if (pubNode.isPresent()) {
      Fields p = Fields.of(pubNode.get(), "\"published\"", problems).orElse(null);
      if (p != null) {
        String date = p.text("date");
        if (date != null) {
          try {
            published = PlanDate.parse(date);
          } catch (InvalidValueException e) {
            problems.at(p.optional("date").orElseThrow(), "%s", e.getMessage());
          }
        }
        publication = p.provenance("verified", "source");
        p.rejectUnknown();
      }
    }

    CatalogPeriod period = null;
    Optional<Node> periodNode = f.optional("period");
    if (periodNode.isPresent()) {
      Fields p = Fields.of(periodNode.get(), "\"period\"", problems).orElse(null);
      if (p != null) {
        Optional<PlanDate> from = Optional.empty();
        Optional<String> fromText = p.optionalText("from");
        if (fromText.isPresent()) {
          from = planDate(p, "from", fromText.get(), problems);
        }
        String toText = p.text("to");
        Optional<PlanDate> to = toText == null ? Optional.empty() : planDate(p, "to", toText, problems);
        Provenance pp = p.provenance("verified", "source");
        p.rejectUnknown();
        if (to.isPresent() && pp != null && (fromText.isEmpty() || from.isPresent())) {
          if (from.isPresent() && from.get().earliest().isAfter(to.get().latest())) {
            problems.at(periodNode.get(), "the period ends (%s) before it begins (%s)", to.get(), from.get());
          } else {
            period = new CatalogPeriod(from, to.get(), pp);
          }
        }
      }
    }

    List<NationalItem> items = new ArrayList<>();
    Map<String, Node> codeNodes = new HashMap<>();
    Map<String, Node> orderNodes = new HashMap<>();
    List<Node> itemNodes = f.list("items", true);
    if (itemNodes.isEmpty() && f.optional("items").isPresent()) {
      problems.at(f.optional("items").orElseThrow(), "\"items\" must hold at least one item");
    }
    for (Node itemNode : itemNodes) {
      NationalItem item = item(itemNode, codeNodes, orderNodes, problems);
      if (item != null) {
        items.add(item);
      }
    }

    List<Absorption> absorptions = new ArrayList<>();
    Map<String, Node> absorbedNodes = new HashMap<>();
    for (Node n : f.list("absorbed", false)) {
      Fields a = Fields.of(n, "an entry of \"absorbed\"", problems).orElse(null);
      if (a == null) {
        continue;
      }
      String code = code(a, "code", problems);
      String into = code(a, "into", problems);
      Provenance provenance = a.provenance("verified", "source");
      a.rejectUnknown();
      boolean ok = code != null && into != null && provenance != null;
      if (code != null && codeNodes.containsKey(code)) {
        problems.at(
            a.optional("code").orElseThrow(),
            "absorbed code \"%s\" is an item of this version (line %d); an absorbed code must not be",
            code,
            codeNodes.get(code).line());
        ok = false;
      }
      if (code != null && absorbedNodes.containsKey(code)) {
        problems.at(
            a.optional("code").orElseThrow(),
            "absorbed code \"%s\" repeats (first at line %d, column %d)",
            code,
            absorbedNodes.get(code).line(),
            absorbedNodes.get(code).column());
        ok = false;
      }
      if (into != null && !codeNodes.containsKey(into)) {
        problems.at(
            a.optional("into").orElseThrow(),
            "\"into\" names \"%s\", which is not an item of this version",
            into);
        ok = false;
      }
      if (code != null) {
        absorbedNodes.putIfAbsent(code, a.optional("code").orElseThrow());
      }
      if (ok) {
        absorptions.add(new Absorption(code, into, provenance));
      }
    }
    f.rejectUnknown();

    if (problems.any() || version == null || title == null || published == null || publication == null) {
      return null;
    }
    return NationalCatalog.of(version, title, published, publication, items, absorptions)
        .withPeriod(period);
  }

  static Optional<PlanDate> planDate(Fields f, String key, String text, Problems problems) {
    try {
      return Optional.of(PlanDate.parse(text));
    } catch (InvalidValueException e) {
      problems.at(f.optional(key).orElseThrow(), "%s", e.getMessage());
      return Optional.empty();
    }
  }

  private static String code(Fields f, String key, Problems problems) {
    String code = f.text(key);
    if (code != null && !CODE.matcher(code).matches()) {
      problems.at(
          f.optional(key).orElseThrow(),
          "code \"%s\" must be upper-case letters, digits and underscores, starting with a letter"
              + " (e.g. STANDARDIZATION)",
          code);
      return null;
    }
    return code;
  }

  private static NationalItem item(
      Node node, Map<String, Node> codeNodes, Map<String, Node> orderNodes, Problems problems) {
    Fields f = Fields.of(node, "an item", problems).orElse(null);
    if (f == null) {
      return null;
    }
    String code = code(f, "code", problems);
    if (code != null) {
      Node codeNode = f.optional("code").orElseThrow();
      Node first = codeNodes.putIfAbsent(code, codeNode);
      if (first != null) {
        problems.at(
            codeNode,
            "duplicate code \"%s\" (first at line %d, column %d)",
            code,
            first.line(),
            first.column());
        code = null;
      }
    }
    String title = f.text("title");
    Category category = null;
    String categoryText = f.text("category");
    if (categoryText != null) {
      try {
        category = Category.valueOf(categoryText);
      } catch (IllegalArgumentException e) {
        problems.at(
            f.optional("category").orElseThrow(),
            "unknown category \"%s\"; known categories: %s",
            categoryText,
            Arrays.stream(Category.values()).map(Enum::name).collect(Collectors.joining(", ")));
      }
    }
    Integer order = f.integer("order");
    if (order != null) {
      Node orderNode = f.optional("order").orElseThrow();
      if (order < 1) {
        problems.at(orderNode, "order must be 1 or more, found %d", order);
        order = null;
      } else if (category != null) {
        Node first = orderNodes.putIfAbsent(category + "#" + order, orderNode);
        if (first != null) {
          problems.at(
              orderNode,
              "order %d repeats within %s (first at line %d, column %d)",
              order,
              category,
              first.line(),
              first.column());
          order = null;
        }
      }
    }
    String description = f.text("description");
    Provenance provenance = f.provenance("verified", "source");
    Optional<Boolean> titleVerified = f.optionalBool("titleVerified");
    Optional<String> titleSource = f.optionalText("titleSource");
    List<String> variants = f.texts("variants");
    List<String> terms = f.texts("terms");

    List<Deadline> deadlines = new ArrayList<>();
    for (Node n : f.list("deadlines", false)) {
      Deadline d = deadline(n, problems);
      if (d != null) {
        deadlines.add(d);
      }
    }
    List<NationalTarget> targets = new ArrayList<>();
    for (Node n : f.list("targets", false)) {
      NationalTarget t = target(n, problems);
      if (t != null) {
        targets.add(t);
      }
    }
    f.rejectUnknown();
    if (code == null
        || title == null
        || category == null
        || order == null
        || description == null
        || provenance == null) {
      return null;
    }
    Provenance titleProvenance =
        new Provenance(
            titleVerified.orElse(provenance.verified()), titleSource.orElse(provenance.source()));
    return new NationalItem(
        code,
        title,
        category,
        order,
        description,
        deadlines,
        targets,
        variants,
        terms,
        provenance,
        titleProvenance);
  }

  private static Deadline deadline(Node node, Problems problems) {
    Fields f = Fields.of(node, "a deadline", problems).orElse(null);
    if (f == null) {
      return null;
    }
    Deadline.Kind kind = null;
    String kindText = f.text("kind");
    if (kindText != null) {
      try {
        kind = Deadline.Kind.valueOf(kindText);
      } catch (IllegalArgumentException e) {
        problems.at(
            f.optional("kind").orElseThrow(),
            "unknown deadline kind \"%s\"; known kinds: %s",
            kindText,
            Arrays.stream(Deadline.Kind.values()).map(Enum::name).collect(Collectors.joining(", ")));
      }
    }
    DueDate due = null;
    String dueText = f.text("due");
    if (dueText != null) {
      try {
        due = DueDate.parse(dueText);
      } catch (InvalidValueException e) {
        problems.at(f.optional("due").orElseThrow(), "%s", e.getMessage());
      }
    }
    String about = f.text("about");
    Optional<String> scope = f.optionalText("scope");
    Deadline.SourceKind sourceKind = Deadline.SourceKind.PLAN_TEXT;
    Optional<String> sourceKindText = f.optionalText("sourceKind");
    if (sourceKindText.isPresent()) {
      try {
        sourceKind = Deadline.SourceKind.valueOf(sourceKindText.get());
      } catch (IllegalArgumentException e) {
        problems.at(
            f.optional("sourceKind").orElseThrow(),
            "unknown sourceKind \"%s\"; known: %s",
            sourceKindText.get(),
            Arrays.stream(Deadline.SourceKind.values()).map(Enum::name).collect(Collectors.joining(", ")));
        sourceKind = null;
      }
    }
    Provenance provenance = f.provenance("verified", "source");
    f.rejectUnknown();
    if (kind == null || due == null || about == null || provenance == null || sourceKind == null) {
      return null;
    }
    return new Deadline(kind, due, about, provenance, sourceKind, scope);
  }

  private static NationalTarget target(Node node, Problems problems) {
    Fields f = Fields.of(node, "a target", problems).orElse(null);
    if (f == null) {
      return null;
    }
    String about = f.text("about");
    boolean quantityGiven = f.optional("quantity").isPresent();
    Optional<Integer> quantity = f.optionalInteger("quantity");
    boolean ok = quantity.isPresent() == quantityGiven;
    if (quantity.isPresent() && quantity.get() < 1) {
      problems.at(
          f.optional("quantity").orElseThrow(),
          "quantity must be 1 or more, found %d",
          quantity.get());
      ok = false;
    }
    Optional<String> unit = f.optionalText("unit");
    if (f.optional("unit").isPresent() && !quantityGiven) {
      problems.at(f.optional("unit").orElseThrow(), "\"unit\" is given without \"quantity\"");
      ok = false;
    }
    Provenance provenance = f.provenance("verified", "source");
    f.rejectUnknown();
    if (!ok || about == null || provenance == null) {
      return null;
    }
    return new NationalTarget(
        about, quantity.map(OptionalInt::of).orElse(OptionalInt.empty()), unit, provenance);
  }
}
