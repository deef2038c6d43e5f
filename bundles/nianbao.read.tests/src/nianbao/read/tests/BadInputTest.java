// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import nianbao.read.Document;
import nianbao.read.ReadException;
import nianbao.read.Readers;
import nianbao.testing.GoldenFiles;
import nianbao.testing.GoldenReport;
import nianbao.testing.Samples;

/**
 * Bad input of every kind gives a {@link ReadException} that names the file and the reason, quickly:
 * never another exception, a hang or running out of memory. The bad files are made here.
 */
class BadInputTest {

	/** Makes a bad file in a folder. */
	@FunctionalInterface
	interface BadFile {
		Path make(Path dir) throws Exception;
	}

	@TempDir
	static Path dir;

	static Stream<Arguments> badFiles() {
		return Stream.of(
				Arguments.of("empty .docx", (BadFile) d -> Files.createFile(d.resolve("empty.docx")), "the file is empty"),
				Arguments.of("binary .docx", (BadFile) d -> Files.write(d.resolve("binary.docx"), noise(4096)),
						"not a Word or Excel file"),
				Arguments.of("binary .pdf", (BadFile) d -> Files.write(d.resolve("binary.pdf"), noise(4096)), "not a PDF file"),
				Arguments.of("binary .html", (BadFile) d -> Files.write(d.resolve("binary.html"), withZeros(noise(4096))),
						"not an HTML page"),
				Arguments.of("truncated .docx", (BadFile) d -> truncated(golden(d, "docx"), d.resolve("truncated.docx")),
						"damaged or truncated"),
				Arguments.of("truncated .xlsx", (BadFile) d -> truncated(golden(d, "xlsx"), d.resolve("truncated.xlsx")),
						"damaged or truncated"),
				Arguments.of("truncated .doc", (BadFile) d -> truncated(golden(d, "doc"), d.resolve("truncated.doc")),
						"damaged or truncated"),
				Arguments.of("truncated .pdf", (BadFile) d -> truncated(sample("hongze-2023.pdf"), d.resolve("truncated.pdf")),
						"truncated: the file does not end with the %%EOF marker"),
				Arguments.of("password-protected .xlsx", (BadFile) BadInputTest::encryptedWorkbook, "the file is password-protected"),
				Arguments.of("password-protected .xls", (BadFile) BadInputTest::encryptedOldWorkbook, "the file is password-protected"),
				Arguments.of("password-protected .pdf", (BadFile) BadInputTest::encryptedPdf, "the file is password-protected"),
				Arguments.of("PDF without text", (BadFile) BadInputTest::scannedPdf, "no text on any page, and none in the page images"),
				Arguments.of("scan of 300 pages", (BadFile) d -> imagePages(d.resolve("long-scan.pdf"), 300, PDRectangle.A4),
						"300 pages without text (a scan?); OCR reads at most 60 pages of a report"),
				Arguments.of("page too large for OCR", (BadFile) d -> imagePages(d.resolve("poster.pdf"), 1, new PDRectangle(14400, 14400)),
						"page 1 is an image too large to read by OCR"),
				Arguments.of("PDF with a damaged scan", (BadFile) BadInputTest::damagedScan, "damaged or truncated"),
				Arguments.of("damaged .png", (BadFile) d -> Files.write(d.resolve("scan.png"), withPngSignature(noise(4096))),
						"damaged or truncated"),
				Arguments.of("100 MB .pdf", (BadFile) d -> sparse(d.resolve("huge.pdf"), 100), "the file is too large (100 MB; the limit for .pdf files is 50 MB)"),
				Arguments.of("100 MB .docx", (BadFile) d -> sparse(d.resolve("huge.docx"), 100), "the file is too large (100 MB; the limit for .docx files is 20 MB)"),
				Arguments.of("deeply nested HTML", (BadFile) BadInputTest::deepHtml, "the HTML nests elements more than 250 levels deep"),
				Arguments.of("HTML without text", (BadFile) d -> Files.writeString(d.resolve("blank.html"), "<html><body><p> </p><script>x()</script></body></html>"),
						"the file holds no text"),
				Arguments.of("RTF named .doc", (BadFile) d -> Files.writeString(d.resolve("rtf.doc"), "{\\rtf1\\ansi 政府信息公开}"), "an RTF document"),
				Arguments.of("PowerPoint named .docx", (BadFile) BadInputTest::notAWordPackage, "an Office Open XML file that is neither a Word document nor an Excel workbook"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void givesTheFileAndTheReason(String name, BadFile bad, String reason) throws Exception {
		Path file = bad.make(dir);
		ReadException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> assertThrows(ReadException.class, () -> Readers.read(file)), name);
		assertEquals(file, e.file(), name);
		assertTrue(e.reason().startsWith(reason), name + ": " + e.reason());
		assertEquals(file + ": " + e.reason(), e.getMessage());
	}

	/** The content decides the reader: a file under the wrong extension is read all the same. */
	@Test
	void readsFilesUnderTheWrongExtensionByTheirContent() throws Exception {
		Path docAsDocx = Files.copy(golden(dir, "doc"), dir.resolve("really-a-doc.docx"));
		Path docxAsDoc = Files.copy(golden(dir, "docx"), dir.resolve("really-a-docx.doc"));
		Path xlsAsXlsx = Files.copy(golden(dir, "xls"), dir.resolve("really-an-xls.xlsx"));
		Path htmlAsXls = Files.copy(golden(dir, "html"), dir.resolve("really-html.xls"));
		Path pdfAsTxt = Files.copy(sample("hongze-2023.pdf"), dir.resolve("really-a-pdf.txt"));
		Document expected = Readers.read(golden(dir, "docx"));
		for (Path file : new Path[] { docAsDocx, docxAsDoc, xlsAsXlsx, htmlAsXls }) {
			assertEquals(expected.text(), Readers.read(file).text(), file.toString());
		}
		assertEquals("Word 97-2003 document", Readers.read(docAsDocx).description());
		assertEquals("HTML, UTF-8 (the file is named .xls)", Readers.read(htmlAsXls).description());
		assertEquals("PDF, 5 page(s) (the file is named .txt)", Readers.read(pdfAsTxt).description());
	}

	/**
	 * Office files zipped again by Info-ZIP ({@code zip -r}) carry its extra fields ("ux", "UT") on every
	 * entry, which commons-compress parses with commons-lang3: they are read as the original.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "docx", "xlsx" })
	void officeFilesZippedByInfoZipAreRead(String extension) throws Exception {
		Path original = golden(dir, extension);
		Path rezipped = dir.resolve("info-zip." + extension);
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(original));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rezipped))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				// Info-ZIP's "UT" (extended timestamp) and "ux" (Unix uid/gid) fields, as zip -r writes them
				copy.setExtra(new byte[] { 0x55, 0x54, 5, 0, 3, 0x10, 0x20, 0x30, 0x40, 0x75, 0x78, 11, 0, 1, 4, 0, 0, 0, 0, 4,
						0, 0, 0, 0 });
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		assertEquals(Readers.read(original).text(), Readers.read(rezipped).text());
	}

	@Test
	void knowsEveryExtension() {
		assertEquals("[bmp, doc, docx, gif, htm, html, jpeg, jpg, pdf, png, text, tif, tiff, txt, xls, xlsx]", Readers.extensions().toString());
		assertTrue(Readers.isReport(Path.of("report.PDF")));
	}

	/** The first sample written as a golden report of this type. */
	private static Path golden(Path d, String extension) {
		return GoldenFiles.write(GoldenReport.of(Samples.groundTruth(first())), d, name(first()), extension);
	}

	private static Path first() {
		return Samples.textReports().getFirst();
	}

	private static String name(Path sample) {
		return sample.getFileName().toString().replaceFirst("\\.txt$", "");
	}

	private static Path sample(String pdf) {
		return Samples.root().resolve("pdf").resolve(pdf);
	}

	private static Path truncated(Path whole, Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(whole);
		return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
	}

	private static byte[] noise(int length) {
		byte[] bytes = new byte[length];
		new Random(42).nextBytes(bytes);
		bytes[0] = 0x13; // no format's magic number
		return bytes;
	}

	private static byte[] withZeros(byte[] bytes) {
		for (int i = 0; i < bytes.length; i += 7) {
			bytes[i] = 0;
		}
		bytes[0] = 0x13;
		return bytes;
	}

	/** A file of that many megabytes that takes no room on disk. */
	private static Path sparse(Path file, int megabytes) throws IOException {
		try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
			out.setLength(megabytes * 1024L * 1024L);
		}
		return file;
	}

	private static Path deepHtml(Path d) throws IOException {
		return Files.writeString(d.resolve("deep.html"),
				"<html><body>" + "<div>".repeat(100_000) + "一、总体情况" + "</div>".repeat(100_000) + "</body></html>");
	}

	/** An .xlsx encrypted with a password, as Excel saves it: the package inside an OLE2 container. */
	private static Path encryptedWorkbook(Path d) throws Exception {
		Path file = d.resolve("secret.xlsx");
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("表三").createRow(0).createCell(0).setCellValue("一、本年新收政府信息公开申请数量");
			workbook.write(plain);
		}
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream encrypted = encryptor.getDataStream(fs)) {
				encrypted.write(plain.toByteArray());
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		return file;
	}

	/** An .xls encrypted with a password, as Excel 97-2003 saves it (RC4 inside the workbook stream). */
	private static Path encryptedOldWorkbook(Path d) throws Exception {
		Path file = d.resolve("secret.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("表三").createRow(0).createCell(0).setCellValue("一、本年新收政府信息公开申请数量");
			Biff8EncryptionKey.setCurrentUserPassword("secret");
			workbook.write(out);
		} finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		return file;
	}

	private static Path encryptedPdf(Path d) throws Exception {
		Path file = d.resolve("secret.pdf");
		try (PDDocument pdf = new PDDocument()) {
			pdf.addPage(new PDPage());
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
			pdf.protect(policy);
			pdf.save(file.toFile());
		}
		return file;
	}

	/** A page with a filled rectangle where a scan would be, and no text. */
	private static Path scannedPdf(Path d) throws Exception {
		Path file = d.resolve("scan.pdf");
		try (PDDocument pdf = new PDDocument()) {
			PDPage page = new PDPage();
			pdf.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.addRect(50, 50, 500, 700);
				content.fill();
			}
			pdf.save(file.toFile());
		}
		return file;
	}

	/** A PDF of pages that each show a small image over the page and no text, as a scanner makes them. */
	private static Path imagePages(Path file, int pages, PDRectangle size) throws Exception {
		try (PDDocument pdf = new PDDocument()) {
			BufferedImage grey = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
			grey.getRaster().setSample(2, 2, 0, 0);
			PDImageXObject image = LosslessFactory.createFromImage(pdf, grey);
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage(size);
				pdf.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
					content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
				}
			}
			pdf.save(file.toFile());
		}
		return file;
	}

	/** A one-page scan whose image data is not a JPEG, although the PDF says it is. */
	private static Path damagedScan(Path d) throws Exception {
		Path file = d.resolve("damaged-scan.pdf");
		try (PDDocument pdf = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			pdf.addPage(page);
			PDImageXObject image = new PDImageXObject(pdf, new ByteArrayInputStream(noise(4096)), COSName.DCT_DECODE, 1654,
					2339, 8, PDDeviceGray.INSTANCE);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
			}
			pdf.save(file.toFile());
		}
		return file;
	}

	private static byte[] withPngSignature(byte[] bytes) {
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		System.arraycopy(signature, 0, bytes, 0, signature.length);
		return bytes;
	}

	/** An Office Open XML package whose main part is neither a Word document nor a workbook. */
	private static Path notAWordPackage(Path d) throws Exception {
		Path file = d.resolve("slides.docx");
		try (OPCPackage pkg = OPCPackage.create(file.toFile())) {
			PackagePartName name = PackagingURIHelper.createPartName("/ppt/presentation.xml");
			pkg.createPart(name, "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
			pkg.addRelationship(name, TargetMode.INTERNAL, PackageRelationshipTypes.CORE_DOCUMENT);
		}
		return file;
	}
}
