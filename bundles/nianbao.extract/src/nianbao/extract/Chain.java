// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Aligns a sequence the format expects (part headings, table captions, row labels) with the places
 * in the text where each may be printed: of every choice that keeps the format's order and lets no
 * two places overlap, the one with the highest total score. An item may stay unmatched; a candidate
 * that is an item's only weak evidence then loses to a consistent order of the others.
 */
final class Chain {

	/**
	 * Where an item may be printed: glyph indexes {@code [start, end)} and how well it matches;
	 * {@code partial} where only its beginning is there, its rest printed further on.
	 */
	record Candidate(int start, int end, double score, boolean partial) {

		Candidate(int start, int end, double score) {
			this(start, end, score, false);
		}
	}

	/** Places kept per item. */
	private static final int MAX_PER_ITEM = 64;

	private Chain() {
	}

	/**
	 * For each item, the chosen candidate or null.
	 *
	 * @param candidates      for each item in the expected order, its candidates
	 * @param closeGapPenalty subtracted for two chosen neighbours less than {@code closeGap} glyphs apart
	 */
	static List<Candidate> align(List<List<Candidate>> all, int closeGap, double closeGapPenalty) {
		// the search is quadratic in the places: a text that prints a label thousands of times (a hostile
		// or broken file) keeps each item's best-scoring places only, the earliest first
		List<List<Candidate>> candidates = all.stream().map(c -> c.size() <= MAX_PER_ITEM ? c
				: c.stream().sorted(Comparator.comparingDouble(Candidate::score).reversed()).limit(MAX_PER_ITEM)
						.sorted(Comparator.comparingInt(Candidate::start)).toList())
				.toList();
		List<int[]> nodes = new ArrayList<>();
		for (int item = 0; item < candidates.size(); item++) {
			for (int c = 0; c < candidates.get(item).size(); c++) {
				nodes.add(new int[] { item, c });
			}
		}
		// sorted by item, so that a predecessor is always computed first
		double[] best = new double[nodes.size()];
		int[] previous = new int[nodes.size()];
		Arrays.fill(previous, -1);
		int top = -1;
		for (int n = 0; n < nodes.size(); n++) {
			Candidate candidate = candidate(candidates, nodes.get(n));
			best[n] = candidate.score();
			for (int p = 0; p < n; p++) {
				if (nodes.get(p)[0] >= nodes.get(n)[0]) {
					continue;
				}
				Candidate before = candidate(candidates, nodes.get(p));
				if (before.end() > candidate.start()) {
					continue;
				}
				double penalty = candidate.start() - before.end() < closeGap ? closeGapPenalty : 0;
				double total = best[p] + candidate.score() - penalty;
				if (total > best[n]) {
					best[n] = total;
					previous[n] = p;
				}
			}
			if (best[n] > 0 && (top < 0 || best[n] > best[top])) {
				top = n;
			}
		}
		List<Candidate> chosen = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			chosen.add(null);
		}
		for (int n = top; n >= 0; n = previous[n]) {
			chosen.set(nodes.get(n)[0], candidate(candidates, nodes.get(n)));
		}
		return chosen;
	}

	private static Candidate candidate(List<List<Candidate>> candidates, int[] node) {
		return candidates.get(node[0]).get(node[1]);
	}
}
