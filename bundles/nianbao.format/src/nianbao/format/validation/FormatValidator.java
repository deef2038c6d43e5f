package nianbao.format.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import nianbao.format.format.CellReference;
import nianbao.format.format.ColumnGroup;
import nianbao.format.format.ColumnNode;
import nianbao.format.format.Format;
import nianbao.format.format.FormatPackage;
import nianbao.format.format.Referable;
import nianbao.format.format.RowGroup;
import nianbao.format.format.RowNode;
import nianbao.format.format.Rule;
import nianbao.format.format.Table;
import nianbao.format.format.Total;
import nianbao.format.TableStructure;

/**
 * Checks of format files beyond syntax and linking (which already keeps rows out of column slots
 * and the reverse): unique names, qualified references outside tables, ranges only inside
 * {@code sum(...)} and running forward.
 */
public class FormatValidator extends AbstractFormatValidator {

	/** Issue codes, for quick fixes and tests. */
	public static final String DUPLICATE_NAME = "duplicateName";
	public static final String RANGE_OUTSIDE_SUM = "rangeOutsideSum";
	public static final String UNQUALIFIED_OUTSIDE_TABLE = "unqualifiedOutsideTable";
	public static final String EMPTY_RANGE = "emptyRange";

	@Check
	public void uniqueRuleIds(Format format) {
		Set<String> seen = new HashSet<>();
		for (Rule rule : EcoreUtil2.eAllOfType(format, Rule.class)) {
			if (rule.getName() != null && !seen.add(rule.getName())) {
				error("Duplicate rule id " + rule.getName() + " in format " + format.getName(), rule,
						FormatPackage.Literals.RULE__NAME, DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void uniqueNamesInTable(Table table) {
		Set<String> rows = new HashSet<>();
		for (RowNode node : TableStructure.allRowNodes(table)) {
			if (!rows.add(name(node))) {
				error("Duplicate row name " + name(node) + " in table " + table.getName(), node,
						FormatPackage.Literals.REFERABLE__NAME, DUPLICATE_NAME);
			}
		}
		Set<String> columns = new HashSet<>();
		for (ColumnNode node : TableStructure.allColumnNodes(table)) {
			if (!columns.add(name(node))) {
				error("Duplicate column name " + name(node) + " in table " + table.getName(), node,
						FormatPackage.Literals.REFERABLE__NAME, DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void qualifiedOutsideTables(CellReference cell) {
		if (cell.getTable() == null && EcoreUtil2.getContainerOfType(cell, Table.class) == null) {
			error("A rule outside a table must name the table: 表.行[列]", cell,
					FormatPackage.Literals.CELL_REFERENCE__ROW, UNQUALIFIED_OUTSIDE_TABLE);
		}
	}

	@Check
	public void rangesOnlyInSums(CellReference cell) {
		if (!(cell.eContainer() instanceof Total) && coversSeveralCells(cell)) {
			error("This reference covers several cells: write sum(...) around it", cell, null, RANGE_OUTSIDE_SUM);
		}
	}

	@Check
	public void rangesRunForward(CellReference cell) {
		Table table = cell.getTable() != null ? cell.getTable() : EcoreUtil2.getContainerOfType(cell, Table.class);
		if (table == null) {
			return;
		}
		if (cell.getRow() instanceof RowNode from && cell.getRowEnd() instanceof RowNode to
				&& TableStructure.rowRange(table, from, to).isEmpty()) {
			error(name(to) + " comes before " + name(from) + ": the range is empty", cell,
					FormatPackage.Literals.CELL_REFERENCE__ROW_END, EMPTY_RANGE);
		}
		if (cell.getColumn() instanceof ColumnNode from && cell.getColumnEnd() instanceof ColumnNode to
				&& TableStructure.columnRange(table, from, to).isEmpty()) {
			error(name(to) + " comes before " + name(from) + ": the range is empty", cell,
					FormatPackage.Literals.CELL_REFERENCE__COLUMN_END, EMPTY_RANGE);
		}
	}

	private static boolean coversSeveralCells(CellReference cell) {
		return cell.getRowEnd() != null || cell.getColumnEnd() != null || cell.getRow() instanceof RowGroup
				|| cell.getColumn() instanceof ColumnGroup;
	}

	private static String name(EObject node) {
		return node instanceof Referable referable ? referable.getName() : String.valueOf(node);
	}

}
