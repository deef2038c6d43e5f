// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nianbao.check.Corrections;
import nianbao.model.Cell;
import nianbao.ui.Messages;

/**
 * Asks for the value an auditor reads on the page for one cell, and why: what was read and why the
 * cell is offered for checking are shown; OK is possible only with a number and a reason.
 */
final class CorrectionDialog extends TitleAreaDialog {

	private final Cell cell;
	private final String why;
	private Text value;
	private Text reason;
	private BigDecimal corrected;
	private String given;

	/** A dialog for a cell; {@code why} says why it is offered for checking, or is null. */
	CorrectionDialog(Shell shell, Cell cell, String why) {
		super(shell);
		this.cell = cell;
		this.why = why;
	}

	@Override
	public void create() {
		super.create();
		setTitle(Messages.correction_title);
		setMessage(NLS.bind(Messages.correction_message, Corrections.label(cell)));
		getShell().setText(Messages.correction_title);
		validate();
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		label(fields, Messages.correction_read);
		label(fields, cell.getText() == null || cell.getText().isEmpty() ? Messages.correction_unread
				: "“" + cell.getText() + "”");
		if (why != null) {
			label(fields, Messages.correction_why);
			label(fields, why);
		}
		label(fields, Messages.correction_value);
		value = new Text(fields, SWT.BORDER);
		value.setText(CellValues.shown(cell));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		label(fields, Messages.correction_reason);
		reason = new Text(fields, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(reason);
		value.addModifyListener(e -> validate());
		reason.addModifyListener(e -> validate());
		value.setFocus();
		value.selectAll();
		return area;
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private void validate() {
		if (value == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		Optional<BigDecimal> number = CellValues.parse(value.getText());
		String error = number.isEmpty() ? NLS.bind(Messages.correction_valueNeeded, value.getText())
				: reason.getText().isBlank() ? Messages.correction_reasonNeeded : null;
		// what is still missing is said once the auditor has begun; before, the message says what to do
		setErrorMessage(reason.getText().isEmpty() && number.isPresent() ? null : error);
		getButton(IDialogConstants.OK_ID).setEnabled(error == null);
	}

	@Override
	protected void okPressed() {
		corrected = CellValues.parse(value.getText()).orElseThrow();
		given = reason.getText().strip();
		super.okPressed();
	}

	/** The value given, once OK was pressed. */
	BigDecimal value() {
		return corrected;
	}

	/** The reason given, once OK was pressed. */
	String reason() {
		return given;
	}
}
