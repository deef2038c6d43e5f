// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.model.CellKind;

/**
 * The values printed after a row's label, up to the first character that cannot be part of a value
 * (the next label, a group's label, a heading). Values are separated by spaces, line breaks, tabs or
 * pipes, or by nothing at all where a crawler ran the cells together ("160 02 0 018"); a value ends
 * where label text starts even without a separator ("0 0 00（三）不予公开"), and digits followed by an
 * enumerator's dot ("06.属于") are the next label's number, not a value.
 */
final class ValueRun {

	/** A value as printed: glyph indexes {@code [from, to)} and the tabs or pipes in front of it. */
	record Piece(String text, int from, int to, int cutsBefore) {
	}

	private static final Pattern DIGITS = Pattern.compile("\\d+");
	/** Longer than any printed value, with its unit. */
	private static final int LONGEST = 64;
	private static final String UNIT = "(?:人次|万元|件|元|条|个|次|项|份|%)";
	private static final Pattern VALUE = Pattern.compile("[+\\-−]?\\d[\\d,]*(?:\\.\\d+)?" + UNIT + "?(?:以上|以下|左右|余|多)?"
			+ UNIT + "?|[/\\\\]|[-—–─━]+|若干|无|空");
	/** What may follow a number in its cell: a unit, a qualifier, or both. */
	private static final Pattern SUFFIX = Pattern.compile("(?:" + UNIT + "?(?:以上|以下|左右|余|多)" + UNIT + "?|" + UNIT + ")");
	private static final Pattern NUMBER = Pattern.compile("[+\\-−]?\\d[\\d,]*(?:\\.\\d+)?(?:" + UNIT + ")?");
	/** Digits with a leading zero: cells run together, never one cell. */
	private static final Pattern RUN_TOGETHER = Pattern.compile("0\\d+");
	private static final Pattern WORD_PLACEHOLDER = Pattern.compile("若干|无|空");

	private final List<Piece> pieces;
	private final int end;
	private final int trailingCuts;

	private ValueRun(List<Piece> pieces, int end, int trailingCuts) {
		this.pieces = pieces;
		this.end = end;
		this.trailingCuts = trailingCuts;
	}

	/** Reads the values from glyph {@code from}, stopping at {@code limit} at the latest. */
	static ValueRun read(Glyphs glyphs, int from, int limit) {
		List<Piece> pieces = new ArrayList<>();
		int i = from;
		while (i < limit) {
			// no value is longer than this: a longer stretch without a separator is only read that far
			int bound = Math.min(limit, i + LONGEST);
			int tokenEnd = i + 1;
			while (tokenEnd < bound && glyphs.gap(tokenEnd) == Glyphs.Gap.NONE) {
				tokenEnd++;
			}
			boolean ends = tokenEnd < bound || tokenEnd == limit || glyphs.gap(tokenEnd) != Glyphs.Gap.NONE;
			String token = glyphs.chars().substring(i, tokenEnd);
			Matcher value = VALUE.matcher(token);
			if (!value.lookingAt()) {
				break;
			}
			int length = value.end();
			boolean whole = length == token.length() && ends;
			if (!whole && (WORD_PLACEHOLDER.matcher(value.group()).matches() || isEnumerator(token, length))) {
				// 无 starting a label (无正当理由…), or an enumerator's number (6.属于…)
				break;
			}
			int end = i + length;
			if (NUMBER.matcher(value.group()).matches()) {
				// a unit printed apart from its number, or broken over a line ("45.82 万元", "10000件\n以上")
				Matcher unit = SUFFIX.matcher(glyphs.chars()).region(end, limit);
				if (unit.lookingAt() && unit.end() > end) {
					end = unit.end();
					whole = end >= tokenEnd;
				}
			}
			pieces.add(new Piece(glyphs.chars().substring(i, end), i, end, glyphs.cuts(i)));
			if (end > tokenEnd) {
				i = end;
				continue;
			}
			i = end;
			if (!whole) {
				break;
			}
		}
		int trailingCuts = i >= limit || glyphs.gap(i) != Glyphs.Gap.NONE ? glyphs.closing(i) : 0;
		return new ValueRun(List.copyOf(pieces), i, trailingCuts);
	}

	/** Digits followed by the punctuation of an enumerator and label text: "6.属于", "3、其他". */
	private static boolean isEnumerator(String token, int length) {
		if (length >= token.length()) {
			return false;
		}
		char next = token.charAt(length);
		return DIGITS.matcher(token.substring(0, length)).matches() && (next == '.' || next == '、' || next == ')')
				&& length + 1 < token.length() && Character.isIdeographic(token.codePointAt(length + 1));
	}

	List<Piece> pieces() {
		return pieces;
	}

	/** The glyph index where the values end. */
	int end() {
		return end;
	}

	/**
	 * The row's cells where tabs or pipes separate them, an empty field being a blank cell: the values
	 * with blanks where two separators have nothing between them, and as many blanks before the first
	 * and after the last as make up {@code columns}, if the separators allow that many; else null. A row
	 * that {@code startsRow} with its first value (a one-line table's row of values, below its header)
	 * has an empty cell for every separator before that value; after a label, the first ends the label.
	 */
	List<Piece> delimited(int columns, boolean startsRow) {
		// only a row whose every value stands between separators, none a run of digits with a leading zero
		if (pieces.isEmpty() ? trailingCuts == 0
				: pieces.stream().skip(startsRow ? 1 : 0).anyMatch(p -> p.cutsBefore() == 0)
						|| pieces.stream().anyMatch(p -> RUN_TOGETHER.matcher(p.text()).matches())) {
			return null;
		}
		List<Piece> inner = new ArrayList<>();
		for (int k = 0; k < pieces.size(); k++) {
			Piece piece = pieces.get(k);
			for (int blank = 1; k > 0 && blank < piece.cutsBefore(); blank++) {
				inner.add(blank(piece.from()));
			}
			inner.add(piece);
		}
		int need = columns - inner.size();
		// the first separator ends the label's cell; a pipe table closes its rows with one more
		int leading = pieces.isEmpty() ? 0 : pieces.getFirst().cutsBefore() - (startsRow ? 0 : 1);
		int trailing = trailingCuts;
		if (need < 0 || need > leading + trailing) {
			return null;
		}
		int before = Math.min(need, leading);
		List<Piece> cells = new ArrayList<>();
		int at = pieces.isEmpty() ? end : pieces.getFirst().from();
		for (int k = 0; k < before; k++) {
			cells.add(blank(at));
		}
		cells.addAll(inner);
		for (int k = before; k < need; k++) {
			cells.add(blank(end));
		}
		return cells;
	}

	static Piece blank(int at) {
		return new Piece("", at, at, 0);
	}

	/** A blank cell's piece: nothing printed. */
	static boolean isBlank(Piece piece) {
		return piece.text().isEmpty();
	}

	/** The kind of a printed value. */
	static CellText classify(Piece piece) {
		return isBlank(piece) ? new CellText(CellKind.BLANK, null) : CellText.classify(piece.text());
	}
}
