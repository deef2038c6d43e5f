package nianbao.ui.editors;

import org.eclipse.ui.editors.text.TextEditor;

/**
 * The auditor's view of a report: the canonical text every reader makes of the file (read-only), with
 * each finding underlined at its characters in its severity's colour; hovering shows the rule's message.
 */
public class ReportEditor extends TextEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = "nianbao.ui.reportEditor";

	public ReportEditor() {
		setDocumentProvider(new ReportDocumentProvider());
	}

	@Override
	public boolean isEditable() {
		return false;
	}
}
