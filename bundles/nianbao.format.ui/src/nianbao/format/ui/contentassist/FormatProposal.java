// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.contentassist;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;

/**
 * One proposal: the text to put in place of the prefix typed before the cursor. While the popup is open
 * it stays in the list as long as what is typed is a prefix of it (so the list narrows without asking the
 * parser again).
 *
 * @param proposal    the text inserted
 * @param prefix      the text before the cursor that it replaces
 * @param offset      where the prefix starts
 * @param display     what the list shows
 * @param description what the proposal is (a row's label, a table's caption), or null
 */
public record FormatProposal(String proposal, String prefix, int offset, String display, String description)
		implements ICompletionProposal, ICompletionProposalExtension2 {

	@Override
	public void apply(IDocument document) {
		apply(document, offset + prefix.length());
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int caret) {
		apply(viewer.getDocument(), caret);
	}

	/** Replaces what lies between the prefix's start and the caret (the prefix, and what was typed since). */
	private void apply(IDocument document, int caret) {
		try {
			document.replace(offset, Math.max(0, caret - offset), proposal);
		} catch (BadLocationException e) {
			// the document changed under the popup: nothing sensible to insert
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return new Point(offset + proposal.length(), 0);
	}

	@Override
	public String getAdditionalProposalInfo() {
		return description;
	}

	@Override
	public String getDisplayString() {
		return display;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
		// nothing to preview
	}

	@Override
	public void unselected(ITextViewer viewer) {
		// nothing to undo
	}

	@Override
	public boolean validate(IDocument document, int caret, DocumentEvent event) {
		try {
			return caret >= offset && proposal.startsWith(document.get(offset, caret - offset));
		} catch (BadLocationException e) {
			return false;
		}
	}
}
