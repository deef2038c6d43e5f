// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nianbao.extract.Chain.Candidate;
import nianbao.extract.Identities.Slot;
import nianbao.extract.LabelSearch.Enumerator;
import nianbao.extract.LabelSearch.Hit;
import nianbao.extract.Segmentation.Outcome;
import nianbao.extract.Segmentation.Run;
import nianbao.extract.ValueRun.Piece;
import nianbao.format.TableStructure;
import nianbao.format.language.Layout;
import nianbao.format.language.Row;
import nianbao.format.language.RowGroup;
import nianbao.format.language.RowNode;
import nianbao.format.language.ValueKind;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Column;
import nianbao.model.Diagnostic;
import nianbao.model.ReportFactory;
import nianbao.model.Table;
import nianbao.read.TextRange;

/**
 * Reads one format table from a stretch of glyphs. The format's sequence of row labels is aligned
 * with the text as a whole (see {@link Chain}): each label is found wherever it is printed, and the
 * values after it, up to the next label, are its cells. Where cells were printed without separators,
 * the whole table is read at once, under its identities (see {@link Segmentation}).
 */
final class TableExtractor {

	private static final ReportFactory FACTORY = ReportFactory.eINSTANCE;
	/** Stretches of a run with more values than cells that are tried. */
	private static final int MAX_WINDOWS = 16;

	private final List<Diagnostic> diagnostics;

	TableExtractor(List<Diagnostic> diagnostics) {
		this.diagnostics = diagnostics;
	}

	/** A format row matched in the text, with the values printed after its label. */
	private record Matched(RowNode row, Candidate label, ValueRun values) {
	}

	Table extract(nianbao.format.language.Table format, Glyphs glyphs, int from, int to) {
		Table table = FACTORY.createTable();
		table.setKey(format.getName());
		table.setPartKey(((nianbao.format.language.Part) format.eContainer()).getName());
		table.setCaption(format.getCaption());
		table.setRange(Ranges.of(glyphs.range(from, to)));
		List<nianbao.format.language.Column> formatColumns = TableStructure.leafColumns(format);
		for (nianbao.format.language.Column c : formatColumns) {
			Column column = FACTORY.createColumn();
			column.setKey(c.getName());
			column.setLabel(TableStructure.label(c));
			table.getColumns().add(column);
		}
		List<Row> rows = TableStructure.leafRows(format);
		List<nianbao.model.Row> modelRows = new ArrayList<>();
		for (Row row : rows) {
			nianbao.model.Row modelRow = FACTORY.createRow();
			modelRow.setKey(row.getName());
			modelRow.setLabel(String.join("/", TableStructure.labelPath(row)));
			modelRows.add(modelRow);
		}
		List<Run> runs = new ArrayList<>();
		// the model rows each run's cells go to: a grid row's own, or a one-line table's rows by slot
		List<List<nianbao.model.Row>> owners = new ArrayList<>();
		int headerEnd = format.getLayout() == Layout.ONE_LINE
				? readOneLine(format, glyphs, from, to, modelRows, runs, owners)
				: readGrid(format, glyphs, from, to, modelRows, runs, owners);
		List<ValueKind> kinds = formatColumns.stream()
				.map(c -> c.getType() == null ? ValueKind.COUNT : c.getType().getKind()).toList();
		List<Outcome> outcomes = Segmentation.choose(runs, Identities.of(format), kinds);
		for (int r = 0; r < runs.size(); r++) {
			fill(runs.get(r), outcomes.get(r), owners.get(r), table, glyphs);
		}
		for (nianbao.model.Row row : modelRows) {
			for (int c = row.getCells().size(); c < table.getColumns().size(); c++) {
				row.getCells().add(missing(table.getColumns().get(c)));
			}
		}
		table.getRows().addAll(modelRows);
		ColumnLabels.read(format, table, glyphs, from, Math.max(from, headerEnd));
		return table;
	}

	/** Reads the rows of a grid table into runs; returns where its header ends (the first row's label). */
	private int readGrid(nianbao.format.language.Table format, Glyphs glyphs, int from, int to,
			List<nianbao.model.Row> modelRows, List<Run> runs, List<List<nianbao.model.Row>> owners) {
		List<Row> rows = TableStructure.leafRows(format);
		List<List<Candidate>> candidates = new ArrayList<>();
		for (Row row : rows) {
			candidates.add(candidates(row, row.getVariants().stream().map(v -> v.getText()).toList(), glyphs, from, to));
		}
		List<Candidate> chosen = Chain.align(candidates, 0, 0);
		List<Matched> matched = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			if (chosen.get(r) != null) {
				matched.add(new Matched(rows.get(r), chosen.get(r), null));
			}
		}
		matched.addAll(collapsedGroups(format, rows, chosen, glyphs, from, to));
		matched.sort((a, b) -> Integer.compare(a.label().start(), b.label().start()));
		int columns = TableStructure.leafColumns(format).size();
		for (int m = 0; m < matched.size(); m++) {
			Matched match = matched.get(m);
			int limit = m + 1 < matched.size() ? matched.get(m + 1).label().start() : to;
			ValueRun values = ValueRun.read(glyphs, match.label().end(), limit);
			nianbao.model.Row modelRow = modelRow(match.row(), modelRows);
			// a label wrapped around its values is printed as prescribed as far as it can be seen
			modelRow.setPrintedLabel(match.label().partial() ? Labels.normalize(TableStructure.label(match.row()))
					: glyphs.chars().substring(match.label().start(), match.label().end()));
			TextRange labelRange = glyphs.range(match.label().start(), match.label().end());
			modelRow.setRange(Ranges.of(labelRange.to(glyphs.range(match.label().end(), values.end()))));
			List<Slot> slots = new ArrayList<>();
			int rowIndex = match.row() instanceof Row row ? rows.indexOf(row) : -1;
			for (int c = 0; c < columns; c++) {
				slots.add(new Slot(rowIndex, c));
			}
			runs.add(run(slots, values, columns, false));
			owners.add(List.of(modelRow));
		}
		for (int r = 0; r < rows.size(); r++) {
			if (chosen.get(r) == null) {
				notFound(rows, r, chosen, glyphs, from, to, modelRows, format);
			}
		}
		return matched.isEmpty() ? to : matched.getFirst().label().start();
	}

	/**
	 * Groups printed as one row (（六）其他处理 in a 2021 report printed the 2019 way): none of the
	 * group's leaves is printed, the group's label is, with values after it.
	 */
	private List<Matched> collapsedGroups(nianbao.format.language.Table format, List<Row> rows, List<Candidate> chosen,
			Glyphs glyphs, int from, int to) {
		List<Matched> groups = new ArrayList<>();
		for (RowNode node : TableStructure.allRowNodes(format)) {
			if (!(node instanceof RowGroup group) || group.getRows().stream().anyMatch(n -> n instanceof RowGroup)) {
				continue;
			}
			List<Row> leaves = TableStructure.leaves(group);
			if (leaves.stream().anyMatch(l -> chosen.get(rows.indexOf(l)) != null)) {
				continue;
			}
			int first = rows.indexOf(leaves.getFirst());
			int last = rows.indexOf(leaves.getLast());
			int start = neighbourEnd(chosen, first, from);
			int end = neighbourStart(chosen, last, to);
			candidates(group, List.of(), glyphs, start, end).stream()
					.filter(c -> !ValueRun.read(glyphs, c.end(), end).pieces().isEmpty()).findFirst()
					.ifPresent(c -> groups.add(new Matched(group, c, null)));
		}
		return groups;
	}

	/** A leaf row that was not found: its cells are missing, and it is absent if the text shows so. */
	private void notFound(List<Row> rows, int r, List<Candidate> chosen, Glyphs glyphs, int from, int to,
			List<nianbao.model.Row> modelRows, nianbao.format.language.Table format) {
		Row row = rows.get(r);
		if (row.eContainer() instanceof RowGroup group && modelRows.stream().anyMatch(m -> m.getKey().equals(group.getName()))) {
			return;
		}
		int start = neighbourEnd(chosen, r, from);
		int end = neighbourStart(chosen, r, to);
		String official = Labels.normalize(TableStructure.label(row));
		String core = official.substring(LabelSearch.leadingLength(official));
		boolean anyNeighbour = start > from || end < to;
		boolean traces = !LabelSearch.searchable(start, end)
				|| !LabelSearch.approximate(glyphs.chars(), core, start, end, Math.max(1, core.length() / 3)).isEmpty();
		modelRow(row, modelRows).setAbsent(anyNeighbour && !traces);
		diagnose(traces || !anyNeighbour ? "row-not-recognised" : "row-absent",
				format.getName() + ": row " + TableStructure.label(row) + (traces || !anyNeighbour ? " not recognised" : " not printed"),
				null);
	}

	private static int neighbourEnd(List<Candidate> chosen, int index, int from) {
		for (int k = index - 1; k >= 0; k--) {
			if (chosen.get(k) != null) {
				return chosen.get(k).end();
			}
		}
		return from;
	}

	private static int neighbourStart(List<Candidate> chosen, int index, int to) {
		for (int k = index + 1; k < chosen.size(); k++) {
			if (chosen.get(k) != null) {
				return chosen.get(k).start();
			}
		}
		return to;
	}

	/**
	 * Where a row's label (or an accepted variant) may be printed, best first: the label without its
	 * enumerator, exactly, with the enumerator in front of it where printed; a different enumerator in
	 * front makes it another row's ("（六）其他处理" is not "3.其他"). Only where a label is nowhere
	 * printed exactly are misprints looked for (about one character in four).
	 */
	static List<Candidate> candidates(RowNode row, List<String> variants, Glyphs glyphs, int from, int to) {
		String official = Labels.normalize(TableStructure.label(row));
		Enumerator expected = LabelSearch.leading(official);
		List<Candidate> candidates = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		labels.add(official);
		variants.forEach(v -> labels.add(Labels.normalize(v)));
		for (int v = 0; v < labels.size(); v++) {
			String core = labels.get(v).substring(LabelSearch.leadingLength(labels.get(v)));
			for (Hit hit : LabelSearch.exact(glyphs.chars(), core, from, to)) {
				score(hit, core, expected, v == 0 ? 0.5 : 0, glyphs, from).ifPresent(candidates::add);
			}
		}
		String core = official.substring(LabelSearch.leadingLength(official));
		if (candidates.isEmpty() && core.length() >= 4 && LabelSearch.searchable(from, to)) {
			for (Hit hit : LabelSearch.approximate(glyphs.chars(), core, from, to, core.length() / 4)) {
				score(hit, core, expected, -1.0 * hit.errors() / core.length() - 0.5, glyphs, from).ifPresent(candidates::add);
			}
		}
		if (candidates.isEmpty()) {
			candidates.addAll(wrapped(core, expected, glyphs, from, to));
		}
		return candidates;
	}

	/**
	 * A long label wrapped in its cell, whose rest is printed below the row's values (as {@code pdftotext
	 * -layout} prints a PDF table): the longest beginning of the label, at least two fifths of it, that
	 * is printed right before a value, exactly or with about one character in four wrong or extra.
	 */
	private static List<Candidate> wrapped(String core, Enumerator expected, Glyphs glyphs, int from, int to) {
		for (int length = core.length() - 1; length >= Math.max(4, (core.length() * 2 + 4) / 5); length--) {
			List<Candidate> found = new ArrayList<>();
			String prefix = core.substring(0, length);
			List<Hit> hits = LabelSearch.exact(glyphs.chars(), prefix, from, to);
			if (hits.isEmpty() && LabelSearch.searchable(from, to)) {
				// broken by a group's label printed down the left edge across its rows ("（六）其" / "他处理")
				hits = LabelSearch.approximate(glyphs.chars(), prefix, from, to, length / 4);
			}
			for (Hit hit : hits) {
				boolean beforeValue = hit.end() < glyphs.length() && "0123456789-—/".indexOf(glyphs.charAt(hit.end())) >= 0;
				if (beforeValue) {
					score(hit, core, expected, -1, glyphs, from)
							.ifPresent(c -> found.add(new Candidate(c.start(), c.end(), c.score(), true)));
				}
			}
			if (!found.isEmpty()) {
				return found;
			}
		}
		return List.of();
	}

	private static Optional<Candidate> score(Hit hit, String core, Enumerator expected, double bonus,
			Glyphs glyphs, int from) {
		double score = 2 + bonus;
		int start = hit.start();
		var printed = LabelSearch.trailing(glyphs.chars(), from, start);
		Enumerator enumerator = printed == null ? null : LabelSearch.enumerator(printed);
		boolean enumerated = false;
		// no row is numbered 0: "0." is the previous row's last value and a stray dot, the label's own
		// number being lost (OCR drops a small "5" before a dot)
		if (enumerator != null && enumerator.number() != 0) {
			String digits = printed.group(3);
			String number = expected == null ? null : String.valueOf(expected.number());
			if (expected != null && digits != null && !expected.chinese() && digits.endsWith(number)) {
				// "02." is the previous row's 0 and this row's 2.
				score += 2;
				start = printed.end() - number.length() - 1;
				enumerated = true;
			} else if (expected != null && enumerator.number() == expected.number()) {
				score += 2;
				start = printed.start();
				enumerated = true;
			} else if (expected != null) {
				score -= 3;
			}
		}
		int next = hit.end();
		boolean followedByValue = next >= glyphs.length() || glyphs.gap(next) != Glyphs.Gap.NONE
				|| !Character.isIdeographic(glyphs.charAt(next));
		score += followedByValue ? 1 : -1;
		// a short label ("其他", "总计", "规章") is also a word of other labels: only enumerated or before values
		if (core.length() < 3 && !enumerated && !followedByValue) {
			return Optional.empty();
		}
		return score > 0 ? Optional.of(new Candidate(start, hit.end(), score)) : Optional.empty();
	}

	/** Reads a one-line table (表四): its first run of values that can hold every cell. */
	private int readOneLine(nianbao.format.language.Table format, Glyphs glyphs, int from, int to,
			List<nianbao.model.Row> modelRows, List<Run> runs, List<List<nianbao.model.Row>> owners) {
		List<Row> rows = TableStructure.leafRows(format);
		int columns = TableStructure.leafColumns(format).size();
		int needed = rows.size() * columns;
		ValueRun best = null;
		int capacity = 0;
		for (int i = from; i < to; i++) {
			char c = glyphs.charAt(i);
			if (!Character.isDigit(c) && "-—–/无".indexOf(c) < 0) {
				continue;
			}
			ValueRun run = ValueRun.read(glyphs, i, to);
			if (run.pieces().isEmpty()) {
				continue;
			}
			int holds = run.pieces().stream().mapToInt(Splits::maxCuts).sum();
			if (holds > capacity) {
				best = run;
				capacity = holds;
			}
			if (holds >= needed) {
				break;
			}
			i = Math.max(i, run.end() - 1);
		}
		List<Slot> slots = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns; c++) {
				slots.add(new Slot(r, c));
			}
		}
		if (capacity < needed && (best == null || best.delimited(needed, true) == null)) {
			// a row of empty cells only: as many tabs or pipes in a row as separate its cells
			for (int i = from; i <= to; i++) {
				if (glyphs.cuts(i) == needed - 1) {
					List<Piece> blanks = Collections.nCopies(needed, ValueRun.blank(i));
					runs.add(new Run(slots, List.of(blanks), blanks, -1));
					owners.add(modelRows);
					return i;
				}
			}
		}
		if (best == null) {
			diagnose("cells-missing", format.getName() + ": no values found", null);
			return to;
		}
		runs.add(run(slots, best, needed, true));
		owners.add(modelRows);
		int start = best.pieces().isEmpty() ? best.end() : best.pieces().getFirst().from();
		for (nianbao.model.Row row : modelRows) {
			row.setRange(Ranges.of(glyphs.range(start, best.end())));
		}
		return start;
	}

	/**
	 * A run of a row's (or a one-line table's) values. More values than cells are read as each stretch of
	 * as many: the one the identities confirm, else the first after a row's label (the values of a row
	 * whose label was not recognised follow it) or the last of a one-line table (a header's numbers, as
	 * "数据15", come before it).
	 */
	private Run run(List<Slot> slots, ValueRun values, int cells, boolean oneLine) {
		List<Piece> pieces = values.pieces();
		if (pieces.size() > cells) {
			int windows = Math.min(pieces.size() - cells + 1, MAX_WINDOWS);
			List<List<Piece>> readings = new ArrayList<>();
			for (int start = 0; start < windows; start++) {
				int from = oneLine ? pieces.size() - cells - start : start;
				readings.add(pieces.subList(from, from + cells));
			}
			return new Run(slots, readings, pieces, 0);
		}
		return new Run(slots, readings(values, cells, oneLine), pieces, -1);
	}

	/**
	 * The ways to read a row's values as its cells: as printed when there are as many; with blanks where
	 * tabs or pipes leave cells empty (a table whose cells tabs separate does not run digits together);
	 * else every way to cut run-together digits (none where the values cannot make up the row, which then
	 * stays unread).
	 */
	private List<List<Piece>> readings(ValueRun values, int cells, boolean startsRow) {
		List<Piece> pieces = values.pieces();
		if (pieces.size() == cells) {
			return List.of(pieces);
		}
		List<Piece> delimited = values.delimited(cells, startsRow);
		if (delimited != null) {
			return List.of(delimited);
		}
		if (pieces.isEmpty()) {
			return List.of();
		}
		List<List<Piece>> splits = Splits.of(pieces, cells, Segmentation.MAX_READINGS);
		if (splits.size() > Segmentation.MAX_READINGS) {
			diagnose("cells-run-together", "too many ways to read " + printed(pieces), null);
			return List.of();
		}
		if (splits.isEmpty()) {
			diagnose("cells-missing", cells + " cells expected, " + pieces.size() + " printed: " + printed(pieces), null);
		}
		return splits;
	}

	private static String printed(List<Piece> pieces) {
		return pieces.stream().map(Piece::text).collect(Collectors.joining(" "));
	}

	/** Fills the cells of a run (one row's, or a one-line table's) with what its outcome says. */
	private void fill(Run run, Outcome outcome, List<nianbao.model.Row> owner, Table table, Glyphs glyphs) {
		int columns = table.getColumns().size();
		for (int i = 0; i < run.slots().size(); i++) {
			nianbao.model.Row row = owner.size() == 1 ? owner.getFirst() : owner.get(run.slots().get(i).row());
			Column column = table.getColumns().get(i % columns);
			if (run.readings().isEmpty()) {
				row.getCells().add(missing(column));
				continue;
			}
			// the k-th readings of a row's ambiguous cells go together
			List<String> readings = new ArrayList<>();
			for (int reading : outcome.readings()) {
				readings.add(run.readings().get(reading).get(i).text());
			}
			Piece piece = run.readings().get(outcome.readings().getFirst()).get(i);
			Cell cell = FACTORY.createCell();
			cell.setColumn(column);
			cell.setRange(Ranges.of(glyphs.range(piece.from(), piece.to())));
			cell.setSegmented(!ValueRun.isBlank(piece) && !run.printed().contains(piece));
			if (readings.stream().distinct().count() > 1) {
				// the digits as printed, which the readings cut differently
				List<Piece> first = run.readings().getFirst();
				cell.setKind(CellKind.AMBIGUOUS);
				cell.setText(glyphs.chars().substring(first.getFirst().from(), first.getLast().to()).replaceAll("\\s", ""));
				cell.getReadings().addAll(readings);
			} else {
				CellText text = ValueRun.classify(piece);
				cell.setText(piece.text());
				cell.setKind(text.kind());
				cell.setValue(text.value());
			}
			row.getCells().add(cell);
		}
		if (!outcome.decided() && !run.readings().isEmpty()) {
			diagnose("cells-ambiguous", "cells printed without separators can be read in " + outcome.readings().size()
					+ " ways that the table's identities cannot tell apart", null);
		} else if (!run.readings().isEmpty() && run.readings().get(outcome.readings().getFirst()).stream()
				.anyMatch(p -> !ValueRun.isBlank(p) && !run.printed().contains(p))) {
			diagnose("cells-separated", "cells printed without separators were cut by the table's identities", null);
		}
	}

	private static nianbao.model.Row modelRow(RowNode row, List<nianbao.model.Row> modelRows) {
		for (nianbao.model.Row modelRow : modelRows) {
			if (modelRow.getKey().equals(row.getName())) {
				return modelRow;
			}
		}
		// a group printed as one row stands in the place of its first leaf
		nianbao.model.Row group = FACTORY.createRow();
		group.setKey(row.getName());
		group.setLabel(String.join("/", TableStructure.labelPath(row)));
		int at = modelRows.indexOf(modelRow(TableStructure.leaves((RowGroup) row).getFirst(), modelRows));
		modelRows.add(at, group);
		return group;
	}

	private static Cell missing(Column column) {
		Cell cell = FACTORY.createCell();
		cell.setColumn(column);
		cell.setKind(CellKind.MISSING);
		return cell;
	}

	private void diagnose(String code, String message, TextRange range) {
		Diagnostic diagnostic = FACTORY.createDiagnostic();
		diagnostic.setCode(code);
		diagnostic.setMessage(message);
		diagnostic.setRange(range == null ? null : Ranges.of(range));
		diagnostics.add(diagnostic);
	}
}
