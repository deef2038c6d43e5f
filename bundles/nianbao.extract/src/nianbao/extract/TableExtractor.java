package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

import nianbao.format.TableStructure;
import nianbao.format.format.Layout;
import nianbao.format.format.Row;
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
		if (format.getLayout() == Layout.ONE_LINE) {
			readOneLine(format, table, items);
		} else {
			readGrid(format, table, items);
		}
		return table;
	}

	private void readGrid(nianbao.format.format.Table format, Table table, List<Object> items) {
		int cursor = 0;
		for (Row row : TableStructure.leafRows(format)) {
			String label = Labels.normalize(TableStructure.label(row));
			nianbao.model.Row modelRow = newRow(table, row);
			int found = -1;
			int at = -1;
			boolean next = true;
			for (int k = cursor; k + 1 < items.size() && found < 0; k++) {
				if (items.get(k) instanceof LabelRun run && items.get(k + 1) instanceof Token) {
					// a misprinted label is accepted only where the row is expected: in the next label run
					at = next ? Labels.matchSuffixApproximately(run.normalized(), label)
							: Labels.matchSuffix(run.normalized(), label);
					next = false;
					if (at >= 0) {
						found = k;
					}
				}
			}
			if (found < 0) {
				diagnose("row-not-found", table.getKey() + ": row " + TableStructure.label(row) + " not found", null);
				fill(modelRow, table, List.of());
				continue;
			}
			LabelRun run = (LabelRun) items.get(found);
			modelRow.setPrintedLabel(run.normalized().substring(at));
			List<Token> values = values(items, found + 1, table.getColumns().size());
			fill(modelRow, table, values);
			TextRange labelRange = run.rangeFrom(at);
			modelRow.setRange(Ranges.of(values.isEmpty() ? labelRange : labelRange.to(values.getLast().range())));
			cursor = found + 1 + values.size();
		}
	}

	private void readOneLine(nianbao.format.format.Table format, Table table, List<Object> items) {
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
