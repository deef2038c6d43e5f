// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.PrintWriter;

import nianbao.check.ReportAudit;

/**
 * {@code {"reports": [...]}}, written report by report (see {@link AuditResult}, and the schema
 * docs/audit-result.schema.json), so that a run over thousands of reports holds one at a time.
 */
final class JsonOutput implements Output {

	private final Baseline baseline;
	private final Decisions decisions;
	private boolean first = true;

	JsonOutput(Baseline baseline, Decisions decisions) {
		this.baseline = baseline;
		this.decisions = decisions;
	}

	@Override
	public void start(PrintWriter out) {
		out.print("{\n  \"reports\": [");
	}

	@Override
	public void report(ReportAudit audit, PrintWriter out) {
		out.print(first ? "\n" : ",\n");
		out.print(Results.toJson(Results.of(audit, baseline, decisions)).indent(4).stripTrailing());
		first = false;
	}

	@Override
	public void finish(PrintWriter out) {
		out.println(first ? "]\n}" : "\n  ]\n}");
	}
}
