package io.github.dxplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code dx} in this JVM and captures what it prints. */
final class Dx {
  record Result(int exitCode, String out, String err) {}

  private Dx() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DxCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  private static Path seeds;

  /** A seed plan from dx-examples, copied from the class path to a file. */
  static synchronized Path seed(String name) {
    try {
      if (seeds == null) {
        seeds = Files.createTempDirectory("dx-seeds");
      }
      Path file = seeds.resolve(name);
      if (!Files.exists(file)) {
        try (InputStream in = Dx.class.getResourceAsStream("/plans/" + name)) {
          if (in == null) {
            throw new IllegalStateException("no seed plan " + name);
          }
          Files.copy(in, file);
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String seedPath(String name) {
    return seed(name).toString();
  }

  /** The five seed plans. */
  static final String[] SEEDS = {
    "itako-2023.yaml", "nasukarasuyama-2024.yaml", "oyama-2021.yaml", "utsunomiya-2020.yaml", "utsunomiya-2023.yaml"
  };

  /** Whether the tests run as root, who can read a file whatever its permissions. */
  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
