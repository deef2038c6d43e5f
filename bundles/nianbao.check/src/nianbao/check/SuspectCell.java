// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nianbao.model.Cell;
import nianbao.model.SourceRange;

/**
 * The cell whose single change would make the most failed identities of a report hold, when exactly
 * one cell does: where a sum is wrong, the cell an auditor should look at first. Only cells printed in
 * the report count, only findings that compare numbers.
 *
 * @param label    the cell's table, row and column
 * @param range    where it is printed
 * @param printed  its value
 * @param proposed the value that would make the findings hold
 * @param fixes    the findings it would make hold
 * @param cell     the model cell
 */
public record SuspectCell(String label, SourceRange range, BigDecimal printed, BigDecimal proposed, List<Finding> fixes,
		Cell cell) {

	/** The suspect cell of a report's findings, if one cell alone fixes more of them than any other. */
	public static Optional<SuspectCell> of(List<Finding> findings) {
		// per cell and per change: the findings that change would fix
		Map<Cell, Map<BigDecimal, List<Finding>>> fixes = new LinkedHashMap<>();
		Map<Cell, Operand> cells = new HashMap<>();
		for (Finding finding : findings) {
			if (finding.difference() == null) {
				continue;
			}
			for (Operand operand : finding.operands()) {
				// a cell an auditor corrected was read on the page: not suspect
				if (operand.cell() == null || operand.range() == null || operand.value() == null
						|| operand.role() == Operand.Role.PREMISE || operand.corrected()) {
					continue;
				}
				// left side: actual − expected moves with the cell; right side: against it
				BigDecimal change = finding.difference().negate().multiply(BigDecimal.valueOf(operand.sign()));
				if (operand.role() == Operand.Role.RIGHT) {
					change = change.negate();
				}
				cells.putIfAbsent(operand.cell(), operand);
				fixes.computeIfAbsent(operand.cell(), k -> new HashMap<>()).computeIfAbsent(change.stripTrailingZeros(),
						k -> new ArrayList<>()).add(finding);
			}
		}
		SuspectCell best = null;
		boolean tie = false;
		for (var cell : fixes.entrySet()) {
			for (var change : cell.getValue().entrySet()) {
				int count = change.getValue().size();
				if (best == null || count > best.fixes().size()) {
					Operand operand = cells.get(cell.getKey());
					best = new SuspectCell(operand.label(), operand.range(), operand.value(),
							operand.value().add(change.getKey()), List.copyOf(change.getValue()), operand.cell());
					tie = false;
				} else if (count == best.fixes().size()) {
					tie = true;
				}
			}
		}
		return best == null || tie || best.fixes().size() < 2 ? Optional.empty() : Optional.of(best);
	}
}
