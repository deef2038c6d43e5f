package nianbao.ui.views;

import java.util.Optional;

import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.Triage;
import nianbao.model.SourceRange;
import nianbao.read.LineMap;

/**
 * A finding as the findings view lists it: the finding, the audit of its report and what the
 * auditors decided about it.
 */
public record FindingRow(ReportAudit.Assessed audit, Finding finding, Optional<Triage> triage) {

	/** The report's file name. */
	public String report() {
		return audit.source().getFileName().toString();
	}

	/** The line of the report's text the finding is on (1 where it is about the whole report). */
	public int line() {
		SourceRange range = finding.range();
		return range == null ? 1 : new LineMap(audit.report().getText()).position(range.getOffset()).line();
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
