package nianbao.ui.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;

import nianbao.check.Auditor;
import nianbao.check.Finding;
import nianbao.check.Operand;
import nianbao.check.ReportAudit;
import nianbao.model.SourceRange;

/**
 * The auditor's view of a report: the canonical text every reader makes of the file (read-only), with
 * each finding underlined at its characters in its severity's colour; hovering shows the rule, its
 * operands and figures. Showing a finding highlights its operand cells, the target cell in a colour
 * of its own.
 */
public class ReportEditor extends TextEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = "nianbao.ui.reportEditor";

	/** Annotation types of a shown finding's cells (plugin.xml gives them their colours). */
	public static final String TARGET = "nianbao.ui.target";
	public static final String OPERAND = "nianbao.ui.operand";

	private final ReportDocumentProvider provider = new ReportDocumentProvider();
	private final List<Annotation> highlighted = new ArrayList<>();

	public ReportEditor() {
		setDocumentProvider(provider);
	}

	/**
	 * Opens a report in the report editor: as a workspace file where it is one (so that the project's
	 * formats and markers apply), else as a file outside the workspace.
	 *
	 * @return the editor, or null if the report could not be opened (the workbench says why)
	 */
	public static ReportEditor open(IWorkbenchPage page, Path report) {
		try {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(report.toUri());
			return (ReportEditor) (files.length > 0 && files[0].exists() ? IDE.openEditor(page, files[0], ID)
					: IDE.openEditor(page, new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(report.toUri())), ID));
		} catch (PartInitException e) {
			return null;
		}
	}

	/** The audit of the report this editor shows. */
	public Optional<ReportAudit> audit() {
		return provider.audit(getEditorInput());
	}

	/** The auditor the report was audited with: its project's, or the official formats'. */
	public Auditor auditor() {
		return provider.auditor(getEditorInput());
	}

	/** The workspace file shown, if it is one. */
	public Optional<IFile> file() {
		return getEditorInput() instanceof IFileEditorInput input ? Optional.of(input.getFile()) : Optional.empty();
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
		for (Operand operand : finding.operands()) {
			SourceRange range = operand.range();
			if (range != null) {
				boolean target = finding.range() != null && range.getOffset() == finding.range().getOffset();
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

	/** The highlighted cells of the finding shown last. */
	public List<Annotation> highlighted() {
		return List.copyOf(highlighted);
	}

	@Override
	public boolean isEditable() {
		return false;
	}
}
