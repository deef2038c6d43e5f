// SPDX-License-Identifier: EPL-2.0
package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import nianbao.check.Auditor;
import nianbao.check.BatchAudit;
import nianbao.check.FormatTests;
import nianbao.check.Severity;
import nianbao.format.FormatException;
import nianbao.format.FormatLibrary;
import nianbao.read.ReadLimits;
import nianbao.read.ReportFiles;
import nianbao.results.Baseline;
import nianbao.results.Decisions;
import nianbao.results.ExplainOutput;
import nianbao.results.Output;
import nianbao.results.OutputFormat;
import nianbao.results.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

	/** The --fail-on thresholds. */
	enum FailOn {
		error, warning, never
	}

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
	private List<Path> paths;

	@Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private OutputFormat format = OutputFormat.text;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the results to FILE instead of standard output.")
	private Path output;

	@Option(names = "--fail-on", paramLabel = "SEVERITY",
			description = "Exit with 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	private FailOn failOn = FailOn.error;

	@Mixin
	private FormatsOption formatsOption;

	@Option(names = "--baseline", paramLabel = "FILE",
			description = "An earlier JSON or SARIF result: report and count only findings not in it; keep its triage.")
	private Path baselineFile;

	@Option(names = "--threads", paramLabel = "N",
			description = "Audit N reports at a time, 1 to " + MAX_THREADS + " (default: the number of processors, ${DEFAULT-VALUE}).")
	private int threads = Runtime.getRuntime().availableProcessors();

	/** More threads than this only hold more reports in memory at once. */
	private static final int MAX_THREADS = 64;

	@Option(names = "--profile", paramLabel = "FILE",
			description = "A deployment profile (.nbprofile) that raises, lowers or switches off rules by id.")
	private Path profile;

	@Option(names = "--test",
			description = "PATHs are format files (.nbformat) or folders of them: run their test cases "
					+ "(test \"name\" report \"file\" { expect error T3-BAL x 2  expect no NT-2 }) and print which pass; "
					+ "exit 1 if one fails.")
	private boolean test;

	@Option(names = "--explain",
			description = "Instead of findings, show how each report was read: where its headings and row labels were "
					+ "found and which characters became which cell.")
	private boolean explain;

	@Option(names = "--limit", paramLabel = "NAME=VALUE",
			description = { "Raise (or lower) a limit a report is read under; repeatable. A report beyond a limit is not "
					+ "assessed, with the limit named. The limits and their defaults: time=60 (seconds to read and audit "
					+ "one report), rows=10000 (table rows in one file), cells=200000 (table cells in one file), "
					+ "glyphs=100000 (glyphs on one PDF page), unpacked=50 (megabytes a Word or Excel file may unpack "
					+ "to), depth=250 (levels of nested elements in HTML, Word and Excel files)." })
	private List<String> limits = new ArrayList<>();

	@Option(names = "--debug", description = "Where the run stops on an unexpected problem, print where it arose.")
	private boolean debug;

	@picocli.CommandLine.Spec
	private picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		if (threads < 1 || threads > MAX_THREADS) {
			err.println("nianbao: --threads must be between 1 and " + MAX_THREADS + ", not " + threads);
			return Main.TROUBLE;
		}
		ReadLimits readLimits;
		try {
			readLimits = ReadLimits.of(limits);
		} catch (IllegalArgumentException e) {
			err.println("nianbao: --limit: " + e.getMessage());
			return Main.TROUBLE;
		}
		if (test) {
			return runTests(readLimits, err);
		}
		Auditor auditor;
		FormatLibrary formats;
		try {
			formats = formatsOption.library();
			auditor = new Auditor(formats, profile == null ? null
					: formats.loadProfile(FormatLibrary.Source.of(profile)), readLimits);
		} catch (FormatException e) {
			err.println("nianbao: " + e.getMessage());
			return Main.TROUBLE;
		}
		Baseline baseline = Baseline.NONE;
		if (baselineFile != null) {
			try {
				baseline = Baseline.read(baselineFile);
			} catch (IOException e) {
				err.println("nianbao: the baseline " + e.getMessage());
				return Main.TROUBLE;
			}
		}
		List<Path> files = ReportFiles.collect(paths);
		if (files.isEmpty()) {
			err.println("nianbao: no report files in " + paths);
			return Main.TROUBLE;
		}
		Decisions decisions;
		try {
			decisions = Decisions.load(files, baseline);
		} catch (IOException e) {
			err.println("nianbao: " + e.getMessage());
			return Main.TROUBLE;
		}
		auditor = auditor.correctedBy(decisions.corrections());
		if (format == OutputFormat.xlsx && output == null) {
			err.println("nianbao: --format xlsx needs --output FILE: a workbook is not printed");
			return Main.TROUBLE;
		}
		OutputFile outputFile = null;
		if (output != null) {
			List<Path> reads = new ArrayList<>(files);
			Stream.of(baselineFile, profile).filter(Objects::nonNull).forEach(reads::add);
			Optional<String> refusal = OutputFile.refusal(output, reads);
			if (refusal.isPresent()) {
				err.println("nianbao: " + refusal.get());
				return Main.TROUBLE;
			}
			try {
				outputFile = OutputFile.beside(output);
			} catch (IOException e) {
				err.println("nianbao: cannot write the results beside " + output + " (the folder is not writable)");
				return Main.TROUBLE;
			}
		}
		Path written = outputFile == null ? null : outputFile.temporary();
		Output writer = explain ? new ExplainOutput() : Output.of(format, formats, baseline, decisions, written);
		Summary summary = new Summary();
		PrintWriter out = written == null ? spec.commandLine().getOut()
				: new PrintWriter(Files.newBufferedWriter(written, StandardCharsets.UTF_8));
		boolean finished = false;
		try {
			writer.start(out);
			long started = System.nanoTime();
			long[] lastProgress = { started };
			Baseline against = baseline;
			// JSON and SARIF keep every finding, marked new or unchanged; the other outputs show the new ones
			boolean annotates = format == OutputFormat.json || format == OutputFormat.sarif;
			new BatchAudit(auditor, threads).run(files, audit -> {
				writer.report(annotates ? audit : against.onlyNew(audit), out);
				summary.add(against.onlyNew(audit), decisions::dismissed);
			}, (done, total) -> {
				// long runs say how far they are, every two seconds
				long now = System.nanoTime();
				if (now - lastProgress[0] > 2_000_000_000L && done < total) {
					err.println("nianbao: " + done + "/" + total + " reports audited");
					lastProgress[0] = now;
				}
			});
			writer.finish(out);
			finished = true;
		} catch (UncheckedIOException e) {
			err.println("nianbao: " + e.getMessage());
			return Main.TROUBLE;
		} finally {
			if (outputFile == null) {
				out.flush();
			} else {
				out.close();
				if (finished && !out.checkError()) {
					outputFile.commit();
				} else {
					outputFile.discard();
				}
			}
		}
		err.println(summary);
		return exitCode(summary);
	}

	/** {@code --test}: the test cases of the format files named, each audited and held against its expectations. */
	private int runTests(ReadLimits readLimits, PrintWriter err) throws IOException {
		List<Path> formatFiles = new ArrayList<>();
		for (Path path : paths) {
			try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
				files.filter(f -> f.getFileName().toString().endsWith(".nbformat") && Files.isRegularFile(f)).sorted()
						.forEach(formatFiles::add);
			}
		}
		if (formatFiles.isEmpty()) {
			err.println("nianbao: no format files (.nbformat) in " + paths);
			return Main.TROUBLE;
		}
		FormatLibrary formats;
		try {
			formats = formatsOption.library(formatFiles);
		} catch (FormatException e) {
			err.println("nianbao: " + e.getMessage());
			return Main.TROUBLE;
		}
		if (formats.tests().isEmpty()) {
			err.println("nianbao: the format files have no test cases (test \"name\" report \"file\" { expect … })");
			return Main.TROUBLE;
		}
		PrintWriter out = spec.commandLine().getOut();
		List<FormatTests.Result> results = FormatTests.run(new Auditor(formats, null, readLimits), formats.tests(),
				uri -> uri.isFile() ? Optional.of(Path.of(uri.toFileString())) : Optional.empty());
		for (FormatTests.Result result : results) {
			out.println((result.passed() ? "PASS " : "FAIL ") + result.file() + ":" + result.line() + ": " + result.name()
					+ (result.passed() ? "" : ": " + String.join("; ", result.failures())));
		}
		long failed = results.stream().filter(r -> !r.passed()).count();
		err.println(results.size() + " test case(s): " + (results.size() - failed) + " passed, " + failed + " failed");
		return failed == 0 ? Main.CLEAN : Main.FINDINGS;
	}

	private int exitCode(Summary summary) {
		if (summary.notAssessed() > 0) {
			return Main.TROUBLE;
		}
		return switch (failOn) {
			case error -> summary.hasFindingsAtLeast(Severity.ERROR) ? Main.FINDINGS : Main.CLEAN;
			case warning -> summary.hasFindingsAtLeast(Severity.WARNING) ? Main.FINDINGS : Main.CLEAN;
			case never -> Main.CLEAN;
		};
	}
}
