package io.github.dxplan.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents that cannot be drafted get a message naming the file and what to do, never a hang. */
class BadInputTest {
  @TempDir Path dir;

  private static String en(Throwable t) {
    return ((DraftException) t).message(Locale.ENGLISH);
  }

  @Test
  void emptyText_isRefusedAsEmpty() throws IOException {
    Path f = Files.writeString(dir.resolve("empty.txt"), "\n  \n");
    assertThatThrownBy(() -> Drafter.create().draft(f)).isInstanceOf(DraftException.class)
        .satisfies(e -> assertThat(en(e)).contains("empty.txt", "empty"));
  }

  @Test
  void textOverTheLimit_isRefusedBeforeItIsRead() throws IOException {
    Path f = dir.resolve("huge.txt");
    try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
      r.setLength(100L << 20);
    }
    assertThatThrownBy(() -> Drafter.create().draft(f)).isInstanceOf(DraftException.class)
        .satisfies(e -> assertThat(en(e)).contains("huge.txt", "too large", "104857600"));
  }

  @Test
  void shiftJisText_isReadAndSaidSo() throws IOException {
    Path f = Files.write(dir.resolve("sjis.txt"),
        "潮来市DX推進計画\n【基本方針1】利便性の高い行政サービスの実現\n".getBytes(Charset.forName("windows-31j")));
    Draft d = Drafter.create().draft(f);
    assertThat(d.plan().title()).isEqualTo("潮来市DX推進計画");
    assertThat(d.review("READER")).anySatisfy(r -> assertThat(r.en()).contains("Shift_JIS"));
  }

  @Test
  void latin1Bytes_areRefusedWithHowToConvert() throws IOException {
    Path f = Files.write(dir.resolve("latin.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, (byte) 0xFF, (byte) 0xFE, 'x'});
    assertThatThrownBy(() -> Drafter.create().draft(f)).isInstanceOf(DraftException.class)
        .satisfies(e -> assertThat(en(e)).contains("latin.txt", "iconv"));
  }

  @Test
  void malformedPdf_isRefusedAsDamaged() throws IOException {
    Path f = Files.write(dir.resolve("bad.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> Drafter.create().draft(f)).isInstanceOf(DraftException.class)
        .satisfies(e -> assertThat(en(e)).contains("bad.pdf", "cannot be read as a PDF"));
  }

  @Test
  void pdfWithoutText_saysItNeedsOcr() throws IOException {
    Path f = dir.resolve("scan.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      pdf.addPage(new PDPage());
      pdf.save(f.toFile());
    }
    assertThatThrownBy(() -> Drafter.create().draft(f)).isInstanceOf(DraftException.class)
        .satisfies(e -> assertThat(en(e)).contains("scan.pdf", "no text layer", "OCR"));
  }

  @Test
  void encryptedPdf_isRefused() throws IOException {
    Path f = dir.resolve("locked.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      pdf.protect(p);
      pdf.save(f.toFile());
    }
    assertThatThrownBy(() -> Drafter.create().draft(f)).isInstanceOf(DraftException.class)
        .satisfies(e -> assertThat(en(e)).contains("locked.pdf", "encrypted"));
  }

  @Test
  void pdfWithMorePagesThanTheLimit_isRefusedBeforeExtraction() throws IOException {
    Path f = dir.resolve("long.pdf");
    try (PDDocument pdf = new PDDocument()) {
      for (int i = 0; i < 30; i++) {
        pdf.addPage(new PDPage());
      }
      pdf.save(f.toFile());
    }
    assertThatThrownBy(() -> Drafter.create().withLimits(DraftLimits.DEFAULT.withMaxPages(20)).draft(f))
        .isInstanceOf(DraftException.class).satisfies(e -> assertThat(en(e)).contains("long.pdf", "30 pages", "20"));
  }

  @Test
  void binaryFile_isRefusedAsNotText() throws IOException {
    Path f = Files.write(dir.resolve("x.txt"), new byte[] {'a', 0, 'b'});
    assertThatThrownBy(() -> Drafter.create().draft(f)).isInstanceOf(DraftException.class)
        .satisfies(e -> assertThat(en(e)).contains("x.txt", "NUL"));
  }
}
