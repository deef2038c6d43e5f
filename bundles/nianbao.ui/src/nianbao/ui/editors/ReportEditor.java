package nianbao.ui.editors;

import java.util.Optional;

import org.eclipse.ui.editors.text.TextEditor;

import nianbao.check.ReportAudit;
import nianbao.model.SourceRange;

/**
 * The auditor's view of a report: the canonical text every reader makes of the file (read-only), with
 * each finding underlined at its characters in its severity's colour; hovering shows the rule's message.
 */
public class ReportEditor extends TextEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = "nianbao.ui.reportEditor";

	private final ReportDocumentProvider provider = new ReportDocumentProvider();

	public ReportEditor() {
		setDocumentProvider(provider);
	}

	/** The audit of the report this editor shows. */
	public Optional<ReportAudit> audit() {
		return provider.audit(getEditorInput());
	}

	/** Selects and reveals a range of the report's text. */
	public void show(SourceRange range) {
		if (range != null) {
			selectAndReveal(range.getOffset(), range.getLength());
		}
	}

	@Override
	public boolean isEditable() {
		return false;
	}
}
