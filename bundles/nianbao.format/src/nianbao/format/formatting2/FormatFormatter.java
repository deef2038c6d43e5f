// SPDX-License-Identifier: EPL-2.0
package nianbao.format.formatting2;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Pair;

import nianbao.format.language.CellReference;
import nianbao.format.language.CheckDeclaration;
import nianbao.format.language.CheckMessage;
import nianbao.format.language.ColumnNode;
import nianbao.format.language.Deadline;
import nianbao.format.language.Format;
import nianbao.format.language.FormatFile;
import nianbao.format.language.Omission;
import nianbao.format.language.Part;
import nianbao.format.language.Profile;
import nianbao.format.language.RowNode;
import nianbao.format.language.RowReplacement;
import nianbao.format.language.Rule;
import nianbao.format.language.RuleSetting;
import nianbao.format.language.Table;
import nianbao.format.language.TableChange;

/**
 * Lays format files out as the official ones are: every declaration on a line of its own, blocks
 * indented by four spaces, at most one blank line between declarations, rule checks left as written.
 */
public class FormatFormatter extends AbstractFormatter2 {

	private static final String[] LINE_KEYWORDS = { "notice", "years", "fingerprint", "accept", "topics", "layout",
			"note", "columns", "rows" };

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
			return;
		}
		if (!(object instanceof EObject element)) {
			return;
		}
		if (isDeclaration(element) && !isFirstInFile(element)) {
			document.prepend(element, f -> f.setNewLines(1, 1, 2));
		}
		if (element instanceof CellReference) {
			return;
		}
		for (Pair<ISemanticRegion, ISemanticRegion> block : textRegionExtensions.regionFor(element).keywordPairs("{", "}")) {
			document.interior(block, f -> f.indent());
			if (block.getKey().getNextSemanticRegion() != block.getValue()) {
				document.prepend(block.getValue(), f -> f.newLine());
			}
		}
		// settings that are keywords, not elements, start lines too
		for (ISemanticRegion keyword : textRegionExtensions.regionFor(element).keywords(LINE_KEYWORDS)) {
			document.prepend(keyword, f -> f.setNewLines(1, 1, 2));
		}
		for (EObject child : element.eContents()) {
			document.format(child);
		}
	}

	/** Official format files indent by four spaces, whatever the editor's default. */
	@Override
	protected void initialize(FormatterRequest request) {
		request.setPreferences(new MapBasedPreferenceValues(request.getPreferences(),
				Map.of(FormatterPreferenceKeys.indentation.getId(), "    ")));
		super.initialize(request);
	}

	private static boolean isFirstInFile(EObject element) {
		return element.eContainer() instanceof FormatFile file && file.eContents().indexOf(element) == 0;
	}

	private static boolean isDeclaration(EObject element) {
		return element instanceof CheckDeclaration || element instanceof CheckMessage || element instanceof Format
				|| element instanceof Profile || element instanceof Part
				|| element instanceof Table || element instanceof ColumnNode || element instanceof RowNode
				|| element instanceof Rule || element instanceof Deadline || element instanceof TableChange
				|| element instanceof RowReplacement || element instanceof Omission || element instanceof RuleSetting;
	}
}
