// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import nianbao.model.SourceRange;

/**
 * The outcome of one rule instance (a rule for one row or column, or a rule without a loop) on one
 * report: passed, failed with a finding, or not assessable.
 */
public sealed interface RuleOutcome {

	/** The rule's id. */
	String ruleId();

	/** What the rule instance is about, such as "自然人"; empty for a rule without a loop. */
	String subject();

	/** The rule holds. */
	record Passed(String ruleId, String subject) implements RuleOutcome {
	}

	/** The rule is violated. */
	record Failed(Finding finding) implements RuleOutcome {
		@Override
		public String ruleId() {
			return finding.ruleId();
		}

		@Override
		public String subject() {
			return finding.subject();
		}
	}

	/**
	 * The rule cannot be decided, for the reason given: a cell is blank, "/", not a number, or missing
	 * (a blank cell is never taken for 0), or the text does not state what the rule compares.
	 */
	record CannotAssess(String ruleId, String subject, Severity severity, String reason, SourceRange range, Cause cause)
			implements RuleOutcome {
	}

	/** Why a rule cannot be decided. */
	enum Cause {
		/** The report's data is missing or unreadable: a table, a cell, a number. */
		DATA,
		/** The report's text does not state what the rule compares (a narrative figure, a date). */
		NOT_STATED,
		/** The format files declare the rule's check otherwise than the rule engine carries it out. */
		FORMAT
	}
}
