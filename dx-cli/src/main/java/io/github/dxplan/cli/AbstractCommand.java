package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.Lang;
import io.github.dxplan.cli.internal.Messages;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the language, standard output and standard error. */
abstract class AbstractCommand {
  @Spec CommandSpec spec;

  Lang lang() {
    return ((DxCommand) spec.root().userObject()).lang();
  }

  Messages messages() {
    return Messages.of(lang());
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
