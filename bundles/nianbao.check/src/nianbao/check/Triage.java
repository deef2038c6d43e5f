// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.time.LocalDate;

/**
 * What an auditor decided about a finding: it is a real problem (confirmed), or it is not and why
 * (dismissed). Dismissed findings are still shown, marked, but no longer count against a report.
 *
 * @param state  confirmed or dismissed
 * @param reason why, in the auditor's words; may be empty for a confirmation
 * @param date   when the decision was taken
 */
public record Triage(State state, String reason, LocalDate date) {

	/** The decisions. */
	public enum State {
		CONFIRMED("confirmed", "已确认"), DISMISSED("dismissed", "已驳回");

		private final String id;
		private final String label;

		State(String id, String label) {
			this.id = id;
			this.label = label;
		}

		/** The state as the JSON and SARIF results spell it. */
		public String id() {
			return id;
		}

		/** The state in the auditor's language. */
		public String label() {
			return label;
		}

		/** The state an id names, if any. */
		public static State of(String id) {
			for (State state : values()) {
				if (state.id.equals(id)) {
					return state;
				}
			}
			throw new IllegalArgumentException("not a triage state: " + id + " (confirmed or dismissed)");
		}
	}

	public Triage {
		reason = reason == null ? "" : reason;
	}

	/** Whether the finding was dismissed. */
	public boolean dismissed() {
		return state == State.DISMISSED;
	}
}
