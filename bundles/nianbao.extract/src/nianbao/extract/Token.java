package nianbao.extract;

import nianbao.read.TextRange;

/**
 * A piece of a table region between separators (white space, pipes): a cell value, or a piece of label.
 *
 * @param text  the text as printed
 * @param range where it is in the canonical text
 * @param cell  its classification if it is cell-like, else null
 */
record Token(String text, TextRange range, CellText cell) {

	boolean isValue() {
		return cell != null;
	}
}
