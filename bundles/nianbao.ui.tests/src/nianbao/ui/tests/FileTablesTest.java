// SPDX-License-Identifier: EPL-2.0
package nianbao.ui.tests;

import static nianbao.ui.tests.Workbench.page;
import static nianbao.ui.tests.Workbench.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.testing.GoldenFiles;
import nianbao.testing.GoldenReport;
import nianbao.testing.Samples;
import nianbao.ui.editors.ReportEditor;

/**
 * A Word or Excel report shows its tables as the file has them, the shown finding's cells marked: each
 * marked cell is, in the file (read back with POI), where the page says and holds the text it shows.
 */
class FileTablesTest {

	private static final String SAMPLE = "001_79dfd87bc59a18f9";
	private static final Pattern WORD_CELL = Pattern.compile("表格 (\\d+) 第 (\\d+) 行第 (\\d+) 列=(.*)");

	@TempDir
	Path dir;

	@AfterEach
	void close() throws Exception {
		Workbench.closeAll(null);
	}

	private Path golden(String extension) {
		return GoldenFiles.write(GoldenReport.of(Samples.groundTruth(Samples.root().resolve("reports/" + SAMPLE + ".txt"))), dir,
				SAMPLE, extension);
	}

	/** Opens the report and shows its T3-BAL finding of the column 自然人 (19 + 0 against 19 + 1). */
	private static ReportEditor showBalance(Path report) throws Exception {
		ReportEditor editor = ReportEditor.open(page(), report);
		assertNotNull(editor);
		settle();
		ReportAudit.Assessed audit = assertInstanceOf(ReportAudit.Assessed.class, editor.audit().orElseThrow());
		Finding balance = audit.findings().stream().filter(f -> f.ruleId().equals("T3-BAL") && f.subject().equals("自然人"))
				.findFirst().orElseThrow();
		editor.show(balance);
		return editor;
	}

	@Test
	void aWordReportsCellsAreMarkedWhereTheFileHasThem() throws Exception {
		Path docx = golden("docx");
		ReportEditor editor = showBalance(docx);
		List<String> target = editor.fileTableCells("target");
		assertEquals(1, target.size(), target.toString());
		assertTrue(target.getFirst().endsWith("=19"), "the target is 新收 自然人, 19: " + target);
		List<String> marked = new ArrayList<>(target);
		marked.addAll(editor.fileTableCells("operand"));
		assertEquals(4, marked.size(), "新收, 上年结转, 办理总计, 结转下年度: " + marked);
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			for (String cell : marked) {
				Matcher m = WORD_CELL.matcher(cell);
				assertTrue(m.matches(), cell);
				String text = document.getTables().get(Integer.parseInt(m.group(1)) - 1).getRows()
						.get(Integer.parseInt(m.group(2)) - 1).getTableCells().get(Integer.parseInt(m.group(3)) - 1).getText();
				assertEquals(m.group(4), text.strip(), cell);
			}
		}
	}

	@Test
	void anExcelReportsCellsAreMarkedWhereTheFileHasThem() throws Exception {
		Path xlsx = golden("xlsx");
		ReportEditor editor = showBalance(xlsx);
		List<String> marked = new ArrayList<>(editor.fileTableCells("target"));
		marked.addAll(editor.fileTableCells("operand"));
		assertEquals(4, marked.size(), marked.toString());
		assertFalse(editor.fileTableCells("error").isEmpty(), "the other findings' cells keep their severity's colour");
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (String cell : marked) {
				String[] placeAndText = cell.split("=", 2);
				CellReference reference = new CellReference(placeAndText[0]);
				String text = new DataFormatter().formatCellValue(workbook.getSheet(reference.getSheetName())
						.getRow(reference.getRow()).getCell(reference.getCol()));
				assertEquals(placeAndText[1], text, cell);
			}
		}
	}
}
