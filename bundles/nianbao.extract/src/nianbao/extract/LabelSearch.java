// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a label in glyphs wherever it is printed: mid-line, run into the digits before it, spaced
 * out (the glyphs have no spaces), or misprinted by a character or two; and reads the enumerator
 * printed in front of a label ("（三）", "3.", "三、"), which tells one "其他" from another.
 */
final class LabelSearch {

	/** A place where a label is printed: glyphs {@code [start, end)}, with how many characters differ. */
	record Hit(int start, int end, int errors) {
	}

	/** An enumerator: its number and its kind (一、 and （一） are Chinese, 1. and (1) Arabic). */
	record Enumerator(int number, boolean chinese) {
	}

	private static final String CHINESE = "一二三四五六七八九十";
	private static final Pattern LEADING = Pattern
			.compile("^(?:\\(([一二三四五六七八九十]{1,3}|\\d{1,2})\\)|([一二三四五六七八九十]{1,3})[、.,]|(\\d{1,2})[.、,)])");
	/** An enumerator at the end of the text before a label. */
	private static final Pattern TRAILING = Pattern
			.compile("(?:\\(([一二三四五六七八九十]{1,3}|\\d{1,2})\\)|([一二三四五六七八九十]{1,3})[、.,]|(\\d{1,2})[.、,)])$");

	/**
	 * The longest stretch searched for misprinted labels: the search takes time in proportion to the
	 * stretch and the label, and a report's tables are far shorter; a longer stretch (a broken or hostile
	 * file) is not searched, and what would have been looked for in it counts as possibly there.
	 */
	static final int MAX_APPROXIMATE = 100_000;

	private LabelSearch() {
	}

	/** Whether {@code [from, to)} is short enough to search for misprinted labels. */
	static boolean searchable(int from, int to) {
		return to - from <= MAX_APPROXIMATE;
	}

	/** Every place in {@code [from, to)} where {@code label} is printed exactly. */
	static List<Hit> exact(String chars, String label, int from, int to) {
		List<Hit> hits = new ArrayList<>();
		if (label.isEmpty()) {
			return hits;
		}
		for (int at = chars.indexOf(label, from); at >= 0 && at + label.length() <= to; at = chars.indexOf(label, at + 1)) {
			hits.add(new Hit(at, at + label.length(), 0));
		}
		return hits;
	}

	/**
	 * The places in {@code [from, to)} where {@code label} is printed with at most {@code errors} wrong,
	 * missing or extra characters (the best-matching place of each stretch, so not overlapping).
	 */
	static List<Hit> approximate(String chars, String label, int from, int to, int errors) {
		int m = label.length();
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		int[] previousStart = new int[m + 1];
		int[] currentStart = new int[m + 1];
		for (int i = 0; i <= m; i++) {
			previous[i] = i;
			previousStart[i] = from;
		}
		// Ukkonen's cut-off: a row past the errors stays past them in the rows below it in the next column,
		// so each column is computed down to one row below the last within the errors of the column before
		// (mostly a quarter of the label, not all of it), and the row under those holds a value past them
		int last = Math.clamp(errors, 0, m);
		List<Hit> hits = new ArrayList<>();
		for (int j = from; j < to; j++) {
			current[0] = 0;
			currentStart[0] = j + 1;
			char c = chars.charAt(j);
			int rows = Math.min(last + 1, m);
			for (int i = 1; i <= rows; i++) {
				int substitute = previous[i - 1] + (label.charAt(i - 1) == c ? 0 : 1);
				int delete = previous[i] + 1;
				int insert = current[i - 1] + 1;
				if (substitute <= delete && substitute <= insert) {
					current[i] = substitute;
					currentStart[i] = previousStart[i - 1];
				} else if (delete <= insert) {
					current[i] = delete;
					currentStart[i] = previousStart[i];
				} else {
					current[i] = insert;
					currentStart[i] = currentStart[i - 1];
				}
			}
			if (rows < m) {
				current[rows + 1] = errors + 1;
			}
			last = rows;
			while (last > 0 && current[last] > errors) {
				last--;
			}
			if (last == m && current[m] <= errors) {
				Hit hit = new Hit(currentStart[m], j + 1, current[m]);
				Hit previousHit = hits.isEmpty() ? null : hits.getLast();
				if (previousHit != null && hit.start() < previousHit.end()) {
					if (hit.errors() < previousHit.errors()) {
						hits.set(hits.size() - 1, hit);
					}
				} else {
					hits.add(hit);
				}
			}
			int[] swap = previous;
			previous = current;
			current = swap;
			swap = previousStart;
			previousStart = currentStart;
			currentStart = swap;
		}
		return hits;
	}

	/** The enumerator a label starts with, or null. */
	static Enumerator leading(String label) {
		Matcher matcher = LEADING.matcher(label);
		return matcher.find() ? enumerator(matcher) : null;
	}

	/** The length of the enumerator a label starts with (0 for none). */
	static int leadingLength(String label) {
		Matcher matcher = LEADING.matcher(label);
		return matcher.find() ? matcher.end() : 0;
	}

	/** The enumerator printed just before glyph {@code at} (looking back no further than {@code from}), or null. */
	static Matcher trailing(String chars, int from, int at) {
		Matcher matcher = TRAILING.matcher(chars).region(Math.max(from, at - 6), at);
		return matcher.find() ? matcher : null;
	}

	static Enumerator enumerator(Matcher matcher) {
		for (int group = 1; group <= 3; group++) {
			String number = matcher.group(group);
			if (number != null) {
				boolean chinese = !Character.isDigit(number.charAt(0));
				return new Enumerator(chinese ? chineseNumber(number) : Integer.parseInt(number), chinese);
			}
		}
		throw new IllegalStateException("an enumerator has a number");
	}

	private static int chineseNumber(String numeral) {
		if (numeral.length() == 1) {
			return CHINESE.indexOf(numeral) + 1;
		}
		// 十一 … 十九, 二十 …
		int ten = numeral.indexOf('十');
		int tens = ten <= 0 ? 1 : CHINESE.indexOf(numeral.charAt(0)) + 1;
		int units = ten == numeral.length() - 1 ? 0 : CHINESE.indexOf(numeral.charAt(numeral.length() - 1)) + 1;
		return tens * 10 + units;
	}
}
