// SPDX-License-Identifier: EPL-2.0
package nianbao.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import nianbao.extract.ReportExtractor;
import nianbao.formats.OfficialFormats;
import nianbao.model.Report;
import nianbao.read.Readers;
import nianbao.testing.GoldenFiles;
import nianbao.testing.GoldenReport;
import nianbao.testing.GroundTruth;
import nianbao.testing.Samples;

/**
 * The layout families real reports come in (issue 11, point 3), each printed from every sample's
 * ground truth (seeds and wild): the sample's own narrative before part 二 and from part 五 on, tables
 * 二 to 四 from the ground truth's cells in the official template's grid ({@link GoldenReport}). Every
 * table and cell must be read back equal to the ground truth; where a family leaves cells blank, the
 * ground truth is blanked the same way first, so those cells must be read as blank in their columns.
 */
class LayoutFamiliesTest {

	private static final List<String> ACCURACY = new ArrayList<>();

	@TempDir
	static Path dir;

	/** A layout family: how it prints a sample's golden report into a file of its own. */
	private record Family(String name, Printer printer) {
		@Override
		public String toString() {
			return name;
		}
	}

	@FunctionalInterface
	private interface Printer {
		Path print(GoldenReport report, Path file) throws Exception;
	}

	/** A browser's or crawler's ways of saving the HTML page, which the reader must see through. */
	private static final Map<String, Function<String, byte[]>> SAVED_PAGES = Map.of(
			"saved-from comment, doctype", page -> utf8("<!-- saved from url=(0052)http://www.example.gov.cn/zwgk/ndbg/t20220113_1.html -->\r\n"
					+ "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\r\n" + page),
			"byte-order mark, blank lines", page -> utf8("\uFEFF\n\n<!doctype html>\n" + page),
			"upper-case tags", page -> utf8(upperCaseTags(page)),
			"GBK with meta charset", page -> page.replace("<meta charset=\"utf-8\">",
					"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">").getBytes(Charset.forName("GB18030")),
			"crawler header before the page", page -> utf8("标题: 政府信息公开工作年度报告\n原文链接: http://www.example.gov.cn/a.html\n"
					+ "==================== 正文 ====================\n" + page));

	static Stream<Family> families() {
		Stream<Family> html = SAVED_PAGES.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.map(saved -> new Family("a. HTML source in .txt, " + saved.getKey(),
						(report, file) -> Files.write(file, saved.getValue().apply(GoldenFiles.html(report)))));
		return Stream.concat(html, Stream.of(
				new Family("b. Markdown, a table per row, labels apart", (report, file) -> text(file,
						String.join("\n", TextLayouts.lines(report, 0, TextLayouts::markdownRowTables)))),
				new Family("c. OCR Markdown, generic headers, split at pages", (report, file) -> text(file,
						String.join("\n", TextLayouts.lines(report, 0, TextLayouts::ocrMarkdown)))),
				new Family("d. pdftotext -layout", (report, file) -> text(file,
						TextLayouts.paginate(TextLayouts.lines(report, 40, TextLayouts::layoutTable), 30)))));
	}

	static Stream<Arguments> printedSamples() {
		return families().flatMap(family -> Samples.allTextReports().stream().map(sample -> Arguments.of(family, sample)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("printedSamples")
	void everyCellIsReadAsTheGroundTruth(Family family, Path sample) throws Exception {
		GroundTruth truth = Samples.groundTruth(sample);
		Path file = family.printer().print(GoldenReport.of(truth, sample), dir.resolve(name(sample) + ".txt"));
		assertReadAs(truth, file, family.name(), sample);
	}

	/** e. Which cells Word, Excel and web tables leave blank. */
	enum Blanks {
		ZEROS, ZEROS_AND_TOTALS;

		boolean blanks(String column, JsonElement cell) {
			boolean zero = cell.getAsJsonPrimitive().isNumber() && cell.getAsBigDecimal().compareTo(BigDecimal.ZERO) == 0;
			return zero || this == ZEROS_AND_TOTALS && column.equals("总计");
		}
	}

	static Stream<Arguments> blankedSamples() {
		return Stream.of("docx", "xlsx", "html").flatMap(extension -> Stream.of(Blanks.values())
				.flatMap(blanks -> Samples.allTextReports().stream().map(sample -> Arguments.of(extension, blanks, sample))));
	}

	/**
	 * e. The sample written as Word, Excel or HTML with its zero cells left blank (and, for
	 * {@link Blanks#ZEROS_AND_TOTALS}, the whole 总计 column of tables 三 and 四 too): every blanked cell
	 * must be read as a blank cell in its column, every other as the ground truth, and no row be lost.
	 */
	@ParameterizedTest(name = "e. {0} {1} {2}")
	@MethodSource("blankedSamples")
	void blankCellsAreReadAsBlankInTheirColumns(String extension, Blanks blanks, Path sample) throws Exception {
		GroundTruth truth = Samples.groundTruth(sample);
		GroundTruth blanked = blank(truth, blanks);
		assertNotEquals(truth.json(), blanked.json(), "the sample has cells to blank");
		Path file = GoldenFiles.write(GoldenReport.of(blanked, sample), Files.createDirectories(dir.resolve(blanks.name())),
				name(sample), extension);
		assertReadAs(blanked, file, "e. " + extension + " " + blanks, sample);
	}

	@AfterAll
	static void printAccuracy() {
		System.out.println("Layout families, tables found and cells equal to the ground truth:\n  " + String.join("\n  ", ACCURACY));
	}

	private static void assertReadAs(GroundTruth truth, Path file, String family, Path sample) throws Exception {
		Report report = new ReportExtractor(OfficialFormats.library()).extract(Readers.read(file));
		List<String> wrong;
		try {
			wrong = GoldenExtractionTest.mismatches(report, truth);
		} catch (AssertionError e) {
			// the rows or columns of a table are not those of the ground truth: no cell to compare
			wrong = List.of(e.getMessage());
		}
		ACCURACY.add(family + " " + sample.getFileName() + ": " + (wrong.isEmpty() ? "all" : wrong.size() + " wrong"));
		assertEquals(List.of(), wrong, file.toString());
	}

	/** The ground truth with the cells a family leaves blank as "" (the schema's blank cell). */
	private static GroundTruth blank(GroundTruth truth, Blanks blanks) {
		JsonObject json = truth.json().deepCopy();
		List<JsonObject> tables = new ArrayList<>();
		json.getAsJsonObject("table2").entrySet().forEach(caption -> tables.add(caption.getValue().getAsJsonObject()));
		tables.add(json.getAsJsonObject("table3"));
		tables.add(json.getAsJsonObject("table4"));
		for (JsonObject table : tables) {
			for (var row : table.entrySet()) {
				for (var cell : row.getValue().getAsJsonObject().entrySet()) {
					if (blanks.blanks(cell.getKey(), cell.getValue())) {
						cell.setValue(new JsonPrimitive(""));
					}
				}
			}
		}
		return new GroundTruth(json);
	}

	private static String name(Path sample) {
		return sample.getFileName().toString().replaceFirst("\\.txt$", "");
	}

	private static Path text(Path file, String text) throws Exception {
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** The page with its tag names in upper case, as old editors wrote them. */
	private static String upperCaseTags(String page) {
		Matcher tag = Pattern.compile("(</?)([a-z][a-z0-9]*)").matcher(page);
		StringBuilder out = new StringBuilder();
		while (tag.find()) {
			tag.appendReplacement(out, tag.group(1) + tag.group(2).toUpperCase(java.util.Locale.ROOT));
		}
		tag.appendTail(out);
		return out.toString();
	}
}
