// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.read.Document;
import nianbao.read.Location;
import nianbao.read.Paragraph;
import nianbao.read.Readers;
import nianbao.read.TableBlock;

class WordReaderTest {

	@TempDir
	Path dir;

	/**
	 * A line break inside a paragraph starts a new line; tabs stay (some reports align their tables
	 * with tabs); a table whose cell holds a table only lays out the page, and the table inside is read.
	 */
	@Test
	void readsParagraphsLineByLineAndTheTablesInsideLayoutTables() throws Exception {
		Path file = dir.resolve("report.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			XWPFRun title = document.createParagraph().createRun();
			title.setText("某某局2024年");
			title.addBreak();
			title.setText("政府信息公开工作年度报告");
			document.createParagraph().createRun().setText("行政复议\t1\t0");
			XWPFTable layout = document.createTable(1, 2);
			layout.getRow(0).getCell(0).setText("三、收到和处理政府信息公开申请情况");
			XWPFTableCell holder = layout.getRow(0).getCell(1);
			XWPFTable inner = new XWPFTable(holder.getCTTc().addNewTbl(), holder, 2, 1);
			inner.getRow(0).getCell(0).setText("总计");
			inner.getRow(1).getCell(0).setText("自然人");
			document.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
			document.write(out);
		}
		Document document = Readers.read(file);
		assertEquals("""
				某某局2024年
				政府信息公开工作年度报告
				行政复议\t1\t0
				三、收到和处理政府信息公开申请情况
				总计
				自然人
				四、政府信息公开行政复议、行政诉讼情况
				""", document.text());
		assertEquals(new Location.WordParagraph(1), document.blocks().get(1).location());
		Paragraph inLayout = assertInstanceOf(Paragraph.class, document.blocks().get(3));
		assertEquals(new Location.WordCell(1, 1, 1), inLayout.location());
		TableBlock table = assertInstanceOf(TableBlock.class, document.blocks().get(4));
		assertEquals(new Location.WordTable(2), table.location());
		assertEquals(new Location.WordParagraph(3), document.blocks().getLast().location());
	}
}
