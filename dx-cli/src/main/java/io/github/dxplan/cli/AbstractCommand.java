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
}
