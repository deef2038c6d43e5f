// SPDX-License-Identifier: EPL-2.0
package nianbao.format.ui.outline;

import java.util.List;

/**
 * An element of a format file as the outline shows it, made of plain values so that it can be built
 * away from the UI thread and outlive the parse it came from.
 *
 * @param kind     what the element is
 * @param label    what the outline shows
 * @param path     the element's identity across edits (kinds and names from the root), for keeping
 *                 the tree's expansion and selection when the outline is rebuilt
 * @param offset   where selecting the element selects text: its name, or a check's text
 * @param length   how many characters that is
 * @param children the elements it contains, in text order
 */
public record OutlineNode(Kind kind, String label, String path, int offset, int length, List<OutlineNode> children) {

	/** The kinds of elements the outline shows. */
	public enum Kind {
		CHECK_DECLARATION, CHECK_MESSAGE, FORMAT, PROFILE, PART, TABLE, COLUMNS, ROWS, COLUMN, COLUMN_GROUP, ROW, ROW_GROUP,
		RULE, CHECK, CHANGE, OMISSION, SETTING, TEST
	}

	public OutlineNode {
		children = List.copyOf(children);
	}
}
