// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.model;

import java.util.List;

import org.eclipse.xtext.ide.editor.folding.FoldingRange;

import nianbao.format.ui.highlighting.Highlight;
import nianbao.format.ui.outline.OutlineNode;

/**
 * What the editor shows of one state of a format file, computed away from the UI thread: its problems,
 * the semantic highlighting, the outline and the regions that fold (elements and comments of several
 * lines). All of it refers to {@code text}, and is shown only while
 * the document still holds that text.
 */
public record Analysis(String text, List<Problem> problems, List<Highlight> highlights, List<OutlineNode> outline,
		List<FoldingRange> folds) {

	public Analysis {
		problems = List.copyOf(problems);
		highlights = List.copyOf(highlights);
		outline = List.copyOf(outline);
		folds = List.copyOf(folds);
	}
}
