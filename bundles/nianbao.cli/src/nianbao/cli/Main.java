// SPDX-License-Identifier: EPL-2.0
package nianbao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;

import nianbao.results.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The headless rule runner: {@code nianbao audit <files or folders>}, and the format language's Language
 * Server: {@code nianbao lsp}. Runs as a plain Java program
 * (this class) and as the Eclipse application {@code nianbao.cli.audit} ({@link AuditApplication}).
 */
@Command(name = "nianbao", mixinStandardHelpOptions = true, versionProvider = Main.VersionText.class,
		description = "Audits 政府信息公开工作年度报告 against the prescribed format and its rules.",
		subcommands = { AuditCommand.class, CompareCommand.class, LspCommand.class })
public final class Main implements Runnable {

	/** Exit code: nothing at or above the --fail-on severity was found. */
	public static final int CLEAN = 0;
	/** Exit code: findings at or above the --fail-on severity. */
	public static final int FINDINGS = 1;
	/** Exit code: bad usage, or a report that could not be assessed. */
	public static final int TROUBLE = 2;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	/** The plain Java program (the start script's): runs the command line and exits with its code. */
	public static void main(String[] args) {
		// the runner sets log4j's level itself (run); without this, log4j's first use looks for a configuration
		// file in every jar of the class path, opening each, which costs a start a few tenths of a second
		System.setProperty("log4j.defaultInitOverride", "true");
		System.exit(run(args));
	}

	/** Runs a command line and returns its exit code. */
	public static int run(String... args) {
		// Xtext logs through log4j; a command-line tool prints its own messages only
		Logger.getRootLogger().setLevel(Level.OFF);
		CommandLine commandLine = new CommandLine(new Main());
		commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
		commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
		commandLine.setExitCodeExceptionMapper(e -> TROUBLE);
		commandLine.setParameterExceptionHandler((e, a) -> {
			e.getCommandLine().getErr().println("nianbao: " + e.getMessage());
			e.getCommandLine().usage(e.getCommandLine().getErr());
			return TROUBLE;
		});
		// a problem nobody foresaw ends the run with a sentence; --debug shows where it arose
		commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
			line.getErr().println("nianbao: the run stopped on an unexpected problem"
					+ (List.of(args).contains("--debug") ? ":" : "; run it again with --debug to see where"));
			if (List.of(args).contains("--debug")) {
				e.printStackTrace(line.getErr());
			}
			return TROUBLE;
		});
		return commandLine.execute(args);
	}

	/** What {@code --version} prints. */
	static final class VersionText implements IVersionProvider {
		@Override
		public String[] getVersion() {
			return new String[] { "Nianbao Auditor " + Version.of() };
		}
	}

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, such as: audit <files or folders>");
	}
}
