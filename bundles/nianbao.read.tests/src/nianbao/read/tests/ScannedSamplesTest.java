// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nianbao.extract.Origins;
import nianbao.extract.ReportExtractor;
import nianbao.formats.OfficialFormats;
import nianbao.model.Report;
import nianbao.read.Document;
import nianbao.read.Location;
import nianbao.read.ReadException;
import nianbao.read.Readers;
import nianbao.read.TableBlock;
import nianbao.testing.Samples;

/**
 * Scanned reports, read by OCR (Tesseract must be installed, as {@code .ci/run} does): the three PDF
 * samples printed and scanned ({@code samples/scan}: image-only PDFs made with {@code pdftoppm -r 200
 * -gray} and {@code img2pdf}), and the same PDFs scanned here, rendered into images at other
 * resolutions and as a multi-page TIFF, each against the hand check of the text PDF.
 */
class ScannedSamplesTest {

	/** The 2019 row that the two 洪泽区 reports print although they use the 2021 format (see PdfSamplesTest). */
	private static final String COLLAPSED_ROW = "三、本年度办理结果/（六）其他处理";
	/** The share of cells that scans made otherwise must read right. */
	private static final double REQUIRED = 0.995;

	private static final Map<Path, Report> REPORTS = new ConcurrentHashMap<>();
	private static final List<String> ACCURACY = new ArrayList<>();

	@TempDir
	static Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "hongze-2023", "hongze-2024", "huaian-szfgs-2024" })
	void everyCellOfTheScanEqualsTheHandCheck(String name) throws Exception {
		Report report = extract(Samples.root().resolve("scan").resolve(name + ".pdf"));
		assertEquals("2021", report.getFormatId());
		ExpectedCells.Comparison comparison = handCheck(name).without(COLLAPSED_ROW::equals).compare(report);
		ACCURACY.add("scan/" + name + ".pdf: " + comparison.accuracy());
		assertTrue(comparison.wrong().isEmpty(), String.join("\n", comparison.wrong()));
	}

	/** The text PDFs rendered at other resolutions, as other scanners make them. */
	@ParameterizedTest(name = "{0} at {1} dpi")
	@CsvSource({ "hongze-2023, 300", "hongze-2024, 150", "huaian-szfgs-2024, 300" })
	void scansAtOtherResolutionsReadAlmostEveryCell(String name, int dpi) throws Exception {
		Path scan = dir.resolve(name + "-" + dpi + ".pdf");
		// in colour: PDFBox stores a grey image through getRGB, which lightens its greys
		List<BufferedImage> pages = render(name, dpi, ImageType.RGB);
		try (PDDocument pdf = new PDDocument()) {
			for (BufferedImage image : pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				PDImageXObject picture = LosslessFactory.createFromImage(pdf, image);
				try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
					content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
				}
			}
			pdf.save(scan.toFile());
		}
		assertAlmostEveryCell(name, scan);
	}

	/** A scan saved as a multi-page TIFF image rather than a PDF. */
	@Test
	void aTiffScanIsReadPageByPage() throws Exception {
		Path tiff = dir.resolve("huaian-szfgs-2024.tif");
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
			writer.setOutput(out);
			writer.prepareWriteSequence(null);
			// in grey, as a scanner saves it: read as printed, not as Java's linear grey
			for (BufferedImage page : render("huaian-szfgs-2024", 200, ImageType.GRAY)) {
				writer.writeToSequence(new IIOImage(page, null, null), null);
			}
			writer.endWriteSequence();
		} finally {
			writer.dispose();
		}
		assertTrue(Readers.read(tiff).description().startsWith("image, 6 page(s) read by OCR"));
		assertAlmostEveryCell("huaian-szfgs-2024", tiff);
	}

	/** A Word file of pasted scans: every page of a scan a picture in the document, read where it stands. */
	@Test
	void picturesInAWordFileAreReadByOcr() throws Exception {
		Path docx = dir.resolve("hongze-2023-pasted.docx");
		try (XWPFDocument word = new XWPFDocument()) {
			word.createParagraph().createRun().setText("淮安市洪泽区人民政府2023年政府信息公开工作年度报告（扫描件）");
			for (byte[] png : scanPages("hongze-2023")) {
				// an A4 page's width and height in points
				word.createParagraph().createRun().addPicture(new ByteArrayInputStream(png),
						org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "page.png", Units.toEMU(595), Units.toEMU(842));
			}
			try (OutputStream out = Files.newOutputStream(docx)) {
				word.write(out);
			}
		}
		assertEquals("Word document, 5 picture(s) read by OCR", Readers.read(docx).description());
		ExpectedCells.Comparison comparison = handCheck("hongze-2023").without(COLLAPSED_ROW::equals).compare(extract(docx));
		ACCURACY.add(docx.getFileName() + ": " + comparison.accuracy());
		assertTrue(comparison.wrong().isEmpty(), String.join("\n", comparison.wrong()));
		// without OCR the text around the pictures is read, and the description says what was not
		System.setProperty("nianbao.tesseract", dir.resolve("no-tesseract-here").toString());
		try {
			Document document = Readers.read(docx);
			assertTrue(document.text().contains("2023年政府信息公开工作年度报告"), document.text());
			assertEquals("Word document, 5 picture(s) not read: OCR not available: the program tesseract was not found "
					+ "(install tesseract-ocr and tesseract-ocr-chi-sim)", document.description());
		} finally {
			System.clearProperty("nianbao.tesseract");
		}
	}

	/**
	 * A web page of scanned pages, as sites publish signed reports: pictures embedded in the page and
	 * pictures saved beside it (a browser's "report_files" folder); pictures on the web are not fetched.
	 */
	@Test
	void picturesInAWebPageAreReadByOcr() throws Exception {
		Path html = dir.resolve("hongze-2024.html");
		Files.createDirectories(dir.resolve("hongze-2024_files"));
		StringBuilder page = new StringBuilder("<html><body><h1>淮安市洪泽区人民政府2024年政府信息公开工作年度报告</h1>"
				+ "<img src=\"https://www.hongze.gov.cn/logo.png\">");
		List<byte[]> pages = scanPages("hongze-2024");
		for (int i = 0; i < pages.size(); i++) {
			if (i % 2 == 0) {
				page.append("<p><img width=\"794\" src=\"data:image/png;base64,")
						.append(Base64.getEncoder().encodeToString(pages.get(i))).append("\"></p>");
			} else {
				Files.write(dir.resolve("hongze-2024_files/page " + i + ".png"), pages.get(i));
				page.append("<p><img src=\"hongze-2024_files/page%20").append(i).append(".png\"></p>");
			}
		}
		Files.writeString(html, page.append("</body></html>"));
		assertEquals("HTML, UTF-8, 5 picture(s) read by OCR", Readers.read(html).description());
		ExpectedCells.Comparison comparison = handCheck("hongze-2024").without(COLLAPSED_ROW::equals).compare(extract(html));
		ACCURACY.add(html.getFileName() + ": " + comparison.accuracy());
		assertTrue(comparison.wrong().isEmpty(), String.join("\n", comparison.wrong()));
	}

	/** The page images of a sample scan, as PNG files. */
	private static List<byte[]> scanPages(String name) throws Exception {
		List<byte[]> pages = new ArrayList<>();
		try (PDDocument scan = Loader.loadPDF(new File(Samples.root().resolve("scan/" + name + ".pdf").toString()))) {
			for (PDPage page : scan.getPages()) {
				PDImageXObject picture = (PDImageXObject) page.getResources()
						.getXObject(page.getResources().getXObjectNames().iterator().next());
				ByteArrayOutputStream png = new ByteArrayOutputStream();
				ImageIO.write(picture.getImage(), "png", png);
				pages.add(png.toByteArray());
			}
		}
		return pages;
	}

	/** What OCR read is marked with its confidence, and every cell keeps its page and box. */
	@Test
	void theScanIsDescribedAndEveryCellKeepsItsPlace() throws Exception {
		Document document = Readers.read(Samples.root().resolve("scan/hongze-2023.pdf"));
		assertEquals("PDF, 5 page(s), a scan read by OCR", document.description());
		assertFalse(document.recognised().isEmpty());
		assertTrue(document.recognised().stream().allMatch(r -> r.confidence() >= 0 && r.confidence() <= 100));
		List<TableBlock.Cell> cells = document.blocks().stream().filter(TableBlock.class::isInstance)
				.flatMap(b -> ((TableBlock) b).rows().stream()).flatMap(List::stream).toList();
		assertFalse(cells.isEmpty());
		for (TableBlock.Cell cell : cells) {
			Location.PageArea area = (Location.PageArea) cell.location();
			assertTrue(area.page() >= 1 && area.page() <= 5 && area.width() > 0 && area.x() + area.width() <= 596, area.toString());
		}
		// the report's cells keep the box they were read from: the tables are printed on pages 2 to 4
		Report report = extract(Samples.root().resolve("scan/hongze-2023.pdf"));
		List<nianbao.model.Cell> read = report.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getCells().stream())
				.filter(c -> c.getKind() == nianbao.model.CellKind.NUMBER).toList();
		assertFalse(read.isEmpty());
		for (nianbao.model.Cell cell : read) {
			nianbao.model.PageArea area = (nianbao.model.PageArea) Origins.of(cell);
			assertTrue(area != null && area.getPage() >= 2 && area.getPage() <= 4 && area.getWidth() > 0 && area.getHeight() > 0
					&& area.getX() + area.getWidth() <= 596 && area.getY() + area.getHeight() <= 843,
					cell.getColumn().getLabel() + " " + cell.getText());
		}
	}

	/** Without Tesseract a scan is not read, with the reason and what to install; never a crash. */
	@Test
	void withoutTesseractAScanIsRefusedWithWhatToInstall() throws Exception {
		System.setProperty("nianbao.tesseract", dir.resolve("no-tesseract-here").toString());
		try {
			Path scan = Samples.root().resolve("scan/hongze-2024.pdf");
			ReadException e = assertThrows(ReadException.class, () -> Readers.read(scan));
			assertEquals("page 1 is an image without text (a scan); OCR not available: the program tesseract was not found "
					+ "(install tesseract-ocr and tesseract-ocr-chi-sim)", e.reason());
		} finally {
			System.clearProperty("nianbao.tesseract");
		}
	}

	@AfterAll
	static void printAccuracy() {
		System.out.println("Cell accuracy of scans read by OCR against the hand checks:\n  " + String.join("\n  ", ACCURACY));
	}

	private static void assertAlmostEveryCell(String name, Path scan) throws Exception {
		ExpectedCells.Comparison comparison = handCheck(name).without(COLLAPSED_ROW::equals).compare(extract(scan));
		ACCURACY.add(scan.getFileName() + ": " + comparison.accuracy());
		assertTrue(comparison.cells() - comparison.wrong().size() >= REQUIRED * comparison.cells(),
				comparison.accuracy() + "\n" + String.join("\n", comparison.wrong()));
	}

	/** The pages of a sample PDF as a scanner at this resolution sees them. */
	private static List<BufferedImage> render(String name, int dpi, ImageType type) throws Exception {
		List<BufferedImage> pages = new ArrayList<>();
		try (PDDocument pdf = Loader.loadPDF(new File(Samples.root().resolve("pdf/" + name + ".pdf").toString()))) {
			PDFRenderer renderer = new PDFRenderer(pdf);
			for (int i = 0; i < pdf.getNumberOfPages(); i++) {
				pages.add(renderer.renderImageWithDPI(i, dpi, type));
			}
		}
		return pages;
	}

	private static Report extract(Path file) throws Exception {
		Report report = REPORTS.get(file);
		if (report == null) {
			report = new ReportExtractor(OfficialFormats.library()).extract(Readers.read(file));
			REPORTS.put(file, report);
		}
		return report;
	}

	private static ExpectedCells handCheck(String name) throws Exception {
		return ExpectedCells.ofHandCheck(Samples.root().resolve("pdf/" + name + ".expected.md"));
	}
}
