// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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

	/**
	 * The finding explained line by line, as hovers and markers show it: each operand with its role
	 * and value, then actual, expected and difference, then the rule's basis.
	 */
	public String explanation() {
		StringBuilder text = new StringBuilder();
		for (Operand operand : operands) {
			text.append(switch (operand.role()) {
				case LEFT -> "左边";
				case RIGHT -> "右边";
				case PREMISE -> "依据";
				case SUBJECT -> "单元格";
			}).append("：").append(operand.label());
			if (operand.value() != null) {
				text.append(" = ").append(operand.value().toPlainString());
			}
			text.append('\n');
		}
		if (difference != null) {
			text.append("实际 ").append(actual.toPlainString()).append("，应为 ").append(expected.toPlainString())
					.append("，相差 ").append(difference.toPlainString()).append('\n');
		}
		if (basis != null) {
			text.append("规则依据：").append(basis).append('\n');
		}
		return text.toString().strip();
	}

	/**
	 * The operand the finding is shown at, whose range is the finding's own: the first cell of the rule's
	 * left side, or the cell a named check is about; empty for a finding about text.
	 */
	public Optional<Operand> target() {
		return range == null ? Optional.empty() : operands.stream().filter(o -> o.range() == range).findFirst();
	}

	/** Whether the finding rests on a cell whose value an auditor corrected. */
	public boolean restsOnCorrection() {
		return operands.stream().anyMatch(Operand::corrected);
	}

	/**
	 * What the outputs add to a finding that rests on corrected cells: each of them, as read and as
	 * corrected ("依据审核员的更正：…"); empty for any other finding.
	 */
	public String correctionNote() {
		List<String> corrected = operands.stream().filter(Operand::corrected).map(o -> Corrections.describe(o.cell()))
				.distinct().toList();
		return corrected.isEmpty() ? "" : "依据审核员的更正：" + String.join("；", corrected);
	}

	/**
	 * The finding's identity across runs: the same for the same rule instance of a file of the same
	 * name, whatever folder the file is in and whatever figures it states; what triage and baselines
	 * are keyed by.
	 */
	public String fingerprint(Path source) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			String key = source.getFileName() + "|" + ruleId + "|" + subject;
			return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
