// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

import nianbao.format.Comparisons;
import nianbao.format.TableStructure;
import nianbao.format.language.Binary;
import nianbao.format.language.CellReference;
import nianbao.format.language.Column;
import nianbao.format.language.ColumnNode;
import nianbao.format.language.Comparison;
import nianbao.format.language.ComparisonOperator;
import nianbao.format.language.Expression;
import nianbao.format.language.ForEach;
import nianbao.format.language.LoopKind;
import nianbao.format.language.LoopVariable;
import nianbao.format.language.NumberLiteral;
import nianbao.format.language.Referable;
import nianbao.format.language.Row;
import nianbao.format.language.RowNode;
import nianbao.format.language.Rule;
import nianbao.format.language.Severity;
import nianbao.format.language.Table;
import nianbao.format.language.Total;

/**
 * A table's own rules as linear relations between its cells ({@code 新收[c] + 上年结转[c] - 办理总计[c]
 * - 结转下年度[c] == 0} for each column), which tell how cells printed without separators were meant:
 * a reading of the digits under which the table's identities hold is the one the report printed.
 * Rules that read other tables, the text or the year before are left out.
 */
final class Identities {

	/** A cell of the table: its leaf row and column, by index. */
	record Slot(int row, int column) {
	}

	/**
	 * {@code sum(coefficient × cell) + constant  operator  0}.
	 *
	 * @param weight how much a violation counts: 1 for an error rule's equality, less for what is
	 *               only presumed (a warning, an inequality)
	 */
	record Relation(Map<Slot, Integer> terms, BigDecimal constant, ComparisonOperator operator, double weight) {

		/** Whether the relation holds for these values; null when a cell has no number. */
		Boolean holds(Function<Slot, BigDecimal> values) {
			BigDecimal sum = constant;
			for (Map.Entry<Slot, Integer> term : terms.entrySet()) {
				BigDecimal value = values.apply(term.getKey());
				if (value == null) {
					return null;
				}
				sum = sum.add(value.multiply(BigDecimal.valueOf(term.getValue())));
			}
			return Comparisons.holds(operator, sum.signum());
		}
	}

	private Identities() {
	}

	/** Each format table's relations, made once; a format no longer used takes its entry with it. */
	private static final Map<Table, List<Relation>> RELATIONS = Collections.synchronizedMap(new WeakHashMap<>());

	/** The relations of the table's rules, one per row or column of a for-each rule. */
	static List<Relation> of(Table table) {
		List<Relation> relations = RELATIONS.get(table);
		if (relations == null) {
			relations = List.copyOf(compile(table));
			RELATIONS.put(table, relations);
		}
		return relations;
	}

	private static List<Relation> compile(Table table) {
		List<Row> rows = TableStructure.leafRows(table);
		List<Column> columns = TableStructure.leafColumns(table);
		List<Relation> relations = new ArrayList<>();
		for (Rule rule : table.getRules()) {
			double weight = rule.getSeverity() == Severity.ERROR ? 1 : 0.5;
			if (rule.getCheck() instanceof ForEach loop) {
				List<? extends Referable> values = loop.getVariable().getKind() == LoopKind.ROW ? rows : columns;
				for (Referable value : values) {
					add(relations, loop.getComparison(), Map.of(loop.getVariable(), value), table, rows, columns, weight);
				}
			} else if (rule.getCheck() instanceof Comparison comparison) {
				add(relations, comparison, Map.of(), table, rows, columns, weight);
			}
		}
		return relations;
	}

	private static void add(List<Relation> relations, Comparison comparison, Map<LoopVariable, Referable> binding,
			Table table, List<Row> rows, List<Column> columns, double weight) {
		Map<Slot, Integer> terms = new HashMap<>();
		BigDecimal[] constant = { BigDecimal.ZERO };
		boolean linear = collect(comparison.getLeft(), 1, terms, constant, binding, table, rows, columns)
				&& collect(comparison.getRight(), -1, terms, constant, binding, table, rows, columns);
		terms.values().removeIf(c -> c == 0);
		if (linear && !terms.isEmpty() && comparison.getTolerance() == null) {
			double presumed = comparison.getOperator() == ComparisonOperator.EQ ? weight : weight / 2;
			relations.add(new Relation(Map.copyOf(terms), constant[0], comparison.getOperator(), presumed));
		}
	}

	/** Adds an expression's terms with the given sign; false where it is not a sum of this table's cells. */
	private static boolean collect(Expression expression, int sign, Map<Slot, Integer> terms, BigDecimal[] constant,
			Map<LoopVariable, Referable> binding, Table table, List<Row> rows, List<Column> columns) {
		return switch (expression) {
			case Binary binary -> collect(binary.getLeft(), sign, terms, constant, binding, table, rows, columns)
					&& collect(binary.getRight(), binary.getOperator() == nianbao.format.language.AdditiveOperator.PLUS ? sign : -sign,
							terms, constant, binding, table, rows, columns);
			case NumberLiteral number -> {
				constant[0] = constant[0].add(number.getValue().multiply(BigDecimal.valueOf(sign)));
				yield true;
			}
			case Total total -> cells(total.getCells(), sign, terms, binding, table, rows, columns);
			case CellReference cell -> cells(cell, sign, terms, binding, table, rows, columns);
			default -> false;
		};
	}

	private static boolean cells(CellReference reference, int sign, Map<Slot, Integer> terms,
			Map<LoopVariable, Referable> binding, Table table, List<Row> rows, List<Column> columns) {
		if (reference.isPrevious() || reference.getTable() != null && reference.getTable() != table) {
			return false;
		}
		Referable row = binding.getOrDefault(reference.getRow(), reference.getRow());
		Referable column = binding.getOrDefault(reference.getColumn(), reference.getColumn());
		if (!(row instanceof RowNode rowNode) || !(column instanceof ColumnNode columnNode)) {
			return false;
		}
		List<Row> rowRange = reference.getRowEnd() instanceof RowNode end ? TableStructure.rowRange(table, rowNode, end)
				: TableStructure.leaves(rowNode);
		List<Column> columnRange = reference.getColumnEnd() instanceof ColumnNode end
				? TableStructure.columnRange(table, columnNode, end)
				: TableStructure.leaves(columnNode);
		for (Row r : rowRange) {
			for (Column c : columnRange) {
				terms.merge(new Slot(rows.indexOf(r), columns.indexOf(c)), sign, Integer::sum);
			}
		}
		return !rowRange.isEmpty() && !columnRange.isEmpty();
	}
}
