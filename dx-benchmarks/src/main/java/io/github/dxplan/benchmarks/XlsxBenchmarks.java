package io.github.dxplan.benchmarks;

import io.github.dxplan.examples.SeedPlans;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.model.format.PlanWriter;
import io.github.dxplan.xlsx.PlanWorkbook;
import io.github.dxplan.xlsx.WorkbookLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan as a workbook: export and import of the largest seed ({@code seed}) and of a generated
 * plan of at least 160 initiatives ({@code generated}), and the floor the import is compared with:
 * fastexcel-reader reading every cell of the same workbook ({@code readAllCells}), in the same run.
 * Run with {@code -prof gc} for the bytes an import allocates.
 *
 * <pre>
 * dx-benchmarks/run --jmh XlsxBenchmarks -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class XlsxBenchmarks {

  /** Which plan. */
  @Param({"seed", "generated"})
  public String plan;

  DxPlan model;
  byte[] xlsx;

  /** The seed with the most initiatives. */
  static DxPlan largestSeed() {
    return SeedPlans.loadAll().stream().max(Comparator.comparingInt(p -> p.allInitiatives().size())).orElseThrow();
  }

  /**
   * A plan of at least {@code initiatives} initiatives: the policies of generated corpus plans, one
   * after another, under the first plan's header.
   */
  static DxPlan generated(int initiatives) {
    JsonMapper mapper = JsonMapper.builder().build();
    CorpusGenerator gen = CorpusGenerator.of(CorpusGenerator.DEFAULT_SEED, 1);
    ObjectNode root = null;
    ArrayNode policies = null;
    int count = 0;
    for (int i = 0; count < initiatives; i++) {
      DxPlan p = gen.plan(i);
      JsonNode tree = mapper.readTree(PlanWriter.json().writeBytes(p));
      if (root == null) {
        root = (ObjectNode) tree;
        policies = (ArrayNode) root.get("policies");
      } else {
        for (JsonNode policy : tree.get("policies")) {
          ((ObjectNode) policy).remove("id");
          policies.add(policy);
        }
      }
      count += p.allInitiatives().size();
    }
    // Ids made unique by dropping those of the added policies; measures and initiatives keep theirs
    // only where the reader accepts them.
    return PlanReader.json().read(mapper.writeValueAsBytes(root), "generated");
  }

  static byte[] write(DxPlan p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbook.write(p, out);
    return out.toByteArray();
  }

  @Setup
  public void setUp() {
    model = plan.equals("seed") ? largestSeed() : generated(160);
    xlsx = write(model);
  }

  /** The plan written as a workbook. */
  @Benchmark
  public byte[] export() {
    return write(model);
  }

  /** The workbook read back into the plan (every cell checked, the plan built and read). */
  @Benchmark
  public DxPlan importPlan() {
    return PlanWorkbook.read(xlsx, "plan.xlsx", WorkbookLimits.DEFAULT);
  }

  /** The floor: fastexcel-reader opening the same workbook and reading every cell's text. */
  @Benchmark
  public long readAllCells() {
    return readAll(xlsx);
  }

  static long readAll(byte[] xlsx) {
    long n = 0;
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : (Iterable<Sheet>) wb.getSheets()::iterator) {
        try (var rows = sheet.openStream()) {
          for (Row row : (Iterable<Row>) rows::iterator) {
            for (Cell cell : row) {
              if (cell != null) {
                String t = cell.getText();
                n += t == null ? 0 : t.length();
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }
}
