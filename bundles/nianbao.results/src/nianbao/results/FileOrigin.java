// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import nianbao.extract.Origins;
import nianbao.model.HtmlCell;
import nianbao.model.HtmlElement;
import nianbao.model.Origin;
import nianbao.model.PageArea;
import nianbao.model.SheetCells;
import nianbao.model.WordCell;
import nianbao.model.WordParagraph;
import nianbao.model.WordTable;

/**
 * Where something is in a report's file, in the file's own terms, as results carry it: {@code kind}
 * says which, {@code description} names it as an auditor would ("第 3 页", "表格 2 第 5 行第 3 列",
 * "Sheet1!C7").
 */
public sealed interface FileOrigin {

	/** page, word-cell, word-table, word-paragraph, sheet, html-cell or html-element. */
	String kind();

	/** The place as an auditor names it. */
	String description();

	/** A box on a page, in points from the page's top left corner; pages count from 1. */
	record Page(String kind, String description, int page, double x, double y, double width, double height) implements FileOrigin {
	}

	/** A cell of a Word table: table, row and cell in the row, each from 1 as Word counts them. */
	record WordTableCell(String kind, String description, int table, int row, int cell) implements FileOrigin {
	}

	/** A table of a Word document, from 1. */
	record WordDocumentTable(String kind, String description, int table) implements FileOrigin {
	}

	/** A paragraph of a Word document's body, from 1, tables not counted. */
	record WordBodyParagraph(String kind, String description, int paragraph) implements FileOrigin {
	}

	/** Cells of a spreadsheet, the address as Excel writes it with the sheet (Sheet1!C7). */
	record Sheet(String kind, String description, String sheet, String address) implements FileOrigin {
	}

	/** A cell of a web page's table: table among the page's tables, row, cell; and a CSS selector. */
	record WebTableCell(String kind, String description, int table, int row, int cell, String path) implements FileOrigin {
	}

	/** An element of a web page, as a CSS selector from body. */
	record WebElement(String kind, String description, String path) implements FileOrigin {
	}

	/** The record of a model origin; null for null. */
	static FileOrigin of(Origin origin) {
		String description = Origins.describe(origin);
		return switch (origin) {
			case null -> null;
			case PageArea a -> new Page("page", description, a.getPage(), round(a.getX()), round(a.getY()), round(a.getWidth()),
					round(a.getHeight()));
			case WordCell c -> new WordTableCell("word-cell", description, c.getTable(), c.getRow(), c.getCell());
			case WordTable t -> new WordDocumentTable("word-table", description, t.getTable());
			case WordParagraph p -> new WordBodyParagraph("word-paragraph", description, p.getParagraph());
			case SheetCells s -> new Sheet("sheet", description, s.getSheet(), s.getAddress());
			case HtmlCell c -> new WebTableCell("html-cell", description, c.getTable(), c.getRow(), c.getCell(), c.getPath());
			case HtmlElement e -> new WebElement("html-element", description, e.getPath());
			default -> throw new IllegalArgumentException("an origin of a kind results do not carry: " + origin.eClass().getName());
		};
	}

	/** Tenths of a point: finer than any reader places text, and short to read. */
	private static double round(double points) {
		return Math.round(points * 10) / 10.0;
	}

	/** The record type of a kind, for reading results back. */
	public static Class<? extends FileOrigin> type(String kind) {
		return switch (kind) {
			case "page" -> Page.class;
			case "word-cell" -> WordTableCell.class;
			case "word-table" -> WordDocumentTable.class;
			case "word-paragraph" -> WordBodyParagraph.class;
			case "sheet" -> Sheet.class;
			case "html-cell" -> WebTableCell.class;
			case "html-element" -> WebElement.class;
			default -> throw new IllegalArgumentException("an origin of an unknown kind: " + kind);
		};
	}
}
