// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nianbao.extract.Origins;
import nianbao.model.Cell;
import nianbao.model.CellCorrection;
import nianbao.model.CellKind;
import nianbao.model.Diagnostic;
import nianbao.model.PageArea;
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

	/** A cell an auditor should look at on the page first, and why. */
	public record Candidate(Cell cell, String why) {
	}

	/**
	 * The cells of an audited report that an auditor should check against the page first, most telling
	 * first: the suspect cell, then the cells the rules could not read (run together ambiguously, not a
	 * number, not found in a printed row), then the cells OCR read with little confidence. Cells already
	 * corrected are left out.
	 */
	public static List<Candidate> candidates(ReportAudit.Assessed audit) {
		Report report = audit.report();
		Map<Cell, String> why = new LinkedHashMap<>();
		audit.suspectCell().filter(s -> s.cell() != null).ifPresent(s -> why.put(s.cell(), "可疑单元格：若由 "
				+ s.printed().toPlainString() + " 改为 " + s.proposed().toPlainString() + "，" + s.fixes().size() + " 项不成立的关系将成立"));
		Set<Integer> undecided = new HashSet<>();
		audit.dataGaps().stream().filter(g -> g.range() != null).forEach(g -> undecided.add(g.range().getOffset()));
		List<Cell> cells = report.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getCells().stream())
				.filter(c -> c.getCorrection() == null).toList();
		for (Cell cell : cells) {
			Row row = (Row) cell.eContainer();
			if (cell.getKind() == CellKind.AMBIGUOUS) {
				why.putIfAbsent(cell, "数字连排，可读作 " + String.join(" 或 ", cell.getReadings().stream().distinct().toList()));
			} else if (cell.getKind() == CellKind.MISSING && row.getPrintedLabel() != null) {
				why.putIfAbsent(cell, "此行已印出，但未读到此格");
			} else if (cell.getRange() != null && undecided.contains(cell.getRange().getOffset())) {
				// a rule could not decide on it: OCR's doubt, where that is why, says more
				why.putIfAbsent(cell, ocrDoubt(report, cell).orElse("规则无法判断：读作“" + cell.getText() + "”"));
			}
		}
		for (Cell cell : cells) {
			ocrDoubt(report, cell).ifPresent(doubt -> why.putIfAbsent(cell, doubt));
		}
		return why.entrySet().stream().map(e -> new Candidate(e.getKey(), e.getValue())).toList();
	}

	/** Why OCR's reading of a cell is doubtful (its confidence and page), if it is. */
	private static Optional<String> ocrDoubt(Report report, Cell cell) {
		if (!Recognitions.recognised(report) || cell.getRange() == null || cell.getKind() != CellKind.NUMBER) {
			return Optional.empty();
		}
		double confidence = Recognitions.least(report, cell.getRange());
		return confidence >= Recognitions.SURE ? Optional.empty()
				: Optional.of("OCR 读作“" + cell.getText() + "”，置信度 " + Math.round(confidence)
						+ (Origins.of(report, cell.getRange()) instanceof PageArea area ? "，第 " + area.getPage() + " 页" : ""));
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
