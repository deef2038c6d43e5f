// SPDX-License-Identifier: EPL-2.0
package nianbao.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.check.RuleEngine;
import nianbao.check.RuleOutcome;
import nianbao.extract.ReportExtractor;
import nianbao.format.FormatLibrary;
import nianbao.format.language.Format;
import nianbao.formats.OfficialFormats;
import nianbao.model.Report;
import nianbao.read.Readers;

/** Every case of cases/*.json: the rule fires where it must and holds where it must. */
class RuleCasesTest {

	@TempDir
	Path dir;

	static List<RuleCase> cases() {
		return RuleCase.all();
	}

	/** The outcomes of one case's rule. */
	static List<RuleOutcome> outcomes(RuleCase c, Path dir) throws Exception {
		FormatLibrary formats = OfficialFormats.library();
		ReportExtractor extractor = new ReportExtractor(formats);
		Report report = extractor.extract(Readers.read(c.write(dir, "report.txt")));
		Report previous = c.previous() == null ? null : extractor.extract(Readers.read(c.previous().write(dir, "previous.txt")));
		Format format = formats.byId(report.getFormatId()).orElseThrow();
		return new RuleEngine(formats).check(report, format, previous).stream().filter(o -> o.ruleId().equals(c.rule()))
				.toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theRuleFiresOrHoldsAsTheCaseSays(RuleCase c) throws Exception {
		List<RuleOutcome> outcomes = outcomes(c, dir);
		assertFalse(outcomes.isEmpty(), "the rule " + c.rule() + " was not evaluated");
		List<RuleOutcome.Failed> failed = outcomes.stream()
				.flatMap(o -> o instanceof RuleOutcome.Failed f ? Stream.of(f) : Stream.empty())
				.toList();
		if (c.fires()) {
			assertFalse(failed.isEmpty(), "expected a finding; outcomes: " + outcomes);
			if (c.subjects() != null) {
				assertEquals(c.subjects(), failed.stream().map(RuleOutcome::subject).toList());
			}
			failed.forEach(f -> assertNotNull(f.finding().message()));
		} else {
			assertEquals(List.of(), failed, "expected no finding");
			assertTrue(outcomes.stream().anyMatch(o -> o instanceof RuleOutcome.Passed),
					"the rule must have been decided, not merely not assessed: " + outcomes);
		}
	}
}
