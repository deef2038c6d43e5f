// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import nianbao.check.ReportAudit;

/**
 * The {@linkplain ResultRows result rows} as CSV. RFC 4180 quoting is a few lines here; Commons CSV
 * would add a bundle to the product for nothing more. A CSV file begins with a byte order mark: Excel
 * on Chinese Windows reads a file without one in the system's code page and shows the Chinese as
 * garbage; on standard output (a pipe) there is none.
 */
final class CsvOutput implements Output {

	private final Decisions decisions;
	private final boolean file;
	private final UnaryOperator<String> heading;

	CsvOutput(Decisions decisions, boolean file, UnaryOperator<String> heading) {
		this.decisions = decisions;
		this.file = file;
		this.heading = heading;
	}

	@Override
	public void start(PrintWriter out) {
		if (file) {
			out.print('\uFEFF');
		}
		row(out, ResultRows.COLUMNS.stream().map(heading).toList());
	}

	@Override
	public void report(ReportAudit audit, PrintWriter out) {
		ResultRows.of(audit, decisions).forEach(row -> row(out, row));
	}

	private static void row(PrintWriter out, List<String> cells) {
		out.print(cells.stream().map(CsvOutput::quote).collect(Collectors.joining(",")));
		out.print("\r\n");
	}

	/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
	static String quote(String field) {
		return field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
				? '"' + field.replace("\"", "\"\"") + '"' : field;
	}
}
