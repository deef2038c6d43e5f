// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.views;

import java.util.Optional;

import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.Triage;
import nianbao.model.SourceRange;
import nianbao.read.LineMap;

/**
 * A finding as the findings view lists it: the finding, the audit of its report, what the auditors
 * decided about it and the line of the report's text it is on (1 where it is about the whole report).
 */
public record FindingRow(ReportAudit.Assessed audit, Finding finding, Optional<Triage> triage, int line) {

	/** The row of a finding, its line found in the report's line map. */
	static FindingRow of(ReportAudit.Assessed audit, LineMap lines, Finding finding, Optional<Triage> triage) {
		SourceRange range = finding.range();
		return new FindingRow(audit, finding, triage, range == null ? 1 : lines.position(range.getOffset()).line());
	}

	/** The report's file name. */
	public String report() {
		return audit.source().getFileName().toString();
	}

	/** The triage as the view shows it: state and reason, or nothing. */
	public String triageText() {
		return triage.map(t -> t.state().label() + (t.reason().isEmpty() ? "" : "：" + t.reason())).orElse("");
	}

	/** Whether the row matches a filter text (case-insensitive, in rule, subject, message or report). */
	public boolean matches(String filter) {
		if (filter.isBlank()) {
			return true;
		}
		String needle = filter.strip().toLowerCase();
		return finding.ruleId().toLowerCase().contains(needle) || finding.subject().toLowerCase().contains(needle)
				|| finding.message().toLowerCase().contains(needle) || report().toLowerCase().contains(needle)
				|| triageText().contains(needle);
	}
}
