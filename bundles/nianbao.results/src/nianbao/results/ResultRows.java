// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nianbao.check.Corrections;
import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.check.Triage;
import nianbao.extract.Extraction;
import nianbao.model.Cell;
import nianbao.model.Report;
import nianbao.read.LineMap;

/**
 * Results as a table for spreadsheets (CSV, Excel): one row per finding, per check that could not be
 * assessed, per cell an auditor corrected and per report that could not be assessed; a finding that rests on
 * a corrected cell names it in the last column.
 */
public final class ResultRows {

	/** The columns, by the names the command line heads them with (stable, for scripts). */
	public static final List<String> COLUMNS = List.of("file", "line", "column", "origin", "severity", "rule", "subject", "message",
			"actual", "expected", "difference", "basis", "triage", "reason", "extraction", "correction");

	private ResultRows() {
	}

	/** The rows of one report, with the auditors' decisions. */
	static List<List<String>> of(ReportAudit audit, Decisions decisions) {
		String file = audit.source().toString();
		List<List<String>> rows = new ArrayList<>();
		switch (audit) {
			case ReportAudit.NotAssessed not -> rows.add(List.of(file, "", "", "", "cannot-assess", "", "", not.reason(), "", "",
					"", "", "", "", "", ""));
			case ReportAudit.Assessed assessed -> {
				Report report = assessed.report();
				LineMap lines = new LineMap(report.getText());
				String extraction = Extraction.of(assessed.report()).toString();
				for (Finding f : assessed.findings()) {
					AuditResult.Location place = Results.location(report, f.range(), lines);
					Triage triage = decisions.of(audit.source(), f).orElse(null);
					rows.add(List.of(file, place == null ? "" : String.valueOf(place.line()),
							place == null ? "" : String.valueOf(place.column()),
							place == null || place.origin() == null ? "" : place.origin().description(), f.severity().label(), f.ruleId(), f.subject(),
							f.message(), number(f.actual()), number(f.expected()), number(f.difference()),
							f.basis() == null ? "" : f.basis(), triage == null ? "" : triage.state().id(),
							triage == null ? "" : triage.reason(), extraction, f.correctionNote()));
				}
				for (RuleOutcome.CannotAssess c : assessed.cannotAssess()) {
					AuditResult.Location place = Results.location(report, c.range(), lines);
					rows.add(List.of(file, place == null ? "" : String.valueOf(place.line()),
							place == null ? "" : String.valueOf(place.column()),
							place == null || place.origin() == null ? "" : place.origin().description(), "cannot-assess", c.ruleId(), c.subject(),
							c.reason(), "", "", "", "", "", "", extraction, ""));
				}
				for (Cell cell : Corrections.corrected(assessed.report())) {
					AuditResult.Location place = Results.location(report, cell.getRange(), lines);
					rows.add(List.of(file, place == null ? "" : String.valueOf(place.line()),
							place == null ? "" : String.valueOf(place.column()),
							place == null || place.origin() == null ? "" : place.origin().description(), "corrected", "", Corrections.label(cell),
							Corrections.describe(cell), "", "", "", "", "", "", extraction, cell.getCorrection().getReason()));
				}
			}
		}
		return rows;
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}
}
