// SPDX-License-Identifier: EPL-2.0
package nianbao.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.check.Auditor;
import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.Severity;
import nianbao.formats.OfficialFormats;
import nianbao.testing.GroundTruth;
import nianbao.testing.Samples;

/**
 * Each sample gives exactly the findings its ground truth lists, and nothing else at error
 * severity; its label findings are exactly the ground truth's label deviations; no check lacks data.
 */
class GoldenFindingsTest {

	static Stream<Path> samples() {
		return Samples.textReports().stream();
	}

	static ReportAudit.Assessed audit(Path sample) throws Exception {
		return assertInstanceOf(ReportAudit.Assessed.class, new Auditor(OfficialFormats.library()).audit(sample));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void errorsAreExactlyTheExpectedFindings(Path sample) throws Exception {
		List<GroundTruth.ExpectedFinding> expected = Samples.groundTruth(sample).expectedFindings().stream()
				.map(GoldenFindingsTest::comparable).toList();
		List<GroundTruth.ExpectedFinding> errors = audit(sample).findings().stream()
				.filter(f -> f.severity() == Severity.ERROR).map(GoldenFindingsTest::where).toList();
		assertEquals(expected, errors);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void labelFindingsAreExactlyTheExpectedDeviations(Path sample) throws Exception {
		List<GroundTruth.LabelDeviation> deviations = audit(sample).findings().stream()
				.filter(f -> f.ruleId().equals("LB-1")).map(GoldenFindingsTest::deviation).toList();
		assertEquals(Samples.groundTruth(sample).labelDeviations(), deviations);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void everyTableCheckHasItsData(Path sample) throws Exception {
		assertEquals(List.of(), audit(sample).dataGaps());
	}

	/** A finding in the ground truth's terms: "table3/column 自然人"; narrative findings by rule only. */
	static GroundTruth.ExpectedFinding where(Finding finding) {
		String where = switch (finding.ruleId()) {
			case "T3-BAL", "T3-TOT" -> "table3/column " + finding.subject();
			case "T3-ROW" -> "table3/row " + finding.subject();
			case "T4-SUM" -> "table4/" + finding.subject();
			default -> "";
		};
		return new GroundTruth.ExpectedFinding(finding.ruleId(), where);
	}

	static GroundTruth.ExpectedFinding comparable(GroundTruth.ExpectedFinding expected) {
		return expected.rule().startsWith("T") ? expected : new GroundTruth.ExpectedFinding(expected.rule(), "");
	}

	/** "… 列标签印为“社会组织”，应为“社会公益组织”" as a deviation. */
	static GroundTruth.LabelDeviation deviation(Finding finding) {
		String message = finding.message();
		String printed = message.substring(message.indexOf("印为“") + 3, message.indexOf("”，应为"));
		String official = message.substring(message.indexOf("应为“") + 3, message.lastIndexOf("”"));
		return new GroundTruth.LabelDeviation(official, printed);
	}
}
