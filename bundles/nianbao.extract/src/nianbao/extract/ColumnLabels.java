// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

import nianbao.format.TableStructure;
import nianbao.model.Column;
import nianbao.model.Table;

/**
 * The column headers a table prints, for the label checks: the prescribed label or an accepted
 * variant where the header shows it; else, where the header's words are separated, the most similar
 * word (a misprinted or truncated label such as "本年新"); else none, which is not a finding.
 */
final class ColumnLabels {

	private ColumnLabels() {
	}

	/** Sets the printed label and range of each column from the header, glyphs {@code [from, to)}. */
	static void read(nianbao.format.language.Table format, Table table, Glyphs glyphs, int from, int to) {
		String header = glyphs.chars().substring(from, to);
		List<int[]> words = words(glyphs, from, to);
		List<nianbao.format.language.Column> columns = TableStructure.leafColumns(format);
		for (int i = 0; i < columns.size(); i++) {
			nianbao.format.language.Column column = columns.get(i);
			Column model = table.getColumns().get(i);
			List<String> candidates = new ArrayList<>();
			candidates.add(TableStructure.label(column));
			column.getVariants().forEach(v -> candidates.add(v.getText()));
			for (String candidate : candidates) {
				String normal = Labels.normalize(candidate);
				int at = header.indexOf(normal);
				if (at >= 0) {
					model.setPrintedLabel(candidate);
					model.setRange(Ranges.of(glyphs.range(from + at, from + at + normal.length())));
					break;
				}
			}
		}
		// a header printed without separators: what stands between the labels found around a column is its label
		for (int i = 0; i < columns.size(); i++) {
			Column model = table.getColumns().get(i);
			if (model.getPrintedLabel() == null) {
				between(table, i, glyphs, Labels.normalize(TableStructure.label(columns.get(i))));
			}
		}
		for (int i = 0; i < columns.size(); i++) {
			nianbao.format.language.Column column = columns.get(i);
			Column model = table.getColumns().get(i);
			if (model.getPrintedLabel() == null) {
				String official = Labels.normalize(TableStructure.label(column));
				int[] similar = mostSimilar(glyphs, words, official);
				String word = similar == null ? null : glyphs.chars().substring(similar[0], similar[1]);
				if (word != null && official.startsWith(word) && header.contains(official.substring(word.length()))) {
					// a header wrapped in its cell, its rest printed below among the other headers ("商业" … "企业")
					similar = null;
				}
				if (similar != null) {
					// a misprinted header word stands for one column only ("本年新", "本年新": one each)
					words.remove(similar);
					model.setPrintedLabel(glyphs.chars().substring(similar[0], similar[1]));
					model.setRange(Ranges.of(glyphs.range(similar[0], similar[1])));
				}
			}
		}
	}

	/**
	 * The printed label of a column whose neighbours' labels were found right around it: the text between
	 * them, if it resembles the prescribed label ("本公开数量" between 本年新制作数量 and 对外公开总数量).
	 */
	private static void between(Table table, int index, Glyphs glyphs, String official) {
		if (index == 0 || index + 1 >= table.getColumns().size()) {
			return;
		}
		Column before = table.getColumns().get(index - 1);
		Column after = table.getColumns().get(index + 1);
		if (before.getRange() == null || after.getRange() == null || before.getPrintedLabel() == null
				|| after.getPrintedLabel() == null) {
			return;
		}
		int from = glyphs.indexAt(before.getRange().getOffset() + before.getRange().getLength());
		int to = glyphs.indexAt(after.getRange().getOffset());
		if (from >= to || to - from > 2 * official.length()) {
			return;
		}
		String printed = glyphs.chars().substring(from, to);
		if (Labels.similarity(printed, official) > 0.4) {
			Column model = table.getColumns().get(index);
			model.setPrintedLabel(printed);
			model.setRange(Ranges.of(glyphs.range(from, to)));
		}
	}

	/** The header's words: glyphs between separators. */
	private static List<int[]> words(Glyphs glyphs, int from, int to) {
		List<int[]> words = new ArrayList<>();
		int start = from;
		for (int i = from + 1; i <= to; i++) {
			if (i == to || glyphs.gap(i) != Glyphs.Gap.NONE) {
				words.add(new int[] { start, i });
				start = i;
			}
		}
		return words;
	}

	private static int[] mostSimilar(Glyphs glyphs, List<int[]> words, String label) {
		int[] best = null;
		double bestSimilarity = 0.4;
		for (int[] word : words) {
			// a run-together header (a whole flattened header is one word) says nothing about one label
			if (word[1] - word[0] > 2 * label.length()) {
				continue;
			}
			double similarity = Labels.similarity(glyphs.chars().substring(word[0], word[1]), label);
			if (similarity > bestSimilarity) {
				best = word;
				bestSimilarity = similarity;
			}
		}
		return best;
	}
}
