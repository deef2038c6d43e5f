package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

import nianbao.check.Auditor;
import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.Severity;
import nianbao.format.FormatException;
import nianbao.format.FormatLibrary;
import nianbao.formats.OfficialFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nianbao audit}: audits report files and folders with the official formats.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
		description = "Reads reports (files, or folders searched recursively), extracts their tables with the format "
				+ "of their year and prints every rule violation.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no finding at or above the --fail-on severity", "1:findings at or above the --fail-on severity",
				"2:bad usage, or a report that could not be assessed" })
final class AuditCommand implements Callable<Integer> {

	/** Output formats. */
	enum Format {
		text, json
	}

	/** The --fail-on thresholds. */
	enum FailOn {
		error, warning, never
	}

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
	private List<Path> paths;

	@Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private Format format = Format.text;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the results to FILE instead of standard output.")
	private Path output;

	@Option(names = "--fail-on", paramLabel = "SEVERITY",
			description = "Exit with 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private FailOn failOn = FailOn.error;

	@Option(names = "--profile", paramLabel = "FILE",
			description = "A deployment profile (.nbprofile) that raises, lowers or switches off rules by id.")
	private Path profile;

	@picocli.CommandLine.Spec
	private picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		Auditor auditor;
		try {
			FormatLibrary formats = OfficialFormats.library();
			auditor = new Auditor(formats, profile == null ? null
					: formats.loadProfile(new FormatLibrary.Source(URI.createFileURI(profile.toAbsolutePath().toString()),
							() -> Files.newInputStream(profile))));
		} catch (FormatException e) {
			err.println("nianbao: " + e.getMessage());
			return Main.TROUBLE;
		}
		List<Path> files = ReportFiles.collect(paths);
		if (files.isEmpty()) {
			err.println("nianbao: no report files in " + paths);
			return Main.TROUBLE;
		}
		List<ReportAudit> audits = new ArrayList<>();
		for (Path file : files) {
			audits.add(auditor.audit(file));
		}
		Output writer = switch (format) {
			case text -> new TextOutput();
			case json -> new JsonOutput();
		};
		if (output == null) {
			writer.write(audits, spec.commandLine().getOut());
			spec.commandLine().getOut().flush();
		} else {
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
				writer.write(audits, out);
			}
		}
		Summary summary = Summary.of(audits);
		err.println(summary);
		return exitCode(summary, audits);
	}

	private int exitCode(Summary summary, List<ReportAudit> audits) {
		if (summary.notAssessed() > 0) {
			return Main.TROUBLE;
		}
		Severity threshold = switch (failOn) {
			case error -> Severity.ERROR;
			case warning -> Severity.WARNING;
			case never -> null;
		};
		boolean failing = threshold != null && audits.stream()
				.flatMap(a -> a instanceof ReportAudit.Assessed assessed ? assessed.findings().stream() : Stream.<Finding>empty())
				.anyMatch(f -> f.severity().compareTo(threshold) <= 0);
		return failing ? Main.FINDINGS : Main.CLEAN;
	}
}
