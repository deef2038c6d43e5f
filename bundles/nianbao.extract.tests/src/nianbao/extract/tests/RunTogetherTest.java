package nianbao.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.extract.ReportExtractor;
import nianbao.formats.OfficialFormats;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.read.Readers;
import nianbao.testing.Samples;

/** Row 一 of 威海 2021 (8 0 0 0 0 0 8) printed with its cells run together. */
class RunTogetherTest {

	@TempDir
	Path dir;

	private Row firstRow(String printed) throws Exception {
		String text = Files.readString(Samples.root().resolve("reports/003_cfdcbf421f40f17c.txt"), StandardCharsets.UTF_8)
				.replace("申请数量\t\t8\t0\t0\t0\t0\t0\t8", "申请数量\t\t" + printed);
		Path file = Files.writeString(dir.resolve("run-together.txt"), text, StandardCharsets.UTF_8);
		Report report = new ReportExtractor(OfficialFormats.library()).extract(Readers.read(file));
		return report.getTables().stream().filter(t -> t.getKey().equals("表三")).findFirst().orElseThrow().getRows()
				.getFirst();
	}

	@Test
	void theOnlySplitThatAddsUpIsTaken() throws Exception {
		Row row = firstRow("80 00008");
		assertEquals(List.of("8", "0", "0", "0", "0", "0", "8"), row.getCells().stream().map(Cell::getText).toList());
		Cell total = row.getCells().getLast();
		assertEquals(1, total.getRange().getLength(), "the range is the digit, not the printed group");
	}

	@Test
	void noDigitIsPlacedWithoutASplitThatAddsUp() throws Exception {
		// 80 | 000008 has no split into seven numbers whose first six add up to the seventh
		Row row = firstRow("80 000008");
		assertEquals(List.of(CellKind.MISSING), row.getCells().stream().map(Cell::getKind).distinct().toList(),
				"no digit can be placed in a column with confidence");
	}
}
