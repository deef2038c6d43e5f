// SPDX-License-Identifier: EPL-2.0
package nianbao.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import nianbao.format.language.Expectation;
import nianbao.format.language.TestCase;

/**
 * Runs the test cases of format files ({@code test "…" report "…" { expect … }}): each report is audited
 * with the formats, and its findings held against what the case expects.
 */
public final class FormatTests {

	/** A test case's outcome: where it is written, and each expectation it failed (none: passed). */
	public record Result(String name, Path file, int line, List<String> failures) {

		public boolean passed() {
			return failures.isEmpty();
		}
	}

	private FormatTests() {
	}

	/**
	 * Runs {@code tests} with the auditor's formats, in order; {@code files} finds the format file a test
	 * is written in (by its URI), beside which its report is, or none (the test is left out).
	 */
	public static List<Result> run(Auditor auditor, List<TestCase> tests, Function<URI, Optional<Path>> files) {
		List<Result> results = new ArrayList<>();
		for (TestCase test : tests) {
			Optional<Path> written = files.apply(test.eResource().getURI());
			if (written.isEmpty()) {
				continue;
			}
			Path file = written.get();
			INode node = NodeModelUtils.getNode(test);
			int line = node == null ? 0 : node.getStartLine();
			Path report = file.resolveSibling(test.getReport());
			List<String> failures = new ArrayList<>();
			if (!Files.isRegularFile(report)) {
				failures.add(NLS.bind(CheckMessages.testReportMissing, report));
			} else if (auditor.audit(report) instanceof ReportAudit.Assessed assessed) {
				for (Expectation expectation : test.getExpectations()) {
					check(expectation, assessed.findings()).ifPresent(failures::add);
				}
			} else {
				failures.add(NLS.bind(CheckMessages.testReportNotAssessed, report));
			}
			results.add(new Result(test.getName(), file, line, failures));
		}
		return results;
	}

	private static Optional<String> check(Expectation expectation, List<Finding> findings) {
		String rule = expectation.getRule().getName();
		if (expectation.isNone()) {
			long found = findings.stream().filter(f -> f.ruleId().equals(rule)).count();
			return found == 0 ? Optional.empty()
					: Optional.of(NLS.bind(CheckMessages.testExpectedNone, rule, found));
		}
		String severity = expectation.getSeverity().getLiteral();
		long found = findings.stream()
				.filter(f -> f.ruleId().equals(rule) && f.severity().name().equalsIgnoreCase(severity)).count();
		boolean right = expectation.getCount() > 0 ? found == expectation.getCount() : found > 0;
		return right ? Optional.empty()
				: Optional.of(NLS.bind(CheckMessages.testExpected, new Object[] { severity, rule,
						expectation.getCount() > 0 ? " x " + expectation.getCount() : "", found }));
	}
}
