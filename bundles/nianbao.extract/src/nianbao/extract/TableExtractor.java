package nianbao.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

import nianbao.format.TableStructure;
import nianbao.format.format.Layout;
import nianbao.format.format.Row;
import nianbao.format.format.RowGroup;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Column;
import nianbao.model.Diagnostic;
import nianbao.model.ReportFactory;
import nianbao.model.Table;
import nianbao.read.TextRange;

/**
 * Reads one format table from a region of the canonical text. The format says which row labels to
 * look for and how many cells each row has; the region's layout does not matter (see {@link Tokenizer}).
 *
 * <p>Grid tables: each row's label is found at the end of a label run (so group cells and headers
 * in front of it do no harm), in the format's row order, and the values that follow it are its
 * cells. One-line tables: the first run of values long enough for all rows is read row by row.
 */
final class TableExtractor {

	private static final ReportFactory FACTORY = ReportFactory.eINSTANCE;

	private final List<Diagnostic> diagnostics;

	TableExtractor(List<Diagnostic> diagnostics) {
		this.diagnostics = diagnostics;
	}

	Table extract(nianbao.format.format.Table format, String text, TextRange region) {
		Table table = FACTORY.createTable();
		table.setKey(format.getName());
		table.setPartKey(((nianbao.format.format.Part) format.eContainer()).getName());
		table.setCaption(format.getCaption());
		table.setRange(Ranges.of(region));
		List<Column> columns = new ArrayList<>();
		for (nianbao.format.format.Column c : TableStructure.leafColumns(format)) {
			Column column = FACTORY.createColumn();
			column.setKey(c.getName());
			column.setLabel(TableStructure.label(c));
			columns.add(column);
		}
		table.getColumns().addAll(columns);
		List<Object> items = Items.of(Tokenizer.tokens(text, region.offset(), region.end()));
		int headerEnd = format.getLayout() == Layout.ONE_LINE ? readOneLine(format, table, items)
				: readGrid(format, table, items, text);
		readColumnLabels(format, table, text, new TextRange(region.offset(), Math.max(0, headerEnd - region.offset())));
		return table;
	}

	/**
	 * The printed column headers: the prescribed label or an accepted variant where the header shows
	 * it, else the most similar header piece (a misprinted or truncated label), else none.
	 */
	private static void readColumnLabels(nianbao.format.format.Table format, Table table, String text, TextRange header) {
		List<Token> pieces = Tokenizer.tokens(text, header.offset(), header.end()).stream().filter(t -> !t.isValue())
				.toList();
		LabelRun run = pieces.isEmpty() ? null : new LabelRun(pieces);
		// a misprinted header piece stands for one column only ("本年新", "本年新": one each)
		List<Token> unused = new ArrayList<>(pieces);
		List<nianbao.format.format.Column> columns = TableStructure.leafColumns(format);
		for (int i = 0; i < columns.size(); i++) {
			nianbao.format.format.Column column = columns.get(i);
			Column model = table.getColumns().get(i);
			List<String> candidates = new ArrayList<>();
			candidates.add(TableStructure.label(column));
			column.getVariants().forEach(v -> candidates.add(v.getText()));
			for (String candidate : candidates) {
				int at = run == null ? -1 : run.normalized().indexOf(Labels.normalize(candidate));
				if (at >= 0) {
					model.setPrintedLabel(candidate);
					model.setRange(Ranges.of(run.range(at, at + Labels.normalize(candidate).length())));
					break;
				}
			}
			if (model.getPrintedLabel() == null) {
				Token similar = mostSimilar(unused, Labels.normalize(TableStructure.label(column)));
				if (similar != null) {
					unused.remove(similar);
					model.setPrintedLabel(Labels.normalize(similar.text()));
					model.setRange(Ranges.of(similar.range()));
				}
			}
		}
	}

	private static Token mostSimilar(List<Token> pieces, String label) {
		Token best = null;
		double bestSimilarity = 0.4;
		for (Token piece : pieces) {
			double similarity = Labels.similarity(Labels.normalize(piece.text()), label);
			if (similarity > bestSimilarity) {
				best = piece;
				bestSimilarity = similarity;
			}
		}
		return best;
	}

	/** Reads the rows of a grid table; returns where the header ends (the first row's label). */
	private int readGrid(nianbao.format.format.Table format, Table table, List<Object> items, String text) {
		int cursor = 0;
		int headerEnd = -1;
		Set<Row> collapsed = new HashSet<>();
		for (Row row : TableStructure.leafRows(format)) {
			if (collapsed.contains(row)) {
				fill(newRow(table, row), table, List.of());
				continue;
			}
			Match match = find(row, items, cursor);
			// a group printed as one row (（六）其他处理 in a 2021 report printed the 2019 way): its leaves are
			// not printed, the group's row is
			if (match == null && row.eContainer() instanceof RowGroup group && TableStructure.leaves(group).getFirst() == row) {
				Match groupMatch = find(group, List.of(), items, cursor);
				if (groupMatch != null) {
					collapsed.addAll(TableStructure.leaves(group));
					cursor = read(table, format, group, items, groupMatch, text);
					headerEnd = headerEnd < 0
							? ((LabelRun) items.get(groupMatch.item())).rangeFrom(groupMatch.at()).offset() : headerEnd;
					fill(newRow(table, row), table, List.of());
					continue;
				}
			}
			nianbao.model.Row modelRow = newRow(table, row);
			if (match == null) {
				diagnose("row-not-found", table.getKey() + ": row " + TableStructure.label(row) + " not found", null);
				fill(modelRow, table, List.of());
				continue;
			}
			if (headerEnd < 0) {
				headerEnd = ((LabelRun) items.get(match.item())).rangeFrom(match.at()).offset();
			}
			cursor = fillMatched(modelRow, table, format, items, match, text);
		}
		return headerEnd < 0 ? (items.isEmpty() ? 0 : end(items.getLast())) : headerEnd;
	}

	/** Reads a collapsed group's row; returns the cursor after it. */
	private int read(Table table, nianbao.format.format.Table format, RowGroup group, List<Object> items, Match match,
			String text) {
		nianbao.model.Row modelRow = FACTORY.createRow();
		modelRow.setKey(group.getName());
		modelRow.setLabel(String.join("/", TableStructure.labelPath(group)));
		table.getRows().add(modelRow);
		return fillMatched(modelRow, table, format, items, match, text);
	}

	/** Fills a row with the values after its matched label; returns the cursor after them. */
	private int fillMatched(nianbao.model.Row modelRow, Table table, nianbao.format.format.Table format,
			List<Object> items, Match match, String text) {
		LabelRun run = (LabelRun) items.get(match.item());
		modelRow.setPrintedLabel(run.normalized().substring(match.at()));
		List<Token> values = values(items, match.item() + 1, table.getColumns().size());
		int consumed = values.size();
		if (values.size() < table.getColumns().size()) {
			List<Token> delimited = Delimited.cells(text, run.end(), values, table.getColumns().size());
			values = delimited != null ? delimited : separated(values, format);
		}
		fill(modelRow, table, values);
		TextRange labelRange = run.rangeFrom(match.at());
		modelRow.setRange(Ranges.of(values.isEmpty() ? labelRange : labelRange.to(values.getLast().range())));
		return match.item() + 1 + consumed;
	}

	/**
	 * A row with too few values may have cells printed without separators: split them if exactly one
	 * split satisfies the row's sums (see {@link RunTogether}); otherwise the cells stay missing.
	 */
	private List<Token> separated(List<Token> values, nianbao.format.format.Table format) {
		List<String> digits = values.stream().map(t -> Labels.normalize(t.text())).toList();
		Optional<List<RunTogether.Part>> split = RunTogether.split(digits, format);
		if (split.isEmpty()) {
			boolean couldBeRunTogether = !values.isEmpty() && digits.stream().allMatch(d -> d.matches("\\d+"))
					&& digits.stream().mapToInt(String::length).sum() >= TableStructure.leafColumns(format).size();
			if (couldBeRunTogether) {
				// which digits belong to which column cannot be told: no cell of the row is trusted
				diagnose("cells-run-together", "cells printed without separators and no single split adds up: "
						+ String.join(" ", values.stream().map(Token::text).toList()), values.getFirst().range());
				return List.of();
			}
			return values;
		}
		List<Token> cells = new ArrayList<>();
		for (RunTogether.Part part : split.get()) {
			Token token = values.get(part.token());
			TextRange range = new TextRange(token.range().offset() + part.from(), part.to() - part.from());
			String printed = digits.get(part.token()).substring(part.from(), part.to());
			cells.add(new Token(printed, range, CellText.classify(printed)));
		}
		diagnose("cells-separated", "cells printed without separators were split by the row's sums: "
				+ String.join(" ", values.stream().map(Token::text).toList()), values.getFirst().range());
		return cells;
	}

	/** Where a row's label ends a label run: the item and the index in the run's normalised text. */
	private record Match(int item, int at) {
	}

	/**
	 * The first label run from {@code cursor} on, followed by values, that ends with the row's label or
	 * an accepted variant. A misprinted label is accepted only where the row is expected: in the next
	 * label run.
	 */
	private static Match find(Row row, List<Object> items, int cursor) {
		return find(row, row.getVariants(), items, cursor);
	}

	private static Match find(nianbao.format.format.RowNode row, List<nianbao.format.format.Variant> accepted,
			List<Object> items, int cursor) {
		String official = Labels.normalize(TableStructure.label(row));
		List<String> variants = accepted.stream().map(v -> Labels.normalize(v.getText())).toList();
		boolean next = true;
		for (int k = cursor; k + 1 < items.size(); k++) {
			if (items.get(k) instanceof LabelRun run && items.get(k + 1) instanceof Token) {
				int at = next ? Labels.matchSuffixApproximately(run.normalized(), official)
						: Labels.matchSuffix(run.normalized(), official);
				for (int v = 0; at < 0 && v < variants.size(); v++) {
					at = Labels.matchSuffix(run.normalized(), variants.get(v));
				}
				if (at >= 0) {
					return new Match(k, at);
				}
				next = false;
			}
		}
		return null;
	}

	/** Reads a one-line table; returns where the header ends (its first value). */
	private int readOneLine(nianbao.format.format.Table format, Table table, List<Object> items) {
		List<Row> rows = TableStructure.leafRows(format);
		int needed = rows.size() * table.getColumns().size();
		List<Token> best = List.of();
		for (int k = 0; k < items.size(); k++) {
			if (items.get(k) instanceof Token) {
				List<Token> run = values(items, k, Integer.MAX_VALUE);
				if (run.size() >= needed) {
					best = run;
					break;
				}
				if (run.size() > best.size()) {
					best = run;
				}
				k += run.size();
			}
		}
		if (best.size() < needed) {
			diagnose("cells-missing", table.getKey() + ": " + needed + " cells expected, " + best.size() + " found", null);
		}
		int columns = table.getColumns().size();
		for (int r = 0; r < rows.size(); r++) {
			nianbao.model.Row modelRow = newRow(table, rows.get(r));
			int from = Math.min(r * columns, best.size());
			List<Token> values = best.subList(from, Math.min(from + columns, best.size()));
			fill(modelRow, table, values);
			if (!values.isEmpty()) {
				modelRow.setRange(Ranges.of(values.getFirst().range().to(values.getLast().range())));
			}
		}
		return best.isEmpty() ? (items.isEmpty() ? 0 : end(items.getLast())) : best.getFirst().range().offset();
	}

	private static int end(Object item) {
		return item instanceof Token token ? token.range().end() : ((LabelRun) item).end();
	}

	private static nianbao.model.Row newRow(Table table, Row row) {
		nianbao.model.Row modelRow = FACTORY.createRow();
		modelRow.setKey(row.getName());
		modelRow.setLabel(String.join("/", TableStructure.labelPath(row)));
		table.getRows().add(modelRow);
		return modelRow;
	}

	/** Up to {@code max} value tokens from {@code start} on, stopping at the next label. */
	private static List<Token> values(List<Object> items, int start, int max) {
		List<Token> values = new ArrayList<>();
		for (int k = start; k < items.size() && values.size() < max && items.get(k) instanceof Token token; k++) {
			values.add(token);
		}
		return values;
	}

	private static void fill(nianbao.model.Row row, Table table, List<Token> values) {
		for (int i = 0; i < table.getColumns().size(); i++) {
			Cell cell = FACTORY.createCell();
			cell.setColumn(table.getColumns().get(i));
			if (i < values.size()) {
				Token token = values.get(i);
				cell.setText(token.text().strip());
				cell.setKind(token.cell().kind());
				cell.setValue(token.cell().value());
				cell.setRange(Ranges.of(token.range()));
			} else {
				cell.setKind(CellKind.MISSING);
			}
			row.getCells().add(cell);
		}
	}

	private void diagnose(String code, String message, TextRange range) {
		Diagnostic diagnostic = FACTORY.createDiagnostic();
		diagnostic.setCode(code);
		diagnostic.setMessage(message);
		diagnostic.setRange(range == null ? null : Ranges.of(range));
		diagnostics.add(diagnostic);
	}
}
