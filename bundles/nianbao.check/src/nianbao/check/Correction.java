// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An auditor's correction of one table cell of a report that was misread or could not be read: the
 * rules read the corrected value, the outputs show it beside what was read. Kept in the triage file
 * next to the reports ({@link TriageFile}), so that the workbench, its builder and the headless runner
 * all audit with it.
 *
 * @param file   the report's file name (reports are keyed by name, as findings' fingerprints are)
 * @param table  the table's name in the format, such as 表三
 * @param row    the row's name in the format, such as 新收
 * @param column the column's name in the format, such as 自然人
 * @param label  the cell's official label, for people reading the triage file
 * @param read   the cell's text as read from the file when it was corrected ("" where nothing was read);
 *               a correction applies only while the file still reads so
 * @param value  the value the auditor read on the page
 * @param reason why, in the auditor's words; never blank
 * @param date   when, or null
 */
public record Correction(String file, String table, String row, String column, String label, String read,
		BigDecimal value, String reason, LocalDate date) {

	public Correction {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(row, "row");
		Objects.requireNonNull(column, "column");
		Objects.requireNonNull(value, "value");
		label = label == null ? "" : label;
		read = read == null ? "" : read;
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a correction needs a reason");
		}
	}

	/** Whether this correction is of the same cell of the same report as another (and so replaces it). */
	public boolean sameCell(Correction other) {
		return file.equals(other.file) && table.equals(other.table) && row.equals(other.row)
				&& column.equals(other.column);
	}
}
