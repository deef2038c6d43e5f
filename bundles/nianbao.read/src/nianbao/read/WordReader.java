// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads Word documents (.docx) with POI's XWPF: the body's paragraphs and tables in document order.
 * A cell merged horizontally (gridSpan) is one cell in the file already; a cell that continues a
 * vertical merge (vMerge without "restart") or an old-style horizontal one (hMerge) is left out, so
 * the merged cell is printed once, where it starts. A table whose cells hold tables only lays out the
 * page: its cells are read as running text. Pictures large enough to hold a table (a table pasted as an
 * image) are read by OCR where they stand.
 */
final class WordReader {

	/** A body element to read, and the layout-table cell it sits in, if any. */
	private record Item(IBodyElement element, Location cell) {
	}

	private WordReader() {
	}

	static Document read(Path file, XWPFDocument document, ReadBudget budget) throws ReadException {
		TextBuilder out = new TextBuilder(budget);
		PictureScans pictures = new PictureScans(file, out, budget);
		int paragraphs = 0;
		int tables = 0;
		// a work list rather than recursion, so that deeply nested tables cannot exhaust the stack
		Deque<Item> work = new ArrayDeque<>();
		document.getBodyElements().forEach(e -> work.add(new Item(e, null)));
		while (!work.isEmpty()) {
			Item item = work.pollFirst();
			budget.time();
			if (item.element() instanceof XWPFTable table) {
				if (holdsTables(table)) {
					layout(table, ++tables, work);
				} else {
					table(out, table, ++tables);
				}
				continue;
			}
			String text = switch (item.element()) {
				case XWPFParagraph paragraph -> paragraph.getText();
				case XWPFSDT control -> control.getContent().getText();
				default -> null; // other body elements hold no report text
			};
			if (text != null) {
				out.paragraph(text, item.cell() != null ? item.cell() : new Location.WordParagraph(++paragraphs));
			}
			if (item.element() instanceof XWPFParagraph paragraph) {
				for (XWPFRun run : paragraph.getRuns()) {
					for (XWPFPicture picture : run.getEmbeddedPictures()) {
						pictures.read(picture.getPictureData().getData(), picture.getWidth());
					}
				}
			}
		}
		return out.build(file, "Word document" + pictures.describe());
	}

	/** Puts the content of a layout table's cells at the front of the work list, in reading order. */
	private static void layout(XWPFTable table, int index, Deque<Item> work) {
		List<XWPFTableRow> rows = table.getRows();
		for (int r = rows.size() - 1; r >= 0; r--) {
			List<XWPFTableCell> cells = rows.get(r).getTableCells();
			for (int c = cells.size() - 1; c >= 0; c--) {
				Location cell = new Location.WordCell(index, r + 1, c + 1);
				cells.get(c).getBodyElements().reversed().forEach(e -> work.addFirst(new Item(e, cell)));
			}
		}
	}

	private static void table(TextBuilder out, XWPFTable table, int index) {
		out.beginTable();
		List<XWPFTableRow> rows = table.getRows();
		for (int r = 0; r < rows.size(); r++) {
			List<XWPFTableCell> cells = rows.get(r).getTableCells();
			for (int c = 0; c < cells.size(); c++) {
				XWPFTableCell cell = cells.get(c);
				if (!continuesMerge(cell)) {
					out.cell(cell.getText(), new Location.WordCell(index, r + 1, c + 1));
				}
			}
			out.endRow();
		}
		out.endTable(new Location.WordTable(index));
	}

	private static boolean holdsTables(XWPFTable table) {
		return table.getRows().stream().flatMap(r -> r.getTableCells().stream()).anyMatch(c -> !c.getTables().isEmpty());
	}

	/** A vMerge or hMerge without val="restart" continues the cell above or to the left. */
	private static boolean continuesMerge(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		return properties != null
				&& (properties.isSetVMerge() && properties.getVMerge().getVal() != STMerge.RESTART
						|| properties.isSetHMerge() && properties.getHMerge().getVal() != STMerge.RESTART);
	}
}
