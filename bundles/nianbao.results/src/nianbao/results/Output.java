// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import nianbao.check.ReportAudit;
import nianbao.format.FormatLibrary;

/**
 * A way of printing audit results, one report at a time, so that a run over thousands of reports
 * holds none of them longer than it takes to print it.
 */
public interface Output {

	/**
	 * The writer of a format; {@code file} is the file written (where an Excel workbook goes), or null
	 * for standard output.
	 */
	static Output of(OutputFormat format, FormatLibrary formats, Baseline baseline, Decisions decisions,
			Path file) {
		return of(format, formats, baseline, decisions, file, UnaryOperator.identity());
	}

	/**
	 * The writer of a format whose table (CSV, Excel) heads its columns with {@code heading} of each of
	 * {@link ResultRows#COLUMNS} (a view's own names, in its language) rather than those names themselves.
	 */
	static Output of(OutputFormat format, FormatLibrary formats, Baseline baseline, Decisions decisions,
			Path file, UnaryOperator<String> heading) {
		return switch (format) {
			case text -> new TextOutput(decisions);
			case json -> new JsonOutput(baseline, decisions);
			case sarif -> new SarifOutput(formats, baseline, decisions);
			case junit -> new JunitOutput(decisions);
			case csv -> new CsvOutput(decisions, file != null, heading);
			case xlsx -> new XlsxOutput(decisions, file, heading);
			case html -> new HtmlOutput(decisions);
		};
	}

	/** Before the first report. */
	default void start(PrintWriter out) {
	}

	/** One report's results. */
	void report(ReportAudit audit, PrintWriter out);

	/** After the last report. */
	default void finish(PrintWriter out) {
	}
}
