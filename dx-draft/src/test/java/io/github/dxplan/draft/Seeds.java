package io.github.dxplan.draft;

import io.github.dxplan.draft.internal.Document;
import io.github.dxplan.draft.internal.TextReader;
import io.github.dxplan.examples.SeedPlans;
import io.github.dxplan.model.DxPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The five seed documents (test resources) and their encoded plans (dx-examples). */
final class Seeds {
  /** Seed text file and the id of its encoded plan, in the seeds README's order. */
  static final String[][] SEEDS = {
    {"000_78b8909853f67526.txt", "utsunomiya-2020"},
    {"001_740fc94516c8451a.txt", "utsunomiya-2023"},
    {"002_530a8c6a1d05e519.txt", "oyama-2021"},
    {"003_350d113b5dec9d1f.txt", "nasukarasuyama-2024"},
    {"004_ff5eeef5d6c0b852.txt", "itako-2023"},
  };

  private Seeds() {}

  static byte[] bytes(int i) {
    try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + SEEDS[i][0])) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document document(int i) {
    List<Document.Notice> notices = new ArrayList<>();
    String text = TextReader.decode(bytes(i), SEEDS[i][0], notices);
    return TextReader.read(text, SEEDS[i][0], DraftLimits.DEFAULT, notices);
  }

  static DxPlan reference(int i) {
    return SeedPlans.load(SEEDS[i][1]);
  }

  static List<Document> documents() {
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < SEEDS.length; i++) {
      out.add(document(i));
    }
    return out;
  }

  static List<DxPlan> references() {
    List<DxPlan> out = new ArrayList<>();
    for (int i = 0; i < SEEDS.length; i++) {
      out.add(reference(i));
    }
    return out;
  }
}
