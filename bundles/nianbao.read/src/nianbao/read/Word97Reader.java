// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.nio.file.Path;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Reads Word 97–2003 documents (.doc) with POI's HWPF: paragraphs and tables through the Range and
 * Table API, field codes removed. A cell that continues a vertical or an old-style horizontal merge is
 * left out, so the merged cell is printed once, where it starts.
 */
final class Word97Reader {

	private Word97Reader() {
	}

	static Document read(Path file, HWPFDocument document, ReadBudget budget) throws ReadException {
		TextBuilder out = new TextBuilder(budget);
		Range range = document.getRange();
		int paragraphs = 0;
		int tables = 0;
		for (int i = 0; i < range.numParagraphs();) {
			org.apache.poi.hwpf.usermodel.Paragraph paragraph = range.getParagraph(i);
			Table table = paragraph.isInTable() ? tableStartingAt(range, paragraph) : null;
			if (table != null) {
				table(out, table, ++tables);
				i += Math.max(1, table.numParagraphs());
			} else {
				out.paragraph(Range.stripFields(paragraph.text()), new Location.WordParagraph(++paragraphs));
				i++;
			}
		}
		return out.build(file, "Word 97-2003 document");
	}

	/** The table that starts at this paragraph; null where HWPF finds none (as in some nested tables). */
	private static Table tableStartingAt(Range range, org.apache.poi.hwpf.usermodel.Paragraph paragraph) {
		try {
			return range.getTable(paragraph);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static void table(TextBuilder out, Table table, int index) {
		out.beginTable();
		for (int r = 0; r < table.numRows(); r++) {
			TableRow row = table.getRow(r);
			for (int c = 0; c < row.numCells(); c++) {
				TableCell cell = row.getCell(c);
				boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
						|| cell.isMerged() && !cell.isFirstMerged();
				if (!continued) {
					out.cell(Range.stripFields(cell.text()), new Location.WordCell(index, r + 1, c + 1));
				}
			}
			out.endRow();
		}
		out.endTable(new Location.WordTable(index));
	}
}
