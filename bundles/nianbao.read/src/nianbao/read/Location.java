// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

/**
 * Where a block or table cell is in the source file, in the terms of its file type, so that a viewer
 * can show the original next to the canonical text.
 */
public sealed interface Location {

	/** Line {@code number} (1-based) of a text file. */
	record Line(int number) implements Location {
	}

	/**
	 * An area of a PDF page: page number (1-based) and bounding box in points, measured from the top
	 * left corner of the page's crop box.
	 */
	record PageArea(int page, double x, double y, double width, double height) implements Location {
	}

	/** The {@code index}-th (1-based) paragraph of a Word document's body, tables not counted. */
	record WordParagraph(int index) implements Location {
	}

	/** The {@code table}-th (1-based) table of a Word document. */
	record WordTable(int table) implements Location {
	}

	/** A cell of a Word table: table, row and cell in that row, all 1-based, as Word counts them. */
	record WordCell(int table, int row, int cell) implements Location {
	}

	/**
	 * Cells of a spreadsheet: the sheet's name and the address as Excel writes it, with the sheet:
	 * {@code Sheet1!C7} or {@code Sheet1!A1:H30}.
	 */
	record SheetRange(String sheet, String address) implements Location {
	}

	/**
	 * A cell of an HTML table: the table among the page's tables, the row among the table's rows and the
	 * cell among the row's cells, all 1-based, and a CSS selector of the cell (see {@link HtmlElement}).
	 */
	record HtmlCell(int table, int row, int cell, String path) implements Location {
	}

	/** An HTML element, as a CSS selector path from {@code body} ({@code body>div:nth-child(2)>p}). */
	record HtmlElement(String path) implements Location {
	}
}
