// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.views;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;

import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.Severity;
import nianbao.check.Triage;
import nianbao.model.SourceRange;
import nianbao.read.LineMap;
import nianbao.workspace.AuditMarkers;

/**
 * A finding as the findings view lists it: its report, rule, severity, subject and message, its
 * fingerprint (what triage is keyed by), the line of the report's text it is on (1 where it is about the
 * whole report) and what the auditors decided about it. It comes from an audit the view holds (a
 * report's editor, an audited folder: {@link #finding()} is that finding) or from a builder's marker (a
 * project: {@link #marker()} is the marker, and the view audited nothing).
 *
 * @param corrected whether the finding rests on a cell an auditor corrected (the message then says so)
 * @param finding   the finding of an audit, or null for a row read from a marker
 * @param marker    the marker the row was read from, or null for a row of an audit
 */
public record FindingRow(Path source, String ruleId, Severity severity, String subject, String message, String fingerprint,
		int line, boolean corrected, Optional<Triage> triage, Finding finding, IMarker marker) {

	/** The row of a finding of an audit, its line found in the report's line map. */
	static FindingRow of(ReportAudit.Assessed audit, LineMap lines, Finding finding, Optional<Triage> triage) {
		SourceRange range = finding.range();
		return new FindingRow(audit.source(), finding.ruleId(), finding.severity(), finding.subject(),
				finding.message() + (finding.restsOnCorrection() ? "（" + finding.correctionNote() + "）" : ""),
				finding.fingerprint(audit.source()), range == null ? 1 : lines.position(range.getOffset()).line(),
				finding.restsOnCorrection(), triage, finding, null);
	}

	/** The row of a builder's finding marker of a report file, with the decision the triage files hold now. */
	static FindingRow of(IMarker marker, Path source, Optional<Triage> triage) {
		return new FindingRow(source, marker.getAttribute(AuditMarkers.RULE_ID, ""),
				Severity.valueOf(marker.getAttribute(AuditMarkers.RULE_SEVERITY, "error").toUpperCase(Locale.ROOT)),
				marker.getAttribute(AuditMarkers.SUBJECT, ""), marker.getAttribute(AuditMarkers.FINDING_MESSAGE, ""),
				marker.getAttribute(AuditMarkers.FINGERPRINT, ""), marker.getAttribute(IMarker.LINE_NUMBER, 1),
				marker.getAttribute(AuditMarkers.CORRECTED, false), triage, null, marker);
	}

	/** The row with the decision the triage files hold now. */
	FindingRow with(Optional<Triage> decision) {
		return new FindingRow(source, ruleId, severity, subject, message, fingerprint, line, corrected, decision, finding,
				marker);
	}

	/** The report's file name. */
	public String report() {
		return source.getFileName().toString();
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
		return ruleId.toLowerCase().contains(needle) || subject.toLowerCase().contains(needle)
				|| message.toLowerCase().contains(needle) || report().toLowerCase().contains(needle)
				|| triageText().contains(needle);
	}
}
