// SPDX-License-Identifier: EPL-2.0
package nianbao.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import nianbao.check.Auditor;
import nianbao.check.ReportAudit;
import nianbao.check.Severity;
import nianbao.extract.Extraction;
import nianbao.formats.OfficialFormats;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Row;
import nianbao.model.Table;
import nianbao.testing.GroundTruth;
import nianbao.testing.Samples;

/**
 * Every report of the corpus printed the ways crawlers and converters mangle tables, each read alone:
 * no cell is ever read as a number other than the truth's (a cell that cannot be told is missing or
 * ambiguous, with the truth among its readings), and no error is reported that the truth does not
 * list. Long labels wrapped around their values, and 表二 without the captions of its later tables (whose
 * rows are then looked for between the captions found), read exactly as the original.
 */
class CrawledLayoutsTest {

	/** A way of mangling a report's text. */
	private record Mangling(String name, BiFunction<String, Random, String> print, boolean exact) {
		@Override
		public String toString() {
			return name;
		}
	}

	private static final Pattern SEPARATOR = Pattern.compile("[\\s\\u00a0\\u3000|]+");
	/** What a crawler loses: spaces and line breaks; the tabs of a table that has them stay. */
	private static final Pattern SPACE = Pattern.compile("[ \\n\\u00a0\\u3000]+");
	/** A row of a tab or space layout: a label of 14 or more characters, then its values. */
	private static final Pattern LONG_ROW = Pattern.compile("(?m)^(\\s*)([^\\t\\d\\n]{14,}?)([\\t ]+[\\d\\t /—-]+)$");

	private static final List<Mangling> MANGLINGS = List.of(
			new Mangling("every separator removed", (text, random) -> SEPARATOR.matcher(text).replaceAll(""), false),
			new Mangling("half the spaces removed", CrawledLayoutsTest::dropHalf, false),
			new Mangling("long labels wrapped around their values", (text, random) -> wrapLabels(text), true),
			new Mangling("表二's captions after the first lost",
					(text, random) -> text.replaceAll("第二十条第[（(][五六八九][)）]项", ""), true));

	@TempDir
	Path dir;

	static Stream<Arguments> cases() {
		return Samples.allTextReports().stream().flatMap(r -> MANGLINGS.stream().map(m -> Arguments.of(r, m)));
	}

	@ParameterizedTest(name = "{1} {0}")
	@MethodSource("cases")
	void noCellIsReadWrongAndNoErrorIsInvented(Path report, Mangling mangling) throws Exception {
		String text = Files.readString(report, StandardCharsets.UTF_8);
		Path mangled = Files.writeString(dir.resolve(report.getFileName()),
				mangling.print().apply(text, new Random(report.getFileName().hashCode())), StandardCharsets.UTF_8);
		ReportAudit.Assessed audit = assertInstanceOf(ReportAudit.Assessed.class,
				new Auditor(OfficialFormats.library()).audit(mangled));
		GroundTruth truth = Samples.groundTruth(report);
		List<String> wrong = new ArrayList<>();
		for (Table table : audit.report().getTables()) {
			JsonObject expected = switch (table.getPartKey()) {
				case "二" -> truth.table("table2").getAsJsonObject(table.getCaption());
				case "三" -> truth.table("table3");
				default -> truth.table("table4");
			};
			for (Row row : table.getRows()) {
				JsonObject expectedRow = expected.getAsJsonObject(row.getLabel());
				for (Cell cell : row.getCells()) {
					JsonElement want = expectedRow.get(cell.getColumn().getLabel());
					if (cell.getKind() == CellKind.AMBIGUOUS) {
						// not read: the truth must be one of its readings
						assertTrue(cell.getReadings().contains(want.getAsString()), row.getLabel() + " " + cell.getReadings());
					} else if (cell.getKind() != CellKind.MISSING && !equal(want, cell)) {
						wrong.add(row.getLabel() + " / " + cell.getColumn().getLabel() + ": " + want + " read as " + cell.getText());
					}
				}
			}
		}
		assertEquals(List.of(), wrong);
		Set<GroundTruth.ExpectedFinding> expectedErrors = new HashSet<>(
				truth.expectedFindings().stream().map(GoldenFindingsTest::comparable).toList());
		assertEquals(List.of(), audit.findings().stream().filter(f -> f.severity() == Severity.ERROR)
				.map(GoldenFindingsTest::where).filter(e -> !expectedErrors.contains(e)).toList());
		if (mangling.exact()) {
			// as the original reads: only what the report alone cannot cut stays unread
			Path original = Files.writeString(dir.resolve("original.txt"), text, StandardCharsets.UTF_8);
			ReportAudit.Assessed plain = assertInstanceOf(ReportAudit.Assessed.class,
					new Auditor(OfficialFormats.library()).audit(original));
			assertEquals(Extraction.of(plain.report()).toString(), Extraction.of(audit.report()).toString());
		}
	}

	private static boolean equal(JsonElement want, Cell cell) {
		if (want.getAsJsonPrimitive().isNumber()) {
			return cell.getKind() == CellKind.NUMBER && cell.getValue().compareTo(new BigDecimal(want.getAsString())) == 0;
		}
		return cell.getKind() != CellKind.NUMBER && want.getAsString().equals(cell.getText());
	}

	/** Drops each space or line break with even odds, as crawlers keep some and lose others. */
	private static String dropHalf(String text, Random random) {
		Matcher separator = SPACE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (separator.find()) {
			separator.appendReplacement(out, random.nextBoolean() ? "" : Matcher.quoteReplacement(separator.group()));
		}
		separator.appendTail(out);
		return out.toString();
	}

	/** Each long row label broken in half, its second half on the line below the row's values. */
	private static String wrapLabels(String text) {
		Matcher row = LONG_ROW.matcher(text);
		StringBuilder out = new StringBuilder();
		while (row.find()) {
			String label = row.group(2).strip();
			int half = label.length() / 2;
			row.appendReplacement(out, Matcher.quoteReplacement(row.group(1) + label.substring(0, half) + "   "
					+ row.group(3).strip().replace('\t', ' ') + "\n" + row.group(1) + label.substring(half)));
		}
		row.appendTail(out);
		return out.toString();
	}
}
