// SPDX-License-Identifier: EPL-2.0
package nianbao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nianbao.results.AuditResult;
import nianbao.results.FileOrigin;
import nianbao.results.Results;
import nianbao.testing.GoldenFiles;
import nianbao.testing.GoldenReport;
import nianbao.testing.Samples;

/**
 * Every place a result gives in a report's file is where the file has that text: each SARIF location's
 * snippet (the characters of the canonical text the finding or operand points at) is read back from the
 * file at the location's origin with the file's own library — PDFBox within the page's box, POI in the
 * Word table's cell or the sheet's cell, jsoup in the web page's table cell. The JSON result, read back
 * through the results model, gives the same origins.
 */
class FileOriginsTest {

	/** A sample whose findings (T3-BAL of two columns) have cells of 表三 as operands. */
	private static final String SAMPLE = "001_79dfd87bc59a18f9";

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "hongze-2023", "hongze-2024", "huaian-szfgs-2024" })
	void aPdfFindingIsOnItsPageInItsBox(String name) throws Exception {
		Path pdf = Samples.root().resolve("pdf/" + name + ".pdf");
		List<Placed> placed = sarifLocations(pdf);
		assertFalse(placed.isEmpty());
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (Placed p : placed) {
				FileOrigin.Page page = assertInstanceOf(FileOrigin.Page.class, p.origin(), p.snippet());
				PDFTextStripperByArea stripper = new PDFTextStripperByArea();
				stripper.setSortByPosition(true);
				// a point around the box: glyph boxes and PDFBox's text positions differ by fractions
				stripper.addRegion("box", new Rectangle2D.Double(page.x() - 1, page.y() - 1, page.width() + 2, page.height() + 2));
				stripper.extractRegions(document.getPage(page.page() - 1));
				assertHoldsCharacters(stripper.getTextForRegion("box"), p.snippet(), page.description());
			}
		}
		assertSameAsJson(pdf, placed);
	}

	@Test
	void aWordFindingIsInItsTableRowAndCell() throws Exception {
		Path docx = golden("docx");
		List<Placed> placed = cellsOnly(sarifLocations(docx));
		assertFalse(placed.isEmpty());
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			for (Placed p : placed) {
				FileOrigin.WordTableCell cell = assertInstanceOf(FileOrigin.WordTableCell.class, p.origin(), p.snippet());
				String text = document.getTables().get(cell.table() - 1).getRows().get(cell.row() - 1).getTableCells()
						.get(cell.cell() - 1).getText();
				assertContains(text, p.snippet(), cell.description());
			}
		}
		assertSameAsJson(docx, placed);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "xlsx", "xls" })
	void anExcelFindingIsInItsSheetCell(String extension) throws Exception {
		Path workbook = golden(extension);
		List<Placed> placed = cellsOnly(sarifLocations(workbook));
		assertFalse(placed.isEmpty());
		try (InputStream in = Files.newInputStream(workbook);
				Workbook book = extension.equals("xls") ? new HSSFWorkbook(in) : new XSSFWorkbook(in)) {
			for (Placed p : placed) {
				FileOrigin.Sheet sheet = assertInstanceOf(FileOrigin.Sheet.class, p.origin(), p.snippet());
				CellReference reference = new CellReference(sheet.address());
				assertEquals(sheet.sheet(), reference.getSheetName());
				String text = new DataFormatter().formatCellValue(book.getSheet(sheet.sheet()).getRow(reference.getRow())
						.getCell(reference.getCol()));
				assertContains(text, p.snippet(), sheet.description());
			}
		}
		assertSameAsJson(workbook, placed);
	}

	@Test
	void aWebPageFindingIsInItsTableRowAndCell() throws Exception {
		Path html = golden("html");
		List<Placed> placed = cellsOnly(sarifLocations(html));
		assertFalse(placed.isEmpty());
		org.jsoup.nodes.Document page = Jsoup.parse(html.toFile());
		for (Placed p : placed) {
			FileOrigin.WebTableCell cell = assertInstanceOf(FileOrigin.WebTableCell.class, p.origin(), p.snippet());
			Element row = page.select("table").get(cell.table() - 1).select("tr").get(cell.row() - 1);
			List<Element> cells = row.children().stream().filter(e -> e.normalName().matches("t[dh]")).toList();
			assertContains(cells.get(cell.cell() - 1).text(), p.snippet(), cell.description());
			assertEquals(cells.get(cell.cell() - 1), page.selectFirst(cell.path()));
		}
		assertSameAsJson(html, placed);
	}

	/**
	 * The outputs for people name the place in the file too: hongze-2024's LB-3 (a row of 表三 printed
	 * as one where the format has three) is on the PDF's fourth page, as the test above reads it there.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "text", "csv", "junit", "html" })
	void everyOutputNamesThePage(String format) throws Exception {
		Path pdf = Samples.root().resolve("pdf/hongze-2024.pdf");
		CommandRun run = CommandRun.of("audit", "--format", format, pdf.toString());
		String line = run.out().lines().filter(l -> l.contains("LB-3") || l.contains("印为一行")).findFirst().orElseThrow();
		assertTrue(line.contains("第 4 页"), line);
	}

	/** A text file's canonical text is the file: its results give lines and columns, and no origin. */
	@Test
	void aTextReportHasNoOtherPlaceThanItsLines() throws Exception {
		AuditResult result = json(Samples.root().resolve("reports/" + SAMPLE + ".txt"));
		AuditResult.Assessed report = assertInstanceOf(AuditResult.Assessed.class, result.reports().getFirst());
		assertFalse(report.findings().isEmpty());
		report.findings().stream().flatMap(f -> f.operands().stream()).forEach(o -> assertEquals(null, o.location().origin()));
	}

	/** The sample with the findings on cells, written as a Word, Excel or HTML file. */
	private Path golden(String extension) {
		return GoldenFiles.write(GoldenReport.of(Samples.groundTruth(Samples.root().resolve("reports/" + SAMPLE + ".txt"))), dir,
				SAMPLE, extension);
	}

	/** A location of a SARIF result: the characters it points at and its place in the file. */
	private record Placed(String snippet, FileOrigin origin) {
	}

	private List<Placed> sarifLocations(Path report) throws IOException {
		CommandRun run = CommandRun.of("audit", "--format", "sarif", report.toString());
		assertTrue(run.exitCode() <= 1, run.err());
		List<Placed> placed = new ArrayList<>();
		JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
		for (JsonElement result : log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")) {
			JsonObject r = result.getAsJsonObject();
			List<JsonElement> locations = new ArrayList<>();
			r.getAsJsonArray("locations").forEach(locations::add);
			if (r.has("relatedLocations")) {
				r.getAsJsonArray("relatedLocations").forEach(locations::add);
			}
			for (JsonElement l : locations) {
				JsonObject location = l.getAsJsonObject();
				JsonObject region = location.getAsJsonObject("physicalLocation").getAsJsonObject("region");
				if (region != null && region.getAsJsonObject("snippet").get("text").getAsString().strip().length() > 0) {
					assertTrue(location.has("properties"), "a location without its place in the file: " + location);
					JsonObject origin = location.getAsJsonObject("properties").getAsJsonObject("origin");
					placed.add(new Placed(region.getAsJsonObject("snippet").get("text").getAsString(),
							new Gson().fromJson(origin, FileOrigin.type(origin.get("kind").getAsString()))));
				}
			}
		}
		return placed;
	}

	/** The locations in table cells (the findings about the text are in paragraphs). */
	private static List<Placed> cellsOnly(List<Placed> placed) {
		return placed.stream().filter(p -> p.origin() instanceof FileOrigin.WordTableCell
				|| p.origin() instanceof FileOrigin.WebTableCell
				|| p.origin() instanceof FileOrigin.Sheet s && !s.address().contains(":")).toList();
	}

	private AuditResult json(Path report) throws IOException {
		CommandRun run = CommandRun.of("audit", "--format", "json", report.toString());
		assertTrue(run.exitCode() <= 1, run.err());
		return Results.read(new StringReader(run.out()));
	}

	/** The JSON result, read back through the results model, places the findings and operands alike. */
	private void assertSameAsJson(Path report, List<Placed> placed) throws IOException {
		AuditResult.Assessed result = assertInstanceOf(AuditResult.Assessed.class, json(report).reports().getFirst());
		List<FileOrigin> origins = result.findings().stream()
				.flatMap(f -> Stream.concat(Stream.of(f.location()), f.operands().stream().map(AuditResult.OperandResult::location)))
				.filter(l -> l != null && l.origin() != null).map(AuditResult.Location::origin).toList();
		for (Placed p : placed) {
			assertTrue(origins.contains(p.origin()), p.origin() + " not in the JSON result");
		}
		// an operand that is a cell of a page names the cell and keeps its box as "area" too
		result.findings().stream().flatMap(f -> f.operands().stream()).filter(o -> o.cell() != null)
				.forEach(o -> assertEquals(o.location().origin() instanceof FileOrigin.Page page ? page : null, o.area()));
	}

	/**
	 * A page's box holds every character of the snippet: PDFBox reads a box in its own order, which
	 * interleaves a label broken over two lines with the figures of its row.
	 */
	private static void assertHoldsCharacters(String boxText, String snippet, String where) {
		Map<Integer, Long> box = boxText.codePoints().filter(c -> !Character.isWhitespace(c)).boxed()
				.collect(Collectors.groupingBy(c -> c, Collectors.counting()));
		snippet.codePoints().filter(c -> !Character.isWhitespace(c))
				.forEach(c -> assertTrue(box.merge(c, -1L, Long::sum) >= 0,
						where + ": the box holds “" + boxText.strip() + "”, not all of “" + snippet + "”"));
	}

	/** The file's text there holds the snippet, whitespace aside. */
	private static void assertContains(String fileText, String snippet, String where) {
		String file = fileText.replaceAll("\\s", "");
		String wanted = snippet.replaceAll("\\s", "");
		assertTrue(file.contains(wanted), where + ": the file has “" + file + "” there, not “" + wanted + "”");
	}
}
