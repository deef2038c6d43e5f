// SPDX-License-Identifier: EPL-2.0
package nianbao.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import nianbao.format.language.Column;
import nianbao.format.language.ColumnGroup;
import nianbao.format.language.ColumnNode;
import nianbao.format.language.Row;
import nianbao.format.language.RowGroup;
import nianbao.format.language.RowNode;
import nianbao.format.language.Table;

/**
 * The structure of a format table: its leaf rows and columns in declaration order, the groups
 * around them and their official labels.
 */
public final class TableStructure {

	private TableStructure() {
	}

	/** The rows that carry cells, in declaration order. */
	public static List<Row> leafRows(Table table) {
		List<Row> rows = new ArrayList<>();
		collectRows(table.getRows(), rows);
		return rows;
	}

	/** The columns that carry cells, in declaration order. */
	public static List<Column> leafColumns(Table table) {
		List<Column> columns = new ArrayList<>();
		collectColumns(table.getColumns(), columns);
		return columns;
	}

	/** Every row and row group of the table, depth first. */
	public static List<RowNode> allRowNodes(Table table) {
		return EcoreUtil2.eAllOfType(table, RowNode.class);
	}

	/** Every column and column group of the table, depth first. */
	public static List<ColumnNode> allColumnNodes(Table table) {
		return EcoreUtil2.eAllOfType(table, ColumnNode.class);
	}

	/** The leaf rows a row node stands for: itself, or the leaves of a group. */
	public static List<Row> leaves(RowNode node) {
		List<Row> rows = new ArrayList<>();
		collectRows(List.of(node), rows);
		return rows;
	}

	/** The leaf columns a column node stands for: itself, or the leaves of a group. */
	public static List<Column> leaves(ColumnNode node) {
		List<Column> columns = new ArrayList<>();
		collectColumns(List.of(node), columns);
		return columns;
	}

	/** The leaf rows from the first leaf of {@code from} to the last leaf of {@code to}, both included. */
	public static List<Row> rowRange(Table table, RowNode from, RowNode to) {
		return slice(leafRows(table), leaves(from), leaves(to));
	}

	/** The leaf columns from the first leaf of {@code from} to the last leaf of {@code to}, both included. */
	public static List<Column> columnRange(Table table, ColumnNode from, ColumnNode to) {
		return slice(leafColumns(table), leaves(from), leaves(to));
	}

	/** The official label of a row, column or group: its label, or its name where it has none. */
	public static String label(EObject node) {
		return switch (node) {
			case Row row -> row.getLabel() != null ? row.getLabel() : row.getName();
			case RowGroup group -> group.getLabel() != null ? group.getLabel() : group.getName();
			case Column column -> column.getLabel() != null ? column.getLabel() : column.getName();
			case ColumnGroup group -> group.getLabel() != null ? group.getLabel() : group.getName();
			default -> throw new IllegalArgumentException("not a row or column: " + node);
		};
	}

	/** The labels of the enclosing row groups and of the row or group, outermost first. */
	public static List<String> labelPath(RowNode row) {
		List<String> path = new ArrayList<>();
		for (EObject node = row; node instanceof RowNode; node = node.eContainer()) {
			path.addFirst(label(node));
		}
		return path;
	}

	private static <T> List<T> slice(List<T> all, List<T> from, List<T> to) {
		if (from.isEmpty() || to.isEmpty()) {
			return List.of();
		}
		int start = all.indexOf(from.getFirst());
		int end = all.indexOf(to.getLast());
		return start < 0 || end < start ? List.of() : List.copyOf(all.subList(start, end + 1));
	}

	private static void collectRows(List<? extends RowNode> nodes, List<Row> into) {
		collect(nodes, Row.class, n -> n instanceof RowGroup group ? group.getRows() : List.of(), into);
	}

	private static void collectColumns(List<? extends ColumnNode> nodes, List<Column> into) {
		collect(nodes, Column.class, n -> n instanceof ColumnGroup group ? group.getColumns() : List.of(), into);
	}

	/** The leaves under {@code nodes}, depth first: rows and columns nest alike. */
	private static <N, L extends N> void collect(List<? extends N> nodes, Class<L> leaf,
			Function<N, List<? extends N>> children, List<L> into) {
		for (N node : nodes) {
			if (leaf.isInstance(node)) {
				into.add(leaf.cast(node));
			} else {
				collect(children.apply(node), leaf, children, into);
			}
		}
	}
}
