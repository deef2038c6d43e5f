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
import nianbao.formats.OfficialFormats;
import nianbao.testing.GroundTruth;
import nianbao.testing.Samples;

/**
 * The table rules (T3-ROW, T3-TOT, T3-BAL, T4-SUM) find exactly the violations the ground truth
 * lists for each sample, and every check can be assessed.
 */
class GoldenFindingsTest {

	static Stream<Path> samples() {
		return Samples.textReports().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void tableRulesFindExactlyTheExpectedViolations(Path sample) throws Exception {
		ReportAudit.Assessed audit = assertInstanceOf(ReportAudit.Assessed.class,
				new Auditor(OfficialFormats.library()).audit(sample));
		List<GroundTruth.ExpectedFinding> expected = Samples.groundTruth(sample).expectedFindings().stream()
				.filter(f -> f.rule().startsWith("T3-") || f.rule().startsWith("T4-")).toList();
		List<GroundTruth.ExpectedFinding> found = audit.findings().stream().map(GoldenFindingsTest::where).toList();
		assertEquals(expected, found);
		assertEquals(List.of(), audit.cannotAssess(), "every cell of the samples is a number");
	}

	/** A finding in the ground truth's terms: "table3/column 自然人", "table3/row …", "table4/行政复议". */
	static GroundTruth.ExpectedFinding where(Finding finding) {
		String where = switch (finding.ruleId()) {
			case "T3-BAL", "T3-TOT" -> "table3/column " + finding.subject();
			case "T3-ROW" -> "table3/row " + finding.subject();
			case "T4-SUM" -> "table4/" + finding.subject();
			default -> finding.subject();
		};
		return new GroundTruth.ExpectedFinding(finding.ruleId(), where);
	}
}
