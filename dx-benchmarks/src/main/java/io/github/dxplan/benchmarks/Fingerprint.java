package io.github.dxplan.benchmarks;

import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.mapping.export.CoverageExporter;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.validation.PlanValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a speed-up must not change: one sha256 over, for every plan of a corpus directory (its
 * {@code .json} files, and its {@code .yaml} files if any, in name order), the plan as read
 * ({@code toString}), its validation report ({@code toString}) and its coverage report
 * ({@code CoverageExporter.toJson} and {@code toString} with identity hashes removed), for the default
 * mapper and an infer-only one. Run it with the jar before and after a change; the lines must match.
 *
 * <pre>java -cp dx-benchmarks/target/benchmarks.jar io.github.dxplan.benchmarks.Fingerprint DIR...</pre>
 */
public final class Fingerprint {
  private static final Pattern IDENTITY = Pattern.compile("@[0-9a-f]{4,}");

  private Fingerprint() {}

  /**
   * Prints one line per directory: its label, the number of plans and the digests.
   *
   * @param args corpus directories
   * @throws Exception if a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    CoverageMapper mapper = CoverageMapper.create();
    CoverageMapper inferOnly = CoverageMapper.builder().inferOnly(true).build();
    PlanValidator validator = PlanValidator.create();
    for (String arg : args) {
      Path dir = Path.of(arg);
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).sorted().toList();
      }
      MessageDigest read = sha();
      MessageDigest validation = sha();
      MessageDigest coverage = sha();
      MessageDigest all = sha();
      for (Path f : files) {
        byte[] bytes = Files.readAllBytes(f);
        String name = f.getFileName().toString();
        DxPlan plan = (name.endsWith(".json") ? PlanReader.json() : PlanReader.yaml()).read(bytes, name);
        update(read, all, name, plan.toString());
        update(validation, all, name, validator.validate(plan).toString());
        for (CoverageMapper m : List.of(mapper, inferOnly)) {
          CoverageReport r = m.map(plan);
          update(coverage, all, name, CoverageExporter.toJson(r));
          update(coverage, all, name, IDENTITY.matcher(r.toString()).replaceAll("@"));
        }
      }
      HexFormat hex = HexFormat.of();
      System.out.printf("%s %d files: read %s validation %s coverage %s all %s%n", dir, files.size(),
          hex.formatHex(read.digest()).substring(0, 16), hex.formatHex(validation.digest()).substring(0, 16),
          hex.formatHex(coverage.digest()).substring(0, 16), hex.formatHex(all.digest()).substring(0, 16));
    }
  }

  private static MessageDigest sha() throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256");
  }

  private static void update(MessageDigest one, MessageDigest all, String name, String text) {
    byte[] b = (name + "\n" + text + "\n").getBytes(StandardCharsets.UTF_8);
    one.update(b);
    all.update(b);
  }
}
