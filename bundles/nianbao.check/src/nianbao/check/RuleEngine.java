package nianbao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;

import nianbao.format.TableStructure;
import nianbao.format.format.Binary;
import nianbao.format.format.CellReference;
import nianbao.format.format.ColumnNode;
import nianbao.format.format.Comparison;
import nianbao.format.format.ComparisonOperator;
import nianbao.format.format.Expression;
import nianbao.format.format.ForEach;
import nianbao.format.format.Format;
import nianbao.format.format.LoopKind;
import nianbao.format.format.LoopVariable;
import nianbao.format.format.NumberLiteral;
import nianbao.format.format.Referable;
import nianbao.format.format.RowNode;
import nianbao.format.format.Rule;
import nianbao.format.format.Total;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.Table;

/**
 * Evaluates a format's rules on a report. Rules with {@code for each row} or {@code for each column}
 * yield one outcome per leaf row or column; a comparison whose operands are not all numbers cannot
 * be assessed (blank, "/" and text are never taken for 0).
 */
public final class RuleEngine {

	/** Evaluates every rule of the format. */
	public List<RuleOutcome> check(Report report, Format format) {
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (Rule rule : EcoreUtil2.eAllOfType(format, Rule.class)) {
			outcomes.addAll(check(report, rule));
		}
		return outcomes;
	}

	/** Evaluates one rule. */
	public List<RuleOutcome> check(Report report, Rule rule) {
		List<RuleOutcome> outcomes = new ArrayList<>();
		if (rule.getCheck() instanceof ForEach loop) {
			nianbao.format.format.Table table = loopTable(loop);
			List<? extends Referable> domain = loop.getVariable().getKind() == LoopKind.ROW
					? TableStructure.leafRows(table)
					: TableStructure.leafColumns(table);
			for (Referable value : domain) {
				Map<LoopVariable, Referable> binding = Map.of(loop.getVariable(), value);
				outcomes.add(compare(report, rule, loop.getComparison(), binding, subject(value)));
			}
		} else if (rule.getCheck() instanceof Comparison comparison) {
			outcomes.add(compare(report, rule, comparison, Map.of(), ""));
		}
		return outcomes;
	}

	private static RuleOutcome compare(Report report, Rule rule, Comparison comparison,
			Map<LoopVariable, Referable> binding, String subject) {
		Evaluation evaluation = new Evaluation(report, binding);
		Evaluation.Side left = evaluation.side(comparison.getLeft(), Operand.Role.LEFT);
		Evaluation.Side right = evaluation.side(comparison.getRight(), Operand.Role.RIGHT);
		Severity severity = Severity.of(rule.getSeverity());
		String problem = left.problem() != null ? left.problem() : right.problem();
		if (problem != null) {
			var where = left.problem() != null ? left.problemRange() : right.problemRange();
			return new RuleOutcome.CannotAssess(rule.getName(), subject, severity, problem, where);
		}
		if (holds(comparison.getOperator(), left.value().compareTo(right.value()))) {
			return new RuleOutcome.Passed(rule.getName(), subject);
		}
		BigDecimal difference = left.value().subtract(right.value());
		List<Operand> operands = new ArrayList<>(left.operands());
		operands.addAll(right.operands());
		String message = rule.getMessage().replace("{lhs}", left.rendering()).replace("{rhs}", right.rendering())
				.replace("{diff}", difference.toPlainString()).replace("{row}", subject).replace("{column}", subject);
		var range = left.operands().isEmpty() ? null : left.operands().getFirst().range();
		return new RuleOutcome.Failed(new Finding(rule.getName(), severity, message, subject, range, operands,
				left.value(), right.value(), difference, rule.getBasis()));
	}

	/** A row by its label path (leaf labels repeat across groups), a column by its label. */
	private static String subject(Referable value) {
		return value instanceof nianbao.format.format.Row row ? String.join("/", TableStructure.labelPath(row))
				: TableStructure.label(value);
	}

	private static boolean holds(ComparisonOperator operator, int comparison) {
		return switch (operator) {
			case EQ -> comparison == 0;
			case NE -> comparison != 0;
			case LE -> comparison <= 0;
			case GE -> comparison >= 0;
			case LT -> comparison < 0;
			case GT -> comparison > 0;
		};
	}

	/** The table a loop runs over: the enclosing table, else the table of its first qualified reference. */
	private static nianbao.format.format.Table loopTable(ForEach loop) {
		nianbao.format.format.Table table = EcoreUtil2.getContainerOfType(loop, nianbao.format.format.Table.class);
		if (table != null) {
			return table;
		}
		return EcoreUtil2.eAllOfType(loop, CellReference.class).stream().map(CellReference::getTable)
				.filter(t -> t != null).findFirst()
				.orElseThrow(() -> new IllegalStateException("rule without a table: " + loop));
	}

	/** Evaluates the expressions of one rule instance. */
	private static final class Evaluation {

		/** A side's value and its rendering with operands, or the reason it has no value. */
		record Side(BigDecimal value, String rendering, List<Operand> operands, String problem,
				nianbao.model.SourceRange problemRange) {
		}

		private final Report report;
		private final Map<LoopVariable, Referable> binding;
		private List<Operand> operands;
		private String problem;
		private nianbao.model.SourceRange problemRange;

		Evaluation(Report report, Map<LoopVariable, Referable> binding) {
			this.report = report;
			this.binding = binding;
		}

		Side side(Expression expression, Operand.Role role) {
			operands = new ArrayList<>();
			problem = null;
			problemRange = null;
			List<String> terms = new ArrayList<>();
			BigDecimal value = evaluate(expression, role, terms, false);
			String rendering = terms.size() == 1 ? value == null ? "?" : value.toPlainString()
					: String.join(" ", terms) + " = " + (value == null ? "?" : value.toPlainString());
			return new Side(value, rendering, operands, problem, problemRange);
		}

		private BigDecimal evaluate(Expression expression, Operand.Role role, List<String> terms, boolean negated) {
			return switch (expression) {
				case Binary binary -> {
					BigDecimal left = evaluate(binary.getLeft(), role, terms, negated);
					terms.add(binary.getOperator() == nianbao.format.format.AdditiveOperator.MINUS ? "-" : "+");
					BigDecimal right = evaluate(binary.getRight(), role, terms, negated);
					if (left == null || right == null) {
						yield null;
					}
					yield binary.getOperator() == nianbao.format.format.AdditiveOperator.MINUS ? left.subtract(right)
							: left.add(right);
				}
				case NumberLiteral number -> {
					terms.add(number.getValue().toPlainString());
					yield number.getValue();
				}
				case Total total -> {
					BigDecimal sum = cells(total.getCells(), role);
					terms.add("Σ" + name(total.getCells()) + " " + (sum == null ? "?" : sum.toPlainString()));
					yield sum;
				}
				case CellReference reference -> {
					BigDecimal cell = cells(reference, role);
					terms.add(name(reference) + " " + (cell == null ? "?" : cell.toPlainString()));
					yield cell;
				}
				default -> throw new IllegalArgumentException("unknown expression " + expression);
			};
		}

		/** The sum of the referenced cells, or null (with the problem recorded) if one is not a number. */
		private BigDecimal cells(CellReference reference, Operand.Role role) {
			nianbao.format.format.Table formatTable = reference.getTable() != null ? reference.getTable()
					: EcoreUtil2.getContainerOfType(reference, nianbao.format.format.Table.class);
			Table table = report.getTables().stream().filter(t -> t.getKey().equals(formatTable.getName())).findFirst()
					.orElse(null);
			if (table == null) {
				return fail(formatTable.getName() + " was not found in the report", null);
			}
			BigDecimal sum = BigDecimal.ZERO;
			for (nianbao.format.format.Row formatRow : rows(formatTable, reference)) {
				Row row = table.getRows().stream().filter(r -> r.getKey().equals(formatRow.getName())).findFirst()
						.orElse(null);
				for (nianbao.format.format.Column formatColumn : columns(formatTable, reference)) {
					Cell cell = row == null ? null
							: row.getCells().stream().filter(c -> c.getColumn().getKey().equals(formatColumn.getName()))
									.findFirst().orElse(null);
					String label = table.getKey() + " " + (row == null ? formatRow.getName() : row.getLabel()) + " / "
							+ TableStructure.label(formatColumn);
					if (cell == null || cell.getKind() == CellKind.MISSING) {
						return fail(label + ": the cell was not found", row == null ? null : row.getRange());
					}
					if (cell.getKind() != CellKind.NUMBER) {
						String shown = cell.getKind() == CellKind.BLANK ? "blank" : "“" + cell.getText() + "”";
						return fail(label + " is " + shown + ", not a number", cell.getRange());
					}
					operands.add(new Operand(role, label, cell.getValue(), cell.getRange()));
					sum = sum.add(cell.getValue());
				}
			}
			return sum;
		}

		private List<nianbao.format.format.Row> rows(nianbao.format.format.Table table, CellReference reference) {
			Referable from = bound(reference.getRow());
			if (reference.getRowEnd() != null) {
				return TableStructure.rowRange(table, (RowNode) from, (RowNode) reference.getRowEnd());
			}
			return TableStructure.leaves((RowNode) from);
		}

		private List<nianbao.format.format.Column> columns(nianbao.format.format.Table table, CellReference reference) {
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
			return row.isEmpty() ? column : column.isEmpty() ? row : row + "[" + column + "]";
		}

		private BigDecimal fail(String reason, nianbao.model.SourceRange range) {
			if (problem == null) {
				problem = reason;
				problemRange = range;
			}
			return null;
		}
	}
}
