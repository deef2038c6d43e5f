// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the canonical text and its blocks for the readers of structured files (HTML, Word, Excel,
 * PDF), so that they all print alike: every paragraph line is a line of its own, every table row is
 * one line with its cells separated by tabs. That is the layout the extractor reads best (as in the
 * tab-separated text reports).
 */
final class TextBuilder {

	private final ReadBudget budget;
	private final StringBuilder text = new StringBuilder();
	private final List<Block> blocks = new ArrayList<>();

	private int tableStart;
	private final List<List<TableBlock.Cell>> rows = new ArrayList<>();
	private final List<String> rowTexts = new ArrayList<>();
	private final List<Location> rowLocations = new ArrayList<>();
	private final List<String> rowPrinted = new ArrayList<>();
	private final List<List<PdfLayout.Span>> rowRecognised = new ArrayList<>();
	private final List<Recognised> recognised = new ArrayList<>();

	/** A builder that counts the table rows and cells it is given against the budget. */
	TextBuilder(ReadBudget budget) {
		this.budget = budget;
	}

	/**
	 * Adds a paragraph. A line break inside it (a soft break in Word, {@code <br>} in HTML) starts a new
	 * line, and each non-blank line becomes a {@link Paragraph} with the paragraph's location.
	 */
	void paragraph(String printed, Location location) {
		paragraph(printed, location, List.of());
	}

	/** Adds a paragraph of one line, with the words OCR read in it. */
	void paragraph(String printed, Location location, List<PdfLayout.Span> recognised) {
		for (String line : clean(printed).split("\n")) {
			String stripped = line.strip();
			if (!stripped.isEmpty()) {
				budget.time();
				int start = text.length();
				text.append(stripped).append('\n');
				blocks.add(new Paragraph(new TextRange(start, stripped.length()), location));
				recognise(printed, stripped, start, recognised);
			}
		}
	}

	/**
	 * Records the words OCR read in printed text that was added as {@code added} at {@code start}: where
	 * they are, if cleaning the text kept its characters in place (it does for OCR's words, which hold
	 * no breaks or control characters), else the whole text with its least confidence.
	 */
	private void recognise(String printed, String added, int start, List<PdfLayout.Span> spans) {
		if (spans.isEmpty()) {
			return;
		}
		int lead = printed.indexOf(added);
		if (lead >= 0 && printed.length() == clean(printed).length()) {
			for (PdfLayout.Span span : spans) {
				int from = Math.max(span.start() - lead, 0);
				int to = Math.min(span.start() + span.length() - lead, added.length());
				if (from < to) {
					recognised.add(new Recognised(new TextRange(start + from, to - from), span.confidence()));
				}
			}
		} else {
			double least = spans.stream().mapToDouble(PdfLayout.Span::confidence).min().orElseThrow();
			recognised.add(new Recognised(new TextRange(start, added.length()), least));
		}
	}

	/** Starts a table; its rows follow as {@link #cell} calls, each row closed by {@link #endRow}. */
	void beginTable() {
		tableStart = text.length();
		rows.clear();
	}

	/** Adds the next printed cell of the current row (not the cells a merged cell covers). */
	void cell(String printed, Location location) {
		cell(printed, location, List.of());
	}

	/** Adds the next printed cell of the current row, with the words OCR read in it. */
	void cell(String printed, Location location, List<PdfLayout.Span> recognised) {
		// the row must stay one line: breaks and tabs inside a cell become spaces
		rowTexts.add(clean(printed).replaceAll("[\\t\\n]+", " ").strip());
		budget.cell();
		rowLocations.add(location);
		rowPrinted.add(printed);
		rowRecognised.add(recognised);
	}

	/**
	 * Ends the current row. A row without any text is left out before a table's first row; after it, it
	 * is a row whose cells were left empty (a table that prints zeros as nothing), as many tabs as cells.
	 */
	void endRow() {
		budget.row();
		if (rowTexts.stream().anyMatch(t -> !t.isEmpty()) || !rows.isEmpty() && rowTexts.size() > 1) {
			List<TableBlock.Cell> cells = new ArrayList<>();
			for (int i = 0; i < rowTexts.size(); i++) {
				if (i > 0) {
					text.append('\t');
				}
				cells.add(new TableBlock.Cell(new TextRange(text.length(), rowTexts.get(i).length()), rowLocations.get(i)));
				recognise(rowPrinted.get(i), rowTexts.get(i), text.length(), rowRecognised.get(i));
				text.append(rowTexts.get(i));
			}
			text.append('\n');
			rows.add(cells);
		}
		rowTexts.clear();
		rowLocations.clear();
		rowPrinted.clear();
		rowRecognised.clear();
	}

	/** Ends the current table, which is at {@code location} in the source; a table without rows adds no block. */
	void endTable(Location location) {
		if (!rows.isEmpty()) {
			blocks.add(new TableBlock(new TextRange(tableStart, text.length() - 1 - tableStart), location, rows));
		}
		rows.clear();
	}

	/**
	 * The document.
	 *
	 * @throws ReadException if the file yielded no text
	 */
	Document build(Path file, String description) throws ReadException {
		if (text.isEmpty()) {
			throw new ReadException(file, "the file holds no text");
		}
		return new Document(file, text.toString(), blocks, description, recognised);
	}

	/**
	 * Line breaks of every kind become {@code \n}; other control characters (Word's cell and field
	 * marks, form feeds) are dropped.
	 */
	private static String clean(String printed) {
		StringBuilder out = new StringBuilder(printed.length());
		for (int i = 0; i < printed.length(); i++) {
			char c = printed.charAt(i);
			if (c == '\r' || c == '\u000B' || c == '\f' || c == '\u2028' || c == '\u2029') {
				out.append('\n');
			} else if (c >= 0x20 || c == '\t' || c == '\n') {
				out.append(c);
			}
		}
		return out.toString();
	}
}
