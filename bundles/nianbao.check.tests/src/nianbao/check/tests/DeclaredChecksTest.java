// SPDX-License-Identifier: EPL-2.0
package nianbao.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nianbao.check.Auditor;
import nianbao.check.DeclaredChecks;
import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.check.RuleOutcome;
import nianbao.format.FormatException;
import nianbao.format.FormatLibrary;
import nianbao.format.language.CheckDeclaration;
import nianbao.formats.OfficialFormats;
import nianbao.testing.Samples;

/**
 * The checks that format files declare against those the engine carries out: the official declarations are
 * the engine's, an author may reword one, and a declaration the engine cannot fill in is said where it is
 * written.
 */
class DeclaredChecksTest {

	/** Sample 003 prints the column 社会公益组织 of 表三 as 社会组织 (its ground truth's one label deviation). */
	private static final Path SAMPLE = Samples.root().resolve("reports/003_cfdcbf421f40f17c.txt");

	@TempDir
	Path dir;

	@Test
	void theOfficialFilesDeclareEveryCheckOfTheEngineAsTheEngineGivesIt() throws Exception {
		for (FormatLibrary library : List.of(OfficialFormats.library(), FormatLibrary.load(OfficialFormats.sources()))) {
			DeclaredChecks.verify(library);
			assertEquals(DeclaredChecks.implemented(),
					library.checks().stream().map(CheckDeclaration::getName).collect(Collectors.toCollection(TreeSet::new)));
		}
	}

	@Test
	void anAuthorRewordsAnOfficialChecksMessage() throws Exception {
		Path own = Files.writeString(dir.resolve("own.nbformat"), """
				check labels-as-prescribed "表格的行、列标签与格式规定的相同。" {
				    message 列标签(表, 印为, 标签) "{表}的列印作“{印为}”，格式为“{标签}”"
				    message 行标签(表, 印为, 标签) "{表}的行印作“{印为}”，格式为“{标签}”"
				}
				""");
		FormatLibrary library = OfficialFormats.withOwn(List.of(FormatLibrary.Source.of(own)));
		DeclaredChecks.verify(library);
		List<String> official = labels(new Auditor(OfficialFormats.library()));
		List<String> reworded = labels(new Auditor(library));
		assertTrue(official.size() == 1 && official.getFirst().endsWith(" 列标签印为“社会组织”，应为“社会公益组织”"), official.toString());
		assertTrue(reworded.size() == 1 && reworded.getFirst().endsWith("的列印作“社会组织”，格式为“社会公益组织”"), reworded.toString());
	}

	@Test
	void aCheckTheEngineDoesNotCarryOutIsAnErrorWhereItIsDeclared() throws Exception {
		Path own = Files.writeString(dir.resolve("own.nbformat"), """
				// a check of the author's own, without logic
				check pages-numbered "每页有页码" {
				    message 无页码(页) "第 {页} 页没有页码"
				}
				""");
		FormatException e = assertThrows(FormatException.class,
				() -> DeclaredChecks.verify(OfficialFormats.withOwn(List.of(FormatLibrary.Source.of(own)))));
		assertEquals(1, e.problems().size());
		FormatException.Problem problem = e.problems().getFirst();
		assertEquals(List.of("own.nbformat", 2), List.of(problem.file().lastSegment(), problem.line()));
		assertTrue(problem.message().contains("pages-numbered") && problem.message().contains("labels-as-prescribed"),
				problem.message());
	}

	/**
	 * A reworded check with other parameters than the engine fills in is an error naming the right ones; audited
	 * all the same, its rule cannot be assessed rather than print the placeholders.
	 */
	@Test
	void aCheckDeclaredWithOtherParametersCannotBeAssessed() throws Exception {
		Path own = Files.writeString(dir.resolve("own.nbformat"), """
				check labels-as-prescribed "表格的标签" {
				    message 列标签(表) "{表}的列标签不对"
				    message 行标签(表, 印为, 标签) "{表}的行印作“{印为}”"
				}
				""");
		FormatLibrary library = OfficialFormats.withOwn(List.of(FormatLibrary.Source.of(own)));
		FormatException e = assertThrows(FormatException.class, () -> DeclaredChecks.verify(library));
		assertTrue(e.problems().getFirst().message().contains("列标签(表, 印为, 标签)"), e.problems().toString());

		ReportAudit.Assessed audit = (ReportAudit.Assessed) new Auditor(library).audit(SAMPLE);
		assertFalse(audit.findings().stream().anyMatch(f -> f.ruleId().equals("LB-1")));
		assertTrue(audit.cannotAssess().stream()
				.anyMatch(c -> c.ruleId().equals("LB-1") && c.cause() == RuleOutcome.Cause.FORMAT), audit.cannotAssess().toString());
	}

	private static List<String> labels(Auditor auditor) {
		ReportAudit.Assessed audit = (ReportAudit.Assessed) auditor.audit(SAMPLE);
		return audit.findings().stream().filter(f -> f.ruleId().equals("LB-1")).map(Finding::message).toList();
	}
}
