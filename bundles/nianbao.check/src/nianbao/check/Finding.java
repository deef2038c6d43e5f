package nianbao.check;

import java.math.BigDecimal;
import java.util.List;

import nianbao.model.SourceRange;

/**
 * A rule violation.
 *
 * @param ruleId     the rule's stable id, such as T3-BAL
 * @param severity   the rule's severity
 * @param message    the rule's message with the operands, their values and the difference filled in
 * @param subject    what the rule instance is about, such as the column 自然人 of a for-each-column rule
 * @param range      where to show the finding: the first cell of the left side (the rule's target)
 * @param operands   every cell the rule read
 * @param actual     the value of the left side
 * @param expected   the value of the right side
 * @param difference actual minus expected
 * @param basis      why the rule holds, as the format states it
 */
public record Finding(String ruleId, Severity severity, String message, String subject, SourceRange range,
		List<Operand> operands, BigDecimal actual, BigDecimal expected, BigDecimal difference, String basis) {

	public Finding {
		operands = List.copyOf(operands);
	}
}
