// SPDX-License-Identifier: EPL-2.0
package nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nianbao.read.ReadLimits;
import nianbao.testing.GoldenFiles;
import nianbao.testing.GoldenReport;
import nianbao.testing.Samples;

/**
 * Hostile and broken files in a batch with a good report: each hostile one is "not assessed" with a
 * sentence naming the file and the limit or the damage, within seconds, and the good report is
 * audited and printed all the same. The hostile files are made here, none is kept in the repository.
 */
class HostileInputTest {

	/** Makes a hostile file in a folder. */
	@FunctionalInterface
	interface Hostile {
		Path make(Path dir) throws Exception;
	}

	/** The good report of every batch: 济宁 2020, whose first error is at 37:20. */
	private static final Path GOOD = Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt");
	private static final String GOOD_FINDING = GOOD + ":37:20: error T3-BAL ";
	/** No case may take longer; most take a second or two (the time limit's case its limit of 2 s, twice). */
	private static final Duration BOUND = Duration.ofSeconds(30);
	private static final String WORD_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	@TempDir
	static Path dir;

	static Stream<Arguments> hostileFiles() {
		return Stream.of(
				Arguments.of("a PDF page drawing 150,000 glyphs", (Hostile) d -> glyphs(d.resolve("glyphs.pdf"), 150_000),
						List.of(), "more than 100000 glyphs on page 1 (limit glyphs=100000; raise with --limit glyphs=N)"),
				Arguments.of("a PDF page of 500 million glyphs in nested forms, against the time limit",
						(Hostile) d -> nestedGlyphs(d.resolve("slow.pdf")), List.of("--limit", "glyphs=2000000000", "--limit", "time=2"),
						"took longer than 2 s (limit time=2; raise with --limit time=N)"),
				Arguments.of("an Excel sheet of 10,001 rows", (Hostile) HostileInputTest::longSheet, List.of(),
						"more than 10000 table rows (limit rows=10000; raise with --limit rows=N)"),
				Arguments.of("an HTML table of 10,001 rows", (Hostile) d -> Files.writeString(d.resolve("rows.html"),
						"<html><body><table>" + "<tr><td>项目</td><td>1</td></tr>".repeat(10_001) + "</table></body></html>"),
						List.of(), "more than 10000 table rows (limit rows=10000; raise with --limit rows=N)"),
				Arguments.of("an HTML row of 200,001 cells", (Hostile) d -> Files.writeString(d.resolve("cells.html"),
						"<html><body><table><tr>" + "<td>1</td>".repeat(200_001) + "</tr></table></body></html>"),
						List.of(), "more than 200000 table cells (limit cells=200000; raise with --limit cells=N)"),
				Arguments.of("HTML nested 10,000 deep", (Hostile) d -> Files.writeString(d.resolve("deep.html"),
						"<html><body>" + "<div>".repeat(10_000) + "一、总体情况" + "</div>".repeat(10_000) + "</body></html>"),
						List.of(), "the HTML nests elements more than 250 levels deep (limit depth=250; raise with --limit depth=N)"),
				Arguments.of("Word XML nested 10,000 deep", (Hostile) d -> wordPackage(d.resolve("deep.docx"), contentTypes(""),
						"<w:tbl>".repeat(10_000) + "</w:tbl>".repeat(10_000), 0), List.of(),
						"the Word file nests XML elements more than 250 levels deep (limit depth=250; raise with --limit depth=N)"),
				Arguments.of("a Word zip bomb (a part unpacking to 100 MB)", (Hostile) d -> wordPackage(d.resolve("bomb.docx"),
						contentTypes(""), "<w:p/>", 100), List.of(),
						"the Word file unpacks to more than 50 MB (limit unpacked=50; raise with --limit unpacked=N)"),
				Arguments.of("a Word file declaring an external entity", (Hostile) d -> wordPackage(d.resolve("xxe.docx"),
						contentTypes("<!DOCTYPE Types [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"), "<w:p/>", 0),
						List.of(), "the Word file contains a forbidden XML declaration (DOCTYPE/external entity); refused"),
				Arguments.of("a truncated Word file", (Hostile) d -> truncated(golden("docx"), d.resolve("cut.docx")), List.of(),
						"damaged or truncated"),
				Arguments.of("a Word part whose local header says Zstandard (found by fuzzing)",
						(Hostile) d -> compressedWith(golden("docx"), d.resolve("zstd.docx"), 20, false), List.of(),
						"damaged: a part of the file is compressed with a method Word and Excel files do not use"),
				Arguments.of("an Excel part whose local header says XZ (the same family)",
						(Hostile) d -> compressedWith(golden("xlsx"), d.resolve("xz-local.xlsx"), 95, false), List.of(),
						"damaged"),
				Arguments.of("an Excel part compressed with XZ by its central directory",
						(Hostile) d -> compressedWith(golden("xlsx"), d.resolve("xz.xlsx"), 95, true), List.of(),
						"damaged or truncated"),
				Arguments.of("a truncated PDF", (Hostile) d -> truncated(Samples.root().resolve("pdf/hongze-2023.pdf"),
						d.resolve("cut.pdf")), List.of(),
						"truncated: the file does not end with the %%EOF marker (incomplete download?)"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFiles")
	void aHostileFileIsNotAssessedAndTheBatchGoesOn(String name, Hostile hostile, List<String> options, String reason)
			throws Exception {
		Path file = hostile.make(dir);
		List<String> args = new ArrayList<>(List.of("audit"));
		args.addAll(options);
		args.addAll(List.of("--", GOOD.toString(), file.toString()));
		CommandRun run = assertTimeoutPreemptively(BOUND, () -> run(args.toArray(String[]::new)), name);
		assertEquals(2, run.exitCode(), name + ": " + run.err());
		List<String> refusals = run.out().lines().filter(l -> l.startsWith(file + ": cannot-assess: ")).toList();
		assertEquals(1, refusals.size(), name + ": " + run.out());
		assertTrue(refusals.getFirst().contains(reason), name + ": " + refusals.getFirst());
		assertPlain(run);
		// the good report of the same batch is audited and printed
		assertTrue(run.out().contains(GOOD_FINDING), name + ": " + run.out());
		assertTrue(run.err().contains("2 report(s), 1 not assessed"), name + ": " + run.err());
	}

	/** Raised, the limit lets the file through: the HTML table of 10,001 rows is read (and has no report). */
	@Test
	void aRaisedLimitLetsTheFileThrough() throws Exception {
		Path file = Files.writeString(dir.resolve("rows-raised.html"),
				"<html><body><table>" + "<tr><td>项目</td><td>1</td></tr>".repeat(10_001) + "</table></body></html>");
		CommandRun run = assertTimeoutPreemptively(BOUND, () -> run("audit", "--limit", "rows=20000", file.toString()));
		assertEquals(2, run.exitCode(), run.err());
		assertEquals(file + ": cannot-assess: no format applies: neither the report year nor the table headings match "
				+ "a known format", run.out().strip());
	}

	/**
	 * A Word file zipped again with an extra field no zip tool knows (header id 0xCAFE) is read as the
	 * original; a hostile file named with a dash and in Chinese, given after "--", is refused by name.
	 */
	@Test
	void oddButHarmlessFilesAreReadAndOddNamesAreTaken() throws Exception {
		Path original = golden("docx");
		Path rezipped = dir.resolve("extra-field.docx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(original));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rezipped))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setExtra(new byte[] { (byte) 0xFE, (byte) 0xCA, 4, 0, 1, 2, 3, 4 });
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		// relative to the working folder, so that the argument itself starts with the dash
		Path odd = Files.writeString(Path.of("-超长表格-" + ProcessHandle.current().pid() + ".html"),
				"<html><body><table>" + "<tr><td>项目</td><td>1</td></tr>".repeat(10_001) + "</table></body></html>");
		try {
			CommandRun run = assertTimeoutPreemptively(BOUND,
					() -> run("audit", "--format", "json", "--", rezipped.toString(), odd.toString(), GOOD.toString()));
			assertEquals(2, run.exitCode(), run.err());
			JsonArray reports = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("reports");
			assertEquals(3, reports.size(), run.out());
			JsonObject extra = reports.get(0).getAsJsonObject();
			JsonObject dash = reports.get(1).getAsJsonObject();
			JsonObject good = reports.get(2).getAsJsonObject();
			assertEquals(rezipped.toString(), extra.get("source").getAsString());
			assertTrue(extra.get("assessed").getAsBoolean(), extra.toString());
			assertEquals(odd.toString(), dash.get("source").getAsString());
			assertFalse(dash.get("assessed").getAsBoolean());
			assertEquals("more than 10000 table rows (limit rows=10000; raise with --limit rows=N)", dash.get("reason").getAsString());
			assertEquals(GOOD.toString(), good.get("source").getAsString());
			assertTrue(good.get("assessed").getAsBoolean(), good.toString());
			assertTrue(run.err().contains("3 report(s), 1 not assessed"), run.err());
			assertPlain(run);
		} finally {
			Files.delete(odd);
		}
	}

	/** A limit named wrongly or set to nothing is a plain error, before any report is read. */
	@Test
	void aBadLimitIsAPlainError() {
		CommandRun unknown = run("audit", "--limit", "pages=3", GOOD.toString());
		assertEquals(2, unknown.exitCode());
		assertEquals("nianbao: --limit: there is no limit \"pages\"; the limits are time, rows, cells, glyphs, unpacked, depth",
				unknown.err().strip());
		CommandRun zero = run("audit", "--limit", "glyphs=0", GOOD.toString());
		assertEquals(2, zero.exitCode());
		assertEquals("nianbao: --limit: the limit glyphs must be a whole number from 1 to 2147483647, not \"0\"",
				zero.err().strip());
		assertEquals("", unknown.out() + zero.out());
	}

	/** The help names every limit with its default, so that the two cannot drift apart. */
	@Test
	void theHelpNamesEveryLimitWithItsDefault() {
		CommandRun help = run("audit", "--help");
		String text = help.out().replaceAll("\\s+", " ");
		for (String limit : ReadLimits.names()) {
			assertTrue(text.contains(limit + "=" + ReadLimits.DEFAULTS.get(limit) + " ("), limit + ": " + help.out());
		}
	}

	/** No exception's name, no Java package, no stack trace where the user reads. */
	private static void assertPlain(CommandRun run) {
		for (String stream : List.of(run.out(), run.err())) {
			assertFalse(stream.contains("Exception"), stream);
			assertFalse(stream.contains("Error:"), stream);
			assertFalse(stream.contains("java."), stream);
			assertFalse(stream.contains("\tat "), stream);
		}
	}

	private static CommandRun run(String... args) {
		return CommandRun.of(args);
	}

	/**
	 * A one-page PDF that shows that many glyphs, fifty at a time, all at the same place: the text stripper
	 * keeps one of each overlapping copy, so the file costs time, not memory, up to the glyph limit.
	 */
	private static Path glyphs(Path file, int count) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDPage page = new PDPage();
			pdf.addPage(page);
			String fifty = "A".repeat(50);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
				for (int i = 0; i < count / 50; i++) {
					content.setTextMatrix(Matrix.getTranslateInstance(50, 700));
					content.showText(fifty);
				}
				content.endText();
			}
			pdf.save(file.toFile());
		}
		return file;
	}

	/**
	 * A one-page PDF that draws 500 million glyphs from a file of a few kilobytes: a form of fifty glyphs,
	 * a form that draws that one a hundred times, and so on, the page drawing the last form ten times.
	 * All at the same place, so that the stripper keeps one copy: only time is at stake.
	 */
	private static Path nestedGlyphs(Path file) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDPage page = new PDPage();
			pdf.addPage(page);
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDFormXObject form = form(pdf, "BT /F1 10 Tf 50 700 Td (" + "A".repeat(50) + ") Tj ET\n", "F1", font);
			for (int level = 0; level < 3; level++) {
				form = form(pdf, "/X Do\n".repeat(100), "X", form);
			}
			PDResources resources = new PDResources();
			resources.put(COSName.getPDFName("X"), form);
			page.setResources(resources);
			try (OutputStream content = newContents(pdf, page)) {
				content.write("/X Do\n".repeat(10).getBytes(StandardCharsets.US_ASCII));
			}
			pdf.save(file.toFile());
		}
		return file;
	}

	private static OutputStream newContents(PDDocument pdf, PDPage page) throws IOException {
		PDStream stream = new PDStream(pdf);
		page.setContents(stream);
		return stream.createOutputStream();
	}

	/** A form with this content, whose one resource is a font or another form by that name. */
	private static PDFormXObject form(PDDocument pdf, String content, String name, Object resource) throws IOException {
		PDFormXObject form = new PDFormXObject(pdf);
		form.setBBox(new PDRectangle(612, 792));
		PDResources resources = new PDResources();
		if (resource instanceof PDType1Font font) {
			resources.put(COSName.getPDFName(name), font);
		} else {
			resources.put(COSName.getPDFName(name), (PDFormXObject) resource);
		}
		form.setResources(resources);
		try (OutputStream out = form.getContentStream().createOutputStream()) {
			out.write(content.getBytes(StandardCharsets.US_ASCII));
		}
		return form;
	}

	/** An .xlsx of 10,001 rows of two cells, written streaming as a hostile generator would. */
	private static Path longSheet(Path d) throws IOException {
		Path file = d.resolve("rows.xlsx");
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try (OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("表三");
			for (int r = 0; r < 10_001; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("项目");
				row.createCell(1).setCellValue(r);
			}
			workbook.write(out);
		} finally {
			workbook.close();
		}
		return file;
	}

	private static String contentTypes(String doctype) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Override PartName=\"/word/document.xml\" ContentType=\"" + WORD_MIME + "\"/></Types>";
	}

	/**
	 * A Word package made by hand: the content types, the package relationship to the document, the
	 * document with that body, and a part of that many megabytes of zeros (none for 0).
	 */
	private static Path wordPackage(Path file, String contentTypes, String body, int zeroMegabytes) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			out.putNextEntry(new ZipEntry("[Content_Types].xml"));
			out.write(contentTypes.getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("_rels/.rels"));
			out.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
					+ "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("word/document.xml"));
			out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
					+ "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
			if (zeroMegabytes > 0) {
				out.putNextEntry(new ZipEntry("word/media/image1.bin"));
				byte[] megabyte = new byte[1024 * 1024];
				for (int i = 0; i < zeroMegabytes; i++) {
					out.write(megabyte);
				}
			}
			out.closeEntry();
		}
		return file;
	}

	/**
	 * A Word or Excel file whose first part claims a compression method that no office program writes
	 * (20: Zstandard as commons-compress reads it; 95: XZ): in its local header only (what the zip
	 * stream reader sees), or in the central directory too.
	 */
	private static Path compressedWith(Path whole, Path file, int method, boolean central) throws IOException {
		byte[] bytes = Files.readAllBytes(whole);
		ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		// no data descriptor: the stream reader then opens the part with the method's decompressor at once
		zip.putShort(6, (short) 0);
		zip.putShort(8, (short) method);
		if (central) {
			for (int at = 0; at + 4 < bytes.length; at++) {
				if (zip.getInt(at) == 0x02014b50) {
					zip.putShort(at + 10, (short) method);
					break;
				}
			}
		}
		return Files.write(file, bytes);
	}

	private static Path truncated(Path whole, Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(whole);
		return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
	}

	/** The first sample written as a golden report of this type. */
	private static Path golden(String extension) {
		Path first = Samples.textReports().getFirst();
		return GoldenFiles.write(GoldenReport.of(Samples.groundTruth(first)), dir,
				first.getFileName().toString().replaceFirst("\\.txt$", ""), extension);
	}
}
