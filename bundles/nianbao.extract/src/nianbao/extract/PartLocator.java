package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

import nianbao.extract.Chain.Candidate;
import nianbao.format.format.Format;
import nianbao.format.format.Part;

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

	/** Headings closer than this have no text between them. */
	private static final int CLOSE = 12;

	private PartLocator() {
	}

	/** The headings found, in the format's order; a part whose heading is not found is left out. */
	static List<Heading> locate(Glyphs glyphs, Format format) {
		List<List<Candidate>> candidates = new ArrayList<>();
		for (Part part : format.getParts()) {
			candidates.add(candidates(glyphs, part));
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

	private static List<Candidate> candidates(Glyphs glyphs, Part part) {
		String chars = glyphs.chars();
		String numeral = part.getName();
		List<String> titles = new ArrayList<>();
		titles.add(Labels.normalize(part.getTitle()));
		part.getVariants().forEach(v -> titles.add(Labels.normalize(v)));
		List<Candidate> candidates = new ArrayList<>();
		for (int at = chars.indexOf(numeral); at >= 0; at = chars.indexOf(numeral, at + 1)) {
			int separator = at + numeral.length();
			if (separator >= chars.length() || "、.,:".indexOf(chars.charAt(separator)) < 0
					|| at > 0 && "一二三四五六七八九十(".indexOf(chars.charAt(at - 1)) >= 0) {
				continue;
			}
			Candidate best = null;
			for (String title : titles) {
				int[] match = prefixMatch(chars, separator + 1, title);
				if (match != null) {
					double score = 3 - 2.0 * match[1] / title.length();
					if (best == null || score > best.score()) {
						best = new Candidate(at, match[0], score);
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
			for (int i = 1; i <= m; i++) {
				int cost = title.charAt(i - 1) == chars.charAt(j) ? 0 : 1;
				current[i] = Math.min(Math.min(current[i - 1] + 1, previous[i] + 1), previous[i - 1] + cost);
			}
			if (current[m] < bestDistance) {
				bestDistance = current[m];
				bestEnd = j + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return bestEnd < 0 ? null : new int[] { bestEnd, bestDistance };
	}
}
