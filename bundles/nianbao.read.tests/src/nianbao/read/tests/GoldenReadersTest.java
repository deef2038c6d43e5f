// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.extract.ReportExtractor;
import nianbao.formats.OfficialFormats;
import nianbao.model.Report;
import nianbao.read.Readers;
import nianbao.testing.GoldenFiles;
import nianbao.testing.GoldenReport;
import nianbao.testing.GroundTruth;
import nianbao.testing.Samples;

/**
 * The five sample reports written as Word (.docx, and .doc converted from it), Excel (.xlsx, .xls) and
 * HTML from their ground truth, with the official template's merged table cells, then read and
 * extracted by the real pipeline: every cell of tables 三 and 四 must equal the ground truth.
 */
class GoldenReadersTest {

	private static final List<String> ACCURACY = new ArrayList<>();

	@TempDir
	static Path dir;

	static Stream<Arguments> documents() {
		return GoldenFiles.EXTENSIONS.stream().flatMap(extension -> Samples.textReports().stream().map(sample -> Arguments.of(extension, sample)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("documents")
	void everyCellOfTables3And4EqualsTheGroundTruth(String extension, Path sample) throws Exception {
		GroundTruth truth = Samples.groundTruth(sample);
		String name = sample.getFileName().toString().replaceFirst("\\.txt$", "");
		Path file = GoldenFiles.write(GoldenReport.of(truth), dir, name, extension);
		Report report = new ReportExtractor(OfficialFormats.library()).extract(Readers.read(file));
		assertEquals(truth.format(), report.getFormatId(), "format");
		ExpectedCells.Comparison comparison = ExpectedCells.of(truth).compare(report);
		ACCURACY.add(String.format("%-5s %s: %s", extension, name, comparison.accuracy()));
		assertTrue(comparison.wrong().isEmpty(), String.join("\n", comparison.wrong()));
	}

	@AfterAll
	static void printAccuracy() {
		System.out.println("Cell accuracy of Word, Excel and HTML versions against samples/expected:\n  "
				+ String.join("\n  ", ACCURACY.stream().sorted().toList()));
	}
}
