// SPDX-License-Identifier: EPL-2.0
package nianbao.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import nianbao.extract.ReportExtractor;
import nianbao.formats.OfficialFormats;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.FactKind;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.SourceRange;
import nianbao.model.Table;
import nianbao.read.Readers;
import nianbao.testing.GroundTruth;
import nianbao.testing.Samples;

/**
 * Every table-三 and table-四 cell and the identity of every sample report, compared with the
 * hand-verified ground truth in samples/expected.
 */
class GoldenExtractionTest {

	private static final List<String> ACCURACY = new ArrayList<>();

	static Stream<Path> samples() {
		return Samples.textReports().stream();
	}

	static Report extract(Path sample) throws Exception {
		return new ReportExtractor(OfficialFormats.library()).extract(Readers.read(sample));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void everyCellOfTables2To4EqualsTheGroundTruth(Path sample) throws Exception {
		Report report = extract(sample);
		GroundTruth truth = Samples.groundTruth(sample);
		List<String> wrong = differences(report, truth);
		int cells = report.getTables().stream().flatMap(t -> t.getRows().stream()).mapToInt(r -> r.getCells().size()).sum();
		int expectedCells = "2021".equals(truth.format()) ? 200 : 198;
		assertEquals(expectedCells, cells, "every cell of the format (format-spec: 200 in 2021, 198 in 2019 试行)");
		ACCURACY.add(String.format("%s: %d/%d cells", sample.getFileName(), cells - wrong.size(), cells));
		assertTrue(wrong.isEmpty(), String.join("\n", wrong));
	}

	/**
	 * The tables of the ground truth that were not extracted ("表三: not found"), then the
	 * {@link #differences}: unlike those alone, a report whose tables were not found does not pass.
	 */
	static List<String> mismatches(Report report, GroundTruth truth) {
		Set<String> found = report.getTables().stream().map(t -> t.getPartKey().equals("二") ? t.getCaption() : t.getKey())
				.collect(Collectors.toSet());
		List<String> wrong = new ArrayList<>();
		Stream.concat(truth.table("table2").keySet().stream(), Stream.of("表三", "表四")).filter(t -> !found.contains(t))
				.forEach(t -> wrong.add(t + ": not found"));
		wrong.addAll(differences(report, truth));
		return wrong;
	}

	/**
	 * The cells of tables 二 to 四 that differ from the ground truth, as "caption row / column: expected
	 * …, extracted …"; the tables' rows and columns must be the ground truth's.
	 */
	static List<String> differences(Report report, GroundTruth truth) {
		List<String> wrong = new ArrayList<>();
		for (Table table : report.getTables()) {
			// table 二 is keyed by caption, tables 三 and 四 directly by row
			JsonObject expected = switch (table.getPartKey()) {
				case "二" -> truth.table("table2").getAsJsonObject(table.getCaption());
				case "三" -> truth.table("table3");
				case "四" -> truth.table("table4");
				default -> throw new AssertionError("unexpected table " + table.getKey());
			};
			assertNotNull(expected, table.getCaption() + " is not in the ground truth");
			assertEquals(expected.keySet().stream().toList(), table.getRows().stream().map(Row::getLabel).toList(),
					table.getCaption() + " rows");
			for (Row row : table.getRows()) {
				JsonObject expectedRow = expected.getAsJsonObject(row.getLabel());
				assertEquals(expectedRow.keySet().stream().toList(),
						row.getCells().stream().map(c -> c.getColumn().getLabel()).toList(), row.getLabel());
				for (Cell cell : row.getCells()) {
					JsonElement want = expectedRow.get(cell.getColumn().getLabel());
					if (!matches(want, cell)) {
						wrong.add(table.getCaption() + " " + row.getLabel() + " / " + cell.getColumn().getLabel()
								+ ": expected " + want + ", extracted " + cell.getKind() + " " + cell.getText());
					}
				}
			}
		}
		return wrong;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void identityEqualsTheGroundTruth(Path sample) throws Exception {
		Report report = extract(sample);
		GroundTruth truth = Samples.groundTruth(sample);
		assertEquals(truth.format(), report.getFormatId(), "format");
		assertEquals(String.valueOf(truth.reportYear()), fact(report, FactKind.REPORT_YEAR), "year");
		assertEquals(truth.agency(), fact(report, FactKind.AGENCY), "agency");
		assertEquals(truth.publishedDate(), fact(report, FactKind.PUBLISHED_DATE), "published date");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void cellRangesPointAtTheCellsPrintedText(Path sample) throws Exception {
		Report report = extract(sample);
		String text = report.getText();
		for (Table table : report.getTables()) {
			for (Row row : table.getRows()) {
				assertNotNull(row.getRange(), row.getLabel());
				for (Cell cell : row.getCells()) {
					assertEquals(cell.getText(), slice(text, cell.getRange()), row.getLabel() + " / " + cell.getColumn().getLabel());
				}
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void gridRowRangesStartAtThePrintedLabel(Path sample) throws Exception {
		Table table = extract(sample).getTables().stream().filter(t -> t.getKey().equals("表三")).findFirst().orElseThrow();
		Row first = table.getRows().getFirst();
		String printed = slice(extract(sample).getText(), first.getRange()).replaceAll("\\s", "");
		assertTrue(printed.startsWith("一、本年新收政府信息公开申请数量"), printed);
	}

	@AfterAll
	static void printAccuracy() {
		System.out.println("Cell accuracy against samples/expected:\n  " + String.join("\n  ", ACCURACY));
	}

	/** A number by value, a blank ("") only as a blank cell, other text as printed. */
	private static boolean matches(JsonElement want, Cell cell) {
		if (want.getAsJsonPrimitive().isNumber()) {
			return cell.getKind() == CellKind.NUMBER && cell.getValue().compareTo(new BigDecimal(want.getAsString())) == 0;
		}
		if (want.getAsString().isEmpty()) {
			return cell.getKind() == CellKind.BLANK;
		}
		return cell.getKind() != CellKind.NUMBER && want.getAsString().equals(cell.getText());
	}

	private static String slice(String text, SourceRange range) {
		return text.substring(range.getOffset(), range.getOffset() + range.getLength());
	}

	private static String fact(Report report, FactKind kind) {
		return report.factValue(kind);
	}
}
