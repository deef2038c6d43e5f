// SPDX-License-Identifier: EPL-2.0
package nianbao.read.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nianbao.extract.ReportExtractor;
import nianbao.formats.OfficialFormats;
import nianbao.model.Report;
import nianbao.read.Readers;
import nianbao.testing.Samples;

/**
 * The three real PDF reports in samples/pdf, read and extracted by the real pipeline, against their
 * hand checks ({@code *.expected.md}): every cell of tables 三 and 四; and the same reports as
 * {@code pdftotext -layout} prints them ({@code *.layout.txt}: space-aligned columns, labels wrapped
 * around their values, a group's label broken down the left edge, form feeds between pages).
 */
class PdfSamplesTest {

	/**
	 * The 2019 format's single row （六）其他处理, which the 2021 format splits into three. The two 洪泽区
	 * reports (on 2023 and 2024, so in the 2021 format) still print it as one row.
	 */
	private static final String COLLAPSED_ROW = "三、本年度办理结果/（六）其他处理";

	private static final Map<String, Report> REPORTS = new ConcurrentHashMap<>();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "hongze-2023.pdf", "hongze-2024.pdf", "huaian-szfgs-2024.pdf", "hongze-2023.layout.txt",
			"hongze-2024.layout.txt", "huaian-szfgs-2024.layout.txt" })
	void everyCellEqualsTheHandCheck(String file) throws Exception {
		String name = file.substring(0, file.indexOf('.'));
		Report report = extract(file);
		assertEquals("2021", report.getFormatId());
		// the collapsed row has no counterpart among the format's rows: see the test below
		ExpectedCells.Comparison comparison = handCheck(name).without(COLLAPSED_ROW::equals).compare(report);
		assertTrue(comparison.wrong().isEmpty(), String.join("\n", comparison.wrong()));
	}

	/** 洪泽区 prints （六）其他处理 as one row although its reports use the 2021 format: the group's row is read. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "hongze-2023.pdf", "hongze-2024.pdf", "hongze-2023.layout.txt", "hongze-2024.layout.txt" })
	void theCollapsedOtherRowIsExtracted(String file) throws Exception {
		ExpectedCells.Comparison comparison = handCheck(file.substring(0, file.indexOf('.'))).compare(extract(file));
		assertTrue(comparison.wrong().isEmpty(), String.join("\n", comparison.wrong()));
	}

	@AfterAll
	static void printAccuracy() throws Exception {
		StringBuilder accuracy = new StringBuilder("Cell accuracy of the PDF samples against their hand checks:");
		for (String name : List.of("hongze-2023", "hongze-2024", "huaian-szfgs-2024")) {
			accuracy.append("\n  ").append(name).append(".pdf: ").append(handCheck(name).compare(extract(name + ".pdf")).accuracy());
		}
		System.out.println(accuracy);
	}

	private static Report extract(String file) throws Exception {
		Report report = REPORTS.get(file);
		if (report == null) {
			report = new ReportExtractor(OfficialFormats.library()).extract(Readers.read(pdf(file)));
			REPORTS.put(file, report);
		}
		return report;
	}

	private static ExpectedCells handCheck(String name) throws Exception {
		return ExpectedCells.ofHandCheck(pdf(name + ".expected.md"));
	}

	private static Path pdf(String file) {
		return Samples.root().resolve("pdf").resolve(file);
	}
}
