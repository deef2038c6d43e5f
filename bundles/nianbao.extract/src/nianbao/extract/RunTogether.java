package nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nianbao.format.TableStructure;
import nianbao.format.format.CellReference;
import nianbao.format.format.Column;
import nianbao.format.format.ColumnNode;
import nianbao.format.format.Comparison;
import nianbao.format.format.ComparisonOperator;
import nianbao.format.format.ForEach;
import nianbao.format.format.LoopKind;
import nianbao.format.format.LoopVariable;
import nianbao.format.format.Rule;
import nianbao.format.format.Table;
import nianbao.format.format.Total;

/**
 * Cells printed without separators ("230 000023" for 23 0 0 0 0 0 23): the digits are split into as
 * many numbers as the row has columns, the printed gaps kept, no number with a leading zero; of the
 * splits, the one for which the table's row-sum rules ({@code for each row r: r[总计] == sum(r[a..b])})
 * hold is taken, if it is the only one. A table without such a rule (表二) is never split: nothing
 * would tell "126" as 1, 2, 6 from 126 in one column and two cells left empty.
 */
final class RunTogether {

	/** A split: for each column, the token it came from and the characters of that token. */
	record Part(int token, int from, int to) {
	}

	private static final int MAX_CANDIDATES = 10_000;

	private RunTogether() {
	}

	/**
	 * The unique split of the digit tokens into {@code columns} numbers that satisfies the table's
	 * row-sum rules, or empty when there is none or more than one.
	 */
	static Optional<List<Part>> split(List<String> tokens, Table table) {
		int columns = TableStructure.leafColumns(table).size();
		if (tokens.isEmpty() || tokens.size() >= columns || !tokens.stream().allMatch(t -> t.matches("\\d+"))) {
			return Optional.empty();
		}
		List<List<Part>> candidates = new ArrayList<>();
		splits(tokens, 0, 0, columns, new ArrayList<>(), candidates);
		List<List<Part>> holding = candidates.stream().filter(c -> rowSumsConfirm(values(tokens, c), table)).toList();
		return holding.size() == 1 ? Optional.of(holding.getFirst()) : Optional.empty();
	}

	private static void splits(List<String> tokens, int token, int from, int left, List<Part> parts, List<List<Part>> out) {
		if (out.size() >= MAX_CANDIDATES) {
			return;
		}
		if (token == tokens.size()) {
			if (left == 0) {
				out.add(List.copyOf(parts));
			}
			return;
		}
		String digits = tokens.get(token);
		if (from == digits.length()) {
			splits(tokens, token + 1, 0, left, parts, out);
			return;
		}
		if (left == 0) {
			return;
		}
		// a number is "0" or starts with another digit
		int longest = digits.charAt(from) == '0' ? from + 1 : digits.length();
		for (int to = from + 1; to <= longest; to++) {
			parts.add(new Part(token, from, to));
			splits(tokens, token, to, left - 1, parts, out);
			parts.removeLast();
		}
	}

	private static List<BigDecimal> values(List<String> tokens, List<Part> parts) {
		return parts.stream().map(p -> new BigDecimal(tokens.get(p.token()).substring(p.from(), p.to()))).toList();
	}

	/**
	 * The table has rules of the form {@code for each row r: r[X] == sum(r[A..B])}, and every one holds
	 * for these values.
	 */
	private static boolean rowSumsConfirm(List<BigDecimal> values, Table table) {
		List<Column> columns = TableStructure.leafColumns(table);
		boolean confirmed = false;
		for (Rule rule : table.getRules()) {
			if (rule.getCheck() instanceof ForEach loop && loop.getVariable().getKind() == LoopKind.ROW
					&& loop.getComparison().getOperator() == ComparisonOperator.EQ) {
				Comparison comparison = loop.getComparison();
				Optional<BigDecimal> left = side(comparison.getLeft(), values, columns, table);
				Optional<BigDecimal> right = side(comparison.getRight(), values, columns, table);
				if (left.isPresent() && right.isPresent()) {
					if (left.get().compareTo(right.get()) != 0) {
						return false;
					}
					confirmed = true;
				}
			}
		}
		return confirmed;
	}

	/** A side that is one cell of the row or the sum of a range of it; empty for anything else. */
	private static Optional<BigDecimal> side(Object expression, List<BigDecimal> values, List<Column> columns,
			Table table) {
		CellReference cell = expression instanceof Total total ? total.getCells()
				: expression instanceof CellReference reference ? reference : null;
		if (cell == null || !(cell.getRow() instanceof LoopVariable) || cell.getTable() != null
				|| !(cell.getColumn() instanceof ColumnNode from)) {
			return Optional.empty();
		}
		List<Column> range = cell.getColumnEnd() instanceof ColumnNode to ? TableStructure.columnRange(table, from, to)
				: TableStructure.leaves(from);
		return Optional.of(range.stream().map(c -> values.get(columns.indexOf(c))).reduce(BigDecimal.ZERO, BigDecimal::add));
	}
}
