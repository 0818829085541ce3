package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.Lang;
import io.github.dxplan.cli.internal.Messages;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the language, standard output and standard error. */
abstract class AbstractCommand {
  @Spec CommandSpec spec;

  /** The language and streams when {@link FastPath} runs the command without picocli ({@code spec} is null). */
  Lang fastLang;
  PrintWriter fastOut;
  PrintWriter fastErr;

  Lang lang() {
    return spec == null ? fastLang : ((DxCommand) spec.root().userObject()).lang();
  }

  Messages messages() {
    return Messages.of(lang());
  }

  PrintWriter out() {
    return spec == null ? fastOut : spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec == null ? fastErr : spec.commandLine().getErr();
  }

  /**
   * The clock that gives the day of a check (what is in force, what has ended): the system clock, or
   * the day the system property {@code dx.today} names (yyyy-mm-dd), so that tests and reproducible
   * runs can fix it.
   */
  static java.time.Clock clock() {
    String today = System.getProperty("dx.today");
    if (today == null || today.isBlank()) {
      return java.time.Clock.systemDefaultZone();
    }
    return java.time.Clock.fixed(
        java.time.LocalDate.parse(today.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
        java.time.ZoneOffset.UTC);
  }
}
