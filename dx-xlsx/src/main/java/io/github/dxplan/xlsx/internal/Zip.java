package io.github.dxplan.xlsx.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A zip archive in memory, read from its central directory (as spreadsheet programs do, so the
 * local headers' sizes, which some writers leave at 0, do not matter). Entries inflate only on
 * request and only up to a bound, so a zip bomb stops at the bound.
 */
final class Zip {

  /** A problem with the archive itself. */
  static final class BadZip extends Exception {
    private static final long serialVersionUID = 1L;

    BadZip(String message) {
      super(message);
    }
  }

  /** Thrown when an entry inflates past the bound it was read with. */
  static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("too large");
    }
  }

  record Entry(String name, int method, long compressedSize, long localOffset, int flags) {}

  private final ByteBuffer buf;
  final List<Entry> entries;

  private Zip(byte[] bytes, List<Entry> entries) {
    this.buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    this.entries = entries;
  }

  static Zip open(byte[] bytes, int maxEntries) throws BadZip {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int eocd = -1;
    for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
      if (b.getInt(i) == 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      throw new BadZip("no end of central directory (not a zip file, or cut short)");
    }
    int count = Short.toUnsignedInt(b.getShort(eocd + 10));
    long cdSize = Integer.toUnsignedLong(b.getInt(eocd + 12));
    long cdOffset = Integer.toUnsignedLong(b.getInt(eocd + 16));
    if (count == 0xFFFF || cdOffset == 0xFFFFFFFFL) {
      throw new BadZip("ZIP64 archives are not read (a workbook is far smaller than 4 GB)");
    }
    if (count > maxEntries) {
      throw new LimitException("zip entries " + count + " > " + maxEntries);
    }
    if (cdOffset + cdSize > eocd) {
      throw new BadZip("central directory out of bounds");
    }
    List<Entry> entries = new ArrayList<>(count);
    int p = (int) cdOffset;
    for (int i = 0; i < count; i++) {
      if (p + 46 > eocd || b.getInt(p) != 0x02014b50) {
        throw new BadZip("broken central directory entry " + i);
      }
      int flags = Short.toUnsignedInt(b.getShort(p + 8));
      int method = Short.toUnsignedInt(b.getShort(p + 10));
      long csize = Integer.toUnsignedLong(b.getInt(p + 20));
      int nameLen = Short.toUnsignedInt(b.getShort(p + 28));
      int extraLen = Short.toUnsignedInt(b.getShort(p + 30));
      int commentLen = Short.toUnsignedInt(b.getShort(p + 32));
      long local = Integer.toUnsignedLong(b.getInt(p + 42));
      if (p + 46 + nameLen > eocd) {
        throw new BadZip("broken central directory entry " + i);
      }
      String name = new String(bytes, p + 46, nameLen, StandardCharsets.UTF_8);
      entries.add(new Entry(name, method, csize, local, flags));
      p += 46 + nameLen + extraLen + commentLen;
    }
    return new Zip(bytes, entries);
  }

  /** An entry count above the bound (reported as a limit, not as a broken file). */
  static final class LimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitException(String message) {
      super(message);
    }
  }

  /**
   * Inflates an entry, at most {@code max} bytes.
   *
   * @param sink receives the bytes, or {@code null} to only count them
   * @return the inflated size
   */
  long inflate(Entry e, long max, java.io.ByteArrayOutputStream sink) throws BadZip, TooLarge {
    if ((e.flags() & 1) != 0) {
      throw new BadZip(e.name() + " is encrypted inside the zip");
    }
    long lo = e.localOffset();
    if (lo + 30 > buf.capacity() || buf.getInt((int) lo) != 0x04034b50) {
      throw new BadZip("broken local header of " + e.name());
    }
    int nameLen = Short.toUnsignedInt(buf.getShort((int) lo + 26));
    int extraLen = Short.toUnsignedInt(buf.getShort((int) lo + 28));
    long start = lo + 30 + nameLen + extraLen;
    if (start + e.compressedSize() > buf.capacity()) {
      throw new BadZip(e.name() + " runs past the end of the file");
    }
    byte[] all = buf.array();
    if (e.method() == 0) {
      if (e.compressedSize() > max) {
        throw new TooLarge();
      }
      if (sink != null) {
        sink.write(all, (int) start, (int) e.compressedSize());
      }
      return e.compressedSize();
    }
    if (e.method() != 8) {
      throw new BadZip(e.name() + " uses compression method " + e.method());
    }
    Inflater inf = new Inflater(true);
    try {
      inf.setInput(all, (int) start, (int) e.compressedSize());
      byte[] out = new byte[32768];
      long total = 0;
      while (!inf.finished()) {
        int n = inf.inflate(out);
        if (n == 0) {
          if (inf.needsInput() || inf.needsDictionary()) {
            throw new BadZip(e.name() + " is cut short");
          }
          continue;
        }
        total += n;
        if (total > max) {
          throw new TooLarge();
        }
        if (sink != null) {
          sink.write(out, 0, n);
        }
      }
      return total;
    } catch (DataFormatException ex) {
      throw new BadZip(e.name() + ": " + ex.getMessage());
    } finally {
      inf.end();
    }
  }
}
