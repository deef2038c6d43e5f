// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import nianbao.check.Correction;
import nianbao.check.Corrections;
import nianbao.check.Finding;
import nianbao.check.Operand;
import nianbao.check.ReportAudit;
import nianbao.check.Severity;
import nianbao.model.Cell;
import nianbao.model.Column;
import nianbao.model.Row;
import nianbao.model.SourceRange;
import nianbao.ui.Messages;

/**
 * The report editor's second page: the tables extracted from the report as grids, one tab each, the
 * cells a finding involves coloured by its severity and the shown finding's cells as in the text
 * (target orange, other operands blue). Double-clicking a cell shows it in the text. A cell can be
 * corrected from its context menu, and a whole table typed in; the cells to check first (the suspect
 * cell, cells the rules could not read, doubtful OCR readings) are offered above the tables. A
 * corrected cell shows the corrected value with what was read, in green.
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

		/** The mark of the cells a finding of this severity reads. */
		static Mark of(Severity severity) {
			return switch (severity) {
				case ERROR -> ERROR;
				case WARNING -> WARNING;
				case INFO -> INFO;
			};
		}

		/** The stronger of two marks, for a cell that several findings read. */
		static Mark stronger(Mark a, Mark b) {
			return a.ordinal() >= b.ordinal() ? a : b;
		}
	}

	/** The colour of a corrected cell's text. */
	private static final Color CORRECTED = new Color(30, 120, 40);

	/** Where corrections go: recorded (and withdrawn) for the report, which is then audited again. */
	interface Corrector {
		void apply(List<Correction> corrections, List<Correction> withdrawn);
	}

	/** The official label of the group a column belongs to in the report's format (法人或其他组织), or null. */
	interface ColumnGroups {
		String group(nianbao.model.Table table, Column column);
	}

	/** A cell as the grid shows it: its table item and column, its model cell. */
	private record Shown(TreeItem item, int column, Cell cell) {
	}

	private final Composite control;
	private final Combo candidates;
	private final Button correctCandidate;
	private final CTabFolder folder;
	private final Consumer<SourceRange> open;
	private final Corrector corrector;
	private final ColumnGroups columnGroups;
	private final List<Shown> cells = new ArrayList<>();
	private List<Corrections.Candidate> offered = List.of();
	private ReportAudit.Assessed audit;
	/** The marks the findings give, by cell. */
	private final Map<Cell, Mark> findingMarks = new HashMap<>();

	/**
	 * The page of an audited report; {@code open} is told the range of a double-clicked cell,
	 * {@code corrector} the corrections made, {@code columnGroups} the groups that head the columns.
	 */
	TablePage(Composite parent, ReportAudit.Assessed audit, Consumer<SourceRange> open, Corrector corrector,
			ColumnGroups columnGroups) {
		this.open = open;
		this.corrector = corrector;
		this.columnGroups = columnGroups;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(control);
		new Label(control, SWT.NONE).setText(Messages.correction_candidates);
		candidates = new Combo(control, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(candidates);
		correctCandidate = new Button(control, SWT.PUSH);
		correctCandidate.setText(Messages.correction_correctCandidate);
		correctCandidate.addListener(SWT.Selection, event -> {
			int index = candidates.getSelectionIndex();
			if (index >= 0 && index < offered.size()) {
				correct(offered.get(index).cell(), offered.get(index).why());
			}
		});
		folder = new CTabFolder(control, SWT.BOTTOM | SWT.FLAT);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(folder);
		show(audit);
	}

	/** Shows the tables of an audit (again, after a correction: the tab in front stays in front). */
	void show(ReportAudit.Assessed shown) {
		int selected = folder.getSelectionIndex();
		this.audit = shown;
		for (CTabItem tab : folder.getItems()) {
			tab.getControl().dispose();
			tab.dispose();
		}
		cells.clear();
		findingMarks.clear();
		for (Finding finding : shown.findings()) {
			Mark mark = Mark.of(finding.severity());
			for (Operand operand : finding.operands()) {
				if (operand.cell() != null) {
					findingMarks.merge(operand.cell(), mark, Mark::stronger);
				}
			}
		}
		for (nianbao.model.Table table : shown.report().getTables()) {
			CTabItem tab = new CTabItem(folder, SWT.NONE);
			tab.setText(table.getCaption() == null || table.getCaption().isBlank() ? table.getKey() : table.getCaption());
			tab.setControl(grid(table));
		}
		if (folder.getItemCount() > 0) {
			folder.setSelection(Math.max(0, Math.min(selected, folder.getItemCount() - 1)));
		}
		offered = Corrections.candidates(shown);
		candidates.removeAll();
		for (Corrections.Candidate candidate : offered) {
			candidates.add(Corrections.label(candidate.cell()) + " — " + candidate.why());
		}
		if (offered.isEmpty()) {
			candidates.add(Messages.correction_candidatesNone);
		}
		candidates.select(0);
		candidates.setEnabled(!offered.isEmpty());
		correctCandidate.setEnabled(!offered.isEmpty());
		control.layout(true, true);
		mark(null);
	}

	/**
	 * A table as the format prints it: its rows as a tree under their groups (三、本年度办理结果 › （三）不予公开
	 * › 1.属于国家秘密), each column headed by its group above its label (法人或其他组织 over 商业企业).
	 */
	private Tree grid(nianbao.model.Table table) {
		Tree grid = new Tree(folder, SWT.BORDER | SWT.FULL_SELECTION);
		// a selected row is not painted as selected: that would hide its cells' colours
		grid.addListener(SWT.EraseItem, event -> event.detail &= ~(SWT.SELECTED | SWT.HOT));
		grid.setHeaderVisible(true);
		grid.setLinesVisible(true);
		TreeColumn labels = new TreeColumn(grid, SWT.LEFT);
		labels.setText("");
		labels.setWidth(420);
		List<Column> columns = table.getColumns();
		for (Column column : columns) {
			TreeColumn c = new TreeColumn(grid, SWT.RIGHT);
			String group = columnGroups.group(table, column);
			c.setText(group == null ? column.getLabel() : group + "\n" + column.getLabel());
			c.setToolTipText(group == null ? column.getLabel() : group + " / " + column.getLabel());
			c.setWidth(Math.max(80, Math.max(column.getLabel().length(), group == null ? 0 : group.length()) * 15));
		}
		// the groups' items, by their label path: a row's group is shown once, above its first row
		Map<String, TreeItem> groups = new HashMap<>();
		for (Row row : table.getRows()) {
			String[] path = row.getLabel().split("/");
			TreeItem parent = null;
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < path.length - 1; i++) {
				prefix.append(path[i]).append('/');
				TreeItem above = parent;
				String label = path[i];
				parent = groups.computeIfAbsent(prefix.toString(), k -> {
					TreeItem group = above == null ? new TreeItem(grid, SWT.NONE) : new TreeItem(above, SWT.NONE);
					group.setText(0, label);
					return group;
				});
			}
			TreeItem item = parent == null ? new TreeItem(grid, SWT.NONE) : new TreeItem(parent, SWT.NONE);
			groups.put(row.getLabel() + "/", item);
			item.setText(0, path[path.length - 1]);
			for (Cell cell : row.getCells()) {
				int index = columns.indexOf(cell.getColumn()) + 1;
				if (index > 0) {
					String text = cell.getText() == null ? "" : cell.getText();
					if (cell.getCorrection() != null) {
						item.setText(index, NLS.bind(Messages.correction_corrected, cell.getValue().toPlainString(), text));
						item.setForeground(index, CORRECTED);
					} else {
						item.setText(index, text);
					}
					cells.add(new Shown(item, index, cell));
				}
			}
		}
		expand(grid.getItems());
		// nothing selected at first: a selected row would be painted over its cells' colours
		grid.deselectAll();
		grid.addListener(SWT.MouseDoubleClick, event -> {
			Cell cell = cellAt(grid, new Point(event.x, event.y));
			if (cell != null) {
				open.accept(cell.getRange());
			}
		});
		grid.setMenu(menu(grid, table));
		return grid;
	}

	/** The context menu of a grid: correct the cell under the pointer, withdraw its correction, type in the table. */
	private Menu menu(Tree grid, nianbao.model.Table table) {
		Menu menu = new Menu(grid);
		MenuItem correct = new MenuItem(menu, SWT.PUSH);
		correct.setText(Messages.correction_menu);
		MenuItem withdraw = new MenuItem(menu, SWT.PUSH);
		withdraw.setText(Messages.correction_withdraw);
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem entry = new MenuItem(menu, SWT.PUSH);
		entry.setText(Messages.correction_table);
		Cell[] under = new Cell[1];
		grid.addListener(SWT.MenuDetect, event -> {
			under[0] = cellAt(grid, grid.toControl(event.x, event.y));
			correct.setEnabled(under[0] != null);
			withdraw.setEnabled(under[0] != null && under[0].getCorrection() != null);
		});
		correct.addListener(SWT.Selection, event -> correct(under[0], whyOffered(under[0])));
		withdraw.addListener(SWT.Selection, event -> withdraw(under[0]));
		entry.addListener(SWT.Selection, event -> typeIn(table));
		return menu;
	}

	private static void expand(TreeItem[] items) {
		for (TreeItem item : items) {
			item.setExpanded(true);
			expand(item.getItems());
		}
	}

	private Cell cellAt(Tree grid, Point point) {
		TreeItem item = grid.getItem(point);
		for (Shown shown : cells) {
			if (shown.item() == item && item.getBounds(shown.column()).contains(point)) {
				return shown.cell();
			}
		}
		return null;
	}

	/** Why a cell is offered for correction, or null if it is not. */
	String whyOffered(Cell cell) {
		return offered.stream().filter(c -> c.cell() == cell).map(Corrections.Candidate::why).findFirst().orElse(null);
	}

	/** Asks for a cell's correction and, given, records it. */
	void correct(Cell cell, String why) {
		CorrectionDialog dialog = new CorrectionDialog(control.getShell(), cell, why);
		if (dialog.open() == Window.OK) {
			corrector.apply(List.of(CellValues.correction(audit.source(), cell, dialog.value(), dialog.reason())), List.of());
		}
	}

	/** Withdraws a cell's correction: it is read from the file again. */
	void withdraw(Cell cell) {
		if (cell != null && cell.getCorrection() != null) {
			// the correction withdrawn, as it was made
			corrector.apply(List.of(), List.of(CellValues.correction(audit.source(), cell, cell.getValue(),
					cell.getCorrection().getReason())));
		}
	}

	/** Asks for a whole table as the original prints it and records the cells typed in. */
	void typeIn(nianbao.model.Table table) {
		TableEntryDialog dialog = new TableEntryDialog(control.getShell(), table);
		if (dialog.open() == Window.OK && !dialog.typed().isEmpty()) {
			List<Correction> corrections = new ArrayList<>();
			for (Map.Entry<Cell, BigDecimal> typed : dialog.typed().entrySet()) {
				corrections.add(CellValues.correction(audit.source(), typed.getKey(), typed.getValue(), dialog.reason()));
			}
			corrector.apply(corrections, List.of());
		}
	}

	/** Colours the cells: by the findings, and the shown finding's (or none's) cells above that. */
	void mark(Finding shown) {
		Map<Cell, Mark> marks = new HashMap<>(findingMarks);
		if (shown != null) {
			Operand target = shown.target().orElse(null);
			for (Operand operand : shown.operands()) {
				if (operand.cell() != null) {
					marks.put(operand.cell(), operand == target ? Mark.TARGET : Mark.OPERAND);
				}
			}
		}
		for (Shown cell : cells) {
			Mark mark = marks.getOrDefault(cell.cell(), Mark.NONE);
			cell.item().setBackground(cell.column(), mark.color);
			// the tab of the shown finding's target comes to the front
			if (mark == Mark.TARGET) {
				for (CTabItem tab : folder.getItems()) {
					if (tab.getControl() == cell.item().getParent()) {
						cell.item().getParent().showItem(cell.item());
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

	/** What the grids show in the cells an auditor corrected, as {@code label=shown}, in table order. */
	List<String> corrected() {
		return cells.stream().filter(c -> c.cell().getCorrection() != null)
				.map(c -> Corrections.label(c.cell()) + "=" + c.item().getText(c.column())).toList();
	}

	/** The cells offered for correction, as the list above the tables shows them. */
	List<String> offered() {
		return Arrays.asList(candidates.getItems());
	}

	/** The tabs' labels. */
	List<String> tabs() {
		return Arrays.stream(folder.getItems()).map(CTabItem::getText).toList();
	}

	/**
	 * A tab's table as text: the column headers (a group above its column's label, on two lines), then
	 * each row label indented by two spaces per level of its groups.
	 */
	List<String> outline(String tab) {
		Tree grid = Arrays.stream(folder.getItems()).filter(t -> t.getText().equals(tab)).map(t -> (Tree) t.getControl())
				.findFirst().orElseThrow(() -> new IllegalArgumentException("no tab " + tab));
		List<String> lines = new ArrayList<>();
		Arrays.stream(grid.getColumns()).skip(1).forEach(c -> lines.add(c.getText()));
		indent(grid.getItems(), "", lines);
		return lines;
	}

	private static void indent(TreeItem[] items, String indent, List<String> lines) {
		for (TreeItem item : items) {
			lines.add(indent + item.getText(0));
			indent(item.getItems(), indent + "  ", lines);
		}
	}

	/** Opens the cell whose text starts at {@code offset}, as double-clicking it does. */
	void open(int offset) {
		cells.stream().filter(c -> c.cell().getRange() != null && c.cell().getRange().getOffset() == offset).findFirst()
				.ifPresent(c -> open.accept(c.cell().getRange()));
	}

	/** The model cell of a label, as {@link Corrections#label} gives it, or null. */
	Cell cell(String label) {
		return cells.stream().map(Shown::cell).filter(c -> Corrections.label(c).equals(label)).findFirst().orElse(null);
	}

	/** The model table of a key, or null. */
	nianbao.model.Table table(String key) {
		return audit.report().getTables().stream().filter(t -> t.getKey().equals(key)).findFirst().orElse(null);
	}

	Composite control() {
		return control;
	}
}
