// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.PrintWriter;

import nianbao.check.Corrections;
import nianbao.check.Finding;
import nianbao.extract.Extraction;
import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.model.Cell;
import nianbao.model.SourceRange;
import nianbao.read.LineMap;

/**
 * One line per finding, as compilers print them: {@code file:line:column: severity rule-id message}
 * (findings about the whole report point at 1:1).
 * Rule checks that could not be assessed for missing or unreadable data print as
 * {@code cannot-assess}, and a report that could not be assessed at all as
 * {@code file: cannot-assess: reason}. A finding an auditor confirmed or dismissed ends in
 * {@code [confirmed]} or {@code [dismissed: reason]}. A cell an auditor corrected prints as
 * {@code info CORRECTED} with what was read and what was set, and a finding that rests on one says so.
 */
final class TextOutput implements Output {

	private final Decisions decisions;

	TextOutput(Decisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public void report(ReportAudit audit, PrintWriter out) {
		{
			switch (audit) {
				case ReportAudit.NotAssessed not -> out.println(not.source() + ": cannot-assess: " + not.reason());
				case ReportAudit.Assessed assessed -> {
					LineMap lines = new LineMap(assessed.report().getText());
					Extraction extraction = Extraction.of(assessed.report());
					if (extraction.status() != Extraction.Status.COMPLETE) {
						out.println(assessed.source() + ": extraction " + extraction);
					}
					for (Cell cell : Corrections.corrected(assessed.report())) {
						out.println(where(assessed, lines, cell.getRange()) + " info CORRECTED " + Corrections.describe(cell)
								+ origin(assessed, cell.getRange()));
					}
					for (Finding finding : assessed.findings()) {
						out.println(where(assessed, lines, finding.range()) + " " + finding.severity().label() + " "
								+ finding.ruleId() + " " + finding.message()
								+ (finding.restsOnCorrection() ? "（" + finding.correctionNote() + "）" : "")
								+ origin(assessed, finding.range()) + decisions.of(assessed.source(), finding)
										.map(t -> " [" + t.state().id() + (t.reason().isEmpty() ? "" : ": " + t.reason()) + "]")
										.orElse(""));
					}
					assessed.suspectCell().ifPresent(suspect -> out.println(where(assessed, lines, suspect.range())
							+ " info SUSPECT-CELL " + suspect.label() + "：若由 " + suspect.printed().toPlainString() + " 改为 "
							+ suspect.proposed().toPlainString() + "，" + suspect.fixes().size() + " 项不成立的关系将成立"
							+ origin(assessed, suspect.range())));
					// checks whose text states nothing to compare are in the JSON output, not here
					for (RuleOutcome.CannotAssess c : assessed.dataGaps()) {
						out.println(where(assessed, lines, c.range()) + " cannot-assess " + c.ruleId()
								+ (c.subject().isEmpty() ? "" : " (" + c.subject() + ")") + " " + c.reason() + origin(assessed, c.range()));
					}
				}
			}
		}
	}

	/** Where a range is in the file, for a file whose canonical text is not its own (a PDF, a Word file). */
	private static String origin(ReportAudit.Assessed audit, SourceRange range) {
		String origin = Results.origin(audit.report(), range);
		return origin == null ? "" : "（原文 " + origin + "）";
	}

	private static String where(ReportAudit.Assessed audit, LineMap lines, SourceRange range) {
		if (range == null) {
			// a finding about the whole report (no title, no period): its start, as compilers do
			return audit.source() + ":1:1:";
		}
		LineMap.Position position = lines.position(range.getOffset());
		return audit.source() + ":" + position.line() + ":" + position.column() + ":";
	}
}
