// SPDX-License-Identifier: EPL-2.0
package nianbao.extract.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

import nianbao.testing.GoldenReport;
import nianbao.testing.GoldenReport.Cell;
import nianbao.testing.GoldenReport.Grid;
import nianbao.testing.GoldenReport.Kind;
import nianbao.testing.GoldenReport.Text;

/**
 * Prints a {@link GoldenReport} as text the way converters and crawlers print real reports: a paragraph
 * per line, each table by a table printer. The printers work on the report's grids (the ground truth's
 * cells with the official template's merged cells), never on an extraction.
 */
final class TextLayouts {

	/** Title of the running page header that OCR and PDF conversions repeat on every page. */
	private static final String PAGE_HEADER = "政府信息公开工作年度报告";

	private TextLayouts() {
	}

	/**
	 * The report as lines: paragraphs wrapped at {@code wrapAt} characters (0: as they are), tables as the
	 * printer prints them (given the grid and the next page number, so that page numbers run on).
	 */
	static List<String> lines(GoldenReport report, int wrapAt, BiFunction<Grid, int[], List<String>> table) {
		List<String> lines = new ArrayList<>();
		int[] pages = { 1 };
		for (GoldenReport.Item item : report.items()) {
			switch (item) {
				case Text text -> lines.addAll(wrapAt == 0 ? List.of(text.text()) : wrap(text.text(), wrapAt));
				case Grid grid -> lines.addAll(table.apply(grid, pages));
			}
		}
		return lines;
	}

	/**
	 * A PDF-to-Markdown conversion that took every table row for a table of its own: each row is a
	 * one-row Markdown table with a header and a separator line (a row of column labels is the header
	 * itself); in every other data row the label cells are wrapped onto lines of their own before the
	 * table, and the row's pipe line keeps empty cells in their place.
	 */
	static List<String> markdownRowTables(Grid grid, int[] pages) {
		List<String> lines = new ArrayList<>();
		int dataRows = 0;
		for (int r = 0; r < grid.rows(); r++) {
			List<Cell> cells = grid.startingIn(r);
			boolean values = grid.holdsValues(r);
			boolean apart = values && dataRows++ % 2 == 1;
			List<String> printed = new ArrayList<>();
			for (Cell cell : cells) {
				if (apart && cell.kind() == Kind.LABEL) {
					lines.addAll(wrap(cell.text(), 8));
					printed.add("");
				} else {
					printed.add(cell.text());
				}
			}
			if (apart) {
				lines.add("");
			}
			if (values) {
				lines.add(pipes(Collections.nCopies(printed.size(), "")));
			}
			lines.add(values ? separator(printed.size()) : pipes(printed));
			lines.add(values ? pipes(printed) : separator(printed.size()));
			lines.add("");
		}
		return lines;
	}

	/**
	 * OCR to Markdown: the column labels replaced by a generic header ({@code | 数据1 | … | 数据n |}), every
	 * grid column a Markdown column (a merged cell where it starts, empty where it goes on), and the
	 * table broken in the middle of its rows by a page footer and the next page's header, after which it
	 * starts again with the generic header.
	 */
	static List<String> ocrMarkdown(Grid grid, int[] pages) {
		List<Integer> body = new ArrayList<>();
		for (int r = 0; r < grid.rows(); r++) {
			if (grid.holdsValues(r) || isCaption(grid, r)) {
				body.add(r);
			}
		}
		List<String> header = new ArrayList<>();
		for (int c = 1; c <= grid.columns(); c++) {
			header.add("数据" + c);
		}
		Cell[][] at = grid.coverage();
		List<String> lines = new ArrayList<>(List.of(pipes(header), separator(grid.columns())));
		int pageBreak = body.size() > 1 ? (body.size() + 1) / 2 : -1;
		for (int i = 0; i < body.size(); i++) {
			if (i == pageBreak) {
				lines.addAll(List.of("", "- " + pages[0]++ + " -", "", PAGE_HEADER, "", pipes(header), separator(grid.columns())));
			}
			int r = body.get(i);
			List<String> row = new ArrayList<>();
			for (int c = 0; c < grid.columns(); c++) {
				Cell cell = at[r][c];
				row.add(cell != null && cell.row() == r && cell.column() == c ? cell.text() : "");
			}
			lines.add(pipes(row));
		}
		lines.add("");
		return lines;
	}

	/**
	 * {@code pdftotext -layout}: columns aligned with spaces (a Chinese character two columns wide), a
	 * long label over several rows wrapped over them, and a group label down the left edge of its rows
	 * printed one character per line.
	 */
	static List<String> layoutTable(Grid grid, int[] pages) {
		// pages are broken by paginate, over the whole report
		int gap = 2;
		int[] width = new int[grid.columns()];
		for (Cell cell : grid.cells()) {
			if (cell.colSpan() == 1) {
				width[cell.column()] = Math.max(width[cell.column()], printedWidth(grid, cell));
			}
		}
		for (Cell cell : grid.cells()) {
			int last = cell.column() + cell.colSpan() - 1;
			int have = Arrays.stream(width, cell.column(), last + 1).sum() + gap * (cell.colSpan() - 1);
			width[last] += Math.max(0, printedWidth(grid, cell) - have);
		}
		int[] x = new int[grid.columns()];
		for (int c = 1; c < x.length; c++) {
			x[c] = x[c - 1] + width[c - 1] + gap;
		}
		List<String> lines = new ArrayList<>();
		for (int r = 0; r < grid.rows(); r++) {
			StringBuilder line = new StringBuilder();
			for (Cell cell : cellsOnLine(grid, r)) {
				String text = lineOf(grid, cell, r);
				if (text.isEmpty()) {
					continue;
				}
				int at = displayWidth(line);
				line.append(" ".repeat(at < x[cell.column()] ? x[cell.column()] - at : at == 0 ? 0 : 1)).append(text);
			}
			lines.add(line.toString().stripTrailing());
		}
		return lines;
	}

	/** The cells with something on row {@code r}'s line: those starting there, and multi-row labels going on. */
	private static List<Cell> cellsOnLine(Grid grid, int r) {
		return grid.cells().stream().filter(c -> c.row() == r || c.row() < r && r < c.row() + c.rowSpan())
				.sorted((a, b) -> Integer.compare(a.column(), b.column())).toList();
	}

	/** What a cell prints on row {@code r}'s line. */
	private static String lineOf(Grid grid, Cell cell, int r) {
		List<String> parts = verticalOrWrapped(grid, cell);
		if (parts == null) {
			return cell.row() == r ? cell.text() : "";
		}
		int offset = isVertical(grid, cell) ? (cell.rowSpan() - parts.size()) / 2 : 0;
		int index = r - cell.row() - offset;
		return index >= 0 && index < parts.size() ? parts.get(index) : "";
	}

	/** A multi-row label's lines: one character each down the left edge, else the label wrapped over its rows; null for others. */
	private static List<String> verticalOrWrapped(Grid grid, Cell cell) {
		if (isVertical(grid, cell)) {
			if (cell.text().length() > cell.rowSpan()) {
				throw new IllegalStateException("a vertical label longer than its rows: " + cell.text());
			}
			return wrap(cell.text(), 1);
		}
		if (cell.kind() == Kind.LABEL && cell.rowSpan() > 1 && cell.text().length() > 12) {
			return wrap(cell.text(), (cell.text().length() + cell.rowSpan() - 1) / cell.rowSpan());
		}
		return null;
	}

	private static boolean isVertical(Grid grid, Cell cell) {
		return cell.column() == 0 && cell.rowSpan() > 1 && cell.kind() == Kind.LABEL && grid.holdsValues(cell.row());
	}

	private static int printedWidth(Grid grid, Cell cell) {
		List<String> parts = verticalOrWrapped(grid, cell);
		return parts == null ? displayWidth(cell.text()) : parts.stream().mapToInt(TextLayouts::displayWidth).max().orElse(0);
	}

	/**
	 * Pages of {@code pdftotext -layout}: {@code perPage} lines each, then a blank line, the page footer
	 * (alternately "第 n 页 共 m 页" and "- n -") and a form feed; a page break may fall inside a table.
	 */
	static String paginate(List<String> lines, int perPage) {
		int pages = (lines.size() + perPage - 1) / perPage;
		StringBuilder out = new StringBuilder();
		for (int page = 1; page <= pages; page++) {
			for (String line : lines.subList((page - 1) * perPage, Math.min(lines.size(), page * perPage))) {
				out.append(line).append('\n');
			}
			String footer = page % 2 == 1 ? "第 " + page + " 页 共 " + pages + " 页" : "- " + page + " -";
			out.append('\n').append(" ".repeat(30)).append(footer).append('\n').append('\f');
		}
		return out.toString();
	}

	/** Lines of at most {@code width} characters, as a PDF wraps running text. */
	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		int[] points = text.codePoints().toArray();
		for (int from = 0; from < points.length; from += width) {
			lines.add(new String(points, from, Math.min(width, points.length - from)));
		}
		return lines;
	}

	/** A table caption: one cell across the grid. */
	private static boolean isCaption(Grid grid, int r) {
		List<Cell> cells = grid.startingIn(r);
		return cells.size() == 1 && cells.getFirst().colSpan() == grid.columns();
	}

	private static String pipes(List<String> cells) {
		return "| " + String.join(" | ", cells) + " |";
	}

	private static String separator(int columns) {
		return "|" + "---|".repeat(columns);
	}

	/** Columns a monospaced layout gives the text: two for a Chinese or full-width character. */
	private static int displayWidth(CharSequence text) {
		return text.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
	}
}
