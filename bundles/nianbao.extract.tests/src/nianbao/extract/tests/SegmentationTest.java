// SPDX-License-Identifier: EPL-2.0
package nianbao.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nianbao.extract.ReportExtractor;
import nianbao.formats.OfficialFormats;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.read.Readers;
import nianbao.testing.Samples;

/**
 * Cells printed without separators, in 威海 2021 (003): 表三 row 一 is 8 0 0 0 0 0 8, 表二
 * 行政规范性文件 is 4 7 22 (samples/expected). The printed gaps are kept, no number gets a leading zero,
 * and of the cuts the table's identities decide; where they cannot, the cells say so.
 */
class SegmentationTest {

	@TempDir
	Path dir;

	private Report printed(String from, String to) throws Exception {
		return printed("003_cfdcbf421f40f17c", from, to);
	}

	private Report printed(String sample, String from, String to) throws Exception {
		String text = Files.readString(Samples.root().resolve("reports/" + sample + ".txt"), StandardCharsets.UTF_8);
		assertEquals(1, text.split(java.util.regex.Pattern.quote(from), -1).length - 1, "once in " + sample + ": " + from);
		Path file = Files.writeString(dir.resolve("run-together.txt"), text.replace(from, to), StandardCharsets.UTF_8);
		return new ReportExtractor(OfficialFormats.library()).extract(Readers.read(file));
	}

	private static Row row(Report report, String table, String row) {
		return report.getTables().stream().filter(t -> t.getKey().equals(table)).flatMap(t -> t.getRows().stream())
				.filter(r -> r.getKey().equals(row)).findFirst().orElseThrow();
	}

	/** The cells cut from a printed run of digits are marked; a value printed on its own is not. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = { "80 00008; 1111111", "8000008; 1111111", "8 0 0 0 0 08; 0000011",
			"80000 08; 1111111" })
	void theCutUnderWhichTheTableAddsUpIsTaken(String digits, String segmented) throws Exception {
		Row first = row(printed("申请数量\t\t8\t0\t0\t0\t0\t0\t8", "申请数量 " + digits), "表三", "新收");
		assertEquals(List.of("8", "0", "0", "0", "0", "0", "8"), first.getCells().stream().map(Cell::getText).toList());
		assertEquals(segmented, String.join("", first.getCells().stream().map(c -> c.isSegmented() ? "1" : "0").toList()));
		assertEquals(1, first.getCells().getLast().getRange().getLength(), "a cell's range is its digit, not the printed run");
	}

	@Test
	void cellsPrintedApartAreNotSegmented() throws Exception {
		Row first = row(printed("申请数量\t\t8\t0\t0\t0\t0\t0\t8", "申请数量 8 0 0 0 0 0 8"), "表三", "新收");
		assertEquals(List.of(false), first.getCells().stream().map(Cell::isSegmented).distinct().toList());
	}

	/**
	 * "4722" reads as 4 7 22 or 4 72 2 (47 2 2 would leave fewer 现行有效 than 制发 less 废止): nothing in
	 * the table tells them apart, so only 本年制发 (4 either way) is read; the others keep both readings.
	 */
	@Test
	void cutsThatTheTableCannotTellApartAreAmbiguous() throws Exception {
		Row regulations = row(printed("行政规范性文件\t4\t7\t22", "行政规范性文件\t4722"), "第一项", "行政规范性文件");
		List<Cell> cells = regulations.getCells();
		assertEquals(CellKind.NUMBER, cells.get(0).getKind());
		assertEquals("4", cells.get(0).getText());
		assertEquals(List.of(CellKind.AMBIGUOUS, CellKind.AMBIGUOUS), List.of(cells.get(1).getKind(), cells.get(2).getKind()));
		assertEquals(List.of("7", "72"), cells.get(1).getReadings());
		assertEquals(List.of("22", "2"), cells.get(2).getReadings());
		assertEquals("4722", cells.get(1).getText());
	}

	/**
	 * 表二 of the 2019 trial format has no identities; where its digits run together the likelihood of the
	 * numbers decides, and only where it is clear: a change from last year is mostly none, a row of equal
	 * counts prints one number again and again. The values are those of the corpus's truth (001, 002,
	 * wild w002, w004), printed run together in place of a row of 001; "1118" (001's own 1 1 18) could as
	 * well be 11 1 8 and stays undecided.
	 */
	@ParameterizedTest(name = "{0} {2}")
	@CsvSource(delimiter = ';', value = { //
			"规范性文件 | 1 | 1 | 18 | |; 第一项; 121212; 12 12 12", // w002
			"行政处罚 | 0 | 0 | 0 | |; 第六项; 88022; 88 0 22", // w002
			"行政强制 | 0 | 0 | 0 | |; 第六项; 7020; 7 0 20", // w002
			"行政许可 | 0 | 0 | 0 | |; 第五项; 120391; 12 0 391", // 002
			"行政许可 | 0 | 0 | 0 | |; 第五项; 8801; 88 0 1", // w004
			"行政处罚 | 0 | 0 | 0 | |; 第六项; 2600; 26 0 0", // w004
			"行政事业性收费 | 26 | 0 | ||; 第八项; 260; 26 0", // 001
			"行政事业性收费 | 26 | 0 | ||; 第八项; 114; 11 4", // w004
			"规范性文件 | 1 | 1 | 18 | |; 第一项; 1118; 1|11 1 18|8" })
	void trialFormatTableTwoIsCutWhereTheNumbersLeaveNoDoubt(String printedRow, String table, String digits, String cells)
			throws Exception {
		String label = printedRow.substring(0, printedRow.indexOf(' '));
		Report report = printed("001_79dfd87bc59a18f9", printedRow, label + " " + digits);
		assertEquals("2019-trial", report.getFormatId());
		Row row = row(report, table, label);
		assertEquals(cells, String.join(" ", row.getCells().stream()
				.map(c -> c.getKind() == CellKind.AMBIGUOUS ? String.join("|", c.getReadings().stream().sorted().toList())
						: c.getText())
				.toList()));
		assertTrue(row.getCells().stream().allMatch(Cell::isSegmented), "cut from one printed run");
	}

	@Test
	void digitsTooFewForTheRowLeaveItUnread() throws Exception {
		Row first = row(printed("申请数量\t\t8\t0\t0\t0\t0\t0\t8", "申请数量 800008"), "表三", "新收");
		assertEquals(List.of(CellKind.MISSING), first.getCells().stream().map(Cell::getKind).distinct().toList());
	}
}
