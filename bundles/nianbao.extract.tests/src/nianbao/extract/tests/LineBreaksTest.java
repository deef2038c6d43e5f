// SPDX-License-Identifier: EPL-2.0
package nianbao.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.extract.ReportExtractor;
import nianbao.formats.OfficialFormats;
import nianbao.model.Cell;
import nianbao.model.Part;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.Table;
import nianbao.read.Readers;
import nianbao.testing.Samples;

/**
 * No step of the extraction depends on where lines break: every report of the corpus (the samples
 * and the crawled reports) read with every line break replaced by a space, and with line breaks added
 * at random places (never inside a number, which a break would split in two), gives the same report
 * as the original: the same parts, rows, cells, kinds and values; with the breaks replaced by spaces,
 * which keeps every offset, the same ranges too.
 */
class LineBreaksTest {

	private static final int SEEDS = 3;

	@TempDir
	Path dir;

	static Stream<Path> reports() {
		return Samples.allTextReports().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reports")
	void withoutLineBreaksTheReportIsTheSame(Path report) throws Exception {
		String text = Files.readString(report, StandardCharsets.UTF_8);
		Report original = extract(text);
		Report flat = extract(text.replace("\r\n", "  ").replace('\n', ' ').replace('\r', ' '));
		assertEquals(describe(original, true), describe(flat, true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reports")
	void withLineBreaksAddedAnywhereTheReportIsTheSame(Path report) throws Exception {
		String text = Files.readString(report, StandardCharsets.UTF_8);
		List<String> original = describe(extract(text), false);
		for (int seed = 0; seed < SEEDS; seed++) {
			assertEquals(original, describe(extract(withBreaks(text, new Random(seed))), false), "seed " + seed);
		}
	}

	private Report extract(String text) throws Exception {
		Path file = Files.writeString(dir.resolve("report.txt"), text, StandardCharsets.UTF_8);
		return new ReportExtractor(OfficialFormats.library()).extract(Readers.read(file));
	}

	/** A line break after about one character in twelve, but not between two characters of a number. */
	private static String withBreaks(String text, Random random) {
		StringBuilder out = new StringBuilder(text.length() * 2);
		for (int i = 0; i < text.length(); i++) {
			out.append(text.charAt(i));
			if (i + 1 < text.length() && random.nextInt(12) == 0 && !(numeric(text.charAt(i)) && numeric(text.charAt(i + 1)))) {
				out.append('\n');
			}
		}
		return out.toString();
	}

	private static boolean numeric(char c) {
		return c >= '0' && c <= '9' || c == '.' || c == ',' || c >= '０' && c <= '９';
	}

	/** What was read, one line per part and cell. */
	private static List<String> describe(Report report, boolean ranges) {
		List<String> lines = new ArrayList<>();
		lines.add("format " + report.getFormatId() + ", absent parts " + report.getAbsentParts());
		for (Part part : report.getParts()) {
			lines.add("part " + part.getKey() + " " + part.getPrintedHeading()
					+ (ranges ? " @" + part.getRange().getOffset() : ""));
		}
		for (Table table : report.getTables()) {
			for (Row row : table.getRows()) {
				lines.add(table.getCaption() + " " + row.getLabel() + " printed " + row.getPrintedLabel() + " absent "
						+ row.isAbsent());
				for (Cell cell : row.getCells()) {
					lines.add("  " + cell.getColumn().getLabel() + ": " + cell.getKind() + " " + cell.getText() + " "
							+ cell.getValue() + " " + cell.getReadings() + " segmented " + cell.isSegmented()
							+ (ranges && cell.getRange() != null ? " @" + cell.getRange().getOffset() : ""));
				}
			}
		}
		return lines;
	}
}
