// SPDX-License-Identifier: EPL-2.0
package nianbao.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
		String text = Files.readString(Samples.root().resolve("reports/003_cfdcbf421f40f17c.txt"), StandardCharsets.UTF_8);
		assertEquals(1, text.split(java.util.regex.Pattern.quote(from), -1).length - 1, "once in 003: " + from);
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

	@Test
	void digitsTooFewForTheRowLeaveItUnread() throws Exception {
		Row first = row(printed("申请数量\t\t8\t0\t0\t0\t0\t0\t8", "申请数量 800008"), "表三", "新收");
		assertEquals(List.of(CellKind.MISSING), first.getCells().stream().map(Cell::getKind).distinct().toList());
	}
}
