// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.editor;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nianbao.format.FormatDifferences;
import nianbao.format.ui.FormatUiMessages;

/** The differences of two formats, one a line, to read and copy. */
final class DifferencesDialog extends Dialog {

	private final String title;
	private final List<FormatDifferences.Difference> differences;

	DifferencesDialog(Shell parent, String title, List<FormatDifferences.Difference> differences) {
		super(parent);
		this.title = title;
		this.differences = differences;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.NONE).setText(differences.isEmpty() ? FormatUiMessages.compareSame
				: NLS.bind(FormatUiMessages.compareSummary, differences.size()));
		Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		text.setText(String.join("\n", differences.stream().map(FormatDifferences.Difference::toString).toList()));
		GridDataFactory.fillDefaults().grab(true, true).hint(convertWidthInCharsToPixels(90), convertHeightInCharsToPixels(24))
				.applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// in the workbench's language: the platform's own label is English without a language pack
		createButton(parent, IDialogConstants.OK_ID, FormatUiMessages.close, true);
	}
}
