// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.highlighting;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.custom.StyleRange;

/**
 * Lexical colouring as you type. A change can alter every token after it (typing {@code /*} or a quote
 * turns the rest into a comment or string), so the damage runs from the changed line to the end; the
 * whole text is lexed again, which takes well under a millisecond for a format file, and the tokens in
 * the damaged region are styled.
 */
public final class LexicalRepairer implements IPresentationDamager, IPresentationRepairer {

	private final LexicalClassifier classifier;
	private IDocument document;

	public LexicalRepairer(LexicalClassifier classifier) {
		this.classifier = classifier;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean partitioningChanged) {
		IDocument changed = event.getDocument();
		try {
			int start = changed.getLineOffset(changed.getLineOfOffset(event.getOffset()));
			return new Region(start, changed.getLength() - start);
		} catch (BadLocationException e) {
			return new Region(0, changed.getLength());
		}
	}

	@Override
	public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
		int from = damage.getOffset();
		int to = from + damage.getLength();
		for (Highlight token : classifier.classify(document.get())) {
			if (token.offset() >= to) {
				break;
			}
			int start = Math.max(from, token.offset());
			int end = Math.min(to, token.end());
			if (start < end) {
				StyleRange range = FormatStyles.range(start, end - start, token.style());
				if (range != null) {
					presentation.addStyleRange(range);
				}
			}
		}
	}
}
