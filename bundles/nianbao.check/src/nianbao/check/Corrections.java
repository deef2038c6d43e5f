// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import nianbao.model.Cell;
import nianbao.model.CellCorrection;
import nianbao.model.CellKind;
import nianbao.model.Diagnostic;
import nianbao.model.Report;
import nianbao.model.ReportFactory;
import nianbao.model.Row;
import nianbao.model.Table;

/**
 * The auditors' corrections of the reports' cells, as the audit applies them: before the rules run,
 * each corrected cell takes its corrected value and keeps what was read in its
 * {@link CellCorrection}. A correction is applied only while the file still reads as it did when the
 * correction was made: a report published again, or read better, may say something else, and the
 * auditor is told so (a diagnostic of the report) rather than have an old correction hide it.
 */
public final class Corrections {

	/** Where an auditor looks up the corrections of a report file; safe to call from several threads. */
	@FunctionalInterface
	public interface Source extends Function<Path, List<Correction>> {

		/** No corrections. */
		Source NONE = report -> List.of();
	}

	private Corrections() {
	}

	/** Applies the corrections of a report to its cells. */
	public static void apply(Report report, List<Correction> corrections) {
		for (Correction correction : corrections) {
			Cell cell = cell(report, correction);
			if (cell == null) {
				diagnose(report, "correction-unmatched", "the correction of " + label(correction)
						+ " was not applied: the report has no such cell (" + correction.table() + " / " + correction.row()
						+ " / " + correction.column() + ")");
				continue;
			}
			String read = cell.getText() == null ? "" : cell.getText();
			if (!read.equals(correction.read())) {
				diagnose(report, "correction-stale", "the correction of " + label(correction) + " to "
						+ correction.value().toPlainString() + " was not applied: the cell now reads “" + read
						+ "”, not “" + correction.read() + "” as when it was corrected; correct it again if it still needs it");
				continue;
			}
			CellCorrection kept = ReportFactory.eINSTANCE.createCellCorrection();
			kept.setReadKind(cell.getKind());
			kept.setReadValue(cell.getValue());
			kept.setReason(correction.reason());
			kept.setDate(correction.date() == null ? null : correction.date().toString());
			cell.setCorrection(kept);
			cell.setKind(CellKind.NUMBER);
			cell.setValue(correction.value());
			cell.getReadings().clear();
		}
	}

	/** The cell a correction is of, or null. */
	public static Cell cell(Report report, Correction correction) {
		for (Table table : report.getTables()) {
			if (table.getKey().equals(correction.table())) {
				for (Row row : table.getRows()) {
					if (row.getKey().equals(correction.row())) {
						for (Cell cell : row.getCells()) {
							if (cell.getColumn().getKey().equals(correction.column())) {
								return cell;
							}
						}
					}
				}
			}
		}
		return null;
	}

	/** A cell's official label, as findings name their operands: table, row label path / column label. */
	public static String label(Cell cell) {
		Row row = (Row) cell.eContainer();
		return ((Table) row.eContainer()).getKey() + " " + row.getLabel() + " / " + cell.getColumn().getLabel();
	}

	/** The cells of a report an auditor corrected, in table order. */
	public static List<Cell> corrected(Report report) {
		return report.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getCells().stream())
				.filter(c -> c.getCorrection() != null).toList();
	}

	/**
	 * A corrected cell as the outputs name it: its label, what was read and what the auditor set, and
	 * why ("表三 一、本年新收政府信息公开申请数量 / 自然人 读作“8”，审核员更正为 3：扫描件上为 3").
	 */
	public static String describe(Cell cell) {
		CellCorrection correction = cell.getCorrection();
		String read = cell.getText() == null || cell.getText().isEmpty() ? "未读出" : "读作“" + cell.getText() + "”";
		return label(cell) + " " + read + "，审核员更正为 " + cell.getValue().toPlainString() + "：" + correction.getReason();
	}

	private static String label(Correction correction) {
		return correction.label().isEmpty() ? correction.table() + " " + correction.row() + " / " + correction.column()
				: correction.label();
	}

	private static void diagnose(Report report, String code, String message) {
		Diagnostic diagnostic = ReportFactory.eINSTANCE.createDiagnostic();
		diagnostic.setCode(code);
		diagnostic.setMessage(message);
		report.getDiagnostics().add(diagnostic);
	}
}
