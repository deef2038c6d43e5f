// SPDX-License-Identifier: EPL-2.0
package nianbao.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import nianbao.check.Auditor;
import nianbao.check.Correction;
import nianbao.check.Corrections;
import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.check.TriageFile;
import nianbao.check.TriageFiles;
import nianbao.formats.OfficialFormats;
import nianbao.model.Cell;
import nianbao.model.CellKind;
import nianbao.model.Row;
import nianbao.model.Table;
import nianbao.testing.GroundTruth;
import nianbao.testing.Samples;

/**
 * The auditors' corrections as the audit applies them, kept in the triage file next to the reports:
 * the rules read the corrected value, the cell keeps what was read, findings say they rest on it; a
 * correction the file no longer fits is not applied and says why; a whole table typed in is audited as
 * if printed.
 */
class CorrectionsTest {

	/** Sample 001 prints 四、结转下年度继续办理 as 1 for 自然人: T3-BAL fails for 自然人 and 总计 (its truth). */
	private static final String SAMPLE = "001_79dfd87bc59a18f9.txt";

	@TempDir
	Path dir;

	private Path sample() throws IOException {
		return Files.copy(Samples.root().resolve("reports/" + SAMPLE), dir.resolve(SAMPLE));
	}

	private static Correction carriedOver(String read, int value) {
		return new Correction(SAMPLE, "表三", "结转下年度", "自然人", "表三 四、结转下年度继续办理 / 自然人", read,
				BigDecimal.valueOf(value), "原件第 4 页此格为 0", LocalDate.of(2026, 12, 5));
	}

	private ReportAudit.Assessed audit(Path report) throws Exception {
		TriageFiles triage = new TriageFiles((file, e) -> {
			throw new AssertionError(file + ": " + e.getMessage());
		});
		return assertInstanceOf(ReportAudit.Assessed.class,
				new Auditor(OfficialFormats.library()).correctedBy(triage::corrections).audit(report));
	}

	private static Set<String> findings(ReportAudit.Assessed audit) {
		return audit.findings().stream().map(f -> f.ruleId() + " " + f.subject()).collect(Collectors.toSet());
	}

	@Test
	void theRulesReadTheCorrectedValueAndTheCellKeepsWhatWasRead() throws Exception {
		Path report = sample();
		Set<String> before = findings(audit(report));
		assertTrue(before.containsAll(Set.of("T3-BAL 自然人", "T3-BAL 总计")), before.toString());

		TriageFile triage = TriageFile.empty();
		triage.correct(carriedOver("1", 0));
		triage.write(dir.resolve(TriageFile.NAME));
		ReportAudit.Assessed corrected = audit(report);

		Set<String> after = findings(corrected);
		assertFalse(after.contains("T3-BAL 自然人"), after.toString());
		assertTrue(after.contains("T3-BAL 总计"), "总计 still reads 1: " + after);
		Cell cell = Corrections.corrected(corrected.report()).getFirst();
		assertEquals(List.of(cell), Corrections.corrected(corrected.report()));
		assertEquals(BigDecimal.ZERO, cell.getValue());
		assertEquals("1", cell.getText(), "the text stays as printed");
		assertEquals(new BigDecimal(1), cell.getCorrection().getReadValue());
		assertEquals(CellKind.NUMBER, cell.getCorrection().getReadKind());
		// the row no longer adds up: a finding that rests on the correction, and says so
		Finding row = corrected.findings().stream().filter(f -> f.ruleId().equals("T3-ROW")).findFirst().orElseThrow();
		assertTrue(row.restsOnCorrection());
		assertEquals("依据审核员的更正：表三 四、结转下年度继续办理 / 自然人 读作“1”，审核员更正为 0：原件第 4 页此格为 0",
				row.correctionNote());
		assertTrue(corrected.findings().stream().filter(f -> !f.ruleId().equals("T3-ROW"))
				.noneMatch(Finding::restsOnCorrection));
		assertTrue(corrected.suspectCell().map(s -> s.cell() != cell).orElse(true), "a corrected cell is not suspect");
	}

	/** The cells offered for correction first: the suspect cell of sample 001, then none once it is corrected. */
	@Test
	void theSuspectCellIsOfferedForCorrectionFirst() throws Exception {
		Path report = sample();
		List<Corrections.Candidate> candidates = Corrections.candidates(audit(report));
		assertEquals("表三 四、结转下年度继续办理 / 总计", Corrections.label(candidates.getFirst().cell()));
		assertEquals("可疑单元格：若由 1 改为 0，2 项不成立的关系将成立", candidates.getFirst().why());

		TriageFile triage = TriageFile.empty();
		triage.correct(new Correction(SAMPLE, "表三", "结转下年度", "总计", "", "1", BigDecimal.ONE, "原件即为 1", null));
		triage.write(dir.resolve(TriageFile.NAME));
		assertTrue(Corrections.candidates(audit(report)).stream().noneMatch(c -> c.cell().getCorrection() != null),
				"a corrected cell is not offered again");
	}

	@Test
	void aCorrectionTheFileNoLongerFitsIsNotAppliedAndSaysWhy() throws Exception {
		Path report = sample();
		TriageFile triage = TriageFile.empty();
		triage.correct(carriedOver("7", 0));
		triage.correct(new Correction(SAMPLE, "表三", "没有的行", "自然人", "", "", BigDecimal.ONE, "试", null));
		triage.correct(new Correction("other.txt", "表三", "结转下年度", "自然人", "", "1", BigDecimal.ZERO, "别的报告", null));
		triage.write(dir.resolve(TriageFile.NAME));
		ReportAudit.Assessed audit = audit(report);
		assertTrue(findings(audit).contains("T3-BAL 自然人"));
		assertTrue(Corrections.corrected(audit.report()).isEmpty());
		List<String> notes = audit.report().getDiagnostics().stream()
				.filter(d -> d.getCode().startsWith("correction")).map(d -> d.getCode() + ": " + d.getMessage()).toList();
		assertEquals(List.of("correction-stale: the correction of 表三 四、结转下年度继续办理 / 自然人 to 0 was not applied: "
				+ "the cell now reads “1”, not “7” as when it was corrected; correct it again if it still needs it",
				"correction-unmatched: the correction of 表三 没有的行 / 自然人 was not applied: the report has no such cell "
						+ "(表三 / 没有的行 / 自然人)"),
				notes);
	}

	/**
	 * A report whose 表三 cannot be read at all (here: its rows cut out) cannot be assessed on it; with the
	 * whole table typed in from the page (the hand-checked truth) its 表三 rules decide as on the printed
	 * report.
	 */
	@Test
	void aWholeTableTypedInIsAuditedAsIfPrinted() throws Exception {
		Path printed = sample();
		String text = Files.readString(printed);
		int from = text.indexOf("(本列数据的勾稽关系为");
		int to = text.indexOf("四、政府信息公开行政复议");
		Path unreadable = Files.createDirectories(dir.resolve("typed")).resolve(SAMPLE);
		Files.writeString(unreadable, text.substring(0, from) + text.substring(to));
		ReportAudit.Assessed without = audit(unreadable);
		assertTrue(outcomes(without, "T3-").stream().allMatch(o -> o.startsWith("cannot")), outcomes(without, "T3-").toString());

		GroundTruth truth = Samples.groundTruth(Samples.root().resolve("reports/" + SAMPLE));
		JsonObject rows = truth.table("table3");
		Table table = without.report().getTables().stream().filter(t -> t.getKey().equals("表三")).findFirst().orElseThrow();
		TriageFile triage = TriageFile.empty();
		for (Row row : table.getRows()) {
			for (Cell cell : row.getCells()) {
				assertNull(cell.getText(), "nothing of 表三 was read");
				int value = rows.getAsJsonObject(row.getLabel()).get(cell.getColumn().getLabel()).getAsInt();
				triage.correct(new Correction(SAMPLE, "表三", row.getKey(), cell.getColumn().getKey(), Corrections.label(cell),
						"", BigDecimal.valueOf(value), "扫描件无法识别，按原件录入", null));
			}
		}
		triage.write(dir.resolve("typed").resolve(TriageFile.NAME));
		ReportAudit.Assessed typed = audit(unreadable);
		assertEquals(outcomes(audit(printed), "T3-"), outcomes(typed, "T3-"));
		assertEquals(Set.of("T3-BAL 自然人", "T3-BAL 总计"),
				typed.findings().stream().filter(f -> f.ruleId().startsWith("T3-")).map(f -> f.ruleId() + " " + f.subject())
						.collect(Collectors.toSet()));
	}

	/** Each outcome of the rules with this prefix: passed, failed or cannot, with its rule and subject. */
	private static List<String> outcomes(ReportAudit.Assessed audit, String prefix) {
		List<String> outcomes = new ArrayList<>();
		for (RuleOutcome outcome : audit.outcomes()) {
			if (outcome.ruleId().startsWith(prefix)) {
				String kind = switch (outcome) {
					case RuleOutcome.Passed p -> "passed";
					case RuleOutcome.Failed f -> "failed";
					case RuleOutcome.CannotAssess c -> "cannot";
				};
				outcomes.add(kind + " " + outcome.ruleId() + " " + outcome.subject());
			}
		}
		return outcomes;
	}
}
