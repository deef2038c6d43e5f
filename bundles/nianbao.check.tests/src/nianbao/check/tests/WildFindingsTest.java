// SPDX-License-Identifier: EPL-2.0
package nianbao.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.check.Auditor;
import nianbao.check.BatchAudit;
import nianbao.check.ReportAudit;
import nianbao.check.Severity;
import nianbao.formats.OfficialFormats;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Row;
import nianbao.model.Table;
import nianbao.testing.GroundTruth;
import nianbao.testing.Samples;

/**
 * The crawled reports (samples/wild) audited together, as a batch over their folder would: each
 * gives exactly the errors its truth lists (the real errors of the published tables survive the
 * cutting of run-together digits) and nothing else; the cells that only another year's report can
 * cut (行政规范性文件 "2135", "2433", "3123") are cut as the series requires.
 */
class WildFindingsTest {

	private static final Map<Path, ReportAudit> AUDITS = new HashMap<>();

	@BeforeAll
	static void auditTheFolder() throws Exception {
		new BatchAudit(new Auditor(OfficialFormats.library()), 2).run(Samples.wildReports(),
				audit -> AUDITS.put(audit.source(), audit), (done, total) -> {
				});
	}

	static Stream<Path> reports() {
		return Samples.wildReports().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reports")
	void errorsAreExactlyTheExpectedFindings(Path report) {
		ReportAudit.Assessed audit = assertInstanceOf(ReportAudit.Assessed.class, AUDITS.get(report));
		List<String> expected = Samples.groundTruth(report).expectedFindings().stream()
				.map(f -> f.rule() + " " + f.where()).sorted().toList();
		List<String> errors = audit.findings().stream().filter(f -> f.severity() == Severity.ERROR)
				.map(f -> GoldenFindingsTest.where(f)).map(w -> w.rule() + " " + w.where()).sorted().toList();
		assertEquals(expected, errors);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reports")
	void cellsThatOnlyTheSeriesCanCutAreCutAsItRequires(Path report) {
		ReportAudit.Assessed audit = assertInstanceOf(ReportAudit.Assessed.class, AUDITS.get(report));
		GroundTruth truth = Samples.groundTruth(report);
		Table regulations = audit.report().getTables().stream().filter(t -> t.getKey().equals("第一项")).findFirst()
				.orElseThrow();
		List<String> wrong = new ArrayList<>();
		for (Row row : regulations.getRows()) {
			for (Cell cell : row.getCells()) {
				var want = truth.table("table2").getAsJsonObject(regulations.getCaption()).getAsJsonObject(row.getLabel())
						.get(cell.getColumn().getLabel());
				boolean right = cell.getKind() == CellKind.NUMBER
						&& cell.getValue().compareTo(new BigDecimal(want.getAsString())) == 0;
				if (!right) {
					wrong.add(row.getLabel() + " / " + cell.getColumn().getLabel() + ": " + cell.getKind() + " " + cell.getText());
				}
			}
		}
		assertEquals(List.of(), wrong);
	}

	/**
	 * The label findings are the truth's printed label deviations ("本公开数量" for 本年新公开数量 in
	 * w002's flattened header); a deviation without a printed label (w002 ends after part 五) is a part the
	 * text does not show, not a label.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("reports")
	void labelFindingsAreTheTruthsPrintedDeviations(Path report) {
		ReportAudit.Assessed audit = assertInstanceOf(ReportAudit.Assessed.class, AUDITS.get(report));
		List<GroundTruth.LabelDeviation> expected = Samples.groundTruth(report).labelDeviations().stream()
				.filter(d -> d.printed() != null).toList();
		assertEquals(expected, audit.findings().stream().filter(f -> f.ruleId().equals("LB-1"))
				.map(GoldenFindingsTest::deviation).toList());
	}
}
