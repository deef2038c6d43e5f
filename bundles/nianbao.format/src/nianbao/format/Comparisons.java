// SPDX-License-Identifier: EPL-2.0
package nianbao.format;

import nianbao.format.language.ComparisonOperator;

/**
 * What a rule's comparison operator means, for the rule engine and for the extractor that reads
 * run-together digits by the same rules.
 */
public final class Comparisons {

	private Comparisons() {
	}

	/** Whether {@code left op right} holds, given the sign of {@code left - right}. */
	public static boolean holds(ComparisonOperator operator, int sign) {
		return switch (operator) {
			case EQ -> sign == 0;
			case NE -> sign != 0;
			case LE -> sign <= 0;
			case GE -> sign >= 0;
			case LT -> sign < 0;
			case GT -> sign > 0;
		};
	}
}
