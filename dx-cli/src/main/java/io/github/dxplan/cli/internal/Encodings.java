package io.github.dxplan.cli.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Names the encoding a file that is not UTF-8 is most likely in, so the message can say how to fix it:
 * plans from Japanese offices are often saved as Shift_JIS (CP932) or, from Notepad and Excel, UTF-16.
 */
final class Encodings {
  private Encodings() {}

  /**
   * Returns the likely encoding of bytes that are not UTF-8: {@code UTF-32}, {@code UTF-16} (by their
   * byte order mark) or {@code Shift_JIS} (they decode as CP932 and hold Japanese); {@code null} when
   * the bytes are UTF-8 or nothing fits.
   */
  static String guess(byte[] b) {
    if (decodes(b, StandardCharsets.UTF_8)) {
      return null;
    }
    if (b.length >= 4 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0)
        || (b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF))) {
      return "UTF-32";
    }
    if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
      return "UTF-16";
    }
    if (Charset.isSupported("windows-31j") && decodes(b, Charset.forName("windows-31j"))) {
      return "Shift_JIS";
    }
    return null;
  }

  private static boolean decodes(byte[] b, Charset charset) {
    try {
      charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
