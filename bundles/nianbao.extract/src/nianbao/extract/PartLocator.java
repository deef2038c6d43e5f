// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

import nianbao.extract.Chain.Candidate;
import nianbao.format.language.Format;
import nianbao.format.language.Part;

/**
 * Finds the headings of a format's parts (一、总体情况 …) wherever they are printed: at the start of
 * a line or in the middle of a page saved as one line. A heading is the part's numeral, an
 * enumerator's punctuation and the prescribed title (or an accepted variant), exactly or with a few
 * characters wrong; the format's order decides between places (see {@link Chain}), and headings
 * printed back to back, as a table of contents prints them, count less than headings with text
 * between them.
 */
final class PartLocator {

	/** A part heading found in the text: glyphs {@code [start, end)}, as printed (normalised). */
	record Heading(Part part, int start, int end, String printed) {
	}

	private static final String NUMERALS = "一二三四五六七八九十";
	/** How much less a heading counts whose numeral has no punctuation after it. */
	private static final double UNPUNCTUATED = 1;
	/** Headings closer than this have no text between them. */
	private static final int CLOSE = 12;

	private PartLocator() {
	}

	/** The headings found, in the format's order; a part whose heading is not found is left out. */
	static List<Heading> locate(Glyphs glyphs, Format format) {
		List<int[]> numerals = numerals(glyphs.chars());
		List<List<Candidate>> candidates = new ArrayList<>();
		for (Part part : format.getParts()) {
			candidates.add(candidates(glyphs, part, numerals));
		}
		List<Candidate> chosen = Chain.align(candidates, CLOSE, 1.5);
		List<Heading> headings = new ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			Candidate c = chosen.get(i);
			if (c != null) {
				headings.add(new Heading(format.getParts().get(i), c.start(), c.end(), glyphs.chars().substring(c.start(), c.end())));
			}
		}
		return headings;
	}

	/**
	 * Whether the text between {@code from} and {@code to} shows no trace of a part's title, not even
	 * with a third of its characters wrong: then the part is not printed there.
	 */
	static boolean noTrace(Glyphs glyphs, Part part, int from, int to) {
		if (!LabelSearch.searchable(from, to)) {
			return false;
		}
		List<String> titles = new ArrayList<>();
		titles.add(part.getTitle());
		titles.addAll(part.getVariants());
		for (String title : titles) {
			String normal = Labels.normalize(title);
			if (!LabelSearch.approximate(glyphs.chars(), normal, from, to, Math.max(1, normal.length() / 3)).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Where a part's title follows a numeral and an enumerator's punctuation: its own numeral, or
	 * another (a heading numbered wrongly, which the numbering check reports), which counts less.
	 */
	private static List<Candidate> candidates(Glyphs glyphs, Part part, List<int[]> numerals) {
		String chars = glyphs.chars();
		List<String> titles = new ArrayList<>();
		titles.add(Labels.normalize(part.getTitle()));
		part.getVariants().forEach(v -> titles.add(Labels.normalize(v)));
		int own = LabelSearch.leading(part.getName() + "、").number();
		List<Candidate> candidates = new ArrayList<>();
		for (int[] numeral : numerals) {
			Candidate best = null;
			for (String title : titles) {
				int[] match = prefixMatch(chars, numeral[1] + 1, title);
				if (match != null) {
					double score = 3 - 2.0 * match[1] / title.length() - (numeral[2] == own ? 0 : 1.5)
							- (numeral[3] == 0 ? UNPUNCTUATED : 0);
					if (best == null || score > best.score()) {
						best = new Candidate(numeral[0], match[0], score);
					}
				}
			}
			if (best != null) {
				candidates.add(best);
			}
		}
		return candidates;
	}

	/**
	 * Every Chinese numeral, with an enumerator's punctuation after it or without (OCR loses a thin
	 * "、"): its start, the place of the punctuation (its last character where there is none), its value
	 * and whether it is punctuated (1) or not (0).
	 */
	private static List<int[]> numerals(String chars) {
		List<int[]> numerals = new ArrayList<>();
		for (int i = 1; i <= chars.length(); i++) {
			if (NUMERALS.indexOf(chars.charAt(i - 1)) < 0) {
				continue;
			}
			boolean punctuated = i < chars.length() && "、.,:".indexOf(chars.charAt(i)) >= 0;
			if (!punctuated && i < chars.length() && NUMERALS.indexOf(chars.charAt(i)) >= 0) {
				continue; // the numeral goes on
			}
			int start = i - 1;
			while (start > 0 && i - start < 3 && NUMERALS.indexOf(chars.charAt(start - 1)) >= 0) {
				start--;
			}
			// not a sub-item's "（一）" nor part of a longer number
			if (start > 0 && (chars.charAt(start - 1) == '(' || NUMERALS.indexOf(chars.charAt(start - 1)) >= 0)) {
				continue;
			}
			LabelSearch.Enumerator value = LabelSearch.leading(chars.substring(start, i) + "、");
			if (value != null) {
				numerals.add(punctuated ? new int[] { start, i, value.number(), 1 } : new int[] { start, i - 1, value.number(), 0 });
			}
		}
		return numerals;
	}

	/**
	 * How the text from {@code at} begins with {@code title}: the end of the best-matching prefix and
	 * its edit distance, if at most a quarter of the title's characters differ; else null.
	 */
	private static int[] prefixMatch(String chars, int at, String title) {
		if (chars.startsWith(title, at)) {
			return new int[] { at + title.length(), 0 };
		}
		int allowed = Math.max(1, title.length() / 4);
		int limit = Math.min(chars.length(), at + title.length() + allowed);
		int m = title.length();
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int i = 0; i <= m; i++) {
			previous[i] = i;
		}
		int bestEnd = -1;
		int bestDistance = allowed + 1;
		for (int j = at; j < limit; j++) {
			current[0] = j - at + 1;
			int lowest = current[0];
			for (int i = 1; i <= m; i++) {
				int cost = title.charAt(i - 1) == chars.charAt(j) ? 0 : 1;
				current[i] = Math.min(Math.min(current[i - 1] + 1, previous[i] + 1), previous[i - 1] + cost);
				lowest = Math.min(lowest, current[i]);
			}
			if (current[m] < bestDistance) {
				bestDistance = current[m];
				bestEnd = j + 1;
			}
			if (lowest >= bestDistance) {
				// no distance of a later column is below the lowest of this one: every numeral in the text
				// is tried against every title, and most are followed by none
				break;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return bestEnd < 0 ? null : new int[] { bestEnd, bestDistance };
	}
}
