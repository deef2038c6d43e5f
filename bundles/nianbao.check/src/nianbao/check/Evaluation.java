// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;

import nianbao.extract.ChineseNumerals;
import nianbao.format.Comparisons;
import nianbao.format.Phrases;
import nianbao.format.TableStructure;
import nianbao.format.language.AdditiveOperator;
import nianbao.format.language.Binary;
import nianbao.format.language.CellReference;
import nianbao.format.language.ColumnNode;
import nianbao.format.language.Comparison;
import nianbao.format.language.ComparisonOperator;
import nianbao.format.language.Expression;
import nianbao.format.language.LoopVariable;
import nianbao.format.language.Narrative;
import nianbao.format.language.NumberLiteral;
import nianbao.format.language.Referable;
import nianbao.format.language.RowGroup;
import nianbao.format.language.RowNode;
import nianbao.format.language.Total;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.SourceRange;
import nianbao.model.Table;

/**
 * Evaluates the comparison of one rule instance: its expressions over the report's cells (and the
 * previous year's report's, for {@code previous} references) and the numbers its text states.
 */
final class Evaluation {

	/** A side's value and how it reads with its operands, or why it has no value. */
	private record Side(BigDecimal value, boolean approximate, String rendering, List<Operand> operands) {
	}

	/** Stops the evaluation of a comparison that cannot be decided. */
	private static final class Undecidable extends RuntimeException {
		private static final long serialVersionUID = 1L;
		private final transient Verdict verdict;

		Undecidable(Verdict verdict) {
			super(null, null, false, false);
			this.verdict = verdict;
		}
	}

	private final RuleEngine.Context context;
	private final Report report;
	private final Report previous;
	private final Map<LoopVariable, Referable> binding;

	Evaluation(RuleEngine.Context context, Map<LoopVariable, Referable> binding) {
		this.context = context;
		this.report = context.report();
		this.previous = context.previous();
		this.binding = binding;
	}

	/** Whether the comparison holds, is violated (with both sides and the difference), or cannot be decided. */
	Verdict compare(Comparison comparison) {
		Side left;
		Side right;
		try {
			left = side(comparison.getLeft(), Operand.Role.LEFT);
			right = side(comparison.getRight(), Operand.Role.RIGHT);
		} catch (Undecidable e) {
			return e.verdict;
		}
		BigDecimal tolerance = comparison.getTolerance() == null ? BigDecimal.ZERO : comparison.getTolerance();
		if (holds(comparison.getOperator(), left, right, tolerance)) {
			return Verdict.Holds.plainly();
		}
		List<Operand> operands = new ArrayList<>(left.operands());
		operands.addAll(right.operands());
		SourceRange range = left.operands().isEmpty() ? null : left.operands().getFirst().range();
		return new Verdict.Violated(left.rendering(), right.rendering(), left.value(), right.value(), "", operands, range,
				null);
	}

	/**
	 * Exact comparison, within the tolerance for decimals. A number the text states as approximate
	 * ("400余件") equals any value at least as large.
	 */
	private static boolean holds(ComparisonOperator operator, Side left, Side right, BigDecimal tolerance) {
		BigDecimal difference = left.value().subtract(right.value());
		if (operator == ComparisonOperator.EQ && (left.approximate() || right.approximate())) {
			return left.approximate() ? difference.signum() <= 0 : difference.signum() >= 0;
		}
		return Comparisons.holds(operator, difference.abs().compareTo(tolerance) <= 0 ? 0 : difference.signum());
	}

	private Side side(Expression expression, Operand.Role role) {
		List<String> terms = new ArrayList<>();
		List<Operand> operands = new ArrayList<>();
		boolean[] approximate = { false };
		BigDecimal value = evaluate(expression, role, 1, terms, operands, approximate);
		String rendering = terms.size() == 1 ? value.toPlainString()
				: String.join(" ", terms) + " = " + value.toPlainString();
		return new Side(value, approximate[0], rendering, operands);
	}

	private BigDecimal evaluate(Expression expression, Operand.Role role, int sign, List<String> terms,
			List<Operand> operands, boolean[] approximate) {
		return switch (expression) {
			case Binary binary -> {
				BigDecimal left = evaluate(binary.getLeft(), role, sign, terms, operands, approximate);
				boolean minus = binary.getOperator() == AdditiveOperator.MINUS;
				terms.add(minus ? "-" : "+");
				BigDecimal right = evaluate(binary.getRight(), role, minus ? -sign : sign, terms, operands, approximate);
				yield minus ? left.subtract(right) : left.add(right);
			}
			case NumberLiteral number -> {
				terms.add(number.getValue().toPlainString());
				yield number.getValue();
			}
			case Total total -> {
				BigDecimal sum = cells(total.getCells(), role, sign, operands);
				terms.add("Σ" + name(total.getCells()) + " " + sum.toPlainString());
				yield sum;
			}
			case CellReference reference -> {
				BigDecimal cell = cells(reference, role, sign, operands);
				terms.add(name(reference) + " " + cell.toPlainString());
				yield cell;
			}
			case Narrative stated -> {
				BigDecimal number = stated(stated, role, sign, operands, approximate);
				terms.add("正文 " + number.toPlainString());
				yield number;
			}
			default -> throw new IllegalArgumentException("unknown expression " + expression);
		};
	}

	/** The number the text states, or undecidable when the text does not state it. */
	private BigDecimal stated(Narrative stated, Operand.Role role, int sign, List<Operand> operands,
			boolean[] approximate) {
		ReportText text = stated.getPart() == null ? context.narrative() : context.part(stated.getPart().getName()).orElse(null);
		Optional<ReportText.Found> found = text == null ? Optional.empty() : text.find(context.pattern(Phrases.regex(stated)));
		if (found.isEmpty()) {
			throw new Undecidable(new Verdict.Unknown("the text does not state it", RuleOutcome.Cause.NOT_STATED, null));
		}
		var matcher = found.get().matcher();
		int group = 1;
		while (group < matcher.groupCount() && matcher.group(group) == null) {
			group++;
		}
		String digits = matcher.group(group);
		if (digits == null) {
			throw new Undecidable(new Verdict.Unknown("the text does not state it", RuleOutcome.Cause.NOT_STATED, null));
		}
		BigDecimal value = digits.chars().allMatch(Character::isDigit) ? new BigDecimal(digits)
				: BigDecimal.valueOf(ChineseNumerals.value(digits));
		int after = matcher.end(group);
		String rest = found.get().text().text().substring(after);
		if (rest.startsWith("余") || rest.startsWith("多")) {
			approximate[0] = true;
		}
		operands.add(new Operand(role, "正文：" + matcher.group(), value, found.get().range(0), sign, null));
		return value;
	}

	/** The sum of the referenced cells; undecidable if one of them is not a number. */
	private BigDecimal cells(CellReference reference, Operand.Role role, int sign, List<Operand> operands) {
		Report source = reference.isPrevious() ? previous : report;
		if (source == null) {
			throw new Undecidable(new Verdict.NotApplicable());
		}
		nianbao.format.language.Table formatTable = reference.getTable() != null ? reference.getTable()
				: EcoreUtil2.getContainerOfType(reference, nianbao.format.language.Table.class);
		String year = reference.isPrevious() ? "上年" : "";
		Table table = source.getTables().stream().filter(t -> t.getKey().equals(formatTable.getName())).findFirst()
				.orElse(null);
		if (table == null) {
			throw unknown(year + formatTable.getName() + " was not found in the report", null);
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (RowNode formatRow : printedRows(table, rows(formatTable, reference))) {
			Row row = table.getRows().stream().filter(r -> r.getKey().equals(formatRow.getName())).findFirst().orElse(null);
			for (nianbao.format.language.Column formatColumn : columns(formatTable, reference)) {
				Cell cell = row == null ? null
						: row.getCells().stream().filter(c -> c.getColumn().getKey().equals(formatColumn.getName()))
								.findFirst().orElse(null);
				String label = year + table.getKey() + " " + (row == null ? formatRow.getName() : row.getLabel()) + " / "
						+ TableStructure.label(formatColumn);
				if (cell == null || cell.getKind() == CellKind.MISSING) {
					throw unknown(label + ": the cell was not found", row == null ? null : row.getRange());
				}
				if (cell.getKind() == CellKind.AMBIGUOUS) {
					throw unknown(label + " is printed run together with its neighbours as “" + cell.getText()
							+ "”, which reads as " + String.join(" or ", cell.getReadings().stream().distinct().toList()) + " alike",
							cell.getRange());
				}
				if (cell.getKind() != CellKind.NUMBER) {
					String shown = cell.getKind() == CellKind.BLANK ? "blank" : "“" + cell.getText() + "”";
					throw unknown(label + " is " + shown + ", not a number", cell.getRange());
				}
				// a previous year's cell has no place in this report's text
				operands.add(new Operand(role, label, cell.getValue(), reference.isPrevious() ? null : cell.getRange(), sign, cell));
				sum = sum.add(cell.getValue());
			}
		}
		return sum;
	}

	/**
	 * The rows as the report prints them: where a group is printed as one row instead of its leaves and
	 * the reference covers all its leaves, the group's row stands for them.
	 */
	static List<RowNode> printedRows(Table table, List<nianbao.format.language.Row> rows) {
		List<RowNode> printed = new ArrayList<>();
		for (nianbao.format.language.Row row : rows) {
			RowNode node = row;
			if (row.eContainer() instanceof RowGroup group && rows.containsAll(TableStructure.leaves(group))
					&& table.getRows().stream().anyMatch(r -> r.getKey().equals(group.getName()))) {
				node = group;
			}
			if (!printed.contains(node)) {
				printed.add(node);
			}
		}
		return printed;
	}

	private static Undecidable unknown(String reason, SourceRange range) {
		return new Undecidable(new Verdict.Unknown(reason, RuleOutcome.Cause.DATA, range));
	}

	private List<nianbao.format.language.Row> rows(nianbao.format.language.Table table, CellReference reference) {
		Referable from = bound(reference.getRow());
		if (reference.getRowEnd() != null) {
			return TableStructure.rowRange(table, (RowNode) from, (RowNode) reference.getRowEnd());
		}
		return TableStructure.leaves((RowNode) from);
	}

	private List<nianbao.format.language.Column> columns(nianbao.format.language.Table table, CellReference reference) {
		Referable from = bound(reference.getColumn());
		if (reference.getColumnEnd() != null) {
			return TableStructure.columnRange(table, (ColumnNode) from, (ColumnNode) reference.getColumnEnd());
		}
		return TableStructure.leaves((ColumnNode) from);
	}

	private Referable bound(Referable referable) {
		return referable instanceof LoopVariable variable ? binding.get(variable) : referable;
	}

	/** How a reference reads in a message: names bound to the loop are left out, being in the subject. */
	private static String name(CellReference reference) {
		String row = reference.getRow() instanceof LoopVariable ? ""
				: reference.getRow().getName() + (reference.getRowEnd() != null ? ".." + reference.getRowEnd().getName() : "");
		String column = reference.getColumn() instanceof LoopVariable ? ""
				: reference.getColumn().getName()
						+ (reference.getColumnEnd() != null ? ".." + reference.getColumnEnd().getName() : "");
		String name = row.isEmpty() ? column : column.isEmpty() ? row : row + "[" + column + "]";
		return reference.isPrevious() ? "上年" + name : name;
	}
}
