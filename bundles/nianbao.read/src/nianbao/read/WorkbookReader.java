// SPDX-License-Identifier: EPL-2.0
package nianbao.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads Excel workbooks (.xlsx with XSSF, .xls with HSSF), every sheet's used range, row by row. Cells
 * read as Excel shows them (POI's {@link DataFormatter}, cached results of formulas): 0.46 stays 0.46,
 * whole numbers have no ".0". A merged region is printed once, at its top left cell.
 *
 * <p>Rows with several filled cells make tables; a row with a single filled cell (a title, a part
 * heading, a line of running text typed into column A) is a paragraph, so that the extractor finds
 * part headings in spreadsheets as in documents. The canonical text is the same either way.
 */
final class WorkbookReader {

	/** A printed cell: its text and its column. */
	private record Printed(String text, int column) {
	}

	private WorkbookReader() {
	}

	static Document read(Path file, Workbook workbook, String kind, ReadBudget budget) throws ReadException {
		// as a Chinese Excel shows numbers and dates
		DataFormatter formatter = new DataFormatter(Locale.CHINA);
		formatter.setUseCachedValuesForFormulaCells(true);
		TextBuilder out = new TextBuilder(budget);
		for (Sheet sheet : workbook) {
			new SheetReader(sheet, formatter, out, budget).read();
		}
		return out.build(file, kind + ", " + workbook.getNumberOfSheets() + " sheet(s)");
	}

	/** One sheet: its rows in order, consecutive table rows making one {@link TableBlock}. */
	private static final class SheetReader {

		private final Sheet sheet;
		private final DataFormatter formatter;
		private final TextBuilder out;
		private final List<CellRangeAddress> merged;
		private final int firstColumn;
		/** The open table's first and last row and last column, or -1 when no table is open. */
		private int tableFirstRow = -1;
		private int tableLastRow;
		private int tableLastColumn;
		/** Past the last column any row uses: a table's row is printed to there, its empty cells too. */
		private final int endColumn;
		private final ReadBudget budget;

		SheetReader(Sheet sheet, DataFormatter formatter, TextBuilder out, ReadBudget budget) {
			this.sheet = sheet;
			this.budget = budget;
			this.formatter = formatter;
			this.out = out;
			this.merged = sheet.getMergedRegions();
			int first = Integer.MAX_VALUE;
			int end = 0;
			for (Row row : sheet) {
				if (row.getFirstCellNum() >= 0) {
					first = Math.min(first, row.getFirstCellNum());
					end = Math.max(end, row.getLastCellNum());
				}
			}
			this.firstColumn = first == Integer.MAX_VALUE ? 0 : first;
			this.endColumn = end;
		}

		void read() {
			for (Row row : sheet) {
				// a row may span the sheet's widest row, up to 16,384 columns, printed or not
				budget.time();
				List<Printed> cells = printed(row);
				List<Printed> filled = cells.stream().filter(c -> !c.text().isBlank()).toList();
				// a blank row, or a row that is not even stored, ends a table, and so does a line of text; but a
				// row of a table whose cells other than its label are empty (zeros left blank) is the table's
				// (and a row of cells that are there but empty, a row of zeros printed as nothing, too)
				boolean inTable = tableFirstRow >= 0 && row.getRowNum() == tableLastRow + 1;
				boolean emptyCells = filled.isEmpty() && !cells.isEmpty();
				if (filled.isEmpty() && !(inTable && emptyCells) || filled.size() == 1 && !inTable
						|| row.getRowNum() > tableLastRow + 1) {
					endTable();
				}
				if (filled.size() == 1 && tableFirstRow < 0) {
					out.paragraph(filled.getFirst().text(), cellAddress(row.getRowNum(), filled.getFirst().column()));
				} else if (!filled.isEmpty() || emptyCells && tableFirstRow >= 0) {
					if (tableFirstRow < 0) {
						out.beginTable();
						tableFirstRow = row.getRowNum();
						tableLastColumn = firstColumn;
					}
					// to the table's width: a cell left empty at the end of a row is still one of its cells
					int lastFilled = filled.isEmpty() ? firstColumn : filled.getLast().column();
					cells = cells.stream().filter(c -> c.column() <= Math.max(lastFilled, tableLastColumn)).toList();
					for (Printed cell : cells) {
						out.cell(cell.text(), cellAddress(row.getRowNum(), cell.column()));
						tableLastColumn = Math.max(tableLastColumn, cell.column());
					}
					out.endRow();
					tableLastRow = row.getRowNum();
				}
			}
			endTable();
		}

		/**
		 * The row's cells from the first used column to the last any row uses, without merged-over cells
		 * (the caller cuts them to the table's width); a row with nothing filled has none unless it has
		 * cells, empty ones.
		 */
		private List<Printed> printed(Row row) {
			List<Printed> cells = new ArrayList<>();
			int lastFilled = -1;
			for (int c = firstColumn; c < endColumn; c++) {
				if (coveredByMerge(row.getRowNum(), c)) {
					continue;
				}
				Cell cell = row.getCell(c);
				String text = cell == null ? "" : formatter.formatCellValue(cell);
				cells.add(new Printed(text, c));
				if (!text.isBlank()) {
					lastFilled = cells.size();
				}
			}
			return lastFilled < 0 && row.getPhysicalNumberOfCells() < 2 ? List.of() : cells;
		}

		/** Inside a merged region, but not its top left cell, which prints the region's content. */
		private boolean coveredByMerge(int row, int column) {
			for (CellRangeAddress region : merged) {
				if (region.isInRange(row, column) && (region.getFirstRow() != row || region.getFirstColumn() != column)) {
					return true;
				}
			}
			return false;
		}

		private void endTable() {
			if (tableFirstRow >= 0) {
				CellRangeAddress range = new CellRangeAddress(tableFirstRow, tableLastRow, firstColumn, tableLastColumn);
				out.endTable(new Location.SheetRange(sheet.getSheetName(), range.formatAsString(sheet.getSheetName(), false)));
				tableFirstRow = -1;
			}
		}

		private Location cellAddress(int row, int column) {
			return new Location.SheetRange(sheet.getSheetName(),
					new CellReference(sheet.getSheetName(), row, column, false, false).formatAsString());
		}
	}
}
