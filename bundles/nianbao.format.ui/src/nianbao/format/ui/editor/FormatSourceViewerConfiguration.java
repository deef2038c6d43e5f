// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.editor;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import nianbao.format.ui.FormatUi;
import nianbao.format.ui.contentassist.FormatCompletionProcessor;
import nianbao.format.ui.highlighting.LexicalClassifier;
import nianbao.format.ui.highlighting.LexicalRepairer;
import nianbao.format.ui.navigation.FormatHyperlinkDetector;
import nianbao.format.ui.navigation.FormatTextHover;
import nianbao.format.ui.problems.FormatQuickAssist;

/**
 * What the format editor's viewer does beyond a text editor's: lexical colouring, the reconciler that
 * finds problems and semantic colours, content assist, quick fixes (Ctrl+1), the hover and links to
 * declarations.
 */
final class FormatSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/** How long typing must pause before the document is analysed again. */
	private static final int RECONCILE_DELAY_MS = 300;
	private static final int AUTO_ACTIVATION_DELAY_MS = 200;

	private final FormatEditor editor;

	FormatSourceViewerConfiguration(FormatEditor editor, IPreferenceStore preferences) {
		super(preferences);
		this.editor = editor;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(getConfiguredDocumentPartitioning(viewer));
		LexicalRepairer lexical = new LexicalRepairer(new LexicalClassifier(FormatUi.injector()));
		reconciler.setDamager(lexical, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(lexical, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	/** Replaces the text editor's spelling reconciler: the labels are Chinese, the keywords are the grammar's. */
	@Override
	public IReconciler getReconciler(ISourceViewer viewer) {
		MonoReconciler reconciler = new MonoReconciler(new FormatReconcilingStrategy(editor), false);
		reconciler.setDelay(RECONCILE_DELAY_MS);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer viewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setDocumentPartitioning(getConfiguredDocumentPartitioning(viewer));
		assistant.setContentAssistProcessor(new FormatCompletionProcessor(editor::model), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(AUTO_ACTIVATION_DELAY_MS);
		assistant.enableAutoInsert(false);
		assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer viewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new FormatQuickAssist(editor::model, editor::apply));
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
		return new FormatTextHover(editor::model);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer viewer) {
		IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(viewer);
		return Stream.concat(Stream.of(new FormatHyperlinkDetector(editor, editor::model)),
				inherited == null ? Stream.empty() : Arrays.stream(inherited)).toArray(IHyperlinkDetector[]::new);
	}
}
