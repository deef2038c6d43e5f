// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.PrintWriter;

import nianbao.check.ReportAudit;
import nianbao.extract.Extraction;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Diagnostic;
import nianbao.model.Part;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.SourceRange;
import nianbao.model.Table;
import nianbao.read.LineMap;

/**
 * {@code --explain}: how a report's text was aligned with its format, for the people who improve the
 * extractor: where each part heading and row label was found (line:column of the canonical text),
 * which characters became which cell, which cells were cut from run-together digits (*) or could be
 * cut more than one way (?), which an auditor corrected (→ the value set), and what was not recognised or shown
 * absent.
 */
public final class ExplainOutput implements Output {

	@Override
	public void report(ReportAudit audit, PrintWriter out) {
		switch (audit) {
			case ReportAudit.NotAssessed not -> out.println("== " + not.source() + ": not assessed: " + not.reason());
			case ReportAudit.Assessed assessed -> explain(assessed, out);
		}
		out.println();
	}

	private static void explain(ReportAudit.Assessed audit, PrintWriter out) {
		Report report = audit.report();
		LineMap lines = new LineMap(report.getText());
		out.println("== " + audit.source() + ": format " + report.getFormatId() + ", tables read "
				+ Extraction.of(report));
		for (Part part : report.getParts()) {
			out.println("part " + part.getKey() + " “" + part.getPrintedHeading() + "” at " + at(lines, part.getRange()));
		}
		report.getAbsentParts().forEach(key -> out.println("part " + key + " absent: not printed between the parts around it"));
		for (Table table : report.getTables()) {
			out.println("table " + table.getKey() + " “" + table.getCaption() + "” at " + at(lines, table.getRange()));
			table.getColumns().stream().filter(c -> c.getPrintedLabel() != null).forEach(
					c -> out.println("  column " + c.getKey() + " “" + c.getPrintedLabel() + "” at " + at(lines, c.getRange())));
			for (Row row : table.getRows()) {
				StringBuilder line = new StringBuilder("  row " + row.getKey());
				if (row.getPrintedLabel() == null) {
					line.append(row.isAbsent() ? " absent: not printed between the rows around it" : " not recognised");
					row.getCells().stream().filter(c -> c.getCorrection() != null).forEach(c -> line.append(' ')
							.append(c.getColumn().getKey()).append('=').append(cell(c, lines)));
				} else {
					line.append(" “").append(row.getPrintedLabel()).append("” at ").append(at(lines, row.getRange())).append(" →");
					for (Cell cell : row.getCells()) {
						line.append(' ').append(cell.getColumn().getKey()).append('=').append(cell(cell, lines));
					}
				}
				out.println(line);
			}
		}
		for (Diagnostic diagnostic : report.getDiagnostics()) {
			out.println("note " + diagnostic.getCode() + ": " + diagnostic.getMessage());
		}
	}

	private static String cell(Cell cell, LineMap lines) {
		if (cell.getCorrection() != null) {
			String read = cell.getText() == null || cell.getText().isEmpty() ? "unread"
					: "“" + cell.getText() + "”@" + at(lines, cell.getRange());
			return read + "→" + cell.getValue().toPlainString() + "(corrected)";
		}
		return switch (cell.getKind()) {
			case MISSING -> "missing";
			case BLANK -> "blank@" + at(lines, cell.getRange());
			case AMBIGUOUS -> "?" + String.join("|", cell.getReadings()) + "@" + at(lines, cell.getRange());
			default -> "“" + cell.getText() + "”" + (cell.isSegmented() ? "*" : "") + "@" + at(lines, cell.getRange())
					+ (cell.getKind() == CellKind.NUMBER ? "" : "(" + cell.getKind().getLiteral().toLowerCase() + ")");
		};
	}

	private static String at(LineMap lines, SourceRange range) {
		if (range == null) {
			return "-";
		}
		LineMap.Position position = lines.position(range.getOffset());
		return position.line() + ":" + position.column();
	}
}
