// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import nianbao.check.ReportAudit;
import nianbao.format.FormatLibrary;

/**
 * Audit results written to a file in one of the runner's formats, with the triage next to the
 * reports applied: what the workbench's export writes, exactly as {@code nianbao audit} would.
 */
public final class ResultFiles {

	/** The formats a person exports to. */
	public enum Kind {
		CSV, XLSX, HTML, SARIF;

		/** The file name extension. */
		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private ResultFiles() {
	}

	/**
	 * Writes the audits to {@code file}.
	 *
	 * @param formats the formats the reports were audited with (SARIF describes their rules)
	 * @throws IOException if the file cannot be written, or a triage file next to a report is broken
	 */
	public static void write(Kind kind, FormatLibrary formats, List<ReportAudit> audits, Path file) throws IOException {
		write(kind, formats, audits, file, UnaryOperator.identity());
	}

	/**
	 * Writes the audits to {@code file}, a table's columns (CSV, Excel) headed by {@code heading} of each
	 * of {@link ResultRows#COLUMNS}: the names a view gives them, in its language.
	 *
	 * @throws IOException if the file cannot be written, or a triage file next to a report is broken
	 */
	public static void write(Kind kind, FormatLibrary formats, List<ReportAudit> audits, Path file,
			UnaryOperator<String> heading) throws IOException {
		Decisions decisions = Decisions.load(audits.stream().map(ReportAudit::source).toList(), Baseline.NONE);
		Output output = Output.of(OutputFormat.valueOf(kind.extension()), formats, Baseline.NONE, decisions, file, heading);
		// a workbook writes its file itself, at the end
		try (PrintWriter out = new PrintWriter(kind == Kind.XLSX ? Writer.nullWriter()
				: Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			output.start(out);
			audits.forEach(audit -> output.report(audit, out));
			output.finish(out);
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}
