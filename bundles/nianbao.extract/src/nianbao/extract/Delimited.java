package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

import nianbao.model.CellKind;
import nianbao.read.TextRange;

/**
 * The cells of a row whose line separates them by tabs or pipes, empty cells included. Web pages,
 * Word tables and tab-separated text print a cell left empty as nothing between two separators; the
 * tokens (which skip separators) would move the next cell's value into its place.
 */
final class Delimited {

	private Delimited() {
	}

	/**
	 * The row's cells if the rest of the label's line, from {@code from}, holds exactly {@code columns}
	 * fields between tabs (or pipes), or that many from its first filled field to its last, and its filled
	 * fields are the values found there; else null. An empty field is a blank cell.
	 */
	static List<Token> cells(String text, int from, List<Token> values, int columns) {
		int lineEnd = text.indexOf('\n', from);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		String rest = text.substring(from, lineEnd);
		char separator = rest.indexOf('\t') >= 0 ? '\t' : rest.indexOf('|') >= 0 ? '|' : rest.indexOf('｜') >= 0 ? '｜' : 0;
		if (separator == 0) {
			return null;
		}
		// the fields start after the separator that ends the label's cell
		int start = rest.indexOf(separator);
		if (!rest.substring(0, start).isBlank()) {
			return null;
		}
		// a pipe table closes its rows with a pipe; a tab-separated row ends with its last cell, even an empty one
		int end = rest.length();
		if (separator != '\t' && rest.stripTrailing().endsWith(String.valueOf(separator))) {
			end = rest.lastIndexOf(separator);
		}
		List<Token> cells = new ArrayList<>();
		List<Token> filled = new ArrayList<>();
		int field = start + 1;
		while (field <= end) {
			int next = rest.indexOf(separator, field);
			next = next < 0 || next > end ? end : next;
			String printed = rest.substring(field, next);
			String stripped = printed.strip();
			int offset = from + field + (stripped.isEmpty() ? 0 : printed.indexOf(stripped));
			if (stripped.isEmpty()) {
				cells.add(new Token("", new TextRange(offset, 0), new CellText(CellKind.BLANK, null)));
			} else {
				Token token = new Token(stripped, new TextRange(offset, stripped.length()), CellText.classify(stripped));
				cells.add(token);
				filled.add(token);
			}
			field = next + 1;
		}
		if (cells.size() == columns && filled.equals(values)) {
			return cells;
		}
		// else empty fields at either end are the label's merged cell and the row's last separator, not cells
		int first = 0;
		int last = cells.size();
		while (first < last && cells.get(first).text().isEmpty()) {
			first++;
		}
		while (last > first && cells.get(last - 1).text().isEmpty()) {
			last--;
		}
		List<Token> row = cells.subList(first, last);
		return row.size() == columns && filled.equals(values) ? List.copyOf(row) : null;
	}
}
