// SPDX-License-Identifier: EPL-2.0
package nianbao.results;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import nianbao.check.ReportAudit;

/**
 * The {@linkplain ResultRows result rows} as an Excel workbook, for auditors who sort and annotate
 * results in a spreadsheet. Streamed (POI's SXSSF), so that thousands of reports fit in little memory;
 * written to its file at the end, as a workbook is a zip that cannot be written line by line.
 */
final class XlsxOutput implements Output {

	private final Decisions decisions;
	private final Path file;
	private final UnaryOperator<String> heading;
	/** The columns that hold numbers. */
	private static final Set<String> NUMBERS = Set.of("line", "column", "actual", "expected", "difference");

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
	private final Sheet sheet = workbook.createSheet("审核结果");
	private int next;

	XlsxOutput(Decisions decisions, Path file, UnaryOperator<String> heading) {
		this.decisions = decisions;
		this.file = file;
		this.heading = heading;
	}

	@Override
	public void start(PrintWriter out) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		var header = workbook.createCellStyle();
		header.setFont(bold);
		row(ResultRows.COLUMNS.stream().map(heading).toList()).forEach(cell -> cell.setCellStyle(header));
		sheet.createFreezePane(0, 1);
	}

	@Override
	public void report(ReportAudit audit, PrintWriter out) {
		ResultRows.of(audit, decisions).forEach(this::row);
	}

	@Override
	public void finish(PrintWriter out) {
		try (workbook; OutputStream stream = Files.newOutputStream(file)) {
			workbook.write(stream);
		} catch (IOException e) {
			throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
		}
	}

	private Row row(List<String> cells) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < cells.size(); i++) {
			String value = cells.get(i);
			// line, column and the figures are numbers in a spreadsheet, so that they sort as numbers
			if (NUMBERS.contains(ResultRows.COLUMNS.get(i)) && value.matches("-?\\d+(\\.\\d+)?")) {
				row.createCell(i).setCellValue(Double.parseDouble(value));
			} else {
				row.createCell(i).setCellValue(value);
			}
		}
		return row;
	}
}
