package nianbao.check;

import java.math.BigDecimal;

import nianbao.model.SourceRange;

/**
 * A cell a rule read: which side of the comparison it is on, its official label, its value and where
 * it is printed.
 *
 * @param role  LEFT or RIGHT side of the comparison
 * @param label the table, row label path and column label, such as "表三 一、本年新收政府信息公开申请数量 / 自然人"
 * @param value the cell's number
 * @param range where the cell is printed; null if the report does not print it
 */
public record Operand(Role role, String label, BigDecimal value, SourceRange range) {

	/** The side of the comparison an operand is on. */
	public enum Role {
		LEFT, RIGHT
	}
}
