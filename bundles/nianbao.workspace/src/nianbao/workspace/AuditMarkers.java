// SPDX-License-Identifier: EPL-2.0
package nianbao.workspace;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import nianbao.check.Corrections;
import nianbao.check.Finding;
import nianbao.check.Severity;
import nianbao.check.Triage;
import nianbao.extract.Origins;
import nianbao.model.Cell;
import nianbao.model.Origin;
import nianbao.model.PageArea;
import nianbao.model.Report;
import nianbao.model.SourceRange;
import nianbao.read.LineMap;

/**
 * The markers an audit leaves: findings (with their rule, operands, figures, fingerprint and
 * triage), reports or checks that could not be assessed, and errors in format files. Offsets are
 * those of the report's canonical text, the text the report editor shows.
 */
public final class AuditMarkers {

	/** Every marker of an audit is one of these: findings, cannot-assess and format problems. */
	public static final String PROBLEM = "org.eclipse.core.resources.problemmarker";
	/** A rule violation. */
	public static final String FINDING = "nianbao.workspace.finding";
	/** A report or a rule check that could not be assessed. */
	public static final String CANNOT_ASSESS = "nianbao.workspace.cannotAssess";
	/** A cell an auditor corrected, or a correction that was not applied. */
	public static final String CORRECTION = "nianbao.workspace.correction";
	/** An error in a format, profile or triage file. */
	public static final String FORMAT_PROBLEM = "nianbao.workspace.formatProblem";

	/** Attributes of finding markers. */
	public static final String RULE_ID = "ruleId";
	public static final String SUBJECT = "subject";
	public static final String OPERANDS = "operands";
	/** Whether the finding rests on a cell an auditor corrected (the message then names it). */
	public static final String CORRECTED = "corrected";
	public static final String ACTUAL = "actual";
	public static final String EXPECTED = "expected";
	public static final String DIFFERENCE = "difference";
	public static final String BASIS = "basis";
	public static final String FINGERPRINT = "fingerprint";
	/** The triage state id (confirmed, dismissed), absent when no one decided. */
	public static final String TRIAGE = "triage";
	public static final String TRIAGE_REASON = "triageReason";
	/** The finding's message as the rule gave it (with the corrections it rests on), without rule id and triage. */
	public static final String FINDING_MESSAGE = "findingMessage";
	/** Why a report could not be assessed (a cannot-assess marker without a rule id). */
	public static final String REASON = "reason";
	/** The finding's own severity (a dismissed finding's marker is shown as info). */
	public static final String RULE_SEVERITY = "ruleSeverity";
	/** Where the marked text is in the report's file, as an auditor names it ("第 3 页", "Sheet1!C7"). */
	public static final String ORIGIN = "origin";
	/** For a report read from pages: the page (from 1) the marked text is on. */
	public static final String PAGE = "page";
	/** For a report read from pages: the box of the marked text, "x,y,width,height" in points from the top left. */
	public static final String BOX = "box";

	/**
	 * A report's canonical text, which markers' offsets refer to, and the report read from it, which
	 * knows where each range is in the file.
	 */
	record Text(Report report, LineMap lines) {

		static Text of(Report report) {
			return new Text(report, new LineMap(report.getText()));
		}
	}

	private AuditMarkers() {
	}

	/** Marks a finding of a report, with the auditors' decision about it if there is one. */
	static void finding(IResource report, Text text, Path source, Finding finding,
			Optional<Triage> triage) throws CoreException {
		Map<String, Object> attributes = new HashMap<>();
		String message = finding.ruleId() + " " + finding.message();
		if (triage.isPresent()) {
			Triage t = triage.get();
			message += "（" + t.state().label() + (t.reason().isEmpty() ? "" : "：" + t.reason()) + "）";
			attributes.put(TRIAGE, t.state().id());
			attributes.put(TRIAGE_REASON, t.reason());
		}
		String own = finding.message();
		if (finding.restsOnCorrection()) {
			message += "（" + finding.correctionNote() + "）";
			own += "（" + finding.correctionNote() + "）";
			attributes.put(CORRECTED, true);
		}
		attributes.put(FINDING_MESSAGE, own);
		attributes.put(IMarker.MESSAGE, message);
		// a dismissed finding stays visible, but no longer as an error or warning
		attributes.put(IMarker.SEVERITY, triage.filter(Triage::dismissed).isPresent() ? IMarker.SEVERITY_INFO
				: severity(finding.severity()));
		attributes.put(RULE_SEVERITY, finding.severity().label());
		place(attributes, text, finding.range());
		attributes.put(RULE_ID, finding.ruleId());
		attributes.put(SUBJECT, finding.subject());
		attributes.put(OPERANDS, finding.explanation());
		attributes.put(ACTUAL, number(finding.actual()));
		attributes.put(EXPECTED, number(finding.expected()));
		attributes.put(DIFFERENCE, number(finding.difference()));
		attributes.put(BASIS, finding.basis() == null ? "" : finding.basis());
		attributes.put(FINGERPRINT, finding.fingerprint(source));
		report.createMarker(FINDING, attributes);
	}

	/** Marks a report, or one of its rule checks, that could not be assessed. */
	static void cannotAssess(IResource report, Text text, String ruleId, String reason, SourceRange range,
			Severity severity) throws CoreException {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, (ruleId == null ? "无法审核：" : ruleId + " 无法判断：") + reason);
		attributes.put(IMarker.SEVERITY, severity(severity));
		if (ruleId != null) {
			attributes.put(RULE_ID, ruleId);
		} else {
			attributes.put(REASON, reason);
		}
		if (text != null) {
			place(attributes, text, range);
		}
		report.createMarker(CANNOT_ASSESS, attributes);
	}

	/** Marks a cell an auditor corrected, at the cell (information). */
	static void corrected(IResource report, Text text, Cell cell) throws CoreException {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, "已更正：" + Corrections.describe(cell));
		attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
		place(attributes, text, cell.getRange());
		report.createMarker(CORRECTION, attributes);
	}

	/** Marks a correction that was not applied, with why (a warning: the auditor's work needs a look). */
	static void correctionNotApplied(IResource report, String reason) throws CoreException {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, reason);
		attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
		report.createMarker(CORRECTION, attributes);
	}

	/** Marks an error of a format, profile or triage file (line 0: the whole file). */
	static void formatProblem(IResource file, int line, String message) throws CoreException {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, message);
		attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
		attributes.put(IMarker.LINE_NUMBER, Math.max(1, line));
		file.createMarker(FORMAT_PROBLEM, attributes);
	}

	/**
	 * The marker's place: offsets and line of the canonical text, and where that is in the file; the
	 * Problems view's location column names the file's place (a page, a Word table's cell) first.
	 */
	private static void place(Map<String, Object> attributes, Text text, SourceRange range) {
		int offset = range == null ? 0 : range.getOffset();
		int length = range == null ? 0 : range.getLength();
		attributes.put(IMarker.CHAR_START, offset);
		attributes.put(IMarker.CHAR_END, offset + length);
		LineMap.Position position = text.lines().position(offset);
		attributes.put(IMarker.LINE_NUMBER, position.line());
		String line = "第 " + position.line() + " 行第 " + position.column() + " 列";
		Origin origin = Origins.of(text.report(), range);
		if (origin == null) {
			attributes.put(IMarker.LOCATION, line);
			return;
		}
		attributes.put(ORIGIN, Origins.describe(origin));
		attributes.put(IMarker.LOCATION, Origins.describe(origin) + "（文本" + line + "）");
		if (origin instanceof PageArea area) {
			attributes.put(PAGE, area.getPage());
			attributes.put(BOX, area.getX() + "," + area.getY() + "," + area.getWidth() + "," + area.getHeight());
		}
	}

	private static int severity(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			case INFO -> IMarker.SEVERITY_INFO;
		};
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}
}
