// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nianbao.check.Finding;
import nianbao.check.Operand;
import nianbao.model.Cell;
import nianbao.model.Column;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.SourceRange;

/**
 * The report editor's second page: the tables extracted from the report as grids, one tab each, the
 * cells a finding involves coloured by its severity and the shown finding's cells as in the text
 * (target orange, other operands blue). Double-clicking a cell shows it in the text.
 */
final class TablePage {

	/** How a cell is marked. */
	enum Mark {
		NONE(null), INFO(new Color(225, 235, 250)), WARNING(new Color(255, 240, 190)), ERROR(new Color(255, 205, 205)),
		OPERAND(new Color(170, 210, 255)), TARGET(new Color(255, 170, 120));

		final Color color;

		Mark(Color color) {
			this.color = color;
		}
	}

	/** A cell as the grid shows it: its table item and column, its model cell. */
	private record Shown(TableItem item, int column, Cell cell) {
	}

	private final CTabFolder folder;
	private final Consumer<SourceRange> open;
	private final List<Shown> cells = new ArrayList<>();
	/** The marks the findings give, by the offset of a cell's text. */
	private final Map<Integer, Mark> findingMarks = new HashMap<>();

	/** A grid per table of the report; {@code open} is told the range of a double-clicked cell. */
	TablePage(Composite parent, Report report, List<Finding> findings, Consumer<SourceRange> open) {
		folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		this.open = open;
		for (Finding finding : findings) {
			Mark mark = switch (finding.severity()) {
				case ERROR -> Mark.ERROR;
				case WARNING -> Mark.WARNING;
				case INFO -> Mark.INFO;
			};
			for (Operand operand : finding.operands()) {
				if (operand.range() != null) {
					findingMarks.merge(operand.range().getOffset(), mark, (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
				}
			}
		}
		for (nianbao.model.Table table : report.getTables()) {
			CTabItem tab = new CTabItem(folder, SWT.NONE);
			tab.setText(table.getCaption() == null || table.getCaption().isBlank() ? table.getKey() : table.getCaption());
			tab.setControl(grid(table));
		}
		if (folder.getItemCount() > 0) {
			folder.setSelection(0);
		}
		mark(null);
	}

	private Table grid(nianbao.model.Table table) {
		Table grid = new Table(folder, SWT.BORDER | SWT.FULL_SELECTION);
		// a selected row is not painted as selected: that would hide its cells' colours
		grid.addListener(SWT.EraseItem, event -> event.detail &= ~(SWT.SELECTED | SWT.HOT));
		grid.setHeaderVisible(true);
		grid.setLinesVisible(true);
		TableColumn labels = new TableColumn(grid, SWT.LEFT);
		labels.setText("");
		labels.setWidth(360);
		List<Column> columns = table.getColumns();
		for (Column column : columns) {
			TableColumn c = new TableColumn(grid, SWT.RIGHT);
			c.setText(column.getLabel());
			c.setWidth(Math.max(70, column.getLabel().length() * 14));
		}
		for (Row row : table.getRows()) {
			TableItem item = new TableItem(grid, SWT.NONE);
			item.setText(0, row.getLabel());
			for (Cell cell : row.getCells()) {
				int index = columns.indexOf(cell.getColumn()) + 1;
				if (index > 0) {
					item.setText(index, cell.getText() == null ? "" : cell.getText());
					cells.add(new Shown(item, index, cell));
				}
			}
		}
		grid.addListener(SWT.MouseDoubleClick, event -> {
			TableItem item = grid.getItem(new Point(event.x, event.y));
			for (Shown shown : cells) {
				if (shown.item() == item && item.getBounds(shown.column()).contains(event.x, event.y)) {
					open.accept(shown.cell().getRange());
				}
			}
		});
		return grid;
	}

	/** Colours the cells: by the findings, and the shown finding's (or none's) cells above that. */
	void mark(Finding shown) {
		Map<Integer, Mark> marks = new HashMap<>(findingMarks);
		if (shown != null) {
			for (Operand operand : shown.operands()) {
				if (operand.range() != null) {
					boolean target = shown.range() != null && operand.range().getOffset() == shown.range().getOffset();
					marks.put(operand.range().getOffset(), target ? Mark.TARGET : Mark.OPERAND);
				}
			}
		}
		for (Shown cell : cells) {
			SourceRange range = cell.cell().getRange();
			Mark mark = range == null ? Mark.NONE : marks.getOrDefault(range.getOffset(), Mark.NONE);
			cell.item().setBackground(cell.column(), mark.color);
			// the tab of the shown finding's target comes to the front
			if (mark == Mark.TARGET) {
				for (CTabItem tab : folder.getItems()) {
					if (tab.getControl() == cell.item().getParent()) {
						folder.setSelection(tab);
					}
				}
			}
		}
	}

	/** The label of the tab in front. */
	String selectedTab() {
		return folder.getSelection() == null ? "" : folder.getSelection().getText();
	}

	/** The cells with a mark, as {@code row/column=text}, in table order. */
	List<String> marked(Mark mark) {
		List<String> marked = new ArrayList<>();
		for (Shown cell : cells) {
			if (mark.color != null && mark.color.equals(cell.item().getBackground(cell.column()))) {
				marked.add(((Row) cell.cell().eContainer()).getLabel() + "/" + cell.cell().getColumn().getLabel() + "="
						+ cell.cell().getText());
			}
		}
		return marked;
	}

	/** The tabs' labels. */
	List<String> tabs() {
		return Arrays.stream(folder.getItems()).map(CTabItem::getText).toList();
	}

	/** Opens the cell whose text starts at {@code offset}, as double-clicking it does. */
	void open(int offset) {
		cells.stream().filter(c -> c.cell().getRange() != null && c.cell().getRange().getOffset() == offset).findFirst()
				.ifPresent(c -> open.accept(c.cell().getRange()));
	}

	Composite control() {
		return folder;
	}
}
