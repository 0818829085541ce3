package io.github.dxplan.mapping;

import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Finds a policy, measure or initiative by JSON Pointer, id, label or title. */
final class ElementPaths {
  private ElementPaths() {}

  /** One element with its pointer, id, label and title. */
  private record Entry(String path, String id, String label, String title) {}

  private static List<Entry> entries(DxPlan plan) {
    List<Entry> out = new ArrayList<>();
    for (int p = 0; p < plan.policies().size(); p++) {
      BasicPolicy policy = plan.policies().get(p);
      String pp = "/policies/" + p;
      out.add(new Entry(pp, policy.id(), policy.label(), policy.title()));
      for (int m = 0; m < policy.measures().size(); m++) {
        Measure measure = policy.measures().get(m);
        String mp = pp + "/measures/" + m;
        out.add(new Entry(mp, measure.id(), measure.label(), measure.title()));
        for (int i = 0; i < measure.initiatives().size(); i++) {
          Initiative initiative = measure.initiatives().get(i);
          out.add(new Entry(mp + "/initiatives/" + i, initiative.id(), initiative.label(), initiative.title()));
        }
      }
    }
    return out;
  }

  /**
   * The JSON Pointer of the element {@code asked} names: a pointer to a policy, measure or
   * initiative; else the element whose id is {@code asked}; else the one element with that label;
   * else the one with that title.
   */
  static String resolve(DxPlan plan, String asked) {
    List<Entry> all = entries(plan);
    String a = asked.strip();
    if (a.startsWith("/")) {
      for (Entry e : all) {
        if (e.path().equals(a)) {
          return a;
        }
      }
      throw new UnknownElementException(asked, List.of(), "no policy, measure or initiative at " + a
          + " (the plan has " + plan.policies().size() + " policies; a pointer looks like /policies/0/measures/1/initiatives/2)");
    }
    for (Function<Entry, String> key : List.<Function<Entry, String>>of(Entry::id, Entry::label, Entry::title)) {
      List<String> found = new ArrayList<>();
      for (Entry e : all) {
        String k = key.apply(e);
        if (k != null && k.strip().equals(a)) {
          found.add(e.path());
        }
      }
      if (found.size() == 1) {
        return found.get(0);
      }
      if (found.size() > 1) {
        throw new UnknownElementException(asked, found, "\"" + a + "\" names " + found.size()
            + " elements; give one of their JSON Pointers: " + String.join(", ", found));
      }
    }
    throw new UnknownElementException(asked, List.of(), "no element with the id, label or title \"" + a
        + "\" (or give a JSON Pointer such as /policies/0/measures/1)");
  }

  /** The indices of a resolved pointer: [policy], [policy, measure] or [policy, measure, initiative]. */
  static int[] indices(String path) {
    String[] parts = path.substring(1).split("/");
    int[] out = new int[parts.length / 2];
    for (int k = 0; k < out.length; k++) {
      out[k] = Integer.parseInt(parts[2 * k + 1]);
    }
    return out;
  }
}
