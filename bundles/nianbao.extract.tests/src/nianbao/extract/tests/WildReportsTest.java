// SPDX-License-Identifier: EPL-2.0
package nianbao.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.Table;
import nianbao.testing.GroundTruth;
import nianbao.testing.Samples;

/**
 * The eleven reports as a crawler saved them (samples/wild: whole reports on a few lines, cells run
 * together), each read alone: every cell equals the hand-read truth, except the cells whose digits
 * the report's own text cannot cut, which are AMBIGUOUS with the true reading among theirs. Which
 * those are was read from the text (samples/wild/README.md says how each was settled: from the
 * page's HTML, or by the agency's report of another year).
 */
class WildReportsTest {

	/** Per report, the cells its text alone cannot decide: "caption row / column". */
	private static final Map<String, List<String>> UNDECIDABLE = Map.of(
			// "2135", "2433", "3123": 2 1 35 or 2 13 5 …; the reports of the years around settle them (check.tests)
			"w012.txt", List.of("第二十条第（一）项 行政规范性文件 / 本年废止件数", "第二十条第（一）项 行政规范性文件 / 现行有效件数"),
			"w013.txt", List.of("第二十条第（一）项 行政规范性文件 / 本年废止件数", "第二十条第（一）项 行政规范性文件 / 现行有效件数"),
			"w018.txt", List.of("第二十条第（一）项 行政规范性文件 / 本年废止件数", "第二十条第（一）项 行政规范性文件 / 现行有效件数"));

	static Stream<Path> reports() {
		return Samples.wildReports().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reports")
	void everyCellIsTheTruthOrUndecidedWithTheTruthAmongItsReadings(Path report) throws Exception {
		Report extracted = GoldenExtractionTest.extract(report);
		GroundTruth truth = Samples.groundTruth(report);
		assertEquals(truth.format(), extracted.getFormatId(), "format");
		List<String> undecided = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Table table : extracted.getTables()) {
			JsonObject expected = switch (table.getPartKey()) {
				case "二" -> truth.table("table2").getAsJsonObject(table.getCaption());
				case "三" -> truth.table("table3");
				default -> truth.table("table4");
			};
			for (Row row : table.getRows()) {
				for (Cell cell : row.getCells()) {
					JsonElement want = expected.getAsJsonObject(row.getLabel()).get(cell.getColumn().getLabel());
					String where = table.getCaption() + " " + row.getLabel() + " / " + cell.getColumn().getLabel();
					if (cell.getKind() == CellKind.AMBIGUOUS) {
						undecided.add(where);
						assertTrue(cell.getReadings().contains(want.getAsString()), where + ": " + cell.getReadings());
					} else if (!equal(want, cell)) {
						wrong.add(where + ": expected " + want + ", extracted " + cell.getKind() + " " + cell.getText());
					}
				}
			}
		}
		assertEquals(List.of(), wrong);
		assertEquals(UNDECIDABLE.getOrDefault(report.getFileName().toString(), List.of()), undecided);
	}

	private static boolean equal(JsonElement want, Cell cell) {
		if (want.getAsJsonPrimitive().isNumber()) {
			return cell.getKind() == CellKind.NUMBER && cell.getValue().compareTo(new BigDecimal(want.getAsString())) == 0;
		}
		return cell.getKind() != CellKind.NUMBER && want.getAsString().equals(cell.getText());
	}
}
