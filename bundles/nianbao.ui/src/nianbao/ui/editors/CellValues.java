// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import nianbao.check.Correction;
import nianbao.check.Corrections;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Row;
import nianbao.model.Table;

/** A value as an auditor types it into a cell, and the correction it makes of the cell. */
final class CellValues {

	private CellValues() {
	}

	/**
	 * The number typed, or empty if it is not one: digits with a decimal point or a minus sign,
	 * thousands separators and full-width digits allowed (as typed with a Chinese input method).
	 */
	static Optional<BigDecimal> parse(String typed) {
		StringBuilder ascii = new StringBuilder();
		for (char c : typed.strip().toCharArray()) {
			if (c >= '０' && c <= '９') {
				ascii.append((char) (c - '０' + '0'));
			} else if (c == '．') {
				ascii.append('.');
			} else if (c == '－') {
				ascii.append('-');
			} else if (c != ',' && c != '，') {
				ascii.append(c);
			}
		}
		if (!ascii.toString().matches("-?\\d+(\\.\\d+)?")) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(ascii.toString()));
	}

	/** What a cell holds as the rules read it, for a field to start from ("" for no number). */
	static String shown(Cell cell) {
		return cell.getKind() == CellKind.NUMBER ? cell.getValue().toPlainString() : "";
	}

	/** The correction of a cell of a report to a value, today. */
	static Correction correction(Path source, Cell cell, BigDecimal value, String reason) {
		Row row = (Row) cell.eContainer();
		return new Correction(source.getFileName().toString(), ((Table) row.eContainer()).getKey(), row.getKey(),
				cell.getColumn().getKey(), Corrections.label(cell), cell.getText(), value, reason.strip(), LocalDate.now());
	}
}
