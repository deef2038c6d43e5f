package nianbao.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.read.LineMap;

/**
 * One row per finding, per check that could not be assessed and per report that could not be
 * assessed, for spreadsheets. RFC 4180 quoting is a few lines here; Commons CSV would add a bundle
 * to the product for nothing more.
 */
final class CsvOutput implements Output {

	@Override
	public void start(PrintWriter out) {
		row(out, Stream.of("file", "line", "column", "severity", "rule", "subject", "message", "actual", "expected",
				"difference", "basis"));
	}

	@Override
	public void report(ReportAudit audit, PrintWriter out) {
		String file = audit.source().toString();
		switch (audit) {
			case ReportAudit.NotAssessed not -> row(out, Stream.of(file, "", "", "cannot-assess", "", "", not.reason(), "",
					"", "", ""));
			case ReportAudit.Assessed assessed -> {
				LineMap lines = new LineMap(assessed.report().getText());
				for (Finding f : assessed.findings()) {
					Place place = Place.of(f.range(), lines);
					row(out, Stream.of(file, place == null ? "" : String.valueOf(place.line()),
							place == null ? "" : String.valueOf(place.column()), f.severity().label(), f.ruleId(), f.subject(),
							f.message(), number(f.actual()), number(f.expected()), number(f.difference()),
							f.basis() == null ? "" : f.basis()));
				}
				for (RuleOutcome.CannotAssess c : assessed.cannotAssess()) {
					Place place = Place.of(c.range(), lines);
					row(out, Stream.of(file, place == null ? "" : String.valueOf(place.line()),
							place == null ? "" : String.valueOf(place.column()), "cannot-assess", c.ruleId(), c.subject(),
							c.reason(), "", "", "", ""));
				}
			}
		}
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static void row(PrintWriter out, Stream<String> cells) {
		out.print(cells.map(CsvOutput::quote).collect(Collectors.joining(",")));
		out.print("\r\n");
	}

	/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
	static String quote(String field) {
		return field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
				? '"' + field.replace("\"", "\"\"") + '"' : field;
	}
}
