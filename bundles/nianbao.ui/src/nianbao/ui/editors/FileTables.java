// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nianbao.check.Finding;
import nianbao.check.Operand;
import nianbao.check.ReportAudit;
import nianbao.extract.Origins;
import nianbao.model.Origin;
import nianbao.model.Report;
import nianbao.read.Block;
import nianbao.read.Document;
import nianbao.read.Location;
import nianbao.read.TableBlock;
import nianbao.results.Results;
import nianbao.ui.editors.TablePage.Mark;

/**
 * The tables of a Word, Excel or HTML report as the file has them: each table as its rows and cells
 * came from the file (a merged cell once, where it starts), in a tab named as the file names it
 * (表格 2, Sheet1!A1:H30). The cells the findings read are coloured by their severity; the finding
 * shown colours its target orange and its operands blue, and brings their table to the front.
 */
final class FileTables {

	/** A cell of the file as shown: its tab, its table item and column, and where it is in the file. */
	private record Shown(CTabItem tab, TableItem item, int column, String place) {
	}

	private final Document document;
	private final CTabFolder folder;
	/** The file's cells, by the offset of their text in the canonical text: what a model origin was made from. */
	private final Map<Integer, Shown> cells = new HashMap<>();
	private ReportAudit.Assessed audit;
	private final Map<Shown, Mark> marks = new HashMap<>();

	FileTables(Composite parent, Document document, ReportAudit.Assessed audit) {
		this.document = document;
		this.audit = audit;
		folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		// the report's origins were made from the reader's cells: each names its cell as the file does
		Map<Integer, Origin> origins = new HashMap<>();
		audit.report().getOrigins().forEach(o -> origins.put(o.getRange().getOffset(), o));
		int number = 0;
		for (Block block : document.blocks()) {
			if (block instanceof TableBlock table) {
				number++;
				add(table, number, origins);
			}
		}
		if (folder.getItemCount() > 0) {
			folder.setSelection(0);
		}
		mark(null);
	}

	/** Whether a document has tables whose place in the file this page can name (Word, Excel, HTML). */
	static boolean shows(Document document) {
		return document.blocks().stream().anyMatch(b -> b instanceof TableBlock table && (table.location() instanceof Location.WordTable
				|| table.location() instanceof Location.SheetRange || table.location() instanceof Location.HtmlElement));
	}

	Control control() {
		return folder;
	}

	/** Shows the findings of the report audited again. */
	void show(ReportAudit.Assessed audited) {
		this.audit = audited;
		mark(null);
	}

	/** Colours the cells the findings read, and the shown finding's (or none's) above them. */
	void mark(Finding shown) {
		marks.clear();
		for (Finding finding : audit.findings()) {
			Mark mark = Mark.of(finding.severity());
			for (Operand operand : finding.operands()) {
				Shown cell = cell(operand);
				if (cell != null) {
					marks.merge(cell, mark, Mark::stronger);
				}
			}
		}
		if (shown != null) {
			Operand target = shown.target().orElse(null);
			for (Operand operand : shown.operands()) {
				Shown cell = cell(operand);
				if (cell != null) {
					marks.put(cell, operand == target ? Mark.TARGET : Mark.OPERAND);
					if (operand == target) {
						folder.setSelection(cell.tab());
						cell.item().getParent().showItem(cell.item());
					}
				}
			}
		}
		for (Shown cell : cells.values()) {
			cell.item().setBackground(cell.column(), marks.getOrDefault(cell, Mark.NONE).color);
		}
	}

	/** The file's cells with a mark, as "place=text" (表格 1 第 5 行第 3 列=19). */
	List<String> marked(Mark mark) {
		List<String> marked = new ArrayList<>();
		marks.forEach((cell, m) -> {
			if (m == mark) {
				marked.add(cell.place() + "=" + cell.item().getText(cell.column()));
			}
		});
		return marked.stream().sorted().toList();
	}

	/** The file's cell an operand read: the cell the model cell's origin was made from; null for a statement. */
	private Shown cell(Operand operand) {
		if (operand.cell() == null) {
			return null;
		}
		Report report = audit.report();
		// a cell of the year-before report is not in this file
		if (Results.holder(report, operand) != report) {
			return null;
		}
		Origin origin = Origins.of(report, operand.cell().getRange());
		return origin == null ? null : cells.get(origin.getRange().getOffset());
	}

	private void add(TableBlock table, int number, Map<Integer, Origin> origins) {
		CTabItem tab = new CTabItem(folder, SWT.NONE);
		tab.setText(switch (table.location()) {
			case Location.WordTable word -> "表格 " + word.table();
			case Location.SheetRange sheet -> sheet.address();
			default -> "表格 " + number;
		});
		Table grid = new Table(folder, SWT.BORDER | SWT.FULL_SELECTION);
		grid.setLinesVisible(true);
		int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
		for (int c = 0; c < columns; c++) {
			TableColumn column = new TableColumn(grid, SWT.NONE);
			column.setWidth(c == 0 ? 260 : 90);
		}
		for (List<TableBlock.Cell> row : table.rows()) {
			TableItem item = new TableItem(grid, SWT.NONE);
			for (int c = 0; c < row.size(); c++) {
				TableBlock.Cell cell = row.get(c);
				item.setText(c, document.text(cell.range()));
				String place = Origins.describe(origins.get(cell.range().offset()));
				cells.put(cell.range().offset(), new Shown(tab, item, c, place == null ? "" : place));
			}
		}
		tab.setControl(grid);
	}
}
