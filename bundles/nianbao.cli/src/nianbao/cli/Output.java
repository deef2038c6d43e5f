package nianbao.cli;

import java.io.PrintWriter;

import nianbao.check.ReportAudit;

/**
 * A way of printing audit results, one report at a time, so that a run over thousands of reports
 * holds none of them longer than it takes to print it.
 */
interface Output {

	/** Before the first report. */
	default void start(PrintWriter out) {
	}

	/** One report's results. */
	void report(ReportAudit audit, PrintWriter out);

	/** After the last report. */
	default void finish(PrintWriter out) {
	}
}
