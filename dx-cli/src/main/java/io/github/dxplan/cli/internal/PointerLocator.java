package io.github.dxplan.cli.internal;

import io.github.dxplan.model.format.PlanFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Finds the line and column where a JSON Pointer's node was written, so a finding can be shown next to
 * the line a person wrote. A pointer to a node that is not in the file (a missing key) resolves to its
 * nearest ancestor that is.
 *
 * <p>Objects and keys are located at their key ({@code title:}), list elements at their first token.
 */
public final class PointerLocator {
  /** A 1-based line and column. */
  public record Location(int line, int column) {}

  private final Map<String, Location> locations;

  /*
   * The document was read within the plan reader's limits before it is walked here, so the walk
   * needs none of its own: with snakeyaml-engine's default code-point limit (3 MB), and Jackson's
   * default name and string lengths, a large plan stopped being walked part-way, and every finding
   * past that point was placed at the nearest ancestor found (2:1).
   */
  private static final StreamReadConstraints UNBOUNDED =
      StreamReadConstraints.builder()
          .maxDocumentLength(-1)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE)
          .maxNestingDepth(Integer.MAX_VALUE)
          .build();
  private static final TokenStreamFactory JSON =
      JsonFactory.builder().streamReadConstraints(UNBOUNDED).build();
  private static final TokenStreamFactory YAML =
      YAMLFactory.builder()
          .streamReadConstraints(UNBOUNDED)
          .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
          .build();

  private PointerLocator(Map<String, Location> locations) {
    this.locations = locations;
  }

  /**
   * Walks a document and records where each node starts.
   *
   * @param bytes the UTF-8 document
   * @param source the file name, to choose JSON or YAML
   * @return the locator; empty if the document cannot be walked
   */
  public static PointerLocator of(byte[] bytes, String source) {
    return of(bytes, source, null);
  }

  /**
   * Walks a document only as far as needed to place the given pointers: the walk stops once each is
   * found, or the container of its nearest written ancestor has ended (so it is not written). A
   * report that shows the first thousand findings of a large plan reads only the part they are in.
   *
   * @param bytes the UTF-8 document
   * @param source the file name, to choose JSON or YAML
   * @param wanted the pointers that will be located, or {@code null} for all
   * @return the locator
   */
  public static PointerLocator of(byte[] bytes, String source, Collection<String> wanted) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    PlanFormat format = PlanFormat.detect(source, text);
    TokenStreamFactory factory = format == PlanFormat.JSON ? JSON : YAML;
    Map<String, Location> found = new HashMap<>();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      walk(p, found, wanted == null ? null : new Pending(wanted));
    } catch (JacksonException | IllegalStateException e) {
      // A file that loaded as a plan always walks; keep what was found.
    }
    return new PointerLocator(found);
  }

  /** The pointers still to be placed, each filed under itself and every ancestor. */
  private static final class Pending {
    final Map<String, List<String>> byAncestor = new HashMap<>();
    final Set<String> open = new HashSet<>();

    Pending(Collection<String> wanted) {
      for (String w : wanted) {
        String p = w == null ? "" : w;
        if (!open.add(p)) {
          continue;
        }
        for (String a = p; ; a = a.substring(0, a.lastIndexOf('/'))) {
          byAncestor.computeIfAbsent(a, k -> new ArrayList<>(1)).add(p);
          if (a.isEmpty()) {
            break;
          }
        }
      }
    }

    /** A node was found: it is placed. Returns whether nothing is left to place. */
    boolean found(String pointer) {
      open.remove(pointer);
      return open.isEmpty();
    }

    /** A container ended: nothing under it can still be written. */
    boolean ended(String pointer) {
      List<String> under = byAncestor.get(pointer);
      if (under != null) {
        open.removeAll(under);
      }
      return open.isEmpty();
    }
  }

  private static void walk(JsonParser p, Map<String, Location> found, Pending pending) {
    if (pending != null && pending.open.isEmpty()) {
      return;
    }
    // Each frame: the pointer of a container and, for arrays, the next index (-1 for objects).
    Deque<String> pointers = new ArrayDeque<>();
    Deque<int[]> indexes = new ArrayDeque<>();
    String pendingKey = null;
    Location pendingKeyLocation = null;
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      if (t == JsonToken.PROPERTY_NAME) {
        pendingKey = p.currentName();
        pendingKeyLocation = location(p.currentTokenLocation());
        continue;
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        String ended = pointers.pop();
        indexes.pop();
        if (pending != null && pending.ended(ended)) {
          return;
        }
        continue;
      }
      String pointer;
      Location at;
      if (pointers.isEmpty()) {
        pointer = "";
        at = location(p.currentTokenLocation());
      } else if (indexes.peek()[0] >= 0) {
        pointer = pointers.peek() + "/" + indexes.peek()[0]++;
        at = location(p.currentTokenLocation());
      } else {
        pointer = pointers.peek() + "/" + escape(pendingKey);
        at = pendingKeyLocation;
      }
      found.putIfAbsent(pointer, at);
      if (t == JsonToken.START_OBJECT) {
        pointers.push(pointer);
        indexes.push(new int[] {-1});
      } else if (t == JsonToken.START_ARRAY) {
        pointers.push(pointer);
        indexes.push(new int[] {0});
      }
      if (pending != null && pending.found(pointer)) {
        return;
      }
    }
  }

  private static Location location(TokenStreamLocation l) {
    return new Location(Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns where the node of a pointer, or its nearest written ancestor, starts.
   *
   * @param pointer the JSON Pointer
   * @return the location, or {@code null} if nothing was found
   */
  public Location locate(String pointer) {
    String p = pointer == null ? "" : pointer;
    while (true) {
      Location l = locations.get(p);
      if (l != null || p.isEmpty()) {
        return l;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
