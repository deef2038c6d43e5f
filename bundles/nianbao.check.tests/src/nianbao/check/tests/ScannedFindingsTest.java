// SPDX-License-Identifier: EPL-2.0
package nianbao.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nianbao.check.Auditor;
import nianbao.check.Correction;
import nianbao.check.Corrections;
import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.RuleEngine;
import nianbao.check.RuleOutcome;
import nianbao.extract.ReportExtractor;
import nianbao.format.language.Format;
import nianbao.formats.OfficialFormats;
import nianbao.model.Cell;
import nianbao.model.Recognition;
import nianbao.model.Report;
import nianbao.model.Row;
import nianbao.model.SourceRange;
import nianbao.read.Readers;
import nianbao.testing.Samples;

/**
 * The findings of the three PDF samples printed and scanned ({@code samples/scan}, read by OCR) against
 * those of the text PDFs: OCR adds no finding (each finding of a scan is one of the text PDF's, by rule
 * and subject, and says that it rests on OCR), and every violation the text PDF shows in its table cells
 * is found in the scan too.
 */
class ScannedFindingsTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "hongze-2023", "hongze-2024", "huaian-szfgs-2024" })
	void aScanFindsWhatItsTextPdfFindsAndNothingElse(String name) throws Exception {
		Auditor auditor = new Auditor(OfficialFormats.library());
		List<Finding> text = audit(auditor, Samples.root().resolve("pdf/" + name + ".pdf"));
		List<Finding> scan = audit(auditor, Samples.root().resolve("scan/" + name + ".pdf"));
		Set<String> found = keys(text);
		for (Finding finding : scan) {
			assertTrue(found.contains(key(finding)), "not found in the text PDF: " + finding.message());
			assertTrue(finding.message().endsWith("（所涉内容由扫描件 OCR 识别）"), finding.message());
		}
		Set<String> inCells = keys(text.stream().filter(f -> f.operands().stream().anyMatch(o -> o.cell() != null)).toList());
		assertTrue(keys(scan).containsAll(inCells), "the text PDF's " + inCells + ", the scan's " + keys(scan));
	}

	/**
	 * A violation resting on a doubtful reading is not reported: with the confidence of the 表四 total
	 * that hongze-2023 prints as 0 made low, its T4-SUM error becomes "cannot assess", with the reading,
	 * its confidence and its page in the reason.
	 */
	@Test
	void aViolationOnADoubtfulReadingCannotBeAssessed() throws Exception {
		Report report = new ReportExtractor(OfficialFormats.library())
				.extract(Readers.read(Samples.root().resolve("scan/hongze-2023.pdf")));
		Format format = OfficialFormats.library().byId(report.getFormatId()).orElseThrow();
		RuleEngine engine = new RuleEngine(OfficialFormats.library());
		Finding error = engine.check(report, format, null).stream().filter(RuleOutcome.Failed.class::isInstance)
				.map(o -> ((RuleOutcome.Failed) o).finding())
				.filter(f -> f.ruleId().equals("T4-SUM") && f.subject().equals("行政复议")).findFirst().orElseThrow();
		SourceRange total = error.operands().getFirst().range();
		for (Recognition word : report.getRecognitions()) {
			if (word.getRange().getOffset() < total.getOffset() + total.getLength()
					&& total.getOffset() < word.getRange().getOffset() + word.getRange().getLength()) {
				word.setConfidence(30);
			}
		}
		RuleOutcome.CannotAssess doubt = engine.check(report, format, null).stream()
				.filter(RuleOutcome.CannotAssess.class::isInstance).map(RuleOutcome.CannotAssess.class::cast)
				.filter(c -> c.ruleId().equals("T4-SUM") && c.subject().equals("行政复议")).findFirst().orElseThrow();
		assertEquals("表四 行政复议 / 总计 read by OCR as “0” with confidence 30 on page 4", doubt.reason());
		ReportAudit.Assessed doubtful = new ReportAudit.Assessed(Path.of("hongze-2023.pdf"), report,
				engine.check(report, format, null));
		assertTrue(Corrections.candidates(doubtful).stream().anyMatch(c -> c.cell() == error.operands().getFirst().cell()
				&& c.why().equals("OCR 读作“0”，置信度 30，第 4 页")), "offered for correction");

		// the auditor looks at page 4, finds 0 printed there and says so: the violation is reported again
		Cell cell = error.operands().getFirst().cell();
		Corrections.apply(report, List.of(new Correction("hongze-2023.pdf", "表四", ((Row) cell.eContainer()).getKey(),
				cell.getColumn().getKey(), Corrections.label(cell), cell.getText(), BigDecimal.ZERO, "原件第 4 页为 0", null)));
		Finding confirmed = engine.check(report, format, null).stream().filter(RuleOutcome.Failed.class::isInstance)
				.map(o -> ((RuleOutcome.Failed) o).finding())
				.filter(f -> f.ruleId().equals("T4-SUM") && f.subject().equals("行政复议")).findFirst().orElseThrow();
		assertTrue(confirmed.restsOnCorrection());
	}

	private static List<Finding> audit(Auditor auditor, Path file) {
		return assertInstanceOf(ReportAudit.Assessed.class, auditor.audit(file), file.toString()).findings();
	}

	private static Set<String> keys(List<Finding> findings) {
		return findings.stream().map(ScannedFindingsTest::key).collect(Collectors.toSet());
	}

	private static String key(Finding finding) {
		return finding.ruleId() + " " + finding.subject();
	}
}
