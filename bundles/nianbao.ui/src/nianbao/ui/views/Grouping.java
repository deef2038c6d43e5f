// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nianbao.ui.Messages;

/** How the findings view groups its rows. */
enum Grouping {
	NONE(Messages.findings_groupNone, null),
	REPORT(Messages.findings_groupReport, FindingRow::report),
	RULE(Messages.findings_groupRule, FindingRow::ruleId),
	SEVERITY(Messages.findings_groupSeverity, r -> Messages.severity(r.severity()));

	/** A group of rows under its label. */
	record Group(String label, List<FindingRow> rows) {
	}

	final String label;
	private final Function<FindingRow, String> key;

	Grouping(String label, Function<FindingRow, String> key) {
		this.label = label;
		this.key = key;
	}

	/** The viewer's top-level elements: the rows themselves, or their groups in order of first appearance. */
	Object[] elements(List<FindingRow> rows) {
		if (key == null) {
			return rows.toArray();
		}
		Map<String, List<FindingRow>> groups = new LinkedHashMap<>();
		rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
		return groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toArray();
	}
}
