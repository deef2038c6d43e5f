package nianbao.cli;

import java.util.List;

import nianbao.check.Finding;
import nianbao.check.ReportAudit;

/**
 * The counts printed at the end of a run.
 */
record Summary(int reports, int notAssessed, int errors, int warnings, int infos, int cannotAssess) {

	static Summary of(List<ReportAudit> audits) {
		int notAssessed = 0;
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		int cannotAssess = 0;
		for (ReportAudit audit : audits) {
			if (audit instanceof ReportAudit.Assessed assessed) {
				for (Finding finding : assessed.findings()) {
					switch (finding.severity()) {
						case ERROR -> errors++;
						case WARNING -> warnings++;
						case INFO -> infos++;
					}
				}
				cannotAssess += assessed.dataGaps().size();
			} else {
				notAssessed++;
			}
		}
		return new Summary(audits.size(), notAssessed, errors, warnings, infos, cannotAssess);
	}

	@Override
	public String toString() {
		return reports + " report(s), " + notAssessed + " not assessed; findings: " + errors + " error(s), " + warnings
				+ " warning(s), " + infos + " info; " + cannotAssess + " rule check(s) could not be assessed";
	}
}
