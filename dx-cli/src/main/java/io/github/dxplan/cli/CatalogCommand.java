package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.VersionNames;
import io.github.dxplan.cli.internal.CliException;
import io.github.dxplan.cli.internal.ExitCodes;
import io.github.dxplan.cli.internal.Json;
import io.github.dxplan.cli.internal.Lang;
import io.github.dxplan.cli.internal.Messages;
import io.github.dxplan.cli.internal.Terminal;
import io.github.dxplan.cli.internal.Output;
import io.github.dxplan.catalog.CatalogCrosswalk;
import io.github.dxplan.catalog.Deadline;
import io.github.dxplan.catalog.CatalogNotice;
import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.catalog.UnshippedRevision;
import io.github.dxplan.catalog.VersionStatus;
import io.github.dxplan.catalog.NationalCatalogs;
import io.github.dxplan.catalog.NationalItem;
import io.github.dxplan.catalog.NationalTarget;
import io.github.dxplan.catalog.UnknownCatalogVersionException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code dx catalog list|show CODE|diff V1 V2}: the national catalogue, its items and how versions differ. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the national catalogue: the items of a version of 自治体DX推進計画, one item, or what changed between two versions.",
      "国の自治体DX推進計画（各版）の項目一覧・項目の詳細・版の差分を表示します。"
    },
    subcommands = {CatalogCommand.ListCommand.class, CatalogCommand.ShowCommand.class, CatalogCommand.DiffCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  ./dx catalog list --national-plan 2.3", "  ./dx catalog show STANDARDIZATION", "  ./dx catalog diff 2.0 3.0"})
final class CatalogCommand extends AbstractCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list, show CODE or diff V1 V2");
  }

  static NationalCatalog catalog(String version, Messages messages) {
    NationalCatalogs catalogs = NationalCatalogs.shipped();
    return version == null ? catalogs.latest() : version(catalogs, version, messages);
  }

  /** A version by name, or an error in the user's language listing the known names. */
  static NationalCatalog version(NationalCatalogs catalogs, String version, Messages messages) {
    try {
      return catalogs.get(version);
    } catch (UnknownCatalogVersionException e) {
      List<String> known = e.knownVersions();
      throw new CliException(
          ExitCodes.UNUSABLE,
          messages.get(
              "catalog.unknownVersion",
              Terminal.line(version),
              String.join(", ", known),
              known.isEmpty() ? "" : known.get(known.size() - 1)),
          e);
    }
  }

  static ObjectNode itemJson(NationalItem item, boolean detail) {
    ObjectNode node = Json.object();
    node.put("code", item.code());
    node.put("category", item.category().name());
    node.put("order", item.order());
    node.put("title", item.title());
    node.set("deadlines", deadlinesJson(item.deadlines()));
    if (detail) {
      node.put("description", item.description());
      ArrayNode targets = node.putArray("targets");
      for (NationalTarget t : item.targets()) {
        ObjectNode o = targets.addObject();
        o.put("about", t.about());
        if (t.quantity().isPresent()) {
          o.put("quantity", t.quantity().getAsInt());
        }
        t.unit().ifPresent(u -> o.put("unit", u));
        o.put("verified", t.provenance().verified());
      }
      ArrayNode variants = node.putArray("variants");
      item.variants().forEach(variants::add);
      ArrayNode terms = node.putArray("terms");
      item.terms().forEach(terms::add);
      node.put("verified", item.verified());
      node.put("source", item.provenance().source());
    }
    return node;
  }

  static ArrayNode deadlinesJson(List<Deadline> deadlines) {
    ArrayNode array = Json.array();
    for (Deadline d : deadlines) {
      ObjectNode o = array.addObject();
      o.put("kind", d.kind().name());
      o.put("due", d.due().toString());
      o.put("date", d.date().toString());
      o.put("about", d.about());
      o.put("verified", d.provenance().verified());
      o.put("sourceKind", d.sourceKind().name());
      if (d.scope().isPresent()) {
        o.put("scope", d.scope().get());
      }
    }
    return array;
  }

  static String deadlinesText(List<Deadline> deadlines, Lang lang) {
    return deadlines.stream()
        .map(d -> (lang == Lang.ja ? (d.kind() == Deadline.Kind.DUE_BY ? "期限 " : "開始期限 ") : (d.kind() == Deadline.Kind.DUE_BY ? "due " : "start by ")) + d.due()
            + d.scope().map(s -> " (" + s + ")").orElse("")
            + (d.provenance().verified() ? "" : (lang == Lang.ja ? " 未確認" : " unverified")))
        .collect(Collectors.joining(", "));
  }

  /** The options of every catalog subcommand that shape its result: {@code --format} and {@code --out}. */
  static final class Result {
    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of standard output.")
    Path out;

    boolean json() {
      return format == Format.json;
    }

    /** Writes the result where {@code --out} says and returns exit code 0. */
    int write(String text, AbstractCommand command) {
      Output.write(text, out, command.out(), command.messages());
      return ExitCodes.OK;
    }
  }

  /** {@code dx catalog list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {"Lists the national plan versions (period and status as of today), then the items of one version in its order.", "国の計画の版（対象期間と今日時点の状況）と、1つの版の項目を順に一覧します。"},
      footerHeading = "%nExample:%n",
      footer = "  ./dx catalog list --national-plan 2.3 --format json")
  static final class ListCommand extends AbstractCommand implements Callable<Integer> {
    @Option(names = "--national-plan", completionCandidates = VersionNames.class, paramLabel = "V", description = "Version: 1.0, 2.0, 2.3, 3.0 or latest (default: latest).")
    String version;

    @Mixin Result result;

    @Override
    public Integer call() {
      NationalCatalog catalog = catalog(version, messages());
      NationalCatalogs catalogs = NationalCatalogs.shipped();
      java.time.LocalDate today = java.time.LocalDate.now(clock());
      boolean ja = lang() == Lang.ja;
      Locale locale = ja ? Locale.JAPANESE : Locale.ENGLISH;
      String text;
      if (result.json()) {
        ObjectNode root = Json.object();
        root.put("version", catalog.version());
        root.put("title", catalog.title());
        root.put("publishedOn", catalog.publishedOn().toString());
        root.put("asOf", today.toString());
        periodJson(root, catalog);
        root.put("status", catalogs.status(catalog, today).id());
        ArrayNode notices = root.putArray("notices");
        for (CatalogNotice n : catalogs.notices(catalog, today)) {
          notices.addObject().put("code", n.code().name()).put("message", n.message(locale));
        }
        ArrayNode versions = root.putArray("versions");
        for (NationalCatalog v : catalogs.versions()) {
          ObjectNode o = versions.addObject();
          o.put("version", v.version());
          o.put("title", v.title());
          o.put("publishedOn", v.publishedOn().toString());
          periodJson(o, v);
          o.put("status", catalogs.status(v, today).id());
          o.put("periodEnded", v.period().isPresent() && v.period().get().hasEndedOn(today));
        }
        ArrayNode revisions = root.putArray("revisionsNotShipped");
        for (UnshippedRevision r : catalogs.revisions()) {
          ObjectNode o = revisions.addObject();
          o.put("publishedOn", r.publishedOn().toString());
          o.put("after", r.after().name());
          ArrayNode adds = o.putArray("adds");
          r.adds().forEach(adds::add);
          o.put("unknown", r.unknown());
          o.put("verified", r.provenance().verified());
          o.put("source", r.provenance().source());
        }
        ArrayNode items = root.putArray("items");
        catalog.items().forEach(i -> items.add(itemJson(i, false)));
        text = Json.write(root);
      } else {
        StringBuilder sb = new StringBuilder();
        sb.append(ja ? "国の計画の版（" + today + " 時点）\n" : "National plan versions (as of " + today + ")\n");
        for (NationalCatalog v : catalogs.versions()) {
          sb.append(String.format(Locale.ROOT, "  %-5s %-10s %s  %s%n", v.version(),
              v.publishedOn(), pad(v.period().map(p -> (ja ? "対象期間 " : "period ") + p).orElse(ja ? "対象期間 不明" : "period unknown"), 28),
              catalogs.status(v, today).label(locale)
                  + (v.period().isPresent() && v.period().get().hasEndedOn(today)
                      && catalogs.status(v, today) != VersionStatus.PERIOD_ENDED
                      ? (ja ? "、対象期間終了" : ", period ended") : "")));
        }
        for (UnshippedRevision r : catalogs.revisions()) {
          sb.append(String.format(Locale.ROOT, "  %-5s %-10s %s  %s%n", "?", r.publishedOn(),
              pad(ja ? "（未収録: " + r.after() + " の後の改定）" : "(not shipped: revision after " + r.after() + ")", 28),
              ja ? "版名・日付・内容は未確認" + (r.adds().isEmpty() ? "" : "（追加した項目: " + String.join(", ", r.adds()) + "）")
                  : r.unknown() + (r.adds().isEmpty() ? "" : " (adds " + String.join(", ", r.adds()) + ")")));
        }
        for (CatalogNotice n : catalogs.notices(catalog, today)) {
          sb.append(ja ? "注意: " : "Note: ").append(n.message(locale)).append('\n');
        }
        sb.append('\n');
        sb.append(catalog.title()).append(" (").append(catalog.version()).append(", ").append(catalog.publishedOn()).append(")\n");
        for (NationalItem i : catalog.items()) {
          sb.append(String.format(Locale.ROOT, "%2d  %-24s %-9s %s", i.order(), i.code(), i.category(), i.title()));
          if (!i.deadlines().isEmpty()) {
            sb.append("  [").append(deadlinesText(i.deadlines(), lang())).append(']');
          }
          sb.append('\n');
        }
        text = sb.toString();
      }
      return result.write(text, this);
    }
  }

  static void periodJson(ObjectNode o, NationalCatalog v) {
    if (v.period().isPresent()) {
      ObjectNode p = o.putObject("period");
      v.period().get().from().ifPresent(f -> p.put("from", f.toString()));
      p.put("to", v.period().get().to().toString());
      p.put("verified", v.period().get().provenance().verified());
    }
  }

  private static String pad(String s, int width) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) < 0x1100 ? 1 : 2;
    }
    return w >= width ? s : s + " ".repeat(width - w);
  }

  /** {@code dx catalog show CODE}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = {"Shows one national item: title, category, deadlines, targets, the words used to find it.", "国の計画の項目を1つ詳しく表示します。"},
      footerHeading = "%nExample:%n",
      footer = "  ./dx catalog show STANDARDIZATION --national-plan 2.3")
  static final class ShowCommand extends AbstractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CODE", description = "An item code such as STANDARDIZATION.")
    String code;

    @Option(names = "--national-plan", completionCandidates = VersionNames.class, paramLabel = "V", description = "Version: 1.0, 2.0, 2.3, 3.0 or latest (default: latest).")
    String version;

    @Mixin Result result;

    @Override
    public Integer call() {
      NationalCatalog catalog = catalog(version, messages());
      Optional<NationalItem> found = catalog.item(code);
      if (found.isEmpty()) {
        // Codes are UPPER_SNAKE; "standardization" can only mean one thing.
        found = catalog.item(code.toUpperCase(Locale.ROOT).replace('-', '_'));
      }
      if (found.isEmpty()) {
        throw CliException.unusable(
            messages().get("catalog.unknownCode", Terminal.line(code), catalog.version(), String.join(", ", catalog.codes())));
      }
      NationalItem i = found.get();
      String text;
      if (result.json()) {
        ObjectNode root = itemJson(i, true);
        root.put("version", catalog.version());
        text = Json.write(root);
      } else {
        StringBuilder sb = new StringBuilder();
        sb.append(i.code()).append("  ").append(i.title()).append('\n');
        sb.append("  version:  ").append(catalog.version()).append('\n');
        sb.append("  category: ").append(i.category()).append(" (").append(i.order()).append(")\n");
        sb.append("  ").append(i.description()).append('\n');
        for (Deadline d : i.deadlines()) {
          sb.append("  deadline: ").append(d.kind()).append(' ').append(d.due()).append(" — ").append(d.about())
              .append(d.provenance().verified() ? "" : " (unverified)").append('\n');
        }
        for (NationalTarget t : i.targets()) {
          sb.append("  target:   ").append(t.text()).append(t.provenance().verified() ? "" : " (unverified)").append('\n');
        }
        if (!i.variants().isEmpty()) {
          sb.append("  variants: ").append(String.join(" / ", i.variants())).append('\n');
        }
        if (!i.terms().isEmpty()) {
          sb.append("  terms:    ").append(String.join(", ", i.terms())).append('\n');
        }
        sb.append("  source:   ").append(i.provenance().source()).append(i.verified() ? "" : " (unverified)").append('\n');
        text = sb.toString();
      }
      return result.write(text, this);
    }
  }

  /** {@code dx catalog diff V1 V2}. */
  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      description = {"Shows what changed between two versions: items added, removed, absorbed, renamed, moved; deadlines and targets.", "2つの版の差分（追加・削除・統合・名称変更・期限）を表示します。"},
      footerHeading = "%nExample:%n",
      footer = "  ./dx catalog diff 2.0 3.0 --format json")
  static final class DiffCommand extends AbstractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "V1", description = "The older version.")
    String from;

    @Parameters(index = "1", paramLabel = "V2", description = "The newer version.")
    String to;

    @Mixin Result result;

    @Override
    public Integer call() {
      NationalCatalogs catalogs = NationalCatalogs.shipped();
      CatalogCrosswalk cw =
          CatalogCrosswalk.between(version(catalogs, from, messages()), version(catalogs, to, messages()));
      String text = result.json() ? Json.write(json(cw)) : text(cw);
      return result.write(text, this);
    }

    private static ObjectNode json(CatalogCrosswalk cw) {
      ObjectNode root = Json.object();
      root.put("from", cw.from().version());
      root.put("to", cw.to().version());
      ArrayNode added = root.putArray("added");
      cw.added().forEach(i -> added.add(itemJson(i, false)));
      ArrayNode removed = root.putArray("removed");
      cw.removed().forEach(i -> removed.add(itemJson(i, false)));
      ArrayNode absorbed = root.putArray("absorbed");
      cw.absorbed().forEach(a -> absorbed.addObject().put("code", a.item().code()).put("into", a.into().code()));
      changes(root.putArray("renamed"), cw.renamed());
      changes(root.putArray("recategorized"), cw.recategorized());
      changes(root.putArray("reordered"), cw.reordered());
      ArrayNode deadlines = root.putArray("deadlineChanges");
      for (CatalogCrosswalk.DeadlineChange d : cw.deadlineChanges()) {
        ObjectNode o = deadlines.addObject();
        o.put("code", d.code());
        o.put("type", d.type().name());
        d.before().ifPresent(b -> o.set("before", deadlinesJson(List.of(b)).get(0)));
        d.after().ifPresent(a -> o.set("after", deadlinesJson(List.of(a)).get(0)));
      }
      ArrayNode targets = root.putArray("targetChanges");
      for (CatalogCrosswalk.TargetChange t : cw.targetChanges()) {
        ObjectNode o = targets.addObject();
        o.put("code", t.code());
        o.put("type", t.type().name());
        ArrayNode before = o.putArray("before");
        t.before().forEach(x -> before.add(x.text()));
        ArrayNode after = o.putArray("after");
        t.after().forEach(x -> after.add(x.text()));
      }
      return root;
    }

    private static void changes(ArrayNode array, List<CatalogCrosswalk.ItemChange> changes) {
      for (CatalogCrosswalk.ItemChange c : changes) {
        ObjectNode o = array.addObject();
        o.put("code", c.code());
        o.set("before", itemJson(c.before(), false));
        o.set("after", itemJson(c.after(), false));
      }
    }

    private static String text(CatalogCrosswalk cw) {
      StringBuilder sb = new StringBuilder();
      sb.append(cw.from().title()).append(" → ").append(cw.to().title()).append('\n');
      if (cw.isEmpty()) {
        sb.append("  (no changes)\n");
        return sb.toString();
      }
      cw.added().forEach(i -> sb.append("  + ").append(i.code()).append("  ").append(i.title()).append('\n'));
      cw.removed().forEach(i -> sb.append("  - ").append(i.code()).append("  ").append(i.title()).append('\n'));
      cw.absorbed().forEach(a -> sb.append("  > ").append(a.item().code()).append(" → ").append(a.into().code()).append('\n'));
      cw.renamed().forEach(c -> sb.append("  ~ ").append(c.code()).append("  ").append(c.before().title()).append(" → ").append(c.after().title()).append('\n'));
      cw.recategorized().forEach(c -> sb.append("  ~ ").append(c.code()).append("  ").append(c.before().category()).append(" → ").append(c.after().category()).append('\n'));
      cw.reordered().forEach(c -> sb.append("  ~ ").append(c.code()).append("  #").append(c.before().order()).append(" → #").append(c.after().order()).append('\n'));
      for (CatalogCrosswalk.DeadlineChange d : cw.deadlineChanges()) {
        sb.append("  ! ").append(d.code()).append("  deadline ").append(d.type()).append(": ")
            .append(d.before().map(b -> b.due().toString()).orElse("—")).append(" → ")
            .append(d.after().map(a -> a.due().toString()).orElse("—")).append('\n');
      }
      for (CatalogCrosswalk.TargetChange t : cw.targetChanges()) {
        sb.append("  ! ").append(t.code()).append("  targets ").append(t.type()).append('\n');
      }
      return sb.toString();
    }
  }
}
