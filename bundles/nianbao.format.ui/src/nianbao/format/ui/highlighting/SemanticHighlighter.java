// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;

/**
 * Semantic colouring (rule ids, rows, columns, loop variables, checks) laid over the lexical colours.
 * The stretches the last analysis found are kept as positions of the document, so that they move with
 * the text typed until the next analysis replaces them; every presentation the viewer makes merges them.
 * UI thread only.
 */
public final class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "nianbao.format.ui.semantic";

	/** A highlighted stretch that the document keeps up to date. */
	private static final class StyledPosition extends Position {
		final String style;

		StyledPosition(Highlight highlight) {
			super(highlight.offset(), highlight.length());
			this.style = highlight.style();
		}
	}

	private final ISourceViewer viewer;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private IDocument document;
	private List<StyledPosition> positions = List.of();

	public SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
	}

	/** Shows these stretches instead of the previous ones; they refer to the document's current text. */
	public void update(List<Highlight> highlights) {
		IDocument current = viewer.getDocument();
		if (current == null) {
			return;
		}
		forget();
		document = current;
		document.addPositionCategory(CATEGORY);
		document.addPositionUpdater(updater);
		List<StyledPosition> added = new ArrayList<>();
		for (Highlight highlight : highlights.stream().sorted(Comparator.comparingInt(Highlight::offset)).toList()) {
			StyledPosition position = new StyledPosition(highlight);
			try {
				document.addPosition(CATEGORY, position);
				added.add(position);
			} catch (BadLocationException | BadPositionCategoryException e) {
				// a stretch outside the text cannot be shown
			}
		}
		positions = added;
		viewer.invalidateTextPresentation();
	}

	/** Removes the positions from the document and stops listening. */
	public void dispose() {
		forget();
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = from + extent.getLength();
		List<StyleRange> ranges = new ArrayList<>();
		int end = from;
		// the positions are in text order, and the document keeps them so
		for (StyledPosition position : positions) {
			int start = Math.max(end, Math.max(from, position.offset));
			int stop = Math.min(to, position.offset + position.length);
			if (!position.isDeleted() && start < stop) {
				StyleRange range = FormatStyles.range(start, stop - start, position.style);
				if (range != null) {
					ranges.add(range);
					end = stop;
				}
			}
		}
		if (!ranges.isEmpty()) {
			presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}

	private void forget() {
		if (document != null) {
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// already gone
			}
			document.removePositionUpdater(updater);
			document = null;
		}
		positions = List.of();
	}
}
