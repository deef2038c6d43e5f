// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.read.Document;
import nianbao.read.Location;
import nianbao.read.Paragraph;
import nianbao.read.Readers;
import nianbao.read.TableBlock;

class PdfReaderTest {

	private static final float HEIGHT = PDRectangle.A4.getHeight();

	@TempDir
	Path dir;

	/**
	 * Three pages with a running header and page numbers, a table without rules (columns apart by wide
	 * gaps), and a ruled table whose first column merges two rows and whose label wraps around its value.
	 */
	@Test
	void rebuildsLinesAndTablesAndLeavesOutRunningHeadersAndPageNumbers() throws Exception {
		Path file = dir.resolve("report.pdf");
		String header = "Annual Report of the Office";
		try (PDDocument pdf = new PDDocument()) {
			try (PDPageContentStream page = page(pdf)) {
				write(page, new Text(72, 40, header), new Text(72, 100, "Report 2024"),
						new Text(72, 150, "Applicants"), new Text(300, 150, "12"), new Text(400, 150, "3"),
						new Text(72, 170, "Total"), new Text(300, 170, "15"), new Text(400, 170, "3"), new Text(290, 800, "- 1 -"));
			}
			try (PDPageContentStream page = page(pdf)) {
				// rules: rows 100-130-160, columns 72-200-300-400; the first column has no rule between the rows
				line(page, 72, 100, 400, 100);
				line(page, 200, 130, 400, 130);
				line(page, 72, 160, 400, 160);
				for (float x : new float[] { 72, 200, 300, 400 }) {
					line(page, x, 100, x, 160);
				}
				write(page, new Text(72, 40, header), new Text(76, 118, "Group"), new Text(204, 112, "first"),
						new Text(204, 124, "line"), new Text(304, 118, "1"), new Text(204, 148, "b"), new Text(304, 148, "2"),
						new Text(290, 800, "2 / 3"));
			}
			try (PDPageContentStream page = page(pdf)) {
				write(page, new Text(72, 40, header), new Text(72, 100, "End of report"), new Text(290, 800, "- 3 -"));
			}
			pdf.save(file.toFile());
		}
		Document document = Readers.read(file);
		assertEquals("""
				Report 2024
				Applicants\t12\t3
				Total\t15\t3
				Group\tfirst line\t1
				b\t2
				End of report
				""", document.text());
		assertEquals("PDF, 3 page(s)", document.description());

		Paragraph title = assertInstanceOf(Paragraph.class, document.blocks().get(0));
		Location.PageArea titleArea = assertInstanceOf(Location.PageArea.class, title.location());
		assertEquals(1, titleArea.page());
		assertEquals(72, titleArea.x(), 0.5);
		assertEquals(100, titleArea.y() + titleArea.height(), 0.5, "the bottom of the box is the baseline");

		TableBlock plain = assertInstanceOf(TableBlock.class, document.blocks().get(1));
		assertEquals(List.of("12", "15"), plain.rows().stream().map(r -> document.text(r.get(1).range())).toList());
		TableBlock ruled = assertInstanceOf(TableBlock.class, document.blocks().get(2));
		Location.PageArea value = assertInstanceOf(Location.PageArea.class, ruled.rows().get(1).get(1).location());
		assertEquals(2, value.page());
		assertEquals(304, value.x(), 0.5);
		assertEquals(3, assertInstanceOf(Location.PageArea.class, document.blocks().get(3).location()).page());
	}

	private static PDPageContentStream page(PDDocument pdf) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		pdf.addPage(page);
		return new PDPageContentStream(pdf, page);
	}

	/** Text with its baseline {@code y} points below the top of the page. */
	private record Text(float x, float y, String text) {
	}

	private static void write(PDPageContentStream page, Text... texts) throws IOException {
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		for (Text text : texts) {
			page.beginText();
			page.setFont(font, 10);
			page.newLineAtOffset(text.x(), HEIGHT - text.y());
			page.showText(text.text());
			page.endText();
		}
	}

	private static void line(PDPageContentStream page, float x1, float y1, float x2, float y2) throws IOException {
		page.moveTo(x1, HEIGHT - y1);
		page.lineTo(x2, HEIGHT - y2);
		page.stroke();
	}
}
