// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.read.Document;
import nianbao.read.Location;
import nianbao.read.Paragraph;
import nianbao.read.Readers;
import nianbao.read.TableBlock;

class WorkbookReaderTest {

	@TempDir
	Path dir;

	static Stream<Arguments> workbooks() {
		return Stream.of(Arguments.of("xlsx", (Supplier<Workbook>) XSSFWorkbook::new),
				Arguments.of("xls", (Supplier<Workbook>) HSSFWorkbook::new));
	}

	/**
	 * Numbers read as Excel shows them: 0.46 stays 0.46, whole numbers have no ".0", a number format
	 * applies, a formula shows its result; the used range starts at its first column, and every sheet
	 * is read.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("workbooks")
	void readsCellsAsExcelShowsThem(String extension, Supplier<Workbook> create) throws Exception {
		Path file = dir.resolve("report." + extension);
		try (Workbook workbook = create.get(); OutputStream out = Files.newOutputStream(file)) {
			Sheet first = workbook.createSheet("表二");
			first.createRow(1).createCell(1).setCellValue("第二十条第（八）项");
			Row header = first.createRow(2);
			header.createCell(1).setCellValue("信息内容");
			header.createCell(2).setCellValue("本年收费金额（单位：万元）");
			header.createCell(3).setCellValue("件数");
			Row values = first.createRow(3);
			values.createCell(1).setCellValue("行政事业性收费");
			values.createCell(2).setCellValue(0.46);
			values.createCell(3).setCellValue(12.0);
			Row formatted = first.createRow(4);
			formatted.createCell(1).setCellValue("合计");
			CellStyle thousands = workbook.createCellStyle();
			thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			formatted.createCell(2).setCellValue(12345.0);
			formatted.getCell(2).setCellStyle(thousands);
			formatted.createCell(3).setCellFormula("D4*2");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("六、其他需要报告的事项");
			workbook.write(out);
		}
		Document document = Readers.read(file);
		assertEquals("""
				第二十条第（八）项
				信息内容\t本年收费金额（单位：万元）\t件数
				行政事业性收费\t0.46\t12
				合计\t12,345\t24
				六、其他需要报告的事项
				""", document.text());
		Paragraph caption = assertInstanceOf(Paragraph.class, document.blocks().get(0));
		assertEquals(new Location.SheetRange("表二", "表二!B2"), caption.location());
		TableBlock table = assertInstanceOf(TableBlock.class, document.blocks().get(1));
		assertEquals(new Location.SheetRange("表二", "表二!B3:D5"), table.location());
		TableBlock.Cell fee = table.rows().get(1).get(1);
		assertEquals("0.46", document.text(fee.range()));
		assertEquals(new Location.SheetRange("表二", "表二!C4"), fee.location());
		assertEquals(new Location.SheetRange("说明", "说明!A1"), document.blocks().get(2).location());
	}
}
