// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nianbao.model.Report;

/**
 * The audit of one report file: assessed, with the outcome of every rule instance, or not assessed at
 * all because the file could not be read or no format applies. A report that was not assessed is
 * never reported as clean.
 */
public sealed interface ReportAudit {

	/** The file as the user named it. */
	Path source();

	/** The report was read and its rules evaluated. */
	record Assessed(Path source, Report report, List<RuleOutcome> outcomes) implements ReportAudit {

		public Assessed {
			outcomes = List.copyOf(outcomes);
		}

		/** The findings, in rule order. */
		public List<Finding> findings() {
			return outcomes.stream().flatMap(o -> o instanceof RuleOutcome.Failed f ? Stream.of(f.finding()) : Stream.empty())
					.toList();
		}

		/** The rule instances that could not be decided. */
		public List<RuleOutcome.CannotAssess> cannotAssess() {
			return outcomes.stream()
					.flatMap(o -> o instanceof RuleOutcome.CannotAssess c ? Stream.of(c) : Stream.empty()).toList();
		}

		/** The cell whose single change would make the most failed identities hold, if one cell alone does. */
		public Optional<SuspectCell> suspectCell() {
			return SuspectCell.of(findings());
		}

		/** The rule instances that could not be decided because the report's data is missing or unreadable. */
		public List<RuleOutcome.CannotAssess> dataGaps() {
			return cannotAssess().stream().filter(c -> c.cause() == RuleOutcome.Cause.DATA).toList();
		}
	}

	/** The report could not be assessed, for the reason given. */
	record NotAssessed(Path source, String reason) implements ReportAudit {
	}
}
