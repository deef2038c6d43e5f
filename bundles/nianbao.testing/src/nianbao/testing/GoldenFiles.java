// SPDX-License-Identifier: EPL-2.0
package nianbao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import nianbao.testing.GoldenReport.Cell;
import nianbao.testing.GoldenReport.Grid;
import nianbao.testing.GoldenReport.Text;

/**
 * Writes a {@link GoldenReport} as a Word document (merged cells as Word stores them: gridSpan and
 * vMerge), an Excel workbook, .xlsx or .xls (merged regions, numbers as numbers) or an HTML page
 * (rowspan and colspan, with page chrome around the report); Word 97-2003 versions are kept ready.
 */
public final class GoldenFiles {

	/** The file types a golden report can be written as. */
	public static final List<String> EXTENSIONS = List.of("docx", "doc", "xlsx", "xls", "html");

	private GoldenFiles() {
	}

	/**
	 * Writes the report as {@code name.extension} in {@code dir}.
	 *
	 * <p>POI cannot write Word 97-2003 files: the .doc versions were made once from the .docx this class
	 * writes, with LibreOffice ({@code soffice --headless --convert-to doc}), and are kept in
	 * {@code golden/} next to this class under the report's name; "doc" copies the one of that name.
	 */
	public static Path write(GoldenReport report, Path dir, String name, String extension) {
		Path file = dir.resolve(name + "." + extension);
		if (extension.equals("doc")) {
			try (InputStream in = GoldenFiles.class.getResourceAsStream("golden/" + name + ".doc")) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return file;
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			switch (extension) {
				case "docx" -> word(report, out);
				case "xlsx" -> workbook(report, new XSSFWorkbook(), out);
				case "xls" -> workbook(report, new HSSFWorkbook(), out);
				case "html" -> out.write(html(report).getBytes(StandardCharsets.UTF_8));
				default -> throw new IllegalArgumentException(extension);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return file;
	}

	private static void word(GoldenReport report, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			for (GoldenReport.Item item : report.items()) {
				switch (item) {
					case Text text -> document.createParagraph().createRun().setText(text.text());
					case Grid grid -> wordTable(document.createTable(), grid);
				}
			}
			document.write(out);
		}
	}

	/**
	 * Each row gets a cell where a grid cell starts (with its gridSpan, and vMerge "restart" if it spans
	 * rows) and an empty "continue" cell where a cell from a row above goes on.
	 */
	private static void wordTable(XWPFTable table, Grid grid) {
		Cell[][] at = grid.coverage();
		for (int r = 0; r < grid.rows(); r++) {
			XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
			while (!row.getTableCells().isEmpty()) {
				row.removeCell(0);
			}
			for (int c = 0; c < grid.columns();) {
				Cell cell = at[r][c];
				XWPFTableCell printed = row.addNewTableCell();
				if (cell == null) {
					c++;
					continue;
				}
				CTTcPr properties = printed.getCTTc().addNewTcPr();
				if (cell.colSpan() > 1) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
				}
				if (cell.row() == r) {
					// a blank cell as Word keeps it: a paragraph without a run
					if (!cell.text().isEmpty()) {
						printed.setText(cell.text());
					}
					if (cell.rowSpan() > 1) {
						properties.addNewVMerge().setVal(STMerge.RESTART);
					}
				} else {
					properties.addNewVMerge().setVal(STMerge.CONTINUE);
				}
				c += cell.colSpan();
			}
		}
	}

	/** One sheet: a paragraph per row in column A, tables below each other with a blank row around them. */
	private static void workbook(GoldenReport report, Workbook workbook, OutputStream out) throws IOException {
		try (workbook) {
			Sheet sheet = workbook.createSheet("年度报告");
			int next = 0;
			for (GoldenReport.Item item : report.items()) {
				switch (item) {
					case Text text -> sheet.createRow(next++).createCell(0).setCellValue(text.text());
					case Grid grid -> {
						next = sheetTable(sheet, next + 1, grid) + 1;
					}
				}
			}
			workbook.write(out);
		}
	}

	/** Writes the grid from row {@code top} on and returns the row after it. */
	private static int sheetTable(Sheet sheet, int top, Grid grid) {
		for (int r = 0; r < grid.rows(); r++) {
			sheet.createRow(top + r);
		}
		for (Cell cell : grid.cells()) {
			Row row = sheet.getRow(top + cell.row());
			if (cell.number()) {
				row.createCell(cell.column()).setCellValue(Double.parseDouble(cell.text()));
			} else if (cell.text().isEmpty()) {
				// a blank cell as Excel keeps it: no value
				row.createCell(cell.column());
			} else {
				row.createCell(cell.column()).setCellValue(cell.text());
			}
			if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
				sheet.addMergedRegion(new CellRangeAddress(top + cell.row(), top + cell.row() + cell.rowSpan() - 1,
						cell.column(), cell.column() + cell.colSpan() - 1));
			}
		}
		return top + grid.rows();
	}

	/** A page with navigation, a script and a footer around the report, which the reader must leave out. */
	public static String html(GoldenReport report) {
		Document page = Document.createShell("");
		page.head().appendElement("meta").attr("charset", "utf-8");
		page.head().appendElement("style").text("td { border: 1px solid; }");
		page.body().appendElement("nav").appendElement("a").attr("href", "/").text("首页 > 政府信息公开 > 年度报告");
		page.body().appendElement("script").text("var visits = 12345;");
		Element article = page.body().appendElement("div").addClass("article");
		for (GoldenReport.Item item : report.items()) {
			switch (item) {
				case Text text -> article.appendElement("p").text(text.text());
				case Grid grid -> {
					Element body = article.appendElement("table").appendElement("tbody");
					for (int r = 0; r < grid.rows(); r++) {
						Element row = body.appendElement("tr");
						int at = r;
						for (Cell cell : grid.cells().stream().filter(c -> c.row() == at).sorted(Comparator.comparingInt(Cell::column)).toList()) {
							Element td = row.appendElement("td").text(cell.text());
							if (cell.rowSpan() > 1) {
								td.attr("rowspan", String.valueOf(cell.rowSpan()));
							}
							if (cell.colSpan() > 1) {
								td.attr("colspan", String.valueOf(cell.colSpan()));
							}
						}
					}
				}
			}
		}
		page.body().appendElement("footer").text("主办单位：某某市人民政府办公室 网站标识码 1234567890");
		return page.outerHtml();
	}
}
