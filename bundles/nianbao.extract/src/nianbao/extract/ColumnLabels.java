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
	static void read(nianbao.format.format.Table format, Table table, Glyphs glyphs, int from, int to) {
		String header = glyphs.chars().substring(from, to);
		List<int[]> words = words(glyphs, from, to);
		List<nianbao.format.format.Column> columns = TableStructure.leafColumns(format);
		for (int i = 0; i < columns.size(); i++) {
			nianbao.format.format.Column column = columns.get(i);
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
			if (model.getPrintedLabel() == null) {
				int[] similar = mostSimilar(glyphs, words, Labels.normalize(TableStructure.label(column)));
				if (similar != null) {
					// a misprinted header word stands for one column only ("本年新", "本年新": one each)
					words.remove(similar);
					model.setPrintedLabel(glyphs.chars().substring(similar[0], similar[1]));
					model.setRange(Ranges.of(glyphs.range(similar[0], similar[1])));
				}
			}
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
