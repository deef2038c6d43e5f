// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.editor;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import nianbao.format.ide.quickfix.FormatFixes;
import nianbao.format.ui.FormatUi;
import nianbao.format.ui.FormatUiMessages;
import nianbao.format.ui.highlighting.SemanticHighlighter;
import nianbao.format.ui.model.Analysis;
import nianbao.format.ui.model.FormatModel;
import nianbao.format.ui.outline.FormatOutlinePage;
import nianbao.format.ui.outline.OutlineNode;
import nianbao.format.ui.problems.ProblemAnnotations;

/**
 * The editor of format files ({@code .nbformat}) and profiles ({@code .nbprofile}): a text editor with
 * the language's colours, problems as you type, content assist, hover, links to declarations (Ctrl+click,
 * F3), folding of blocks and comments, and an outline. Files are read and written by the workbench's shared text file document provider,
 * so workspace files and files on disk both open, and saving writes exactly the text shown.
 */
public class FormatEditor extends TextEditor {

	/** The editor's id in plugin.xml. */
	public static final String ID = FormatUi.EDITOR_ID;

	/** The key binding context of the editor (F3 opens the declaration there). */
	public static final String CONTEXT = "nianbao.format.ui.editorScope";

	private volatile FormatModel model;
	private volatile Analysis analysis;
	private SemanticHighlighter semantic;
	private FormatOutlinePage outline;
	private ProjectionSupport projection;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new FormatSourceViewerConfiguration(this, getPreferenceStore()));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	/** The format command (Ctrl+Shift+F), plugin.xml; the editor's action is its handler while the editor is active. */
	public static final String FORMAT_COMMAND = "nianbao.format.ui.format";
	/** The compare command (context menu), plugin.xml. */
	public static final String COMPARE_COMMAND = "nianbao.format.ui.compare";

	@Override
	protected void createActions() {
		super.createActions();
		IAction format = new Action() {
			@Override
			public void run() {
				format();
			}
		};
		format.setActionDefinitionId(FORMAT_COMMAND);
		setAction(FORMAT_COMMAND, format);
		IAction compare = new Action() {
			@Override
			public void run() {
				compare();
			}
		};
		compare.setActionDefinitionId(COMPARE_COMMAND);
		setAction(COMPARE_COMMAND, compare);
	}

	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		IAction format = getAction(FORMAT_COMMAND);
		format.setText(FormatUiMessages.format);
		menu.appendToGroup(ITextEditorActionConstants.GROUP_EDIT, format);
		IAction compare = getAction(COMPARE_COMMAND);
		compare.setText(FormatUiMessages.compare);
		menu.appendToGroup(ITextEditorActionConstants.GROUP_EDIT, compare);
	}

	/**
	 * Lays the file out as the language's formatter does, as one change that one undo takes back; a file
	 * with syntax errors is left as it is, and the status line says why.
	 */
	public void format() {
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		if (model == null || document == null || !isEditable()) {
			return;
		}
		List<FormatFixes.Edit> edits = model.format(document.get());
		if (edits.isEmpty()) {
			if (model.read(document.get(), r -> r.getParseResult() != null && r.getParseResult().hasSyntaxErrors())) {
				getEditorSite().getActionBars().getStatusLineManager().setMessage(FormatUiMessages.formatSyntaxErrors);
			}
			return;
		}
		apply(edits);
	}

	/**
	 * Asks for another format (an official one, or one of the files beside this one) and shows what this
	 * file's format changes of it.
	 */
	public void compare() {
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		Shell shell = getSite().getShell();
		Optional<String> mine = model == null ? Optional.empty() : model.formatName(document.get());
		if (mine.isEmpty()) {
			MessageDialog.openInformation(shell, FormatUiMessages.compare, FormatUiMessages.compareNoFormat);
			return;
		}
		ElementListSelectionDialog choose = new ElementListSelectionDialog(shell, new LabelProvider());
		choose.setTitle(FormatUiMessages.compare);
		choose.setMessage(NLS.bind(FormatUiMessages.compareChoose, mine.get()));
		choose.setElements(model.otherFormats(document.get()).toArray());
		choose.setMultipleSelection(false);
		if (choose.open() != Window.OK || choose.getFirstResult() == null) {
			return;
		}
		String other = (String) choose.getFirstResult();
		model.compare(document.get(), other).ifPresent(differences -> new DifferencesDialog(shell,
				NLS.bind(FormatUiMessages.compareTitle, other, mine.get()), differences).open());
	}

	/** Makes {@code edits} (of the text as it is) as one change, which one undo takes back. */
	void apply(List<FormatFixes.Edit> edits) {
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		MultiTextEdit edit = new MultiTextEdit();
		edits.forEach(e -> edit.addChild(new ReplaceEdit(e.offset(), e.length(), e.text())));
		IRewriteTarget target = getAdapter(IRewriteTarget.class);
		target.beginCompoundChange();
		try {
			edit.apply(document);
		} catch (BadLocationException | MalformedTreeException e) {
			FormatUi.log("editing failed", e);
		} finally {
			target.endCompoundChange();
		}
	}

	/** The model follows the input (a save as gives the file a new name and new neighbours). */
	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		model = input == null ? null : EditorInputs.model(input);
		super.doSetInput(input);
	}

	/** A projection viewer, so that blocks and comments fold. */
	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		// a folded block with a problem inside shows it on its folded line
		ProblemAnnotations.TYPES.forEach(projection::addSummarizableAnnotationType);
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		semantic = new SemanticHighlighter(viewer);
	}

	/** The parsed state of the file shown, or null before an input is set. */
	public FormatModel model() {
		return model;
	}

	/** The analysis shown now (problems, semantic colours, outline), or null before the first one. */
	public Analysis analysis() {
		return analysis;
	}

	/** The viewer showing the file. */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/**
	 * Shows an analysis, from any thread: in the UI thread, and only if the document still holds the text
	 * that was analysed (otherwise a newer analysis is on its way).
	 */
	void show(Analysis next) {
		ISourceViewer viewer = getSourceViewer();
		StyledText widget = viewer == null ? null : viewer.getTextWidget();
		if (widget == null || widget.isDisposed()) {
			return;
		}
		widget.getDisplay().asyncExec(() -> {
			IDocument document = viewer.getDocument();
			if (widget.isDisposed() || document == null || !document.get().equals(next.text())) {
				return;
			}
			ProblemAnnotations.show(viewer.getAnnotationModel(), next.problems());
			if (viewer instanceof ProjectionViewer projected && projected.getProjectionAnnotationModel() != null) {
				Folds.update(projected.getProjectionAnnotationModel(), document, next.folds());
			}
			if (semantic != null) {
				semantic.update(next.highlights());
			}
			if (outline != null && !outline.isDisposed()) {
				outline.update(next.outline());
			}
			analysis = next;
		});
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			if (outline == null || outline.isDisposed()) {
				Analysis shown = analysis;
				outline = new FormatOutlinePage(shown == null ? List.of() : shown.outline(), this::reveal);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	private void reveal(OutlineNode node) {
		selectAndReveal(node.offset(), node.length());
	}

	@Override
	public void dispose() {
		if (semantic != null) {
			semantic.dispose();
		}
		if (projection != null) {
			projection.dispose();
		}
		super.dispose();
	}
}
