// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.read.TextRange;

/**
 * A stretch of the canonical text as the extractor reads it: the characters that labels and values
 * are made of, in normal form (see {@link Labels#normalize}), each with its offset in the text and
 * the separator printed before it. Line breaks are separators like spaces, so nothing depends on
 * where a report's lines break; tabs and pipes are counted, for tables whose empty cells print as
 * nothing between two of them.
 *
 * <p>What pages and text tables print around the cells is left out: page numbers ("第 3 页 共 8 页",
 * and "- 3 -" on a line of its own), Markdown rule rows ("|---|:--:|") and box-drawing rules.
 */
final class Glyphs {

	/** The separator printed before a character, weakest first. */
	enum Gap {
		NONE, SPACE, CUT
	}

	private static final Pattern PAGE = Pattern.compile(
			"第\\s*\\d{1,4}\\s*页(?:\\s*[,，、/]?\\s*共\\s*\\d{1,4}\\s*页)?|共\\s*\\d{1,4}\\s*页\\s*[,，、/]?\\s*第\\s*\\d{1,4}\\s*页");
	/** A page number on a line of its own: only there is "- 3 -" not three cells. */
	private static final Pattern PAGE_LINE = Pattern.compile(
			"(?m)^[ \\t\\u3000]*(?:[-—–－─]\\s*\\d{1,4}\\s*[-—–－─]|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?)[ \\t\\u3000]*$");
	/** A Markdown table's rule row, and runs of box-drawing rules. */
	private static final Pattern RULE = Pattern
			.compile("(?:[|｜]\\s*:?-{3,}:?\\s*)+[|｜]?|[\\u2500-\\u257F&&[^│┃]]{2,}");

	private final String chars;
	private final int[] offsets;
	private final Gap[] gaps;
	private final int[] cuts;
	private final int[] closing;

	private Glyphs(String chars, int[] offsets, Gap[] gaps, int[] cuts, int[] closing) {
		this.chars = chars;
		this.offsets = offsets;
		this.gaps = gaps;
		this.cuts = cuts;
		this.closing = closing;
	}

	/** The glyphs of {@code text} from {@code start} to {@code end}. */
	static Glyphs of(String text, int start, int end) {
		boolean[] furniture = furniture(text, start, end);
		Builder glyphs = new Builder(end - start + 1);
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (!furniture[i - start] && isCut(c)) {
				glyphs.cut(c);
			} else if (furniture[i - start] || isSpace(c)) {
				glyphs.space();
			} else if (c < 0x80 || c >= 0x4E00 && c <= 0x9FFF) {
				// ASCII and the common Chinese characters are their own normal form
				glyphs.add(c, i, true);
			} else {
				String normal = Labels.normalizeChar(c);
				for (int k = 0; k < normal.length(); k++) {
					glyphs.add(normal.charAt(k), i, k == 0);
				}
			}
		}
		return glyphs.end(end);
	}

	/** Collects the glyphs and the separators before each. */
	private static final class Builder {

		private final StringBuilder chars;
		private int[] offsets;
		private Gap[] gaps;
		private int[] cuts;
		private int[] closing;
		private Gap gap = Gap.NONE;
		private int cut;
		private int tabsFirst;
		private boolean spaced;
		private int pipes;

		Builder(int capacity) {
			chars = new StringBuilder(capacity);
			offsets = new int[capacity];
			gaps = new Gap[capacity];
			cuts = new int[capacity];
			closing = new int[capacity];
		}

		void cut(char c) {
			// a tab before any other space ends a row's last, empty cell ("5\t\n"); after one it indents
			tabsFirst += c == '\t' && !spaced && pipes == 0 ? 1 : 0;
			pipes += c == '\t' ? 0 : 1;
			gap = Gap.CUT;
			cut++;
		}

		void space() {
			gap = gap == Gap.CUT ? gap : Gap.SPACE;
			spaced = true;
		}

		/** A glyph printed at {@code offset}; {@code first} of the glyphs of that character. */
		void add(char c, int offset, boolean first) {
			int at = chars.length();
			if (at + 1 >= offsets.length) {
				offsets = Arrays.copyOf(offsets, offsets.length * 2);
				gaps = Arrays.copyOf(gaps, gaps.length * 2);
				cuts = Arrays.copyOf(cuts, cuts.length * 2);
				closing = Arrays.copyOf(closing, closing.length * 2);
			}
			offsets[at] = offset;
			gaps[at] = first ? gap : Gap.NONE;
			cuts[at] = first ? cut : 0;
			closing[at] = first ? closing(tabsFirst, pipes) : 0;
			chars.append(c);
			gap = Gap.NONE;
			cut = 0;
			tabsFirst = 0;
			spaced = false;
			pipes = 0;
		}

		/** The glyphs, with the separators after the last as if a character followed at {@code end}. */
		Glyphs end(int end) {
			int at = chars.length();
			offsets[at] = end;
			gaps[at] = gap;
			cuts[at] = cut;
			closing[at] = closing(tabsFirst, pipes + 1);
			return new Glyphs(chars.toString(), offsets, gaps, cuts, closing);
		}
	}

	/** The characters in normal form. */
	String chars() {
		return chars;
	}

	int length() {
		return chars.length();
	}

	char charAt(int index) {
		return chars.charAt(index);
	}

	/** The text offset of the character at {@code index} ({@code length()}: the end of the stretch). */
	int offset(int index) {
		return offsets[index];
	}

	/** The separator printed before the character at {@code index} (or after the last, at {@code length()}). */
	Gap gap(int index) {
		return gaps[index];
	}

	/** How many tabs and pipes are printed before the character at {@code index}. */
	int cuts(int index) {
		return cuts[index];
	}

	/**
	 * How many empty cells the separators before the character at {@code index} may close a row with:
	 * the tabs printed before any other space ("5\t\t\n" ends a row with two empty cells; "5\n\t" only
	 * indents the next line), and the pipes beyond the one that closes a row and the one that opens the
	 * next ("| 5 | |\n| …": one).
	 */
	int closing(int index) {
		return closing[index];
	}

	private static int closing(int tabsFirst, int pipes) {
		return tabsFirst + Math.max(0, pipes - 2);
	}

	/** The text range of the characters {@code [from, to)}. */
	TextRange range(int from, int to) {
		if (to <= from) {
			return new TextRange(offsets[from], 0);
		}
		int start = offsets[from];
		return new TextRange(start, offsets[to - 1] + 1 - start);
	}

	/** The index of the first character at or after a text offset. */
	int indexAt(int textOffset) {
		int found = Arrays.binarySearch(offsets, 0, chars.length(), textOffset);
		return found >= 0 ? found : -found - 1;
	}

	private static boolean[] furniture(String text, int start, int end) {
		boolean[] furniture = new boolean[end - start];
		// each pattern only where the characters it needs are printed: most reports have no rule lines
		boolean pages = false;
		boolean rules = false;
		boolean dashes = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			pages |= c == '页' || c == 'p' || c == 'P';
			rules |= c == '|' || c == '｜' || c >= '\u2500' && c <= '\u257F';
			dashes |= c == '-' || c == '—' || c == '–' || c == '－' || c == '─';
		}
		for (Pattern pattern : new Pattern[] { pages ? PAGE : null, dashes || pages ? PAGE_LINE : null, rules ? RULE : null }) {
			if (pattern == null) {
				continue;
			}
			Matcher matcher = pattern.matcher(text).region(start, end);
			while (matcher.find()) {
				Arrays.fill(furniture, matcher.start() - start, matcher.end() - start, true);
			}
		}
		return furniture;
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF' || c == '\f';
	}

	/** Tabs, pipes and vertical rules separate the cells of text tables. */
	private static boolean isCut(char c) {
		return c == '\t' || c == '|' || c == '｜' || c == '│' || c == '┃';
	}
}
