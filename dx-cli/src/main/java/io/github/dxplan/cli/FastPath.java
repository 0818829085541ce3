package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.Lang;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the commands people start most ({@code check}, {@code validate}, {@code --version}) without
 * building picocli's command model, which costs more than the command itself on a cold start (picocli
 * reads the annotations of every command; its classes cannot be put in a CDS archive).
 *
 * <p>Only a plain command line is taken here: each option at most once, as {@code --name value}, with
 * a value spelled exactly as documented. Anything else (help, an unknown or repeated option, an
 * {@code --name=value}, a case-insensitive enum value, a missing file argument...) returns
 * {@code null}, and picocli parses the line as before, so every message and every help text comes
 * from picocli as it always did. {@code FastPathTest} checks both ways give the same result.
 */
final class FastPath {

  /** The top-level command names: a word equal to one of them always goes to picocli. */
  private static final Set<String> COMMANDS =
      Set.of("validate", "check", "corpus", "catalog", "convert", "schema", "generate-completion", "help");

  private FastPath() {}

  /**
   * Runs a plain command line, or returns {@code null} when picocli must parse it.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code, or {@code null}
   */
  static Integer run(PrintWriter out, PrintWriter err, String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      out.println(DxCommand.version());
      out.flush();
      return 0;
    }
    for (String a : args) {
      if (a.isEmpty()) {
        return null;
      }
    }
    Lang lang = null;
    boolean debug = false;
    String command = null;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang")) {
        if (lang != null || i + 1 == args.length) {
          return null;
        }
        lang = lang(args[++i]);
        if (lang == null) {
          return null;
        }
      } else if (a.equals("--debug")) {
        if (debug) {
          return null;
        }
        debug = true;
      } else if (command == null) {
        if (!a.equals("check") && !a.equals("validate")) {
          return null;
        }
        command = a;
      } else {
        rest.add(a);
      }
    }
    if (command == null) {
      return null;
    }
    AbstractCommand c = command.equals("check") ? check(rest) : validate(rest);
    if (c == null) {
      return null;
    }
    c.fastLang = lang == null ? Lang.ja : lang;
    c.fastOut = out;
    c.fastErr = err;
    try {
      return ((java.util.concurrent.Callable<Integer>) c).call();
    } catch (Exception e) {
      return DxCommand.handle(e, err, c.fastLang, debug);
    }
  }

  private static CheckCommand check(List<String> args) {
    CheckCommand c = new CheckCommand();
    c.format = CheckCommand.Format.text;
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("-")) {
        if (!seen.add(a)) {
          return null;
        }
        if (a.equals("--infer-only")) {
          c.inferOnly = true;
          continue;
        }
        String v = value(args, ++i);
        if (v == null) {
          return null;
        }
        switch (a) {
          case "--national-plan" -> c.version = v;
          case "--format" -> {
            c.format = constant(CheckCommand.Format.class, v);
            if (c.format == null) {
              return null;
            }
          }
          case "--out" -> {
            c.out = path(v);
            if (c.out == null) {
              return null;
            }
          }
          case "--fail-on" -> {
            EnumSet<CheckCommand.FailOn> set = EnumSet.noneOf(CheckCommand.FailOn.class);
            for (String s : v.split(",", -1)) {
              CheckCommand.FailOn f = constant(CheckCommand.FailOn.class, s);
              if (f == null) {
                return null;
              }
              set.add(f);
            }
            c.failOn = set;
          }
          default -> {
            return null;
          }
        }
      } else {
        if (c.file != null) {
          return null;
        }
        c.file = path(a);
        if (c.file == null) {
          return null;
        }
      }
    }
    return c.file == null ? null : c;
  }

  private static ValidateCommand validate(List<String> args) {
    ValidateCommand c = new ValidateCommand();
    c.format = ValidateCommand.Format.text;
    c.failOn = ValidateCommand.FailOn.error;
    List<Path> files = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("-")) {
        if (!seen.add(a)) {
          return null;
        }
        String v = value(args, ++i);
        if (v == null) {
          return null;
        }
        switch (a) {
          case "--format" -> {
            c.format = constant(ValidateCommand.Format.class, v);
            if (c.format == null) {
              return null;
            }
          }
          case "--fail-on" -> {
            c.failOn = constant(ValidateCommand.FailOn.class, v);
            if (c.failOn == null) {
              return null;
            }
          }
          case "--out" -> {
            c.out = path(v);
            if (c.out == null) {
              return null;
            }
          }
          default -> {
            return null;
          }
        }
      } else {
        Path p = path(a);
        if (p == null) {
          return null;
        }
        files.add(p);
      }
    }
    if (files.isEmpty()) {
      return null;
    }
    c.files = files;
    return c;
  }

  /** The value after an option: present, not an option, not a command name. */
  private static String value(List<String> args, int i) {
    if (i >= args.size()) {
      return null;
    }
    String v = args.get(i);
    return v.startsWith("-") || COMMANDS.contains(v) ? null : v;
  }

  private static Path path(String s) {
    if (COMMANDS.contains(s)) {
      return null;
    }
    try {
      return Path.of(s);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static Lang lang(String s) {
    return constant(Lang.class, s);
  }

  /** The constant spelled exactly so (picocli's case-insensitive matching is left to picocli). */
  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
