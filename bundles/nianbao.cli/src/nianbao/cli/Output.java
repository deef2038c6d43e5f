package nianbao.cli;

import java.io.PrintWriter;
import java.util.List;

import nianbao.check.ReportAudit;

/**
 * A way of printing audit results.
 */
interface Output {

	void write(List<ReportAudit> audits, PrintWriter out);
}
