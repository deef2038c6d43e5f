// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.math.BigDecimal;
import java.util.List;

import nianbao.model.Cell;
import nianbao.model.SourceRange;

/**
 * What one check of one rule found, before the rule's message and id are attached.
 */
sealed interface Verdict {

	/** The check holds; for a text that matched, the evidence (else null). */
	record Holds(Operand evidence) implements Verdict {

		static Holds plainly() {
			return new Holds(null);
		}
	}

	/**
	 * The check is violated.
	 *
	 * @param severity overrides the rule's severity where the format says so (an accepted label variant), or null
	 */
	record Violated(String lhs, String rhs, BigDecimal actual, BigDecimal expected, String detail, List<Operand> operands,
			SourceRange range, Severity severity) implements Verdict {

		static Violated because(String detail, SourceRange range) {
			return new Violated("", "", null, null, detail, List.of(), range, null);
		}

		/** A check of one cell fails: the finding is at the cell, its subject operand. */
		static Violated about(String detail, Cell cell) {
			Operand subject = new Operand(Operand.Role.SUBJECT, Corrections.label(cell), cell.getValue(), cell.getRange(), 1, cell);
			return new Violated("", "", null, null, detail, List.of(subject), cell.getRange(), null);
		}

		Violated withSeverity(Severity override) {
			return new Violated(lhs, rhs, actual, expected, detail, operands, range, override);
		}
	}

	/** The check cannot be decided. */
	record Unknown(String reason, RuleOutcome.Cause cause, SourceRange range) implements Verdict {
	}

	/** The check does not apply to this report (a cross-year rule without the previous year's report). */
	record NotApplicable() implements Verdict {
	}
}
