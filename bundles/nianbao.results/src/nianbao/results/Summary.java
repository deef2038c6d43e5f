// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.nio.file.Path;
import java.util.function.BiPredicate;

import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.Severity;
import nianbao.extract.Extraction;

/**
 * The counts printed at the end of a run, gathered report by report.
 */
public final class Summary {

	private int reports;
	private int notAssessed;
	private int errors;
	private int warnings;
	private int infos;
	private int cannotAssess;
	private final int[] extraction = new int[Extraction.Status.values().length];

	/** Counts one report's results, leaving out the findings an auditor dismissed. */
	public void add(ReportAudit audit, BiPredicate<Path, Finding> dismissed) {
		reports++;
		if (audit instanceof ReportAudit.Assessed assessed) {
			for (Finding finding : assessed.findings()) {
				if (dismissed.test(audit.source(), finding)) {
					continue;
				}
				switch (finding.severity()) {
					case ERROR -> errors++;
					case WARNING -> warnings++;
					case INFO -> infos++;
				}
			}
			cannotAssess += assessed.dataGaps().size();
			extraction[Extraction.of(assessed.report()).status().ordinal()]++;
		} else {
			notAssessed++;
		}
	}

	public int notAssessed() {
		return notAssessed;
	}

	/** Whether a finding at least as severe as {@code threshold} was counted. */
	public boolean hasFindingsAtLeast(Severity threshold) {
		return switch (threshold) {
			case ERROR -> errors > 0;
			case WARNING -> errors + warnings > 0;
			case INFO -> errors + warnings + infos > 0;
		};
	}

	@Override
	public String toString() {
		return reports + " report(s), " + notAssessed + " not assessed; findings: " + errors + " error(s), " + warnings
				+ " warning(s), " + infos + " info; " + cannotAssess + " rule check(s) could not be assessed; tables read "
				+ extraction[Extraction.Status.COMPLETE.ordinal()] + " complete, " + extraction[Extraction.Status.PARTIAL.ordinal()]
				+ " partial, " + extraction[Extraction.Status.NOT_RECOGNISED.ordinal()] + " not recognised";
	}
}
