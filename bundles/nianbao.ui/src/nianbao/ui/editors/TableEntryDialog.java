// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nianbao.model.Cell;
import nianbao.model.Column;
import nianbao.model.Row;
import nianbao.model.Table;
import nianbao.ui.Messages;

/**
 * A whole table typed in from the original, for a report whose table could not be read (a scan too
 * poor for OCR): a field per cell, starting from what was read, and one reason for all. The cells whose
 * value was changed become corrections.
 */
final class TableEntryDialog extends TitleAreaDialog {

	private final Table table;
	private final Map<Cell, Text> fields = new LinkedHashMap<>();
	private Text reason;
	private final Map<Cell, BigDecimal> typed = new LinkedHashMap<>();
	private String given;

	TableEntryDialog(Shell shell, Table table) {
		super(shell);
		this.table = table;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	public void create() {
		super.create();
		String name = table.getCaption() == null || table.getCaption().isBlank() ? table.getKey() : table.getCaption();
		setTitle(NLS.bind(Messages.correction_tableTitle, name));
		setMessage(Messages.correction_tableMessage);
		getShell().setText(NLS.bind(Messages.correction_tableTitle, name));
		validate();
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		ScrolledComposite scrolled = new ScrolledComposite(area, SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 460).applyTo(scrolled);
		Composite grid = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(table.getColumns().size() + 1).applyTo(grid);
		new Label(grid, SWT.NONE);
		for (Column column : table.getColumns()) {
			new Label(grid, SWT.WRAP).setText(column.getLabel());
		}
		for (Row row : table.getRows()) {
			Label label = new Label(grid, SWT.NONE);
			String path = row.getLabel();
			label.setText(path.substring(path.lastIndexOf('/') + 1));
			label.setToolTipText(path);
			GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(label);
			for (Column column : table.getColumns()) {
				Cell cell = row.getCells().stream().filter(c -> c.getColumn() == column).findFirst().orElse(null);
				Text field = new Text(grid, SWT.BORDER | SWT.RIGHT);
				GridDataFactory.fillDefaults().hint(64, SWT.DEFAULT).applyTo(field);
				if (cell == null) {
					field.setEnabled(false);
					continue;
				}
				field.setText(CellValues.shown(cell));
				field.setToolTipText(row.getLabel() + " / " + column.getLabel());
				field.addModifyListener(e -> validate());
				fields.put(cell, field);
			}
		}
		scrolled.setContent(grid);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		Composite bottom = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(bottom);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bottom);
		new Label(bottom, SWT.NONE).setText(Messages.correction_reason);
		reason = new Text(bottom, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);
		reason.addModifyListener(e -> validate());
		return area;
	}

	/** The cells whose field now holds another value than the cell, with it; empty if a field is not a number. */
	private Optional<Map<Cell, BigDecimal>> changed() {
		Map<Cell, BigDecimal> changed = new LinkedHashMap<>();
		for (Map.Entry<Cell, Text> field : fields.entrySet()) {
			String text = field.getValue().getText();
			if (text.strip().equals(CellValues.shown(field.getKey()))) {
				continue;
			}
			Optional<BigDecimal> number = CellValues.parse(text);
			if (number.isEmpty()) {
				return Optional.empty();
			}
			changed.put(field.getKey(), number.get());
		}
		return Optional.of(changed);
	}

	private void validate() {
		if (reason == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String bad = fields.values().stream().map(Text::getText)
				.filter(t -> !t.isBlank() && CellValues.parse(t).isEmpty()).findFirst().orElse(null);
		Optional<Map<Cell, BigDecimal>> changed = changed();
		String error = bad != null || changed.isEmpty() ? NLS.bind(Messages.correction_valueNeeded, bad == null ? "" : bad)
				: !changed.get().isEmpty() && reason.getText().isBlank() ? Messages.correction_reasonNeeded : null;
		setErrorMessage(error);
		getButton(IDialogConstants.OK_ID).setEnabled(error == null);
	}

	@Override
	protected void okPressed() {
		typed.putAll(changed().orElseThrow());
		given = reason.getText().strip();
		super.okPressed();
	}

	/** The cells typed in, with their values, once OK was pressed. */
	Map<Cell, BigDecimal> typed() {
		return typed;
	}

	/** The reason given, once OK was pressed. */
	String reason() {
		return given;
	}

	/** The field of a cell (for tests that type as an auditor does). */
	Text field(Cell cell) {
		return fields.get(cell);
	}

	/** The reason field. */
	Text reasonField() {
		return reason;
	}
}
