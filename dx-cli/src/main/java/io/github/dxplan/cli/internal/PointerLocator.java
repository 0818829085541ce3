package io.github.dxplan.cli.internal;

import io.github.dxplan.model.format.PlanFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
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
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    PlanFormat format = PlanFormat.detect(source, text);
    TokenStreamFactory factory = format == PlanFormat.JSON ? new JsonFactory() : new YAMLFactory();
    Map<String, Location> found = new HashMap<>();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      walk(p, found);
    } catch (JacksonException | IllegalStateException e) {
      // A file that loaded as a plan always walks; keep what was found.
    }
    return new PointerLocator(found);
  }

  private static void walk(JsonParser p, Map<String, Location> found) {
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
        pointers.pop();
        indexes.pop();
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
