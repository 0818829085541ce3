package io.github.dxplan.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dxplan.examples.SeedPlans;
import io.github.dxplan.model.DxPlan;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Workbooks made to hurt: each fails fast, with a message, and reads nothing it should not. */
class HostileWorkbookTest {

  static final DxPlan PLAN = SeedPlans.load("itako-2023");
  static final byte[] WB = RoundTripTest.xlsx(PLAN);

  static WorkbookException refused(byte[] wb, WorkbookLimits limits) {
    WorkbookException e = catchThrowableOfType(WorkbookException.class, () -> PlanWorkbook.read(wb, "x.xlsx", limits));
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  @Test
  @Timeout(20)
  void zipBomb_oneEntry_stopsAtTheEntryBound() throws Exception {
    Map<String, byte[]> parts = Xlsx.parts(WB);
    // 200 MB of spaces inside the shared strings: about 200 KB compressed.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        if (e.getKey().equals("xl/sharedStrings.xml")) {
          byte[] block = new byte[1 << 20];
          Arrays.fill(block, (byte) ' ');
          for (int i = 0; i < 200; i++) {
            z.write(block);
          }
        } else {
          z.write(e.getValue());
        }
        z.closeEntry();
      }
    }
    assertThat(out.size()).isLessThan(2_000_000);
    long t = System.nanoTime();
    WorkbookException e = refused(out.toByteArray(), WorkbookLimits.DEFAULT);
    assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.LIMIT);
    assertThat(e.getMessage()).contains("xl/sharedStrings.xml", "zip bomb");
    assertThat(System.nanoTime() - t).as("stops at the 64 MB bound, not after 200 MB").isLessThan(15_000_000_000L);
  }

  @Test
  void manySmallEntries_overTheTotalBound_areRefused() {
    Map<String, byte[]> parts = new LinkedHashMap<>(Xlsx.parts(WB));
    byte[] mb = new byte[1 << 20];
    for (int i = 0; i < 6; i++) {
      parts.put("xl/pad" + i + ".xml", mb);
    }
    WorkbookException e = refused(Xlsx.zip(parts), WorkbookLimits.DEFAULT.withZip(2000, 2 << 20, 4 << 20));
    assertThat(e.getMessage()).contains("inflates to more than 4194304 bytes");
  }

  @Test
  void tooManyEntries_areRefusedBeforeAnythingInflates() {
    Map<String, byte[]> parts = new LinkedHashMap<>(Xlsx.parts(WB));
    for (int i = 0; i < 2100; i++) {
      parts.put("junk/" + i, new byte[0]);
    }
    WorkbookException e = refused(Xlsx.zip(parts), WorkbookLimits.DEFAULT);
    assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.LIMIT);
    assertThat(e.getMessage()).contains("zip entries");
  }

  @Test
  void externalEntity_isNeverResolved() {
    Map<String, byte[]> parts = Xlsx.parts(WB);
    String sst = Xlsx.text(parts, "xl/sharedStrings.xml");
    String evil = sst.replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><sst")
        .replaceFirst("<t>", "<t>&xxe;");
    parts.put("xl/sharedStrings.xml", evil.getBytes(StandardCharsets.UTF_8));
    WorkbookException e = refused(Xlsx.zip(parts), WorkbookLimits.DEFAULT);
    assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.BAD_XML);
    assertThat(e.getMessage()).contains("DTD").doesNotContain("root:");
  }

  @Test
  void billionLaughs_isRefusedAtItsDtd() {
    Map<String, byte[]> parts = Xlsx.parts(WB);
    String wb = Xlsx.text(parts, "xl/workbook.xml");
    String lol = "<!DOCTYPE workbook [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
    parts.put("xl/workbook.xml", wb.replaceFirst("<workbook", lol + "<workbook").getBytes(StandardCharsets.UTF_8));
    assertThat(refused(Xlsx.zip(parts), WorkbookLimits.DEFAULT).problems().get(0).kind()).isEqualTo(ProblemKind.BAD_XML);
  }

  @Test
  void xlsm_isReadWithoutItsMacros_andTheAnnotatedCopyHasNone() {
    Map<String, byte[]> parts = new LinkedHashMap<>(Xlsx.parts(WB));
    parts.put("xl/vbaProject.bin", "Attribute VB_Name = \"Evil\"\nSub Auto_Open()\nShell \"calc\"\nEnd Sub".getBytes(StandardCharsets.UTF_8));
    byte[] xlsm = Xlsx.zip(parts);
    assertThat(PlanWorkbook.read(xlsm, "x.xlsm", WorkbookLimits.DEFAULT)).isEqualTo(PLAN);
    assertThat(io.github.dxplan.xlsx.internal.XlsxReader.read(xlsm, "x.xlsm", WorkbookLimits.DEFAULT).hadMacros()).isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbook.annotate(xlsm, "x.xlsm", java.util.List.of(), java.util.Locale.JAPANESE, out);
    assertThat(Xlsx.parts(out.toByteArray()).keySet()).noneMatch(n -> n.toLowerCase().contains("vba"));
  }

  static byte[] ole2(String streamName) {
    byte[] b = new byte[4096];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, b, 0, magic.length);
    byte[] name = streamName.getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(name, 0, b, 1024, name.length);
    return b;
  }

  @Test
  void encryptedWorkbook_isRefusedWithHowToRemoveThePassword() {
    WorkbookException e = refused(ole2("EncryptionInfo"), WorkbookLimits.DEFAULT);
    assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.ENCRYPTED);
    assertThat(e.getMessage()).contains("パスワード");
  }

  @Test
  void legacyXls_isNamedAsSuch() {
    assertThat(refused(ole2("Workbook"), WorkbookLimits.DEFAULT).problems().get(0).kind()).isEqualTo(ProblemKind.LEGACY_XLS);
  }

  @Test
  void rowsOverTheBound_areRefused() {
    WorkbookException e = refused(WB, WorkbookLimits.DEFAULT.withMaxRows(10));
    assertThat(e.getMessage()).contains("rows > 10");
  }

  @Test
  void notAZip_cutShort_andEmpty_areNamed() {
    assertThat(refused("title: x\n".getBytes(StandardCharsets.UTF_8), WorkbookLimits.DEFAULT).problems().get(0).kind()).isEqualTo(ProblemKind.NOT_A_WORKBOOK);
    assertThat(refused(Arrays.copyOf(WB, WB.length / 2), WorkbookLimits.DEFAULT).problems().get(0).kind()).isEqualTo(ProblemKind.NOT_A_WORKBOOK);
    assertThat(refused(new byte[0], WorkbookLimits.DEFAULT).problems().get(0).kind()).isEqualTo(ProblemKind.NOT_A_WORKBOOK);
  }

  @Test
  void everyPrefixAndByteFlip_failsOnlyWithAWorkbookException() {
    java.util.Random random = new java.util.Random(13);
    for (int i = 0; i < 60; i++) {
      byte[] b = WB.clone();
      for (int k = 0; k < 1 + random.nextInt(8); k++) {
        b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
      }
      try {
        PlanWorkbook.read(b, "x.xlsx", WorkbookLimits.DEFAULT);
      } catch (WorkbookException expected) {
        assertThat(expected.problems()).isNotEmpty();
      }
    }
  }
}
