package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.CliException;
import io.github.dxplan.cli.internal.ExitCodes;
import io.github.dxplan.cli.internal.Lang;
import io.github.dxplan.cli.internal.Messages;
import io.github.dxplan.cli.internal.Terminal;
import io.github.dxplan.model.DxplanException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code dx} command: the root of the subcommands {@code validate}, {@code check}, {@code corpus},
 * {@code catalog}, {@code convert} and {@code schema}.
 *
 * <pre>
 * ./dx check dx-examples/src/main/resources/plans/itako-2023.yaml
 * </pre>
 *
 * <p>Exit codes: {@value ExitCodes#OK} done and nothing at or above the failure threshold;
 * {@value ExitCodes#FINDINGS} findings at or above it; {@value ExitCodes#UNUSABLE} the input or the command
 * line could not be used. No stack trace reaches the user unless {@code --debug} is given.
 */
@Command(
    name = "dx",
    mixinStandardHelpOptions = true,
    versionProvider = DxCommand.Version.class,
    description = {
      "Reads municipal DX plans (自治体DX推進計画) and checks them against the national plan.",
      "自治体のDX推進計画を読み込み、国の自治体DX推進計画と照合します。"
    },
    subcommands = {
      ValidateCommand.class,
      CheckCommand.class,
      CorpusCommand.class,
      CatalogCommand.class,
      ConvertCommand.class,
      DraftCommand.class,
      SchemaCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./dx check dx-examples/src/main/resources/plans/itako-2023.yaml",
      "  ./dx validate --lang en plans/*.yaml",
      "",
      "Exit codes: 0 done; 1 findings at or above the threshold (--fail-on); 2 unusable input or command line."
    })
public final class DxCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      defaultValue = "ja",
      paramLabel = "ja|en",
      description = "Language of messages and text views: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Lang lang = Lang.ja;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show the stack trace of an unexpected error.")
  boolean debug;

  /** Creates the command; picocli fills in the options. */
  public DxCommand() {}

  /**
   * Runs {@code dx} and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    String train = System.getProperty("dx.cds.train");
    if (train != null) {
      train(train);
      return;
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code;
    try {
      code = run(out, err, args);
    } catch (Throwable t) { // even an Error: never a stack trace without --debug
      err.println("dx: " + t);
      code = ExitCodes.UNUSABLE;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The training run of {@code ./dx} for its class-data-sharing archive: the commands people start
   * most, on one plan, so the archive holds the classes of all of them. Output is discarded.
   */
  private static void train(String plan) {
    PrintWriter none = new PrintWriter(java.io.Writer.nullWriter());
    String[][] runs = {
      {"validate", plan}, {"validate", "--format", "json", plan}, {"check", plan},
      {"check", "--format", "json", plan}, {"catalog", "list"}, {"--version"}
    };
    for (String[] args : runs) {
      try {
        run(none, none, args);
      } catch (RuntimeException e) { // a partial archive is still an archive
        // ignored
      }
    }
  }

  /**
   * Runs {@code dx} in this JVM, writing to the given streams, and returns the exit code.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Integer fast = FastPath.run(out, err, args);
    if (fast != null) {
      return fast;
    }
    return commandLine(out, err).execute(args);
  }

  /**
   * Returns the configured command line: its error handling gives exit code 2 and a one-line message.
   *
   * @param out standard output
   * @param err standard error
   * @return the command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new DxCommand());
    // dx help [command], as git and kubectl have it (added first, so it writes where dx writes).
    cl.addSubcommand("help", new CommandLine.HelpCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // No @argument files: picocli would read a named pipe or /dev/zero given as @FILE without limit,
    // and dx's file arguments are plans, read through one bounded reader. "@x.yaml" is a file name.
    cl.setExpandAtFiles(false);
    cl.setExecutionExceptionHandler(DxCommand::handle);
    cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
    // --version on every subcommand prints dx's version (picocli's mixin alone printed nothing).
    withVersion(cl);
    return cl;
  }

  private static void withVersion(CommandLine cl) {
    cl.getCommandSpec().versionProvider(new Version());
    for (CommandLine sub : cl.getSubcommands().values()) {
      withVersion(sub);
    }
  }

  private static int handle(Exception e, CommandLine cmd, ParseResult parseResult) {
    DxCommand root = (DxCommand) cmd.getCommandSpec().root().userObject();
    return handle(e, cmd.getErr(), root.lang, root.debug);
  }

  /** The one-line message (and with --debug the stack trace) of an exception from a command. */
  static int handle(Exception e, PrintWriter err, Lang lang, boolean debug) {
    int code = ExitCodes.UNUSABLE;
    // Messages quote file names, versions and plan text: control characters in them are escaped.
    if (e instanceof CliException c) {
      err.println(Terminal.text(c.getMessage()));
      code = c.exitCode();
    } else if (e instanceof DxplanException || e instanceof UncheckedIOException) {
      // PlanFormatException: FILE:LINE:COL: problem (at /pointer); catalogue errors name the version.
      err.println(Terminal.text(e.getMessage()));
    } else {
      err.println(Terminal.text(Messages.of(lang).get("internal", String.valueOf(e))));
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), Messages.of(lang).get("command.missing"));
  }

  /**
   * Returns the language chosen with {@code --lang}.
   *
   * @return the language
   */
  Lang lang() {
    return lang;
  }

  /** The version line, from the jar's manifest. */
  static String version() {
    String v = DxCommand.class.getPackage().getImplementationVersion();
    return "dx " + (v == null ? "(development build)" : v);
  }

  /** Prints the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {version()};
    }
  }
}
