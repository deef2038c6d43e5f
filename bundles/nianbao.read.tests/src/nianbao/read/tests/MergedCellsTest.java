// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import static nianbao.testing.GoldenReport.Cell.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.read.Document;
import nianbao.read.Location;
import nianbao.read.Paragraph;
import nianbao.read.Readers;
import nianbao.read.TableBlock;
import nianbao.testing.GoldenFiles;
import nianbao.testing.GoldenReport;
import nianbao.testing.GoldenReport.Cell;
import nianbao.testing.GoldenReport.Grid;
import nianbao.testing.GoldenReport.Text;

/**
 * One small report with a table of merged cells, written as Word, Excel and HTML: every reader prints
 * it the same way (a row per line, cells separated by tabs, a merged cell once where it starts), and
 * each block and cell knows where it is in the canonical text and in the file.
 */
class MergedCellsTest {

	/**
	 * <pre>
	 * +-------+------+
	 * | A (2 cols)  | B   (2 rows)
	 * | C     | D    |
	 * | E     | F    | G
	 * | (E)   | H    | 0.46
	 * </pre>
	 */
	static final GoldenReport REPORT = new GoldenReport(List.of(
			new Text("一、总体情况"),
			new Grid(4, 3, List.of(label(0, 0, 1, 2, "A"), label(0, 2, 2, 1, "B"), label(1, 0, 1, 1, "C"), label(1, 1, 1, 1, "D"),
					label(2, 0, 2, 1, "E"), label(2, 1, 1, 1, "F"), label(2, 2, 1, 1, "G"), label(3, 1, 1, 1, "H"),
					new Cell(3, 2, 1, 1, "0.46", GoldenReport.Kind.NUMBER))),
			new Text("二、主动公开政府信息情况")));

	static final String TEXT = """
			一、总体情况
			A\tB
			C\tD
			E\tF\tG
			H\t0.46
			二、主动公开政府信息情况
			""";

	@TempDir
	static Path dir;

	/** The file type, and where each of the table's cells A, B, D and the value 0.46 is in the file. */
	static Stream<Arguments> files() {
		return Stream.of(
				Arguments.of("docx", wordCells(), new Location.WordParagraph(2)),
				Arguments.of("doc", wordCells(), new Location.WordParagraph(2)),
				Arguments.of("xlsx", sheetCells(), sheetCell("A8")),
				Arguments.of("xls", sheetCells(), sheetCell("A8")),
				Arguments.of("html", List.of(htmlCell(1, 1), htmlCell(1, 2), htmlCell(2, 2), htmlCell(4, 2)),
						new Location.HtmlElement("body>div:nth-child(3)>p:nth-child(3)")));
	}

	/** Word counts a cell spanning two columns as one, and the continuation of a vertical merge as a cell of its row. */
	private static List<Location> wordCells() {
		return List.of(new Location.WordCell(1, 1, 1), new Location.WordCell(1, 1, 2), new Location.WordCell(1, 2, 2),
				new Location.WordCell(1, 4, 3));
	}

	/** The sheet has the first paragraph in row 1, a blank row, the table in rows 3 to 6, a blank row. */
	private static List<Location> sheetCells() {
		return List.of(sheetCell("A3"), sheetCell("C3"), sheetCell("B4"), sheetCell("C6"));
	}

	private static Location sheetCell(String cell) {
		return new Location.SheetRange("年度报告", "年度报告!" + cell);
	}

	/** The page's body holds the navigation, a script, the article div and the footer. */
	private static Location htmlCell(int row, int cell) {
		return new Location.HtmlCell(1, row, cell,
				"body>div:nth-child(3)>table:nth-child(2)>tbody>tr:nth-child(" + row + ")>td:nth-child(" + cell + ")");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void everyReaderPrintsTheTableOneRowPerLine(String extension, List<Location> cellLocations, Location lastParagraph)
			throws Exception {
		Document document = Readers.read(GoldenFiles.write(REPORT, dir, "merged", extension));
		assertEquals(TEXT, document.text());
		assertEquals(3, document.blocks().size());

		Paragraph first = assertInstanceOf(Paragraph.class, document.blocks().get(0));
		assertEquals("一、总体情况", document.text(first.range()));
		Paragraph last = assertInstanceOf(Paragraph.class, document.blocks().get(2));
		assertEquals("二、主动公开政府信息情况", document.text(last.range()));
		assertEquals(lastParagraph, last.location());

		TableBlock table = assertInstanceOf(TableBlock.class, document.blocks().get(1));
		assertEquals("A\tB\nC\tD\nE\tF\tG\nH\t0.46", document.text(table.range()));
		List<List<String>> printed = table.rows().stream()
				.map(row -> row.stream().map(cell -> document.text(cell.range())).toList()).toList();
		assertEquals(List.of(List.of("A", "B"), List.of("C", "D"), List.of("E", "F", "G"), List.of("H", "0.46")), printed);
		List<TableBlock.Cell> cells = List.of(table.rows().get(0).get(0), table.rows().get(0).get(1), table.rows().get(1).get(1),
				table.rows().get(3).get(1));
		assertEquals(cellLocations, cells.stream().map(TableBlock.Cell::location).toList());
	}
}
