// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.math.BigDecimal;

import nianbao.model.Cell;
import nianbao.model.SourceRange;

/**
 * A cell or statement a rule read: which side of the comparison it is on, its official label, its value and where
 * it is printed.
 *
 * @param role  LEFT or RIGHT side of the comparison, the PREMISE of an implication, or the SUBJECT cell of a named check
 * @param label the table, row label path and column label, such as "表三 一、本年新收政府信息公开申请数量 / 自然人",
 *              or the text a narrative rule read
 * @param value the cell's number; null for a statement of the text
 * @param range where the cell is printed; null if the report does not print it
 * @param sign  +1 if the operand is added on its side, -1 if subtracted
 * @param cell  the model cell read, or null for a statement of the text
 */
public record Operand(Role role, String label, BigDecimal value, SourceRange range, int sign, Cell cell) {

	/**
	 * The side of the comparison an operand is on; a premise is the text that made a rule apply; the
	 * subject is the cell a check of one cell is about (a cell that is not a number).
	 */
	public enum Role {
		LEFT, RIGHT, PREMISE, SUBJECT
	}

	/** Whether the operand is a cell whose value an auditor corrected (see {@link Correction}). */
	public boolean corrected() {
		return cell != null && cell.getCorrection() != null;
	}

	/** Whether the operand is a cell that was cut from digits printed without separators. */
	public boolean segmented() {
		return cell != null && cell.isSegmented();
	}
}
