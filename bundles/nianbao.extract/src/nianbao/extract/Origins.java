// SPDX-License-Identifier: EPL-2.0
package nianbao.extract;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nianbao.model.Located;
import nianbao.model.Origin;
import nianbao.model.PageArea;
import nianbao.model.Report;
import nianbao.model.ReportFactory;
import nianbao.model.SourceRange;
import nianbao.read.Block;
import nianbao.read.Document;
import nianbao.read.Location;
import nianbao.read.TableBlock;
import nianbao.read.TextRange;

/**
 * Where the pieces of a report are in its file. The reader knows each block's and cell's place in the
 * file (page and box, Word table/row/cell, sheet and cell, HTML table/row/cell); the report keeps them
 * as its {@link Report#getOrigins() origins}, so that any range of its canonical text — a cell, a
 * statement, a finding — is named in the file's own terms.
 */
public final class Origins {

	private static final ReportFactory FACTORY = ReportFactory.eINSTANCE;

	private Origins() {
	}

	/** Gives the report the places of the document's paragraphs, tables and table cells. */
	static void place(Report report, Document document) {
		List<Origin> origins = report.getOrigins();
		for (Block block : document.blocks()) {
			add(origins, block.location(), block.range());
			if (block instanceof TableBlock table) {
				table.rows().stream().flatMap(List::stream).forEach(cell -> add(origins, cell.location(), cell.range()));
			}
		}
	}

	/**
	 * The innermost printed piece that holds the start of a range: the table cell, else the paragraph or
	 * table; null for a text file, for a range the file does not print, and for null.
	 */
	public static Origin of(Report report, SourceRange range) {
		if (report == null || range == null) {
			return null;
		}
		List<Origin> origins = report.getOrigins();
		int at = range.getOffset();
		// origins are in text order, each table before its cells: the last one starting at or before the
		// range, then back to the first that holds it (a cell, or else the table around the gap)
		int low = 0;
		int high = origins.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			if (origins.get(middle).getRange().getOffset() <= at) {
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		for (int i = high; i >= 0; i--) {
			SourceRange candidate = origins.get(i).getRange();
			if (at < candidate.getOffset() + Math.max(candidate.getLength(), 1)) {
				return origins.get(i) instanceof PageArea area ? spanned(area, origins, i, range) : origins.get(i);
			}
		}
		return null;
	}

	/**
	 * A range that runs on from a line of a page into the next lines (a statement broken across lines)
	 * is the box around those lines of the same page: the page is where it begins.
	 */
	private static PageArea spanned(PageArea first, List<Origin> origins, int index, SourceRange range) {
		int end = range.getOffset() + range.getLength();
		double left = first.getX();
		double top = first.getY();
		double right = left + first.getWidth();
		double bottom = top + first.getHeight();
		boolean grown = false;
		for (int i = index + 1; i < origins.size() && origins.get(i).getRange().getOffset() < end; i++) {
			if (origins.get(i) instanceof PageArea next && next.getPage() == first.getPage()) {
				left = Math.min(left, next.getX());
				top = Math.min(top, next.getY());
				right = Math.max(right, next.getX() + next.getWidth());
				bottom = Math.max(bottom, next.getY() + next.getHeight());
				grown = true;
			}
		}
		if (!grown) {
			return first;
		}
		PageArea around = FACTORY.createPageArea();
		around.setPage(first.getPage());
		around.setX(left);
		around.setY(top);
		around.setWidth(right - left);
		around.setHeight(bottom - top);
		around.setRange(EcoreUtil.copy(range));
		return around;
	}

	/** The place in the file of an element of a report model (a cell, a row, a part), or null. */
	public static Origin of(Located element) {
		EObject root = EcoreUtil.getRootContainer(element);
		return root instanceof Report report ? of(report, element.getRange()) : null;
	}

	/**
	 * The place as an auditor names it: "第 3 页", "表格 2 第 5 行第 3 列", "Sheet1!C7", "第 12 段",
	 * "网页表格 1 第 5 行第 3 列"; null for null.
	 */
	public static String describe(Origin origin) {
		return switch (origin) {
			case null -> null;
			case PageArea area -> "第 " + area.getPage() + " 页";
			case nianbao.model.WordCell cell -> "表格 " + cell.getTable() + " 第 " + cell.getRow() + " 行第 " + cell.getCell() + " 列";
			case nianbao.model.WordTable table -> "表格 " + table.getTable();
			case nianbao.model.WordParagraph paragraph -> "第 " + paragraph.getParagraph() + " 段";
			case nianbao.model.SheetCells cells -> cells.getAddress();
			case nianbao.model.HtmlCell cell -> "网页表格 " + cell.getTable() + " 第 " + cell.getRow() + " 行第 " + cell.getCell() + " 列";
			case nianbao.model.HtmlElement element -> "网页元素 " + element.getPath();
			default -> throw new IllegalArgumentException("an origin of a kind not described: " + origin.eClass().getName());
		};
	}

	private static void add(List<Origin> origins, Location location, TextRange range) {
		Origin origin = switch (location) {
			case Location.PageArea area -> {
				PageArea o = FACTORY.createPageArea();
				o.setPage(area.page());
				o.setX(area.x());
				o.setY(area.y());
				o.setWidth(area.width());
				o.setHeight(area.height());
				yield o;
			}
			case Location.WordCell cell -> {
				nianbao.model.WordCell o = FACTORY.createWordCell();
				o.setTable(cell.table());
				o.setRow(cell.row());
				o.setCell(cell.cell());
				yield o;
			}
			case Location.WordTable table -> {
				nianbao.model.WordTable o = FACTORY.createWordTable();
				o.setTable(table.table());
				yield o;
			}
			case Location.WordParagraph paragraph -> {
				nianbao.model.WordParagraph o = FACTORY.createWordParagraph();
				o.setParagraph(paragraph.index());
				yield o;
			}
			case Location.SheetRange sheet -> {
				nianbao.model.SheetCells o = FACTORY.createSheetCells();
				o.setSheet(sheet.sheet());
				o.setAddress(sheet.address());
				yield o;
			}
			case Location.HtmlCell cell -> {
				nianbao.model.HtmlCell o = FACTORY.createHtmlCell();
				o.setTable(cell.table());
				o.setRow(cell.row());
				o.setCell(cell.cell());
				o.setPath(cell.path());
				yield o;
			}
			case Location.HtmlElement element -> {
				nianbao.model.HtmlElement o = FACTORY.createHtmlElement();
				o.setPath(element.path());
				yield o;
			}
			// a text file's lines are its canonical text: the canonical place is the file's own
			case Location.Line line -> null;
		};
		if (origin != null) {
			SourceRange at = FACTORY.createSourceRange();
			at.setOffset(range.offset());
			at.setLength(range.length());
			origin.setRange(at);
			origins.add(origin);
		}
	}
}
