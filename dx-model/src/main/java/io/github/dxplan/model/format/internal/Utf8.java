package io.github.dxplan.model.format.internal;

/**
 * Checks that bytes are well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates, nothing
 * above U+10FFFF, no truncated sequence) without decoding them: exactly what the JDK's strict decoder
 * accepts.
 */
public final class Utf8 {
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private Utf8() {}

  /**
   * Returns whether {@code b} is well-formed UTF-8.
   *
   * @param b the bytes
   * @return {@code true} if the JDK's strict UTF-8 decoder would accept them
   */
  public static boolean isWellFormed(byte[] b) {
    int n = b.length;
    int i = 0;
    while (i < n) {
      // Eight ASCII bytes at a time (indentation and keys are most of a pretty-printed plan).
      while (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= n) {
        break;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      if (c < 0xC2) {
        return false; // a continuation byte, or an overlong two-byte start
      }
      if (c < 0xE0) {
        if (i + 1 >= n || (b[i + 1] & 0xC0) != 0x80) {
          return false;
        }
        i += 2;
      } else if (c < 0xF0) {
        if (i + 2 >= n) {
          return false;
        }
        int c1 = b[i + 1] & 0xFF;
        if ((c1 & 0xC0) != 0x80 || (b[i + 2] & 0xC0) != 0x80) {
          return false;
        }
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) {
          return false; // overlong, or a surrogate
        }
        i += 3;
      } else if (c < 0xF5) {
        if (i + 3 >= n) {
          return false;
        }
        int c1 = b[i + 1] & 0xFF;
        if ((c1 & 0xC0) != 0x80 || (b[i + 2] & 0xC0) != 0x80 || (b[i + 3] & 0xC0) != 0x80) {
          return false;
        }
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) {
          return false; // overlong, or above U+10FFFF
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }
}
