// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nianbao.extract.Identities.Relation;
import nianbao.extract.Identities.Slot;
import nianbao.extract.ValueRun.Piece;
import nianbao.format.language.ValueKind;
import nianbao.model.CellKind;

/**
 * Reads a whole table's run-together cells as one problem: of the ways to cut each run of digits
 * (see {@link Splits}), the combination under which the fewest of the table's identities fail is the
 * table as printed, so that a real error of the published table survives (it fails under every
 * reading). Where several combinations fail equally few, a run whose readings differ among them is
 * undecided, and its differing cells cannot be assessed; only in a table without identities (表二)
 * does the likelihood of the numbers themselves decide, and only by a wide margin.
 */
final class Segmentation {

	private static final Pattern LEADING_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
	/** Readings looked at per run, and combinations per table, before the search gives up. */
	static final int MAX_READINGS = 2000;
	private static final int MAX_COMBINATIONS = 50_000;
	/** How much likelier one reading must be than the next for the likelihood alone to decide. */
	private static final double DECISIVE = Math.log(4);
	/** Log-likelihoods of a change from last year being none, or some, and of a run repeating one number. */
	private static final double NO_CHANGE = Math.log(0.8);
	private static final double SOME_CHANGE = Math.log(0.2);
	private static final double REPEATED = Math.log(3);

	/**
	 * Printed values to be read as the cells {@code slots}, in order, and the ways to read them; the
	 * values as {@code printed} (a reading's piece that is not one of them was cut from run-together
	 * digits); {@code preferred}, the reading that stands where others do equally well (-1 for none).
	 */
	record Run(List<Slot> slots, List<List<Piece>> readings, List<Piece> printed, int preferred,
			List<List<BigDecimal>> values) {

		Run(List<Slot> slots, List<List<Piece>> readings, List<Piece> printed, int preferred) {
			this(slots, readings, printed, preferred,
					readings.stream().map(r -> r.stream().map(Segmentation::value).toList()).toList());
		}
	}

	/** What a run was read as: the reading chosen, or (undecided) every reading still in question. */
	record Outcome(List<Integer> readings) {

		boolean decided() {
			return readings.size() == 1;
		}
	}

	private Segmentation() {
	}

	/**
	 * The outcome of each run.
	 *
	 * @param kinds the value kind of each leaf column, for the likelihood of a reading
	 */
	static List<Outcome> choose(List<Run> runs, List<Relation> relations, List<ValueKind> kinds) {
		List<Outcome> outcomes = new ArrayList<>();
		List<Integer> open = new ArrayList<>();
		Map<Slot, BigDecimal> values = new HashMap<>();
		for (int r = 0; r < runs.size(); r++) {
			Run run = runs.get(r);
			outcomes.add(new Outcome(List.of(0)));
			if (run.readings().size() > 1) {
				open.add(r);
			} else if (run.readings().size() == 1) {
				put(values, run, 0);
			}
		}
		if (open.isEmpty()) {
			return outcomes;
		}
		// the relations that a choice can change
		Set<Slot> openSlots = new LinkedHashSet<>();
		open.forEach(r -> openSlots.addAll(runs.get(r).slots()));
		List<Relation> relevant = relations.stream().filter(rel -> rel.terms().keySet().stream().anyMatch(openSlots::contains))
				.toList();
		List<List<Integer>> candidates = new ArrayList<>();
		for (int r : open) {
			candidates.add(indexes(runs.get(r).readings().size()));
		}
		if (combinations(candidates) > MAX_COMBINATIONS) {
			prune(runs, open, candidates, relevant, values);
		}
		if (combinations(candidates) > MAX_COMBINATIONS) {
			for (int k = 0; k < open.size(); k++) {
				outcomes.set(open.get(k), new Outcome(candidates.get(k)));
			}
			return outcomes;
		}
		List<int[]> best = best(runs, open, candidates, relevant, values);
		boolean identities = relations.stream().anyMatch(rel -> rel.operator() == nianbao.format.language.ComparisonOperator.EQ);
		if (best.size() > 1 && !identities) {
			best = likeliest(runs, open, best, kinds);
		}
		for (int k = 0; k < open.size(); k++) {
			int preferred = runs.get(open.get(k)).preferred();
			int at = k;
			if (preferred >= 0 && best.stream().anyMatch(c -> c[at] == preferred)) {
				best = best.stream().filter(c -> c[at] == preferred).toList();
			}
		}
		for (int k = 0; k < open.size(); k++) {
			Set<Integer> readings = new LinkedHashSet<>();
			for (int[] combination : best) {
				readings.add(combination[k]);
			}
			outcomes.set(open.get(k), new Outcome(List.copyOf(readings)));
		}
		return outcomes;
	}

	/** The combinations (a reading per open run) under which the fewest relations fail. */
	private static List<int[]> best(List<Run> runs, List<Integer> open, List<List<Integer>> candidates,
			List<Relation> relations, Map<Slot, BigDecimal> fixed) {
		Map<Slot, BigDecimal> values = new HashMap<>(fixed);
		int[] position = new int[open.size()];
		List<int[]> best = new ArrayList<>();
		double least = Double.MAX_VALUE;
		while (true) {
			int[] combination = new int[open.size()];
			for (int k = 0; k < open.size(); k++) {
				combination[k] = candidates.get(k).get(position[k]);
				put(values, runs.get(open.get(k)), combination[k]);
			}
			double failed = 0;
			for (Relation relation : relations) {
				if (Boolean.FALSE.equals(relation.holds(values::get))) {
					failed += relation.weight();
				}
			}
			if (failed < least - 1e-9) {
				least = failed;
				best.clear();
			}
			if (failed < least + 1e-9 && best.size() < 64) {
				best.add(combination);
			}
			int k = 0;
			while (k < open.size() && ++position[k] == candidates.get(k).size()) {
				position[k++] = 0;
			}
			if (k == open.size()) {
				return best;
			}
		}
	}

	/**
	 * Keeps, of each open run, the readings that fail fewest of the relations it decides alone (with the
	 * decided runs): for tables whose combinations are too many to try.
	 */
	private static void prune(List<Run> runs, List<Integer> open, List<List<Integer>> candidates, List<Relation> relations,
			Map<Slot, BigDecimal> fixed) {
		for (int k = 0; k < open.size(); k++) {
			Run run = runs.get(open.get(k));
			Set<Slot> own = new LinkedHashSet<>(run.slots());
			List<Relation> local = relations.stream()
					.filter(rel -> rel.terms().keySet().stream().allMatch(s -> own.contains(s) || fixed.containsKey(s))).toList();
			Map<Slot, BigDecimal> values = new HashMap<>(fixed);
			double least = Double.MAX_VALUE;
			List<Integer> kept = new ArrayList<>();
			for (int reading : candidates.get(k)) {
				put(values, run, reading);
				double failed = local.stream().filter(rel -> Boolean.FALSE.equals(rel.holds(values::get)))
						.mapToDouble(Relation::weight).sum();
				if (failed < least - 1e-9) {
					least = failed;
					kept.clear();
				}
				if (failed < least + 1e-9) {
					kept.add(reading);
				}
			}
			candidates.set(k, kept);
		}
	}

	/**
	 * Of equally good combinations, the one whose numbers are likeliest, if it is decisively so: counts
	 * are mostly small; a change from last year is mostly none (19 of the 20 rows of the corpus's
	 * 2019-trial reports print 0) and else small beside the counts of its row; an amount may be of any
	 * size; a run that cuts into the same number once per cell ("121212": 12 12 12) printed that number
	 * in each cell, as rows of counts often do. Else all of them.
	 */
	private static List<int[]> likeliest(List<Run> runs, List<Integer> open, List<int[]> combinations,
			List<ValueKind> kinds) {
		double[] likelihood = new double[combinations.size()];
		int top = 0;
		for (int c = 0; c < combinations.size(); c++) {
			for (int k = 0; k < open.size(); k++) {
				Run run = runs.get(open.get(k));
				likelihood[c] += likelihood(run, run.readings().get(combinations.get(c)[k]), kinds);
			}
			top = likelihood[c] > likelihood[top] ? c : top;
		}
		for (int c = 0; c < combinations.size(); c++) {
			if (c != top && likelihood[top] - likelihood[c] < DECISIVE) {
				return combinations;
			}
		}
		return List.of(combinations.get(top));
	}

	private static double likelihood(Run run, List<Piece> reading, List<ValueKind> kinds) {
		double largestCount = 0;
		for (int i = 0; i < reading.size(); i++) {
			BigDecimal value = magnitude(reading.get(i));
			if (value != null && kinds.get(run.slots().get(i).column()) == ValueKind.COUNT) {
				largestCount = Math.max(largestCount, value.doubleValue());
			}
		}
		double log = repeated(reading) ? REPEATED : 0;
		for (int i = 0; i < reading.size(); i++) {
			BigDecimal value = magnitude(reading.get(i));
			if (value == null) {
				continue;
			}
			double v = Math.abs(value.doubleValue());
			switch (kinds.get(run.slots().get(i).column())) {
				case COUNT -> log -= Math.log(v + 1);
				case CHANGE -> log += v == 0 ? NO_CHANGE : SOME_CHANGE - Math.log(v + 1) - v / (1 + largestCount);
				case AMOUNT -> {
					// an amount's size says nothing
				}
			}
		}
		return log;
	}

	/** Whether a reading of two or more cells cut from digits reads the same non-zero number in each. */
	private static boolean repeated(List<Piece> reading) {
		return reading.size() > 1 && reading.stream().map(Piece::text).distinct().count() == 1
				&& !reading.getFirst().text().matches("0+");
	}

	private static void put(Map<Slot, BigDecimal> values, Run run, int reading) {
		List<BigDecimal> read = run.values().get(reading);
		for (int i = 0; i < run.slots().size(); i++) {
			BigDecimal value = read.get(i);
			if (value == null) {
				values.remove(run.slots().get(i));
			} else {
				values.put(run.slots().get(i), value);
			}
		}
	}

	/** The number a piece starts with, also where a unit follows it ("10000件以上": 10000), or null. */
	private static BigDecimal magnitude(Piece piece) {
		Matcher number = LEADING_NUMBER.matcher(piece.text());
		return number.lookingAt() ? new BigDecimal(number.group()) : null;
	}

	static BigDecimal value(Piece piece) {
		CellText cell = ValueRun.classify(piece);
		return cell != null && cell.kind() == CellKind.NUMBER ? cell.value() : null;
	}

	private static long combinations(List<List<Integer>> candidates) {
		long product = 1;
		for (List<Integer> c : candidates) {
			product = Math.multiplyExact(product, Math.max(1, c.size()));
			if (product > Integer.MAX_VALUE) {
				return product;
			}
		}
		return product;
	}

	private static List<Integer> indexes(int size) {
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			indexes.add(i);
		}
		return indexes;
	}
}
