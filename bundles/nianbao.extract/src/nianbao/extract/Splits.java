// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.extract.ValueRun.Piece;

/**
 * The ways to read printed values as a given number of cells when some cells were printed without
 * a separator between them ("160 02 0 018" for 16 0 0 2 0 0 18): each run of digits is cut into one or
 * more numbers, none with a leading zero, and a printed gap is never inside a number. A decimal or a
 * unit stays with the last number cut from its digits ("82059.2090万元": 8 | 2059.2090万元).
 */
final class Splits {

	/** A number's digits, with a decimal part or a unit after them that stay with the last cut. */
	private static final Pattern CUTTABLE = Pattern.compile("(\\d+)(\\.\\d+)?(\\D.*)?");

	private Splits() {
	}

	/**
	 * Every way to read {@code pieces} as exactly {@code cells} values, at most {@code cap} of them (more
	 * are cut off, which the caller must treat as undecided).
	 */
	static List<List<Piece>> of(List<Piece> pieces, int cells, int cap) {
		List<List<Piece>> out = new ArrayList<>();
		int[] capacity = new int[pieces.size() + 1];
		for (int k = pieces.size() - 1; k >= 0; k--) {
			capacity[k] = capacity[k + 1] + maxCuts(pieces.get(k));
		}
		collect(pieces, 0, cells, capacity, new ArrayList<>(), out, cap + 1);
		return out;
	}

	/** How many values a piece can hold at most. */
	static int maxCuts(Piece piece) {
		Matcher number = CUTTABLE.matcher(piece.text());
		return number.matches() ? number.group(1).length() : 1;
	}

	private static void collect(List<Piece> pieces, int k, int left, int[] capacity, List<Piece> cells,
			List<List<Piece>> out, int cap) {
		if (out.size() >= cap) {
			return;
		}
		if (k == pieces.size()) {
			if (left == 0) {
				out.add(List.copyOf(cells));
			}
			return;
		}
		int others = pieces.size() - k - 1;
		if (left < others + 1 || left > capacity[k]) {
			return;
		}
		Piece piece = pieces.get(k);
		Matcher number = CUTTABLE.matcher(piece.text());
		if (!number.matches()) {
			cells.add(piece);
			collect(pieces, k + 1, left - 1, capacity, cells, out, cap);
			cells.removeLast();
			return;
		}
		String digits = number.group(1);
		String tail = piece.text().substring(digits.length());
		for (int count = 1; count <= Math.min(digits.length(), left - others); count++) {
			int size = cells.size();
			cut(piece, digits, tail, 0, count, cells, () -> collect(pieces, k + 1, left - (cells.size() - size), capacity,
					cells, out, cap));
		}
	}

	/** Cuts {@code digits[from..]} into {@code count} numbers, calling {@code then} for each way. */
	private static void cut(Piece piece, String digits, String tail, int from, int count, List<Piece> cells, Runnable then) {
		if (count == 1) {
			if (digits.charAt(from) == '0' && digits.length() - from > 1) {
				return;
			}
			cells.add(new Piece(digits.substring(from) + tail, piece.from() + from, piece.to(), from == 0 ? piece.cutsBefore() : 0));
			then.run();
			cells.removeLast();
			return;
		}
		int longest = digits.charAt(from) == '0' ? 1 : digits.length() - from - (count - 1);
		for (int length = 1; length <= longest; length++) {
			cells.add(new Piece(digits.substring(from, from + length), piece.from() + from, piece.from() + from + length,
					from == 0 ? piece.cutsBefore() : 0));
			cut(piece, digits, tail, from + length, count - 1, cells, then);
			cells.removeLast();
		}
	}
}
