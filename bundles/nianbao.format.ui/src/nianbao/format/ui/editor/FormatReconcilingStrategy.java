// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.service.OperationCanceledManager;

import nianbao.format.ui.FormatUi;
import nianbao.format.ui.model.Analysis;
import nianbao.format.ui.model.FormatModel;

/**
 * Runs in the reconciler's thread a moment after typing stops: parses and validates the whole document
 * (a format file is small) and hands the analysis to the editor, which shows it if the text is still
 * the same. A change while it runs cancels it; the reconciler then starts again.
 */
final class FormatReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final FormatEditor editor;
	private final OperationCanceledManager cancellation = FormatUi.injector().getInstance(OperationCanceledManager.class);
	private volatile IDocument document;
	private volatile IProgressMonitor monitor;

	FormatReconcilingStrategy(FormatEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		reconcile();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcile();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcile();
	}

	private void reconcile() {
		IDocument current = document;
		FormatModel model = editor.model();
		if (current == null || model == null) {
			return;
		}
		String text = current.get();
		Analysis analysis;
		try {
			analysis = model.analyse(text, () -> monitor != null && monitor.isCanceled());
		} catch (RuntimeException e) {
			if (!cancellation.isOperationCanceledException(e)) {
				FormatUi.log("the format file could not be analysed", e);
			}
			return;
		} catch (Error e) {
			// Xtext cancels with an Error of its own; any other Error is not ours to swallow
			if (!cancellation.isOperationCanceledException(e)) {
				throw e;
			}
			return;
		}
		editor.show(analysis);
	}
}
