// SPDX-License-Identifier: EPL-2.0
package nianbao.check.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nianbao.check.Auditor;
import nianbao.check.Finding;
import nianbao.check.ReportAudit;
import nianbao.format.FormatLibrary;
import nianbao.formats.OfficialFormats;
import nianbao.model.SourceRange;
import nianbao.testing.Samples;

/** Every sample is audited alike with the official formats compiled by the build and loaded from their files. */
class CompiledFormatsTest {

	private static Auditor compiled;
	private static Auditor fromSource;

	@BeforeAll
	static void load() throws Exception {
		compiled = new Auditor(OfficialFormats.library());
		fromSource = new Auditor(FormatLibrary.load(OfficialFormats.sources()));
	}

	static List<Path> samples() {
		return Samples.allTextReports();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void theFindingsAreThoseOfTheFormatFiles(Path sample) throws Exception {
		assertEquals(findings(fromSource.audit(sample)), findings(compiled.audit(sample)));
	}

	/** The findings as values: the model objects they point at are those of one audit each. */
	private static Object findings(ReportAudit audit) {
		return audit instanceof ReportAudit.Assessed assessed
				? assessed.findings().stream().map(CompiledFormatsTest::describe).toList()
				: audit;
	}

	private static List<Object> describe(Finding f) {
		return List.of(f.ruleId(), f.severity(), f.message(), f.subject(), where(f.range()), String.valueOf(f.actual()),
				String.valueOf(f.expected()), String.valueOf(f.difference()), String.valueOf(f.basis()),
				f.operands().stream().map(o -> List.of(o.role(), o.label(), String.valueOf(o.value()), where(o.range()))).toList());
	}

	private static String where(SourceRange range) {
		return range == null ? "" : range.getOffset() + "+" + range.getLength();
	}
}
