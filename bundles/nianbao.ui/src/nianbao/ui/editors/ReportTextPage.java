// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.eclipse.ui.texteditor.IStatusField;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

import nianbao.check.Auditor;
import nianbao.check.Finding;
import nianbao.check.Operand;
import nianbao.check.ReportAudit;
import nianbao.model.SourceRange;

/**
 * The report editor's first page: the canonical text every reader makes of the file (read-only), with
 * each finding underlined at its characters in its severity's colour; hovering shows the rule, its
 * operands and figures. Showing a finding highlights its operand cells, the target cell in a colour
 * of its own.
 */
public class ReportTextPage extends TextEditor {

	/** Annotation types of a shown finding's cells (plugin.xml gives them their colours). */
	public static final String TARGET = "nianbao.ui.target";
	public static final String OPERAND = "nianbao.ui.operand";

	private final ReportDocumentProvider provider = new ReportDocumentProvider();
	private final List<Annotation> highlighted = new ArrayList<>();

	public ReportTextPage() {
		setDocumentProvider(provider);
		// the findings' hovers: a finding's lines as lines, not the platform's one HTML paragraph
		setSourceViewerConfiguration(new TextSourceViewerConfiguration(getPreferenceStore()) {
			@Override
			public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
				return new FindingHover.Text(sourceViewer);
			}

			@Override
			public IAnnotationHover getAnnotationHover(ISourceViewer sourceViewer) {
				return new FindingHover.Ruler();
			}

			@Override
			public IInformationControlCreator getInformationControlCreator(ISourceViewer sourceViewer) {
				return FindingHover.CONTROL;
			}
		});
	}

	/** A report is read, never typed into: the status line has no Insert/Overwrite field for it. */
	@Override
	protected void updateStatusField(String category) {
		if (ITextEditorActionConstants.STATUS_CATEGORY_INPUT_MODE.equals(category)) {
			IStatusField field = getStatusField(category);
			if (field != null) {
				field.setText("");
			}
			return;
		}
		super.updateStatusField(category);
	}

	/** The audit of the report this page shows. */
	public Optional<ReportAudit> audit() {
		return provider.audit(getEditorInput());
	}

	/** The auditor the report was audited with: its project's, or the official formats'. */
	public Auditor auditor() {
		return provider.auditor(getEditorInput());
	}

	/** Selects and reveals a range of the report's text. */
	public void show(SourceRange range) {
		if (range != null) {
			selectAndReveal(range.getOffset(), range.getLength());
		}
	}
	/** Shows a finding: selects its cell and highlights every operand cell, the target in its own colour. */
	public void show(Finding finding) {
		IAnnotationModel model = getDocumentProvider().getAnnotationModel(getEditorInput());
		Map<Annotation, Position> added = new HashMap<>();
		Operand targetOperand = finding.target().orElse(null);
		for (Operand operand : finding.operands()) {
			SourceRange range = operand.range();
			if (range != null) {
				boolean target = operand == targetOperand;
				added.put(new Annotation(target ? TARGET : OPERAND, false, operand.label()),
						new Position(range.getOffset(), range.getLength()));
			}
		}
		if (finding.range() != null && added.keySet().stream().noneMatch(a -> a.getType().equals(TARGET))) {
			added.put(new Annotation(TARGET, false, finding.subject()),
					new Position(finding.range().getOffset(), finding.range().getLength()));
		}
		((IAnnotationModelExtension) model).replaceAnnotations(highlighted.toArray(Annotation[]::new), added);
		highlighted.clear();
		highlighted.addAll(added.keySet());
		show(finding.range());
	}

	@Override
	public boolean isEditable() {
		return false;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		// a report's paragraphs are long lines: wrapped, they can be read without scrolling sideways
		setWordWrap(true);
	}
}
