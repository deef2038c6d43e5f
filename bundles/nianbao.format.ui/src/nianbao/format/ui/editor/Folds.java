// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;

/**
 * The folding regions of the editor, brought up to date with an analysis. A region that is still there
 * keeps its annotation, so what the rule author folded stays folded while they type elsewhere.
 */
final class Folds {

	private Folds() {
	}

	/** Makes the projection annotations of {@code model} those of {@code ranges} that span whole lines. */
	static void update(ProjectionAnnotationModel model, IDocument document, List<FoldingRange> ranges) {
		Map<Position, ProjectionAnnotation> wanted = new HashMap<>();
		for (FoldingRange range : ranges) {
			Position lines = lines(document, range.getOffset(), range.getLength());
			if (lines != null) {
				wanted.putIfAbsent(lines, new ProjectionAnnotation(range.isInitiallyFolded()));
			}
		}
		List<Annotation> gone = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			Position at = model.getPosition(a);
			if (a instanceof ProjectionAnnotation && (at == null || wanted.remove(new Position(at.offset, at.length)) == null)) {
				gone.add(a);
			}
		});
		Map<Annotation, Position> added = new HashMap<>();
		wanted.forEach((position, annotation) -> added.put(annotation, position));
		model.modifyAnnotations(gone.toArray(Annotation[]::new), added, null);
	}

	/**
	 * The whole lines of a range, from the start of its first line to the end of its last, or null if it
	 * lies on one line (there is nothing to fold) or beyond the document.
	 */
	private static Position lines(IDocument document, int offset, int length) {
		try {
			int first = document.getLineOfOffset(offset);
			int last = document.getLineOfOffset(offset + length);
			if (last <= first) {
				return null;
			}
			int start = document.getLineOffset(first);
			int end = last + 1 < document.getNumberOfLines() ? document.getLineOffset(last + 1) : document.getLength();
			return new Position(start, end - start);
		} catch (BadLocationException e) {
			return null;
		}
	}
}
