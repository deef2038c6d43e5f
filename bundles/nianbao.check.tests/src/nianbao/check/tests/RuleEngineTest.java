// SPDX-License-Identifier: EPL-2.0
package nianbao.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.check.Auditor;
import nianbao.check.Finding;
import nianbao.check.Operand;
import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.check.Severity;
import nianbao.check.SuspectCell;
import nianbao.formats.OfficialFormats;
import nianbao.testing.Samples;

/** Rule outcomes on variants of sample 003 (威海 2021, tab-separated) written for each test. */
class RuleEngineTest {

	@TempDir
	Path dir;

	private ReportAudit.Assessed auditVariant(String from, String to) throws Exception {
		Path sample = Samples.root().resolve("reports/003_cfdcbf421f40f17c.txt");
		String text = Files.readString(sample, StandardCharsets.UTF_8);
		assertTrue(text.contains(from), "the sample contains " + from);
		Path variant = Files.writeString(dir.resolve("variant.txt"), text.replace(from, to));
		return assertInstanceOf(ReportAudit.Assessed.class, new Auditor(OfficialFormats.library()).audit(variant));
	}

	@Test
	void theUnchangedSampleHasOnlyItsLabelDeviation() throws Exception {
		assertEquals(List.of("LB-1"), auditVariant("", "").findings().stream().map(Finding::ruleId).toList());
	}

	@Test
	void aSlashIsNotZeroButCannotBeAssessed() throws Exception {
		ReportAudit.Assessed audit = auditVariant("申请数量\t\t8\t0", "申请数量\t\t/\t0");
		assertEquals(List.of(), audit.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
		assertEquals(List.of("LB-1", "CV-2"), audit.findings().stream().map(Finding::ruleId).toList(),
				"the slash is reported as an unfilled cell");
		List<String> cannot = audit.dataGaps().stream().map(c -> c.ruleId() + " " + c.subject()).toList();
		assertEquals(List.of("T3-ROW 一、本年新收政府信息公开申请数量", "T3-BAL 自然人"), cannot);
		RuleOutcome.CannotAssess bal = audit.dataGaps().get(1);
		assertTrue(bal.reason().contains("is “/”, not a number"), bal.reason());
		assertEquals("/", audit.report().getText().substring(bal.range().getOffset(), bal.range().getOffset() + 1));
	}

	@Test
	void table4TotalsThatDoNotAddUpAreFoundWithOperands() throws Exception {
		// 行政复议 10 + 1 + 0 + 0 printed with total 0, as in 淮安市洪泽区 2023
		ReportAudit.Assessed audit = auditVariant("\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n",
				"\n10\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n");
		List<Finding> errors = audit.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
		assertEquals(1, errors.size(), errors.toString());
		Finding finding = errors.getFirst();
		assertEquals("T4-SUM", finding.ruleId());
		assertEquals(Severity.ERROR, finding.severity());
		assertEquals("行政复议", finding.subject());
		assertEquals(new BigDecimal("0"), finding.actual());
		assertEquals(new BigDecimal("11"), finding.expected());
		assertEquals(new BigDecimal("-11"), finding.difference());
		assertEquals("行政复议：总计 0，结果维持、结果纠正、其他结果、尚未审结之和 11，相差 -11", finding.message());
		List<Operand> operands = finding.operands();
		assertEquals(5, operands.size());
		assertEquals(Operand.Role.LEFT, operands.getFirst().role());
		assertEquals(List.of("10", "1", "0", "0"), operands.subList(1, 5).stream().map(o -> o.value().toPlainString()).toList());
		String text = audit.report().getText();
		int at = finding.range().getOffset();
		assertEquals("\n10\t1\t0\t0\t0", text.substring(at - 10, at + 1), "the finding points at the 总计 cell of 行政复议");
	}

	@Test
	void theCellThatBreaksTwoIdentitiesIsNamed() throws Exception {
		// 自然人 9 in row 一: row 一 no longer adds up (总计 8) and the 自然人 column no longer balances
		ReportAudit.Assessed audit = auditVariant("申请数量\t\t8\t0", "申请数量\t\t9\t0");
		SuspectCell suspect = audit.suspectCell().orElseThrow();
		assertEquals("表三 一、本年新收政府信息公开申请数量 / 自然人", suspect.label());
		assertEquals(new BigDecimal("9"), suspect.printed());
		assertEquals(new BigDecimal("8"), suspect.proposed());
		assertEquals(List.of("T3-ROW", "T3-BAL"), suspect.fixes().stream().map(Finding::ruleId).toList());
	}

	@Test
	void in001TheCarriedForwardOneIsTheSuspect() throws Exception {
		// format-spec §7.3: with T3-BAL and NT-2 together, "the 1 in row 四 is the erroneous cell"
		ReportAudit.Assessed audit = assertInstanceOf(ReportAudit.Assessed.class,
				new Auditor(OfficialFormats.library()).audit(Samples.root().resolve("reports/001_79dfd87bc59a18f9.txt")));
		SuspectCell suspect = audit.suspectCell().orElseThrow();
		assertEquals("表三 四、结转下年度继续办理 / 总计", suspect.label());
		assertEquals(new BigDecimal("1"), suspect.printed());
		assertEquals(new BigDecimal("0"), suspect.proposed());
		assertEquals(List.of("T3-BAL 总计", "NT-2 "), suspect.fixes().stream().map(f -> f.ruleId() + " " + f.subject()).toList());
	}

	@Test
	void noCellIsNamedWhenSeveralFitEqually() throws Exception {
		// 表四 of 洪泽 2023: two totals printed as 0, each fixed by its own total or by any of its terms
		ReportAudit.Assessed audit = auditVariant("\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n",
				"\n10\t1\t0\t0\t0\t0\t0\t0\t0\t0\t5\t0\t0\t0\t0\n");
		assertEquals(2, audit.findings().stream().filter(f -> f.ruleId().equals("T4-SUM")).count());
		assertEquals(Optional.empty(), audit.suspectCell());
	}

	/** 表四's values left out: its headers are there, so nothing shows the rows are not printed. */
	@Test
	void aTableWhoseValuesAreNotFoundIsNotAssessedRatherThanMissing() throws Exception {
		ReportAudit.Assessed audit = auditVariant("\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n", "\n");
		List<RuleOutcome.CannotAssess> cannot = audit.dataGaps().stream().filter(c -> c.ruleId().equals("T4-SUM")).toList();
		assertEquals(3, cannot.size(), cannot.toString());
		assertTrue(cannot.stream().allMatch(c -> c.reason().contains("not found")));
		assertEquals(0, audit.findings().stream().filter(f -> f.ruleId().equals("LB-3")).count(), "no row is shown missing");
		assertEquals(3, audit.dataGaps().stream().filter(c -> c.ruleId().equals("LB-3") && c.reason().contains("未能识别")).count());
	}

	/** A row left out between rows that are printed is missing: positive evidence. */
	@Test
	void aRowNotPrintedBetweenItsNeighboursIsMissing() throws Exception {
		ReportAudit.Assessed audit = auditVariant("\t\t2. 重复申请\t0\t0\t0\t0\t0\t0\t0\n", "");
		assertEquals(List.of("收到和处理政府信息公开申请情况 缺少“三、本年度办理结果/（五）不予处理/2.重复申请”行"),
				audit.findings().stream().filter(f -> f.ruleId().equals("LB-3")).map(Finding::message).toList());
	}

	/** A part whose heading is gone while the parts after it are there is missing; a text that ends early is not. */
	@Test
	void aPartIsMissingOnlyWhereALaterPartIsFound() throws Exception {
		ReportAudit.Assessed withoutFive = auditVariant("五、存在的主要问题及改进情况", "");
		assertEquals(List.of("五"), withoutFive.findings().stream().filter(f -> f.ruleId().equals("ST-1")).map(Finding::subject)
				.toList());
		Path sample = Samples.root().resolve("reports/003_cfdcbf421f40f17c.txt");
		String text = Files.readString(sample, StandardCharsets.UTF_8);
		Path cut = Files.writeString(dir.resolve("cut.txt"), text.substring(0, text.indexOf("六、其他需要报告的事项")));
		ReportAudit.Assessed endsEarly = assertInstanceOf(ReportAudit.Assessed.class,
				new Auditor(OfficialFormats.library()).audit(cut));
		assertEquals(List.of(), endsEarly.findings().stream().filter(f -> f.ruleId().equals("ST-1")).toList());
		assertEquals(List.of("六"), endsEarly.dataGaps().stream().filter(c -> c.ruleId().equals("ST-1")).map(c -> c.subject())
				.toList());
	}

	@Test
	void unreadableFilesAreNotAssessed() throws Exception {
		Path empty = Files.createFile(dir.resolve("empty.txt"));
		ReportAudit.NotAssessed audit = assertInstanceOf(ReportAudit.NotAssessed.class,
				new Auditor(OfficialFormats.library()).audit(empty));
		assertEquals("the file is empty", audit.reason());
	}

	@Test
	void aTextWithoutYearOrTableHeadingsHasNoFormat() throws Exception {
		Path other = Files.writeString(dir.resolve("other.txt"), "会议纪要\n今天开会。");
		ReportAudit.NotAssessed audit = assertInstanceOf(ReportAudit.NotAssessed.class,
				new Auditor(OfficialFormats.library()).audit(other));
		assertTrue(audit.reason().startsWith("no format applies"), audit.reason());
	}
}
